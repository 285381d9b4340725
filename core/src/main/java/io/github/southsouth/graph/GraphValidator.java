package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks every rule of a {@link CooperationGraph} in one pass over entities and relations plus one
 * depth-first search of the {@code part-of} relations: O(n + r) time. Not thread-safe; one per
 * validation.
 */
final class GraphValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Shares that should add up to 100 may exceed it by this much through rounding in sources. */
  private static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.01");
  private static final BigDecimal MAX_SUM = HUNDRED.add(SUM_TOLERANCE);

  private final DatasetInfo info;
  private final List<Entity> entities;
  private final List<Relation> relations;
  private final ProblemReport.Collector problems;
  private final Map<EntityId, Entity> byId;
  private boolean relationsInOrder = true;
  /** The id found last by {@link #exists} in each role: {@link #FROM}, {@link #TO}, {@link #OTHER}. */
  private final @Nullable EntityId[] recentlyFound = new EntityId[3];
  private static final int FROM = 0;
  private static final int TO = 1;
  private static final int OTHER = 2;
  /** The relations sorted: given, or made once they are found out of order. */
  private Relation @Nullable [] sorted;
  /** Whether two of the {@link #sorted} relations may be the same statement. */
  private boolean sortedMayRepeat;

  /**
   * A validator of the given content.
   *
   * @param sorted the same relations already sorted (stably) by {@link #sort}, or null to sort
   *     them here if needed
   * @param sortedMayRepeat what {@link #sort} returned for {@code sorted}; ignored if it is null
   */
  GraphValidator(
      DatasetInfo info,
      List<Entity> entities,
      List<Relation> relations,
      int limit,
      Relation @Nullable [] sorted,
      boolean sortedMayRepeat) {
    this.sorted = sorted;
    this.sortedMayRepeat = sortedMayRepeat;
    this.info = info;
    this.entities = entities;
    this.relations = relations;
    this.problems = ProblemReport.collector(limit);
    this.byId = new HashMap<>(entities.size() * 4 / 3 + 1);
  }

  ProblemReport validate() {
    checkEntities();
    return checkRelations(sorted, sortedMayRepeat);
  }

  /**
   * The first part of {@link #validate()}: the entities, which do not need the relations sorted,
   * so that a caller may sort them meanwhile. Then call {@link #checkRelations(Relation[],
   * boolean)}.
   */
  void checkEntities() {
    for (Entity entity : entities) {
      Entity previous = byId.putIfAbsent(entity.id(), entity);
      if (previous != null) {
        error(ProblemCode.DUPLICATE_ID, "the id " + entity.id() + " is used by more than one entity", subject(entity.id()));
      }
    }
    for (EntityId source : info.sources()) {
      reference(source, Kind.SOURCE, "dataset source", Location.ofSubject("dataset"));
    }
    for (Entity entity : entities) {
      checkEntity(entity);
    }
  }

  /**
   * The rest of {@link #validate()}, after {@link #checkEntities()}: the relations and the
   * {@code part-of} cycles.
   *
   * @param sorted the same relations already sorted (stably) by {@link #sort}, or null to sort
   *     them here if needed
   * @param sortedMayRepeat what {@link #sort} returned for {@code sorted}; ignored if it is null
   * @return every problem found, of entities and relations
   */
  ProblemReport checkRelations(Relation @Nullable [] sorted, boolean sortedMayRepeat) {
    this.sorted = sorted;
    this.sortedMayRepeat = sortedMayRepeat;
    checkRelations();
    checkPartOfCycles();
    return problems.build();
  }


  private void checkEntity(Entity entity) {
    EntityId at = entity.id(); // made into a location only if a problem needs it
    if (entity.name().isEmpty()) {
      error(
          ProblemCode.MISSING_NAME,
          entity.id() + " has no name: expected a name in at least one language (e.g. name.en)",
          at);
    }
    citations(entity.citations(), at);
    if (entity instanceof Initiative) {
      Initiative initiative = (Initiative) entity;
      initiative.period().ifPresent(p -> period(p, entity.id() + " period", at));
      for (Financing financing : initiative.financing()) {
        financing.financier().ifPresent(f -> reference(f, Kind.ACTOR, "financier", at));
        financing.period().ifPresent(p -> period(p, entity.id() + " financing period", at));
        for (Money money : financing.amounts()) {
          currency(money, at);
        }
      }
      checkSectors(initiative, at);
    } else if (entity instanceof Perspective) {
      Perspective perspective = (Perspective) entity;
      reference(perspective.holder(), Kind.ACTOR, "holder", at);
      for (EntityId about : perspective.about()) {
        reference(about, null, "subject", at);
      }
      if (perspective.claim().get(LocalizedText.ENGLISH).isEmpty()) {
        error(ProblemCode.MISSING_CLAIM, entity.id() + " has no English claim: expected claim.en", at);
      }
    } else if (entity instanceof Event) {
      Event event = (Event) entity;
      event.period().ifPresent(p -> period(p, entity.id() + " period", at));
      event.place().ifPresent(p -> reference(p, Kind.ACTOR, "place", at));
    }
  }

  private void checkSectors(Initiative initiative, Object at) {
    Map<SectorVocabulary, BigDecimal> sums = new EnumMap<>(SectorVocabulary.class);
    for (Sector sector : initiative.sectors()) {
      if (sector.share().isPresent()) {
        BigDecimal share = sector.share().get();
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
          error(
              ProblemCode.SHARE_RANGE,
              "sector " + sector.code() + " of " + initiative.id() + " has a share of "
                  + share.toPlainString() + "%: expected 0 to 100",
              at);
        } else {
          sums.merge(sector.vocabulary(), share, BigDecimal::add);
        }
      }
    }
    sums.forEach(
        (vocabulary, sum) -> {
          if (sum.compareTo(MAX_SUM) > 0) {
            error(
                ProblemCode.SHARE_SUM,
                "the " + vocabulary.code() + " sector shares of " + initiative.id() + " add up to "
                    + sum.toPlainString() + "%: expected at most 100",
                at);
          }
        });
  }

  private void checkRelations() {
    // Canonical input is sorted, and then duplicates are neighbours. At the first relation out of
    // order, all of them are sorted (stably, as the graph needs them anyway); if no two are then
    // equal there is no duplicate, and otherwise every statement is remembered from the start, so
    // that the later of two equal relations is the one reported.
    Set<Statement> seen = null;
    boolean noDuplicates = false;
    Relation previous = null;
    Map<EntityId, BigDecimal> recipientShares = new HashMap<>();
    for (int i = 0; i < relations.size(); i++) {
      Relation relation = relations.get(i);
      Relation at = relation; // made into a location only if a problem needs it
      boolean duplicate;
      if (seen != null) {
        duplicate = !seen.add(Statement.of(relation));
      } else if (noDuplicates) {
        duplicate = false;
      } else {
        int order = previous == null ? -1 : previous.compareTo(relation);
        if (order <= 0) {
          duplicate = order == 0;
        } else {
          relationsInOrder = false;
          if (sorted == null) {
            sorted = relations.toArray(new Relation[0]);
            sortedMayRepeat = sort(sorted);
          }
          if (sortedMayRepeat && hasEqualNeighbours(sorted)) {
            seen = new HashSet<>(relations.size() * 4 / 3 + 1);
            for (int j = 0; j < i; j++) {
              seen.add(Statement.of(relations.get(j)));
            }
            duplicate = !seen.add(Statement.of(relation));
          } else {
            noDuplicates = true;
            duplicate = false;
          }
        }
      }
      previous = relation;
      if (duplicate) {
        error(ProblemCode.DUPLICATE_RELATION, "the relation " + relation.describe() + " is stated twice", at);
      }
      if (!exists(relation.from(), FROM)) {
        error(ProblemCode.DANGLING_REFERENCE, "the relation starts from " + relation.from() + ", which does not exist", at);
      }
      if (!exists(relation.to(), TO)) {
        error(ProblemCode.DANGLING_REFERENCE, "the relation points to " + relation.to() + ", which does not exist", at);
      }
      RelationType type = relation.type();
      if (!type.allows(relation.from().kind(), relation.to().kind())) {
        error(
            ProblemCode.RELATION_KINDS,
            article(type.code()) + " relation cannot go from " + article(relation.from().kind().code())
                + " to " + article(relation.to().kind().code()) + ": expected from "
                + codes(type.domain()) + rangeHint(type, relation.from().kind()),
            at);
      }
      if (relation.from().equals(relation.to())) {
        error(ProblemCode.SELF_RELATION, "the relation goes from " + relation.from() + " to itself", at);
      }
      relation.period().ifPresent(p -> period(p, "the relation's period", at));
      if (relation.share().isPresent()) {
        BigDecimal share = relation.share().get();
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
          error(ProblemCode.SHARE_RANGE, "the relation's share is " + share.toPlainString() + "%: expected 0 to 100", at);
        } else if (type == RelationType.BENEFITS) {
          recipientShares.merge(relation.from(), share, BigDecimal::add);
        }
      }
      citations(relation.citations(), at);
    }
    recipientShares.forEach(
        (initiative, sum) -> {
          if (sum.compareTo(MAX_SUM) > 0) {
            error(
                ProblemCode.SHARE_SUM,
                "the shares of the recipients that " + initiative + " benefits add up to "
                    + sum.toPlainString() + "%: expected at most 100",
                subject(initiative));
          }
        });
  }

  /** What makes two relations the same statement: equal exactly when they compare as equal. */
  private record Statement(EntityId from, RelationType type, EntityId to, Optional<Period> period) {
    static Statement of(Relation relation) {
      return new Statement(relation.from(), relation.type(), relation.to(), relation.period());
    }
  }

  /** The fewest relations sorted by the ranks of their ids rather than by comparing them. */
  private static final int RANK_SORT_SIZE = 1 << 14;
  /** Ranks of ids take 26 bits of a sort key, the type 6 and the other end's rank 26. */
  private static final int MAX_RANKS = 1 << 26;
  /** The rank of each relation type (by ordinal) in the order of their codes. */
  private static final int[] TYPE_RANKS = typeRanks();

  private static int[] typeRanks() {
    RelationType[] types = RelationType.values().clone();
    Arrays.sort(types, Comparator.comparing(RelationType::code));
    int[] ranks = new int[types.length];
    for (int r = 0; r < types.length; r++) {
      ranks[types[r].ordinal()] = r;
    }
    if (types.length > 64) {
      throw new AssertionError("more relation types than a sort key holds");
    }
    return ranks;
  }

  /**
   * Sorts relations stably in natural order and tells whether two of them may be the same
   * statement: false only if no comparison found two equal. That is enough, without comparing
   * neighbours afterwards, because a correct comparison sort that never compares two equal
   * elements would order them the same way had they differed slightly, in either direction, since
   * every comparison it made would come out the same; so on a deterministic sort, equal elements
   * always meet.
   *
   * <p>Many relations are sorted without comparing them: each distinct id is given its rank among
   * the ids (one sort of the distinct ids, far fewer than the relations), each relation a key of
   * the ranks of its ends and of its type, and the keys are sorted by a stable radix sort; only
   * relations with equal keys (the same ends and type) are then compared, so the argument above
   * holds for them, and relations with different keys are never equal. O(r + d log d) for r
   * relations between d ids, against O(r log r) comparisons of ids.
   *
   * @param relations the relations, sorted in place
   * @return true if two relations compared equal
   */
  static boolean sort(Relation[] relations) {
    return sort(relations, RANK_SORT_SIZE);
  }

  /** {@link #sort(Relation[])}, sorting by ranks from the given number of relations on (for tests). */
  static boolean sort(Relation[] relations, int rankSortSize) {
    boolean[] tie = new boolean[1];
    Comparator<Relation> order =
        (a, b) -> {
          int c = a.compareTo(b);
          if (c == 0) {
            tie[0] = true;
          }
          return c;
        };
    int n = relations.length;
    if (n < rankSortSize || !sortByRanks(relations, order)) {
      Arrays.sort(relations, order);
    }
    return tie[0];
  }

  /**
   * Sorts relations by the ranks of their ids, then relations of equal rank keys with the
   * comparator; see {@link #sort}.
   *
   * @return false, having changed nothing, if the relations have too many distinct ids for a key
   */
  private static boolean sortByRanks(Relation[] relations, Comparator<Relation> order) {
    int n = relations.length;
    IdTable ids = new IdTable(Math.min(n, 1 << 16));
    int[] from = new int[n];
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = ids.groupOf(relations[i].from());
      to[i] = ids.groupOf(relations[i].to());
    }
    if (ids.size() > MAX_RANKS) {
      return false;
    }
    EntityId[] inOrder = ids.byGroup();
    Arrays.sort(inOrder);
    int[] rank = new int[inOrder.length];
    for (int r = 0; r < inOrder.length; r++) {
      rank[ids.groupOf(inOrder[r])] = r;
    }
    long[] keys = new long[n];
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) rank[from[i]] << 32 | (long) TYPE_RANKS[relations[i].type().ordinal()] << 26 | rank[to[i]];
      at[i] = i;
    }
    long[] keysOut = new long[n];
    int[] atOut = new int[n];
    int[] count = new int[(1 << 16) + 1];
    for (int shift = 0; shift < 64; shift += 16) {
      // one stable counting pass per 16 bits of the key, lowest first; a pass whose digits are
      // all the same would change nothing
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (keys[i] >>> shift & 0xFFFF) + 1]++;
      }
      if (count[(int) (keys[0] >>> shift & 0xFFFF) + 1] == n) {
        continue;
      }
      for (int d = 1; d < count.length; d++) {
        count[d] += count[d - 1];
      }
      for (int i = 0; i < n; i++) {
        int p = count[(int) (keys[i] >>> shift & 0xFFFF)]++;
        keysOut[p] = keys[i];
        atOut[p] = at[i];
      }
      long[] k = keys;
      keys = keysOut;
      keysOut = k;
      int[] a = at;
      at = atOut;
      atOut = a;
    }
    Relation[] sorted = new Relation[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = relations[at[i]];
    }
    for (int i = 1; i < n; i++) {
      if (keys[i] == keys[i - 1]) {
        int start = i - 1;
        int end = i + 1;
        while (end < n && keys[end] == keys[start]) {
          end++;
        }
        Arrays.sort(sorted, start, end, order);
        i = end - 1;
      }
    }
    System.arraycopy(sorted, 0, relations, 0, n);
    return true;
  }

  private static boolean hasEqualNeighbours(Relation[] sorted) {
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i - 1].compareTo(sorted[i]) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns, after {@link #validate()}, the relations in natural order: as given if they were in
   * order, otherwise sorted stably.
   *
   * @return the relations, sorted
   */
  ImmutableList<Relation> relationsInOrder() {
    Relation[] inOrder = sorted; // set when the relations were found out of order
    return relationsInOrder || inOrder == null ? ImmutableList.copyOf(relations) : ImmutableList.copyOf(inOrder);
  }

  private static String rangeHint(RelationType type, Kind from) {
    return type.range(from).isEmpty() ? "" : " (from " + article(from.code()) + ", to " + codes(type.range(from)) + ")";
  }

  /** Returns the word with its indefinite article: "an actor", "a source". */
  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static String codes(Set<Kind> kinds) {
    List<String> codes = new ArrayList<>();
    kinds.forEach(k -> codes.add(k.code()));
    return String.join(" or ", codes);
  }

  /** Finds every cycle of part-of relations with an iterative depth-first search; O(n + r). */
  private void checkPartOfCycles() {
    Map<EntityId, List<EntityId>> parents = new HashMap<>();
    for (Relation relation : relations) {
      if (relation.type() == RelationType.PART_OF && !relation.from().equals(relation.to())) {
        parents.computeIfAbsent(relation.from(), k -> new ArrayList<>()).add(relation.to());
      }
    }
    Map<EntityId, Integer> state = new HashMap<>(); // absent: new, 1: on the stack, 2: done
    List<EntityId> starts = new ArrayList<>(parents.keySet());
    Collections.sort(starts);
    for (EntityId start : starts) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<EntityId> path = new ArrayDeque<>();
      Deque<Integer> nextChild = new ArrayDeque<>();
      path.push(start);
      nextChild.push(0);
      state.put(start, 1);
      while (!path.isEmpty()) {
        EntityId node = path.peek();
        List<EntityId> next = parents.getOrDefault(node, List.of());
        int i = nextChild.pop();
        if (i < next.size()) {
          nextChild.push(i + 1);
          EntityId parent = next.get(i);
          Integer parentState = state.get(parent);
          if (parentState == null) {
            state.put(parent, 1);
            path.push(parent);
            nextChild.push(0);
          } else if (parentState == 1) {
            reportCycle(path, parent);
          }
        } else {
          state.put(node, 2);
          path.pop();
        }
      }
    }
  }

  private void reportCycle(Deque<EntityId> path, EntityId repeated) {
    List<EntityId> members = new ArrayList<>();
    for (EntityId id : path) { // from the top of the stack down to the repeated node
      members.add(id);
      if (id.equals(repeated)) {
        break;
      }
    }
    Collections.reverse(members);
    StringBuilder chain = new StringBuilder();
    for (EntityId id : members) {
      chain.append(id).append(" -> ");
    }
    chain.append(repeated);
    Set<EntityId> sorted = new TreeSet<>(members);
    error(
        ProblemCode.PART_OF_CYCLE,
        "part-of relations form a cycle: " + chain + " (members: " + sorted + ")",
        subject(sorted.iterator().next()));
  }

  private void citations(List<Citation> citations, Object at) {
    for (Citation citation : citations) {
      reference(citation.source(), Kind.SOURCE, "cited source", at);
    }
  }

  private void period(Period period, String what, Object at) {
    if (!period.isOrdered()) {
      error(
          ProblemCode.PERIOD_ORDER,
          what + " ends (" + period.end().get() + ") before it starts (" + period.start().get() + ")",
          at);
    }
  }

  private void currency(Money money, Object at) {
    if (!Money.isKnownCurrency(money.currency())) {
      error(
          ProblemCode.UNKNOWN_CURRENCY,
          "the currency " + money.currency() + " is not an ISO 4217 code: expected e.g. USD, CNY, KES",
          at);
    }
  }

  /** Checks that {@code id} exists and, if {@code kind} is given, is of that kind. */
  private void reference(EntityId id, Kind kind, String role, Object at) {
    if (kind != null && id.kind() != kind) {
      error(ProblemCode.WRONG_KIND, "the " + role + " " + id + " is " + article(id.kind().code()) + ": expected " + article(kind.code()), at);
    } else if (!exists(id, OTHER)) {
      error(ProblemCode.DANGLING_REFERENCE, "the " + role + " " + id + " does not exist", at);
    }
  }

  /**
   * Tells whether an entity has the id. The id last found in each role (a relation's source, its
   * target, any other reference) is remembered by identity: the relations of one entity, and the
   * citations of one source, usually come together and share their id objects, so most checks need
   * no hash lookup.
   */
  private boolean exists(EntityId id, int role) {
    if (id == recentlyFound[role]) {
      return true;
    }
    if (!byId.containsKey(id)) {
      return false;
    }
    recentlyFound[role] = id;
    return true;
  }

  private static Location subject(EntityId id) {
    return Location.ofSubject(id.toString());
  }

  /**
   * Reports an error about a subject: a {@link Location}, or an entity id or relation, which is
   * made into a location here, so that locations are made only for problems.
   */
  private void error(ProblemCode code, String message, Object at) {
    Location location;
    if (at instanceof Location) {
      location = (Location) at;
    } else if (at instanceof EntityId) {
      location = subject((EntityId) at);
    } else {
      location = Location.ofSubject(((Relation) at).describe());
    }
    problems.add(Problem.error(code, message, location));
  }
}
