package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The graph operations behind {@link CooperationGraph}'s neighbour, path, subgraph and name methods. */
final class Navigation {

  private Navigation() {}

  static ImmutableList<Entity> neighbours(
      CooperationGraph graph, EntityId id, @Nullable RelationType type, Direction direction) {
    TreeSet<EntityId> found = new TreeSet<>();
    if (direction.includesOutgoing()) {
      for (Relation r : type == null ? graph.outgoing(id) : graph.outgoing(id, type)) {
        found.add(r.to());
      }
    }
    if (direction.includesIncoming()) {
      for (Relation r : type == null ? graph.incoming(id) : graph.incoming(id, type)) {
        found.add(r.from());
      }
    }
    return found.stream().map(graph::get).collect(ImmutableList.toImmutableList());
  }

  static com.google.common.collect.ImmutableSet<EntityId> neighbourhood(
      CooperationGraph graph, EntityId center, int hops, Predicate<? super Relation> follow) {
    graph.get(center);
    if (hops < 0) {
      throw new IllegalArgumentException("hops must be 0 or more, got " + hops);
    }
    Set<EntityId> chosen = new java.util.LinkedHashSet<>();
    chosen.add(center);
    List<EntityId> frontier = List.of(center);
    for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
      List<EntityId> next = new ArrayList<>();
      for (EntityId id : frontier) {
        for (List<Relation> edges : List.of(graph.outgoing(id), graph.incoming(id))) {
          for (Relation relation : edges) {
            EntityId other = relation.from().equals(id) ? relation.to() : relation.from();
            if (!chosen.contains(other) && follow.test(relation)) {
              chosen.add(other);
              next.add(other);
            }
          }
        }
      }
      frontier = next;
    }
    return com.google.common.collect.ImmutableSet.copyOf(chosen);
  }

  static Optional<Path> shortestPath(
      CooperationGraph graph, EntityId from, EntityId to, Set<RelationType> types) {
    Entity start = graph.get(from);
    graph.get(to);
    if (from.equals(to)) {
      return Optional.of(Path.of(List.of(start), List.of()));
    }
    Map<EntityId, Relation> via = new HashMap<>();
    Set<EntityId> seen = new HashSet<>();
    seen.add(from);
    Deque<EntityId> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      EntityId node = queue.poll();
      List<Relation> touching = new ArrayList<>(graph.outgoing(node));
      touching.addAll(graph.incoming(node));
      Collections.sort(touching);
      for (Relation r : touching) {
        if (!types.isEmpty() && !types.contains(r.type())) {
          continue;
        }
        EntityId other = r.from().equals(node) ? r.to() : r.from();
        if (seen.add(other)) {
          via.put(other, r);
          if (other.equals(to)) {
            return Optional.of(trace(graph, from, to, via));
          }
          queue.add(other);
        }
      }
    }
    return Optional.empty();
  }

  private static Path trace(
      CooperationGraph graph, EntityId from, EntityId to, Map<EntityId, Relation> via) {
    List<Entity> entities = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    EntityId node = to;
    entities.add(graph.get(node));
    while (!node.equals(from)) {
      Relation r = via.get(node);
      relations.add(r);
      node = r.from().equals(node) ? r.to() : r.from();
      entities.add(graph.get(node));
    }
    Collections.reverse(entities);
    Collections.reverse(relations);
    return Path.of(entities, relations);
  }

  static CooperationGraph subgraph(CooperationGraph graph, Predicate<? super Entity> keep) {
    Set<EntityId> selected = new HashSet<>();
    for (Entity entity : graph.entities()) {
      if (keep.test(entity)) {
        selected.add(entity.id());
      }
    }
    List<Relation> relations = new ArrayList<>();
    Set<EntityId> included = new HashSet<>(selected);
    Deque<EntityId> pending = new ArrayDeque<>(selected);
    for (Relation relation : graph.relations()) {
      if (selected.contains(relation.from()) && selected.contains(relation.to())) {
        relations.add(relation);
        for (Citation citation : relation.citations()) {
          if (included.add(citation.source())) {
            pending.add(citation.source());
          }
        }
      }
    }
    for (EntityId source : graph.info().sources()) {
      if (included.add(source)) {
        pending.add(source);
      }
    }
    while (!pending.isEmpty()) {
      for (EntityId reference : references(graph.get(pending.poll()))) {
        if (included.add(reference)) {
          pending.add(reference);
        }
      }
    }
    CooperationGraph.Builder builder = CooperationGraph.builder().info(graph.info());
    for (Entity entity : graph.entities()) {
      if (included.contains(entity.id())) {
        builder.addEntity(entity);
      }
    }
    return builder.addRelations(relations).build();
  }

  /** The ids an entity refers to outside relations, each of which must exist in a valid graph. */
  static List<EntityId> references(Entity entity) {
    List<EntityId> ids = new ArrayList<>();
    for (Citation citation : entity.citations()) {
      ids.add(citation.source());
    }
    if (entity instanceof Initiative) {
      for (Financing financing : ((Initiative) entity).financing()) {
        financing.financier().ifPresent(ids::add);
      }
      ((Initiative) entity).collateral().ifPresent(c -> {
        ids.addAll(c.providers());
        ids.addAll(c.agents());
      });
    } else if (entity instanceof Perspective) {
      ids.add(((Perspective) entity).holder());
      ids.addAll(((Perspective) entity).about());
    } else if (entity instanceof Event) {
      ((Event) entity).place().ifPresent(ids::add);
    }
    return ids;
  }

  static ImmutableList<Entity> findByName(
      CooperationGraph graph, String text, @Nullable Kind kind) {
    String form = NameIndex.normalize(text);
    if (form.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot search for the name \"" + text + "\": it has no letters or digits");
    }
    Map<EntityId, Integer> ranks = graph.names().find(form);
    if (kind != null) {
      ranks.keySet().removeIf(id -> id.kind() != kind);
    }
    return ranks.keySet().stream()
        .sorted(Comparator.<EntityId>comparingInt(ranks::get).thenComparing(Comparator.naturalOrder()))
        .map(graph::get)
        .collect(ImmutableList.toImmutableList());
  }
}
