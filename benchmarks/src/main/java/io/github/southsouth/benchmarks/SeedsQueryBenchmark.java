package io.github.southsouth.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.FinanceTable;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.graph.GraphPath;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Queries on the bundled dataset, each side by side with a baseline that finds the same answer
 * with plain streams over {@code graph.initiatives()}, {@code graph.entities()} and {@code
 * graph.relations()} and no index: the ratio shows what the graph's indexes buy. {@link #setUp}
 * checks that each query and its baseline agree, so the two always measure the same answer.
 * {@link #cachedLoad} shows that {@code Seeds.load()} after the first call costs nanoseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeedsQueryBenchmark {

  private static final EntityId NON_CONDITIONALITY = EntityId.parse("principle:non-conditionality");
  private static final EntityId AFRICA = EntityId.parse("actor:m49-002");
  private static final EntityId KENYA = EntityId.parse("actor:ken");
  private static final String NAME = "hu li";

  private CooperationGraph graph;

  /**
   * Loads the seeds, warms the lazily built indexes and checks that every query and its baseline
   * give the same answer.
   */
  @Setup
  public void setUp() {
    graph = Seeds.load();
    check("query", query(), scanQuery());
    check("findByName", findByName(), scanFindByName());
    check("shortestPath length", shortestPath().map(GraphPath::length), scanShortestPath().map(List::size));
    check("financeBy", sums(financeBy()), scanFinanceBy());
    if (query().isEmpty() || findByName().isEmpty() || shortestPath().isEmpty() || financeBy().rows().isEmpty()) {
      throw new IllegalStateException("a query on the seeds found nothing; the benchmark would measure nothing");
    }
  }

  private static void check(String what, Object ours, Object baseline) {
    if (!ours.equals(baseline)) {
      throw new IllegalStateException(what + " and its baseline disagree:\n  " + ours + "\n  " + baseline);
    }
  }

  /**
   * {@code Seeds.load()} after the first call: returns the cached graph.
   *
   * @return the graph
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public CooperationGraph cachedLoad() {
    return Seeds.load();
  }

  /**
   * Initiatives that embody non-conditionality and benefit Africa, through the query's indexes.
   *
   * @return the initiatives
   */
  @Benchmark
  public ImmutableList<Initiative> query() {
    return graph.initiativeQuery().embodying(NON_CONDITIONALITY).inRegion(AFRICA).list();
  }

  /**
   * The same with streams: filter the initiatives by an {@code embodies} relation and by a
   * {@code benefits} relation to Africa or to an actor inside it ({@code member-of}/{@code
   * part-of}, transitively).
   *
   * @return the initiatives
   */
  @Benchmark
  public List<Initiative> scanQuery() {
    Set<EntityId> area = areaOf(AFRICA);
    return graph.initiatives().stream()
        .filter(i -> graph.relations().stream().anyMatch(r -> r.from().equals(i.id())
            && r.type() == RelationType.EMBODIES && r.to().equals(NON_CONDITIONALITY)))
        .filter(i -> graph.relations().stream().anyMatch(r -> r.from().equals(i.id())
            && r.type() == RelationType.BENEFITS && area.contains(r.to())))
        .collect(Collectors.toList());
  }

  /** The actors inside an area, and the area itself, found by scanning the relations. */
  private Set<EntityId> areaOf(EntityId area) {
    Set<EntityId> inside = new HashSet<>(Set.of(area));
    Deque<EntityId> queue = new ArrayDeque<>(inside);
    while (!queue.isEmpty()) {
      EntityId container = queue.poll();
      graph.relations().stream()
          .filter(r -> (r.type() == RelationType.MEMBER_OF || r.type() == RelationType.PART_OF)
              && r.to().equals(container) && r.from().kind() == area.kind())
          .map(Relation::from)
          .filter(inside::add)
          .forEach(queue::add);
    }
    return inside;
  }

  /**
   * Finds Mutual Benefit (互利, Hùlì) by {@code "hu li"} through the name index.
   *
   * @return the entities, best first
   */
  @Benchmark
  public ImmutableList<Entity> findByName() {
    return graph.findByName(NAME);
  }

  /**
   * The same with streams: normalise every name of every entity and rank those that contain the
   * text as {@code findByName} does (equal, then prefix, then contains; then id order).
   *
   * @return the entities, best first
   */
  @Benchmark
  public List<Entity> scanFindByName() {
    String form = CooperationGraph.nameForm(NAME);
    Map<Entity, Integer> ranks = new HashMap<>();
    for (Entity entity : graph.entities()) {
      for (String text : entity.name().texts().values()) {
        String name = CooperationGraph.nameForm(text);
        int rank = name.equals(form) ? 0 : name.startsWith(form) ? 1 : name.contains(form) ? 2 : 3;
        if (rank < 3) {
          ranks.merge(entity, rank, Math::min);
        }
      }
    }
    return ranks.keySet().stream()
        .sorted(Comparator.<Entity>comparingInt(ranks::get).thenComparing(Entity::id))
        .collect(Collectors.toList());
  }

  /**
   * A shortest chain of relations from Kenya to Africa, through the adjacency index.
   *
   * @return the path
   */
  @Benchmark
  public Optional<GraphPath> shortestPath() {
    return graph.shortestPath(KENYA, AFRICA);
  }

  /**
   * The same with a breadth-first search that scans the list of relations for the neighbours of
   * each entity it visits.
   *
   * @return the relations of the path, from Kenya
   */
  @Benchmark
  public Optional<List<Relation>> scanShortestPath() {
    Map<EntityId, Relation> reachedBy = new HashMap<>();
    Set<EntityId> seen = new HashSet<>(Set.of(KENYA));
    Deque<EntityId> queue = new ArrayDeque<>(seen);
    while (!queue.isEmpty()) {
      EntityId at = queue.poll();
      if (at.equals(AFRICA)) {
        List<Relation> path = new java.util.ArrayList<>();
        for (EntityId step = AFRICA; !step.equals(KENYA); ) {
          Relation relation = reachedBy.get(step);
          path.add(0, relation);
          step = relation.from().equals(step) ? relation.to() : relation.from();
        }
        return Optional.of(path);
      }
      for (Relation relation : graph.relations()) {
        EntityId next = relation.from().equals(at) ? relation.to() : relation.to().equals(at) ? relation.from() : null;
        if (next != null && seen.add(next)) {
          reachedBy.put(next, relation);
          queue.add(next);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Committed finance by goal × region, through the query and its groupings.
   *
   * @return the table
   */
  @Benchmark
  public FinanceTable<EntityId, EntityId> financeBy() {
    return graph.initiativeQuery().financeBy(Grouping.byGoal(), Grouping.byRegion());
  }

  /**
   * The same sums with streams: for each initiative, its goals and its regions (regions it
   * benefits, or that contain what it benefits, found by scanning the relations), and its
   * committed amounts added to every goal × region cell.
   *
   * @return goal → region → currency and basis → sum
   */
  @Benchmark
  public Map<EntityId, Map<EntityId, Map<CurrencyBasis, BigDecimal>>> scanFinanceBy() {
    Map<EntityId, Map<EntityId, Map<CurrencyBasis, BigDecimal>>> sums = new TreeMap<>();
    for (Initiative initiative : graph.initiatives()) {
      List<EntityId> goals = graph.relations().stream()
          .filter(r -> r.from().equals(initiative.id()) && r.type() == RelationType.ADVANCES)
          .map(Relation::to).distinct().collect(Collectors.toList());
      if (goals.isEmpty()) {
        continue;
      }
      Set<EntityId> regions = new HashSet<>();
      graph.relations().stream()
          .filter(r -> r.from().equals(initiative.id()) && r.type() == RelationType.BENEFITS)
          .forEach(r -> containers(r.to()).stream().filter(this::isRegion).forEach(regions::add));
      for (Financing financing : initiative.financing()) {
        if (financing.stage() != FinancingStage.COMMITMENT) {
          continue;
        }
        for (Money amount : financing.amounts()) {
          for (EntityId goal : goals) {
            for (EntityId region : regions) {
              sums.computeIfAbsent(goal, k -> new TreeMap<>())
                  .computeIfAbsent(region, k -> new TreeMap<>())
                  .merge(CurrencyBasis.of(amount), amount.amount(), BigDecimal::add);
            }
          }
        }
      }
    }
    return sums;
  }

  /** An actor and everything that contains it ({@code member-of}/{@code part-of}, transitively). */
  private Set<EntityId> containers(EntityId actor) {
    Set<EntityId> found = new HashSet<>(Set.of(actor));
    Deque<EntityId> queue = new ArrayDeque<>(found);
    while (!queue.isEmpty()) {
      EntityId at = queue.poll();
      graph.relations().stream()
          .filter(r -> r.from().equals(at) && (r.type() == RelationType.MEMBER_OF || r.type() == RelationType.PART_OF))
          .map(Relation::to)
          .filter(found::add)
          .forEach(queue::add);
    }
    return found;
  }

  private boolean isRegion(EntityId id) {
    return graph.find(id).filter(e -> e instanceof Actor && ((Actor) e).actorType() == ActorType.REGION).isPresent();
  }

  /** The non-empty cells of a finance table, in the shape of {@link #scanFinanceBy}. */
  private static Map<EntityId, Map<EntityId, Map<CurrencyBasis, BigDecimal>>> sums(FinanceTable<EntityId, EntityId> table) {
    Map<EntityId, Map<EntityId, Map<CurrencyBasis, BigDecimal>>> sums = new TreeMap<>();
    table.sums().cellSet().forEach(cell -> sums.computeIfAbsent(cell.getRowKey(), k -> new TreeMap<>())
        .put(cell.getColumnKey(), new TreeMap<>(cell.getValue())));
    return sums;
  }
}
