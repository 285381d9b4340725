package io.github.southsouth.graph;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexes that initiative queries need beyond the graph's own: the transitive containment of
 * actors (member-of and part-of), the initiatives of each area, and the initiatives each actor
 * finances.
 *
 * <p>Built once per graph, on first use, in O(n + r + a·c) for n entities, r relations and a
 * actors with at most c ancestors each; memory is O(r·c).
 * Immutable and thread-safe once built.
 */
final class GraphIndex {

  private final ImmutableSetMultimap<EntityId, EntityId> ancestors;
  private final ImmutableSetMultimap<EntityId, EntityId> initiativesInArea;
  private final ImmutableSetMultimap<EntityId, EntityId> financedBy;

  GraphIndex(CooperationGraph graph) {
    // Containment of actors: each actor's parents through member-of and part-of.
    Map<EntityId, List<EntityId>> parents = new HashMap<>();
    for (Relation relation : graph.relations()) {
      if ((relation.type() == RelationType.MEMBER_OF || relation.type() == RelationType.PART_OF)
          && relation.from().kind() == Kind.ACTOR
          && relation.to().kind() == Kind.ACTOR) {
        parents.computeIfAbsent(relation.from(), k -> new ArrayList<>()).add(relation.to());
      }
    }
    ImmutableSetMultimap.Builder<EntityId, EntityId> ancestorsBuilder = ImmutableSetMultimap.builder();
    for (EntityId actor : parents.keySet()) {
      Set<EntityId> seen = new LinkedHashSet<>();
      Deque<EntityId> queue = new ArrayDeque<>(parents.get(actor));
      while (!queue.isEmpty()) {
        EntityId next = queue.poll();
        if (!next.equals(actor) && seen.add(next)) {
          queue.addAll(parents.getOrDefault(next, List.of()));
        }
      }
      ancestorsBuilder.putAll(actor, seen);
    }
    this.ancestors = ancestorsBuilder.build();

    ImmutableSetMultimap.Builder<EntityId, EntityId> areas = ImmutableSetMultimap.builder();
    for (Relation relation : graph.relations()) {
      if (relation.type() == RelationType.BENEFITS) {
        areas.put(relation.to(), relation.from());
        for (EntityId ancestor : ancestors.get(relation.to())) {
          areas.put(ancestor, relation.from());
        }
      }
    }
    this.initiativesInArea = areas.build();

    ImmutableSetMultimap.Builder<EntityId, EntityId> financed = ImmutableSetMultimap.builder();
    for (Initiative initiative : graph.initiatives()) {
      for (Financing financing : initiative.financing()) {
        financing.financier().ifPresent(f -> financed.put(f, initiative.id()));
      }
    }
    this.financedBy = financed.build();
  }

  /** Returns the actors that contain {@code actor} through member-of or part-of, transitively. */
  ImmutableSet<EntityId> ancestors(EntityId actor) {
    return ancestors.get(actor);
  }

  /** Returns the initiatives that benefit {@code area} or an actor it contains, transitively. */
  ImmutableSet<EntityId> initiativesInArea(EntityId area) {
    return initiativesInArea.get(area);
  }

  /** Returns the initiatives with a financing whose financier is {@code actor}. */
  ImmutableSet<EntityId> financedBy(EntityId actor) {
    return financedBy.get(actor);
  }
}
