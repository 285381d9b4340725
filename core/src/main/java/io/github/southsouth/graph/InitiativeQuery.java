package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableTable;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A typed, combinable query for the initiatives of one {@link CooperationGraph}, made with {@link
 * CooperationGraph#initiativeQuery()}:
 *
 * <pre>{@code
 * ImmutableList<Initiative> found =
 *     graph.initiativeQuery()
 *         .embodying(EntityId.parse("principle:non-conditionality"))
 *         .inRegion(EntityId.parse("actor:m49-002"))              // Africa
 *         .overlapping(Period.from(PartialDate.of(2013)))
 *         .list();
 * }</pre>
 *
 * <p><b>Semantics.</b> Each method adds one criterion and returns a new query; an initiative
 * matches when it meets every criterion (and). A criterion given several values matches when any of
 * them does (or): {@code embodying(a, b)} finds initiatives that embody a or b, {@code
 * embodying(a).embodying(b)} those that embody both. Relations are matched as stated, except where
 * a method says otherwise: a framework's principles are not inherited by its parts. A query with no
 * criteria finds every initiative. Results are in id order.
 *
 * <p>The criteria map one to one onto the options of a command-line query: {@code --principle}
 * ({@link #embodying}), {@code --goal} ({@link #advancing}), {@code --theme} ({@link #addressing}),
 * {@code --actor} ({@link #involving}), {@code --region} ({@link #inRegion}), {@code --instrument}
 * ({@link #withInstrument}), {@code --conditionality} ({@link #withConditionality}), {@code
 * --from}/{@code --to} ({@link #overlapping}) and {@code --status} ({@link #withStatus}).
 *
 * <p><b>Performance notes.</b> Adding a criterion on related entities (principle, goal, theme,
 * actor, region, framework) costs O(k) for the k initiatives it matches, read from indexes built
 * once per graph (the region index on first use, in O(e + r + a·c); see {@link
 * CooperationGraph#initiativeQuery()}); other criteria cost O(1) to add. {@link #list()} starts from
 * the smallest of those sets and checks every other criterion in O(1) per candidate, so it is
 * O(k<sub>min</sub> · c + m log m) for c criteria and m results; a query with only field criteria
 * (instrument, conditionality, period, status, kind, predicate) scans the graph's initiatives, O(n ·
 * c).
 *
 * <p>Immutable and thread-safe; a query may be kept, extended in several ways and run many times.
 *
 * @since 0.1.0
 */
public final class InitiativeQuery {

  /** The roles of an actor that {@link #involving} considers when given none. */
  private static final ImmutableSet<RelationType> ROLES =
      ImmutableSet.of(
          RelationType.FUNDS,
          RelationType.LEADS,
          RelationType.IMPLEMENTS,
          RelationType.BENEFITS,
          RelationType.PARTICIPATES_IN);

  private final CooperationGraph graph;
  private final ImmutableList<Criterion> criteria;

  private InitiativeQuery(CooperationGraph graph, ImmutableList<Criterion> criteria) {
    this.graph = graph;
    this.criteria = criteria;
  }

  static InitiativeQuery of(CooperationGraph graph) {
    return new InitiativeQuery(graph, ImmutableList.of());
  }

  /** A condition on initiatives: either a precomputed set of ids or a test of the initiative. */
  private abstract static class Criterion {
    final String description;

    Criterion(String description) {
      this.description = description;
    }

    abstract boolean test(Initiative initiative);
  }

  private static final class SetCriterion extends Criterion {
    final ImmutableSet<EntityId> ids;

    SetCriterion(String description, ImmutableSet<EntityId> ids) {
      super(description);
      this.ids = ids;
    }

    @Override
    boolean test(Initiative initiative) {
      return ids.contains(initiative.id());
    }
  }

  private static final class TestCriterion extends Criterion {
    final Predicate<? super Initiative> predicate;

    TestCriterion(String description, Predicate<? super Initiative> predicate) {
      super(description);
      this.predicate = predicate;
    }

    @Override
    boolean test(Initiative initiative) {
      return predicate.test(initiative);
    }
  }

  private InitiativeQuery with(Criterion criterion) {
    return new InitiativeQuery(
        graph, ImmutableList.<Criterion>builder().addAll(criteria).add(criterion).build());
  }

  /**
   * Keeps the initiatives that embody one of the given principles ({@code embodies} relations).
   *
   * @param principles principle ids, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given, or an id is not a principle of the graph
   *     (the message names it)
   */
  public InitiativeQuery embodying(EntityId... principles) {
    return related("embodying", RelationType.EMBODIES, Kind.PRINCIPLE, principles);
  }

  /**
   * Keeps the initiatives that advance one of the given goals ({@code advances} relations).
   *
   * @param goals goal ids, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given, or an id is not a goal of the graph (the
   *     message names it)
   */
  public InitiativeQuery advancing(EntityId... goals) {
    return related("advancing", RelationType.ADVANCES, Kind.GOAL, goals);
  }

  /**
   * Keeps the initiatives that address one of the given themes, the areas of contribution ({@code
   * addresses} relations).
   *
   * @param themes theme ids, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given, or an id is not a theme of the graph (the
   *     message names it)
   */
  public InitiativeQuery addressing(EntityId... themes) {
    return related("addressing", RelationType.ADDRESSES, Kind.THEME, themes);
  }

  private InitiativeQuery related(String verb, RelationType type, Kind kind, EntityId[] targets) {
    requireSome(verb, targets);
    ImmutableSet.Builder<EntityId> ids = ImmutableSet.builder();
    for (EntityId target : targets) {
      requireEntity(target, kind);
      for (Relation relation : graph.incoming(target, type)) {
        ids.add(relation.from());
      }
    }
    return with(new SetCriterion(verb + " " + list(targets), ids.build()));
  }

  /**
   * Keeps the initiatives in which an actor plays one of the given roles: it {@code funds}, {@code
   * leads}, {@code implements} or {@code participates-in} the initiative, or the initiative {@code
   * benefits} it. The {@code funds} role also matches an initiative one of whose {@linkplain
   * Initiative#financing() financing} flows names the actor as financier. With no roles given,
   * every one of these roles counts. The actor is matched as itself: for an actor and everything it
   * contains, use {@link #inRegion}.
   *
   * @param actor an actor id
   * @param roles some of {@code FUNDS, LEADS, IMPLEMENTS, BENEFITS, PARTICIPATES_IN}; none means all
   * @return the extended query
   * @throws IllegalArgumentException if the id is not an actor of the graph, or a role is another
   *     relation type (the message names it)
   */
  public InitiativeQuery involving(EntityId actor, RelationType... roles) {
    requireEntity(actor, Kind.ACTOR);
    Set<RelationType> wanted = roles.length == 0 ? ROLES : EnumSet.copyOf(Arrays.asList(roles));
    for (RelationType role : wanted) {
      if (!ROLES.contains(role)) {
        throw new IllegalArgumentException(
            "an actor's role in an initiative is one of "
                + ROLES.stream().map(RelationType::code).collect(Collectors.joining(", "))
                + ": got " + role.code());
      }
    }
    ImmutableSet.Builder<EntityId> ids = ImmutableSet.builder();
    for (RelationType role : wanted) {
      if (role == RelationType.BENEFITS) {
        for (Relation relation : graph.incoming(actor, RelationType.BENEFITS)) {
          ids.add(relation.from());
        }
      } else {
        for (Relation relation : graph.outgoing(actor, role)) {
          if (relation.to().kind() == Kind.INITIATIVE) {
            ids.add(relation.to());
          }
        }
      }
    }
    if (wanted.contains(RelationType.FUNDS)) {
      ids.addAll(graph.index().financedBy(actor));
    }
    String how =
        roles.length == 0
            ? ""
            : " as " + wanted.stream().map(RelationType::code).collect(Collectors.joining(" or "));
    return with(new SetCriterion("involving " + actor + how, ids.build()));
  }

  /**
   * Keeps the initiatives that benefit one of the given areas or anything it contains: an
   * initiative is in area R when it {@code benefits} R itself, or an actor that is {@code
   * member-of} or {@code part-of} R, transitively (Kenya, part of Eastern Africa, part of
   * Sub-Saharan Africa, part of Africa, is in each of them). An area is any actor: a region, a
   * group such as the G77, or a country.
   *
   * @param areas actor ids, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given, or an id is not an actor of the graph (the
   *     message names it)
   */
  public InitiativeQuery inRegion(EntityId... areas) {
    requireSome("inRegion", areas);
    ImmutableSet.Builder<EntityId> ids = ImmutableSet.builder();
    for (EntityId area : areas) {
      requireEntity(area, Kind.ACTOR);
      ids.addAll(graph.index().initiativesInArea(area));
    }
    return with(new SetCriterion("in region " + list(areas), ids.build()));
  }

  /**
   * Keeps the initiatives that are part of one of the given initiatives, directly or through other
   * parts ({@code part-of} relations, transitively); the frameworks themselves are not included.
   *
   * @param frameworks initiative ids, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given, or an id is not an initiative of the graph
   *     (the message names it)
   */
  public InitiativeQuery partOf(EntityId... frameworks) {
    requireSome("partOf", frameworks);
    Set<EntityId> parts = new HashSet<>();
    for (EntityId framework : frameworks) {
      requireEntity(framework, Kind.INITIATIVE);
      Deque<EntityId> queue = new ArrayDeque<>(List.of(framework));
      while (!queue.isEmpty()) {
        for (Relation relation : graph.incoming(queue.poll(), RelationType.PART_OF)) {
          if (parts.add(relation.from())) {
            queue.add(relation.from());
          }
        }
      }
    }
    return with(new SetCriterion("part of " + list(frameworks), ImmutableSet.copyOf(parts)));
  }

  /**
   * Keeps the initiatives delivered through one of the given instruments: listed among its
   * {@linkplain Initiative#instruments() instruments} or the instrument of one of its {@linkplain
   * Initiative#financing() financing} flows other than budgets and planned disbursements ({@link
   * Initiative#allInstruments()}).
   *
   * @param instruments instruments, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given
   */
  public InitiativeQuery withInstrument(Instrument... instruments) {
    requireSome("withInstrument", instruments);
    Set<Instrument> wanted = EnumSet.copyOf(Arrays.asList(instruments));
    return with(
        new TestCriterion(
            "with instrument " + codes(instruments),
            i -> !Collections.disjoint(wanted, i.allInstruments())));
  }

  /**
   * Keeps the initiatives whose {@linkplain Initiative#conditionality() conditionality} is in one
   * of the given states. {@code NOT_REPORTED} is a state of its own: absence of data is not absence
   * of conditions.
   *
   * @param states states, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given
   */
  public InitiativeQuery withConditionality(ConditionalityState... states) {
    requireSome("withConditionality", states);
    Set<ConditionalityState> wanted = EnumSet.copyOf(Arrays.asList(states));
    return with(
        new TestCriterion(
            "with conditionality " + codes(states),
            i -> wanted.contains(i.conditionality().state())));
  }

  /**
   * Keeps the initiatives whose period may share a day with {@code period} ({@link
   * Period#overlaps}), taking unknown bounds as open. Initiatives without a period are left out:
   * when they ran is not known.
   *
   * @param period the period, e.g. {@code Period.of(PartialDate.of(2013), PartialDate.of(2020))}
   * @return the extended query
   */
  public InitiativeQuery overlapping(Period period) {
    return with(
        new TestCriterion(
            "overlapping " + period,
            i -> i.period().isPresent() && i.period().get().overlaps(period)));
  }

  /**
   * Keeps the initiatives with one of the given statuses; initiatives without a status are left
   * out.
   *
   * @param statuses statuses, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given
   */
  public InitiativeQuery withStatus(InitiativeStatus... statuses) {
    requireSome("withStatus", statuses);
    Set<InitiativeStatus> wanted = EnumSet.copyOf(Arrays.asList(statuses));
    return with(
        new TestCriterion(
            "with status " + codes(statuses),
            i -> i.status().isPresent() && wanted.contains(i.status().get())));
  }

  /**
   * Keeps the initiatives of one of the given kinds (framework, programme, project).
   *
   * @param kinds kinds, at least one
   * @return the extended query
   * @throws IllegalArgumentException if none is given
   */
  public InitiativeQuery ofKind(InitiativeKind... kinds) {
    requireSome("ofKind", kinds);
    Set<InitiativeKind> wanted = EnumSet.copyOf(Arrays.asList(kinds));
    return with(
        new TestCriterion("of kind " + codes(kinds), i -> wanted.contains(i.initiativeKind())));
  }

  /**
   * Keeps the initiatives that satisfy a predicate of your own. The predicate must be free of side
   * effects and thread-safe if the query is run from several threads.
   *
   * @param description a short description for {@link #toString()}, e.g. {@code "with a loan"}
   * @param predicate the test
   * @return the extended query
   */
  public InitiativeQuery matching(String description, Predicate<? super Initiative> predicate) {
    return with(new TestCriterion(description, predicate));
  }

  /**
   * Runs the query.
   *
   * @return the matching initiatives, in id order
   */
  public ImmutableList<Initiative> list() {
    @Nullable SetCriterion smallest = null;
    for (Criterion criterion : criteria) {
      if (criterion instanceof SetCriterion
          && (smallest == null || ((SetCriterion) criterion).ids.size() < smallest.ids.size())) {
        smallest = (SetCriterion) criterion;
      }
    }
    List<Initiative> found = new ArrayList<>();
    if (smallest == null) {
      for (Initiative initiative : graph.initiatives()) {
        if (matches(initiative, null)) {
          found.add(initiative);
        }
      }
      return ImmutableList.copyOf(found); // already in id order
    }
    for (EntityId id : smallest.ids) {
      Initiative initiative = graph.get(id, Initiative.class);
      if (matches(initiative, smallest)) {
        found.add(initiative);
      }
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return ImmutableList.copyOf(found);
  }

  private boolean matches(Initiative initiative, @Nullable Criterion skip) {
    for (Criterion criterion : criteria) {
      if (criterion != skip && !criterion.test(initiative)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the query and counts the matches in each group, e.g. {@code countBy(Grouping.byPrinciple())}.
   * An initiative in several groups counts once in each; one in none is not counted.
   *
   * <p><b>Performance notes.</b> The query's cost, plus O(m · g log k) for m matches in g groups
   * each of k keys in all.
   *
   * @param grouping how to group
   * @param <K> the type of the group keys
   * @return the counts, in key order; only groups with at least one initiative
   */
  public <K extends Comparable<? super K>> ImmutableSortedMap<K, Integer> countBy(Grouping<K> grouping) {
    TreeMap<K, Integer> counts = new TreeMap<>();
    for (Initiative initiative : list()) {
      for (K key : grouping.keys(graph, initiative)) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    return ImmutableSortedMap.copyOfSorted(counts);
  }

  /**
   * Runs the query and sums the committed finance of the matches by two groupings, e.g. {@code
   * financeBy(Grouping.byGoal(), Grouping.byRegion())} for goal × region. Same as {@link
   * #financeBy(Grouping, Grouping, FinancingStage)} with {@link FinancingStage#COMMITMENT}.
   *
   * @param rows how to group into rows
   * @param columns how to group into columns
   * @param <R> the type of the row keys
   * @param <C> the type of the column keys
   * @return the table
   */
  public <R extends Comparable<? super R>, C extends Comparable<? super C>> FinanceTable<R, C> financeBy(
      Grouping<R> rows, Grouping<C> columns) {
    return financeBy(rows, columns, FinancingStage.COMMITMENT);
  }

  /**
   * Runs the query and sums the finance of one stage of the matches by two groupings. Each
   * financing flow of that stage adds each of its {@linkplain Financing#amounts() amounts} to the
   * sum of its currency and basis, in every cell whose row and column groups hold the initiative;
   * see {@link FinanceTable}. Only flows of exactly that stage count: a {@link
   * FinancingStage#COMMITMENT} sum holds outgoing commitments, never {@link
   * FinancingStage#INCOMING_COMMITMENT incoming} ones; a {@link FinancingStage#BUDGET} sum takes
   * the revised budget of a period where there is one ({@link Initiative#financingForTotals()}).
   *
   * <p><b>Performance notes.</b> The query's cost, plus O(m · (f + g<sub>r</sub> · g<sub>c</sub> ·
   * u)) for m matches with f amounts, in g<sub>r</sub> row and g<sub>c</sub> column groups, with u
   * currency-bases each.
   *
   * @param rows how to group into rows
   * @param columns how to group into columns
   * @param stage the stage of the flows to sum: commitments, disbursements, ...
   * @param <R> the type of the row keys
   * @param <C> the type of the column keys
   * @return the table
   */
  public <R extends Comparable<? super R>, C extends Comparable<? super C>> FinanceTable<R, C> financeBy(
      Grouping<R> rows, Grouping<C> columns, FinancingStage stage) {
    TreeMap<R, TreeMap<C, Map<CurrencyBasis, BigDecimal>>> sums = new TreeMap<>();
    TreeMap<R, TreeMap<C, Integer>> counts = new TreeMap<>();
    for (Initiative initiative : list()) {
      Set<R> rowKeys = rows.keys(graph, initiative);
      if (rowKeys.isEmpty()) {
        continue;
      }
      Set<C> columnKeys = columns.keys(graph, initiative);
      Map<CurrencyBasis, BigDecimal> finance = finance(initiative, stage);
      for (R row : rowKeys) {
        for (C column : columnKeys) {
          counts.computeIfAbsent(row, k -> new TreeMap<>()).merge(column, 1, Integer::sum);
          Map<CurrencyBasis, BigDecimal> cell =
              sums.computeIfAbsent(row, k -> new TreeMap<>()).computeIfAbsent(column, k -> new TreeMap<>());
          finance.forEach((unit, amount) -> cell.merge(unit, amount, BigDecimal::add));
        }
      }
    }
    ImmutableTable.Builder<R, C, ImmutableMap<CurrencyBasis, BigDecimal>> sumTable =
        ImmutableTable.<R, C, ImmutableMap<CurrencyBasis, BigDecimal>>builder()
            .orderRowsBy(Comparator.naturalOrder())
            .orderColumnsBy(Comparator.naturalOrder());
    ImmutableTable.Builder<R, C, Integer> countTable =
        ImmutableTable.<R, C, Integer>builder()
            .orderRowsBy(Comparator.naturalOrder())
            .orderColumnsBy(Comparator.naturalOrder());
    counts.forEach((row, byColumn) -> byColumn.forEach((column, n) -> countTable.put(row, column, n)));
    sums.forEach(
        (row, byColumn) ->
            byColumn.forEach(
                (column, cell) -> {
                  if (!cell.isEmpty()) {
                    sumTable.put(row, column, ImmutableMap.copyOf(cell));
                  }
                }));
    return new FinanceTable<>(stage, sumTable.build(), countTable.build());
  }

  /**
   * Runs the query and tells how its matches stand on conditionality, with committed finance: how
   * many initiatives, and how much finance, report no attached conditions, attached conditions, or
   * nothing. Same as {@link #conditionality(FinancingStage)} with {@link
   * FinancingStage#COMMITMENT}.
   *
   * @return the summary
   */
  public ConditionalitySummary conditionality() {
    return conditionality(FinancingStage.COMMITMENT);
  }

  /**
   * Runs the query and tells how its matches stand on conditionality, with finance of one stage.
   *
   * <p><b>Performance notes.</b> The query's cost, plus O(m · f) for m matches with f amounts.
   *
   * @param stage the stage of the flows to sum
   * @return the summary
   */
  public ConditionalitySummary conditionality(FinancingStage stage) {
    return conditionalityBy(Grouping.all(), stage).getOrDefault("all", summary(stage, List.of()));
  }

  /**
   * Runs the query and tells, for each group, how its matches stand on conditionality, with
   * committed finance; e.g. {@code graph.initiativeQuery().embodying(nonConditionality)
   * .conditionalityBy(Grouping.byRegion())}. Same as {@link #conditionalityBy(Grouping,
   * FinancingStage)} with {@link FinancingStage#COMMITMENT}.
   *
   * @param grouping how to group
   * @param <K> the type of the group keys
   * @return the summaries, in key order; only groups with at least one initiative
   */
  public <K extends Comparable<? super K>> ImmutableSortedMap<K, ConditionalitySummary> conditionalityBy(
      Grouping<K> grouping) {
    return conditionalityBy(grouping, FinancingStage.COMMITMENT);
  }

  /**
   * Runs the query and tells, for each group, how its matches stand on conditionality, with
   * finance of one stage.
   *
   * <p><b>Performance notes.</b> The query's cost, plus O(m · (f + g · u)) for m matches with f
   * amounts in g groups, with u currency-bases each.
   *
   * @param grouping how to group
   * @param stage the stage of the flows to sum
   * @param <K> the type of the group keys
   * @return the summaries, in key order; only groups with at least one initiative
   */
  public <K extends Comparable<? super K>> ImmutableSortedMap<K, ConditionalitySummary> conditionalityBy(
      Grouping<K> grouping, FinancingStage stage) {
    TreeMap<K, List<Initiative>> groups = new TreeMap<>();
    for (Initiative initiative : list()) {
      for (K key : grouping.keys(graph, initiative)) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(initiative);
      }
    }
    ImmutableSortedMap.Builder<K, ConditionalitySummary> result = ImmutableSortedMap.naturalOrder();
    groups.forEach((key, members) -> result.put(key, summary(stage, members)));
    return result.build();
  }

  private static ConditionalitySummary summary(FinancingStage stage, List<Initiative> initiatives) {
    Map<ConditionalityState, Integer> counts = new EnumMap<>(ConditionalityState.class);
    Map<ConditionalityState, Map<CurrencyBasis, BigDecimal>> sums = new EnumMap<>(ConditionalityState.class);
    for (ConditionalityState state : ConditionalityState.values()) {
      counts.put(state, 0);
      sums.put(state, new TreeMap<>());
    }
    for (Initiative initiative : initiatives) {
      ConditionalityState state = initiative.conditionality().state();
      counts.merge(state, 1, Integer::sum);
      Map<CurrencyBasis, BigDecimal> sum = sums.get(state);
      finance(initiative, stage).forEach((unit, amount) -> sum.merge(unit, amount, BigDecimal::add));
    }
    ImmutableMap.Builder<ConditionalityState, ImmutableMap<CurrencyBasis, BigDecimal>> finance = ImmutableMap.builder();
    sums.forEach((state, sum) -> finance.put(state, ImmutableMap.copyOf(sum)));
    return ConditionalitySummary.create(stage, ImmutableMap.copyOf(counts), finance.buildOrThrow());
  }

  /**
   * The amounts of an initiative's flows of one stage, summed per currency and basis; a revised
   * budget replaces the original of its period ({@link Initiative#financingForTotals()}).
   */
  private static Map<CurrencyBasis, BigDecimal> finance(Initiative initiative, FinancingStage stage) {
    Map<CurrencyBasis, BigDecimal> sums = new TreeMap<>();
    for (Financing financing : initiative.financingForTotals()) {
      if (financing.stage() == stage) {
        for (Money money : financing.amounts()) {
          sums.merge(CurrencyBasis.of(money), money.amount(), BigDecimal::add);
        }
      }
    }
    return sums;
  }

  /**
   * Runs the query and returns the ids of the matches.
   *
   * @return the ids, in order
   */
  public ImmutableList<EntityId> ids() {
    return list().stream().map(Entity::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Runs the query and counts the matches.
   *
   * @return the number of matching initiatives
   */
  public int count() {
    return list().size();
  }

  /**
   * Tells whether one initiative of the graph meets every criterion of this query. O(c) for c
   * criteria.
   *
   * @param initiative an initiative
   * @return true if it matches
   */
  public boolean test(Initiative initiative) {
    return matches(initiative, null);
  }

  /**
   * Returns the graph this query runs on.
   *
   * @return the graph
   */
  public CooperationGraph graph() {
    return graph;
  }

  /** Returns the criteria in words, e.g. {@code initiatives embodying principle:x, in region actor:y}. */
  @Override
  public String toString() {
    return criteria.isEmpty()
        ? "all initiatives"
        : "initiatives "
            + criteria.stream().map(c -> c.description).collect(Collectors.joining(", "));
  }

  private void requireEntity(EntityId id, Kind kind) {
    if (id.kind() != kind) {
      throw new IllegalArgumentException(
          "expected a " + kind.code() + " id, got " + id + " (a " + id.kind().code() + ")");
    }
    if (!graph.contains(id)) {
      throw new IllegalArgumentException("no " + kind.code() + " with id " + id + " in this graph");
    }
  }

  private static void requireSome(String method, Object[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException(method + " needs at least one value");
    }
  }

  private static String list(EntityId[] ids) {
    return ids.length == 1
        ? ids[0].toString()
        : Arrays.stream(ids).map(EntityId::toString).collect(Collectors.joining(" or "));
  }

  private static String codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).collect(Collectors.joining(" or "));
  }
}
