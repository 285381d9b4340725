package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Stance;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A typed, combinable query for the perspectives of one {@link CooperationGraph}, made with {@link
 * CooperationGraph#perspectiveQuery()}:
 *
 * <pre>{@code
 * ImmutableList<Perspective> critics =
 *     graph.perspectiveQuery()
 *         .about(EntityId.parse("initiative:belt-and-road"))
 *         .withStance(Stance.CRITICAL)
 *         .list();
 * }</pre>
 *
 * <p><b>Semantics.</b> A perspective's {@linkplain Perspective#stance() stance} is its stance
 * towards each entity it is {@linkplain Perspective#about() about}, so {@code
 * about(bri).withStance(CRITICAL)} finds the perspectives critical of the Belt and Road Initiative,
 * and not one that is critical of a label applied to it (that perspective is about the label).
 * {@link #about} matches the entities a perspective names, as stated: a perspective about a
 * programme is not also about the framework the programme is part of. Each method adds one criterion
 * and returns a new query; a perspective matches when it meets every criterion (and), and a
 * criterion given several values matches when any of them does (or). A query with no criteria finds
 * every perspective. Results are in id order.
 *
 * <p><b>Performance notes.</b> Adding a criterion is O(v) for v values. {@link #list()} scans the
 * graph's p perspectives and checks each criterion in O(1) (a hash lookup per target), so it is
 * O(p · c) for c criteria.
 *
 * <p>Immutable and thread-safe; a query may be kept, extended in several ways and run many times.
 *
 * @since 0.2.0
 */
public final class PerspectiveQuery {

  private final CooperationGraph graph;
  private final ImmutableList<Criterion> criteria;

  private PerspectiveQuery(CooperationGraph graph, ImmutableList<Criterion> criteria) {
    this.graph = graph;
    this.criteria = criteria;
  }

  static PerspectiveQuery of(CooperationGraph graph) {
    return new PerspectiveQuery(graph, ImmutableList.of());
  }

  /** A described condition on perspectives. */
  private static final class Criterion {
    final String description;
    final Predicate<? super Perspective> predicate;

    Criterion(String description, Predicate<? super Perspective> predicate) {
      this.description = description;
      this.predicate = predicate;
    }
  }

  private PerspectiveQuery with(String description, Predicate<? super Perspective> predicate) {
    return new PerspectiveQuery(
        graph,
        ImmutableList.<Criterion>builder()
            .addAll(criteria)
            .add(new Criterion(description, predicate))
            .build());
  }

  /**
   * Keeps the perspectives about one of the given entities (named in {@link Perspective#about()}).
   *
   * @param targets entity ids of any kind, at least one
   * @return the extended query
   * @throws IllegalArgumentException if no id is given or an id is not in the graph
   */
  public PerspectiveQuery about(EntityId... targets) {
    requireSome("about", targets);
    for (EntityId target : targets) {
      if (!graph.contains(target)) {
        throw new IllegalArgumentException("no entity with id " + target + " in this graph");
      }
    }
    ImmutableSet<EntityId> wanted = ImmutableSet.copyOf(targets);
    return with("about " + ids(targets), p -> p.about().stream().anyMatch(wanted::contains));
  }

  /**
   * Keeps the perspectives that take one of the given stances towards what they are about.
   *
   * @param stances stances, at least one
   * @return the extended query
   * @throws IllegalArgumentException if no stance is given
   */
  public PerspectiveQuery withStance(Stance... stances) {
    requireSome("withStance", stances);
    Set<Stance> wanted = EnumSet.copyOf(Arrays.asList(stances));
    return with(
        Arrays.stream(stances).map(Coded::code).collect(Collectors.joining(" or ")),
        p -> wanted.contains(p.stance()));
  }

  /**
   * Keeps the perspectives held by one of the given actors.
   *
   * @param holders actor ids, at least one
   * @return the extended query
   * @throws IllegalArgumentException if no id is given, or an id is not an actor of the graph
   */
  public PerspectiveQuery heldBy(EntityId... holders) {
    requireSome("heldBy", holders);
    for (EntityId holder : holders) {
      if (holder.kind() != Kind.ACTOR || !graph.contains(holder)) {
        throw new IllegalArgumentException("no actor with id " + holder + " in this graph");
      }
    }
    ImmutableSet<EntityId> wanted = ImmutableSet.copyOf(holders);
    return with("held by " + ids(holders), p -> wanted.contains(p.holder()));
  }

  /**
   * Runs the query.
   *
   * @return the matching perspectives, in id order
   */
  public ImmutableList<Perspective> list() {
    return graph.perspectives().stream().filter(this::test).collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether one perspective meets every criterion of this query. O(c) for c criteria.
   *
   * @param perspective a perspective
   * @return true if it matches
   */
  public boolean test(Perspective perspective) {
    return criteria.stream().allMatch(c -> c.predicate.test(perspective));
  }

  /**
   * Returns the graph this query runs on.
   *
   * @return the graph
   */
  public CooperationGraph graph() {
    return graph;
  }

  /**
   * Returns the criteria in words, e.g. {@code critical perspectives about initiative:belt-and-road}.
   */
  @Override
  public String toString() {
    String stance =
        criteria.stream()
            .filter(c -> !c.description.startsWith("about ") && !c.description.startsWith("held by "))
            .map(c -> c.description + " ")
            .collect(Collectors.joining());
    String others =
        criteria.stream()
            .filter(c -> c.description.startsWith("about ") || c.description.startsWith("held by "))
            .map(c -> c.description)
            .collect(Collectors.joining(", "));
    String words = (criteria.isEmpty() ? "all " : stance) + "perspectives";
    return others.isEmpty() ? words : words + " " + others;
  }

  private static void requireSome(String method, Object[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException(method + " needs at least one value");
    }
  }

  private static String ids(EntityId[] ids) {
    return Arrays.stream(ids).map(EntityId::toString).collect(Collectors.joining(" or "));
  }
}
