package io.github.southsouth.graph;

import com.google.common.collect.ImmutableSet;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.util.Optional;
import java.util.Set;

/**
 * How to put initiatives into groups for the aggregations of {@link InitiativeQuery} ({@link
 * InitiativeQuery#countBy}, {@link InitiativeQuery#financeBy}, {@link
 * InitiativeQuery#conditionalityBy}): for each initiative, the keys of the groups it belongs to. An
 * initiative may be in several groups (a project that advances two goals is counted under each)
 * or in none (an initiative that embodies no principle is not counted by principle).
 *
 * <p>Keys are comparable, so results come in key order. Implementations must be stateless,
 * thread-safe and cheap: an aggregation calls {@link #keys} once per initiative. The groupings
 * given here cost O(d) per initiative for d related entities.
 *
 * @param <K> the type of the group keys
 * @since 0.1.0
 */
@FunctionalInterface
public interface Grouping<K extends Comparable<? super K>> {

  /**
   * Returns the keys of the groups an initiative belongs to.
   *
   * @param graph the graph the initiative is in
   * @param initiative the initiative
   * @return the keys, possibly empty
   */
  Set<K> keys(CooperationGraph graph, Initiative initiative);

  /**
   * Groups by the principles an initiative embodies.
   *
   * @return the grouping, with principle ids as keys
   */
  static Grouping<EntityId> byPrinciple() {
    return (graph, i) -> targets(graph, i, RelationType.EMBODIES);
  }

  /**
   * Groups by the goals an initiative advances.
   *
   * @return the grouping, with goal ids as keys
   */
  static Grouping<EntityId> byGoal() {
    return (graph, i) -> targets(graph, i, RelationType.ADVANCES);
  }

  /**
   * Groups by the themes (areas of contribution) an initiative addresses.
   *
   * @return the grouping, with theme ids as keys
   */
  static Grouping<EntityId> byTheme() {
    return (graph, i) -> targets(graph, i, RelationType.ADDRESSES);
  }

  /**
   * Groups by the actors an initiative benefits directly, typically recipient countries.
   *
   * @return the grouping, with actor ids as keys
   */
  static Grouping<EntityId> byBeneficiary() {
    return (graph, i) -> targets(graph, i, RelationType.BENEFITS);
  }

  /**
   * Groups by region: every actor of type {@link ActorType#REGION} that an initiative benefits or
   * that contains, through {@code member-of} or {@code part-of} transitively, an actor it benefits
   * — the regions in which {@link InitiativeQuery#inRegion} finds it. A project in Kenya is in
   * Eastern Africa, Sub-Saharan Africa, Africa and the World, so columns of nested regions overlap
   * and do not add up to a total.
   *
   * @return the grouping, with region actor ids as keys
   */
  static Grouping<EntityId> byRegion() {
    return (graph, i) -> {
      ImmutableSet.Builder<EntityId> regions = ImmutableSet.builder();
      GraphIndex index = graph.index();
      for (Relation relation : graph.outgoing(i.id(), RelationType.BENEFITS)) {
        addIfRegion(graph, relation.to(), regions);
        for (EntityId ancestor : index.ancestors(relation.to())) {
          addIfRegion(graph, ancestor, regions);
        }
      }
      return regions.build();
    };
  }

  /**
   * Groups by status; initiatives without a status are in no group.
   *
   * @return the grouping
   */
  static Grouping<InitiativeStatus> byStatus() {
    return (graph, i) -> i.status().map(ImmutableSet::of).orElse(ImmutableSet.of());
  }

  /**
   * Groups by kind: framework, programme or project.
   *
   * @return the grouping
   */
  static Grouping<InitiativeKind> byKind() {
    return (graph, i) -> ImmutableSet.of(i.initiativeKind());
  }

  /**
   * Groups by conditionality state.
   *
   * @return the grouping
   */
  static Grouping<ConditionalityState> byConditionality() {
    return (graph, i) -> ImmutableSet.of(i.conditionality().state());
  }

  /**
   * Groups by instrument: those listed on the initiative and those of its financing flows, except
   * planned ones (budgets and planned disbursements), which deliver nothing yet ({@link
   * Initiative#allInstruments()}).
   *
   * @return the grouping
   */
  static Grouping<Instrument> byInstrument() {
    return (graph, i) -> i.allInstruments();
  }


  /**
   * Puts every initiative in one group, {@code "all"}: for totals over a whole query.
   *
   * @return the grouping
   */
  static Grouping<String> all() {
    return (graph, i) -> ImmutableSet.of("all");
  }

  private static Set<EntityId> targets(CooperationGraph graph, Initiative initiative, RelationType type) {
    ImmutableSet.Builder<EntityId> targets = ImmutableSet.builder();
    for (Relation relation : graph.outgoing(initiative.id(), type)) {
      targets.add(relation.to());
    }
    return targets.build();
  }

  private static void addIfRegion(CooperationGraph graph, EntityId id, ImmutableSet.Builder<EntityId> regions) {
    Optional<Entity> entity = graph.find(id);
    if (entity.isPresent()
        && entity.get() instanceof Actor
        && ((Actor) entity.get()).actorType() == ActorType.REGION) {
      regions.add(id);
    }
  }
}
