package io.github.southsouth.spark.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The regions of a recipient: for each actor, what {@link Grouping#byRegion()} gives an initiative
 * that benefits that actor alone, i.e. the actor and the actors containing it ({@code member-of},
 * {@code part-of}, transitively) that are regions. The regions of an initiative are the union over
 * its recipients, so a row of {@code initiatives} gets them without the graph of its file.
 *
 * <p>Computed by the library itself: the actors and their containment relations go into a graph
 * of their own (only what containment needs: id, type, name; no citations), with one probe
 * initiative per recipient, and {@link Grouping#byRegion()} runs on it.
 *
 * <p>Immutable and thread-safe. Building is O(actors + relations) plus the graph's
 * validation; a lookup is O(1).
 */
final class RegionIndex {

  private static final RegionIndex EMPTY = new RegionIndex(ImmutableMap.of());

  private final ImmutableMap<EntityId, ImmutableSet<EntityId>> regions;

  private RegionIndex(ImmutableMap<EntityId, ImmutableSet<EntityId>> regions) {
    this.regions = regions;
  }

  /**
   * Returns the index of no actor: every recipient is unknown to it.
   *
   * @return the empty index
   */
  static RegionIndex empty() {
    return EMPTY;
  }

  /**
   * Returns the index of every actor of a graph: of the reference data, as an import linked to
   * it sees them (the reference closure of an actor carries the actors containing it and the
   * relations that say so, exactly as in the reference graph), or of a native file read whole.
   *
   * @param reference the graph
   * @return the index
   */
  static RegionIndex of(CooperationGraph reference) {
    ImmutableList.Builder<Relation> containment = ImmutableList.builder();
    for (Relation relation : reference.relations()) {
      if (isContainment(relation)) {
        containment.add(relation);
      }
    }
    return build(reference.actors(), containment.build());
  }

  /**
   * Returns the regions of an initiative that benefits only {@code recipient}.
   *
   * @param recipient an actor's id
   * @return the regions, empty if this index does not know the actor
   */
  Optional<ImmutableSet<EntityId>> regions(EntityId recipient) {
    return Optional.ofNullable(regions.get(recipient));
  }

  /**
   * Tells whether a relation says that an actor is contained in another, the relations {@link
   * Grouping#byRegion()} follows to an actor's regions.
   *
   * @param relation a relation
   * @return whether it is {@code member-of} or {@code part-of} between two actors
   */
  static boolean isContainment(Relation relation) {
    return (relation.type() == RelationType.MEMBER_OF || relation.type() == RelationType.PART_OF)
        && relation.from().kind() == Kind.ACTOR && relation.to().kind() == Kind.ACTOR;
  }

  private static RegionIndex build(Collection<Actor> all, Collection<Relation> allContainment) {
    Map<EntityId, Actor> actors = new LinkedHashMap<>();
    all.forEach(a -> actors.put(a.id(), bare(a)));
    Map<String, Relation> containment = new LinkedHashMap<>();
    for (Relation relation : allContainment) {
      containment.putIfAbsent(key(relation), bare(relation));
    }
    if (actors.isEmpty()) {
      return EMPTY;
    }
    CooperationGraph.Builder graph = CooperationGraph.builder();
    actors.values().forEach(graph::addEntity);
    containment.values().forEach(graph::addRelation);
    Map<EntityId, EntityId> probes = new LinkedHashMap<>();
    for (EntityId recipient : actors.keySet()) {
      EntityId probe = EntityId.encode(Kind.INITIATIVE, "probe-" + probes.size());
      probes.put(recipient, probe);
      graph.addEntity(Initiative.builder().id(probe).name(LocalizedText.english("probe"))
          .initiativeKind(InitiativeKind.PROJECT).build());
      graph.addRelation(Relation.builder().from(probe).type(RelationType.BENEFITS).to(recipient).build());
    }
    CooperationGraph built = graph.build();
    Grouping<EntityId> byRegion = Grouping.byRegion();
    ImmutableMap.Builder<EntityId, ImmutableSet<EntityId>> regions = ImmutableMap.builder();
    probes.forEach((recipient, probe) ->
        regions.put(recipient, ImmutableSet.copyOf(byRegion.keys(built, built.get(probe, Initiative.class)))));
    return new RegionIndex(regions.buildOrThrow());
  }

  /** What containment needs of an actor: its id, type and name. */
  private static Actor bare(Actor actor) {
    return Actor.builder().id(actor.id()).actorType(actor.actorType()).name(actor.name()).build();
  }

  private static Relation bare(Relation relation) {
    return Relation.builder().from(relation.from()).type(relation.type()).to(relation.to()).build();
  }

  private static String key(Relation relation) {
    return relation.from() + " " + relation.type().code() + " " + relation.to();
  }
}
