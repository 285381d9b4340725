package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexes that queries need beyond the graph's own: the transitive containment of actors
 * (member-of and part-of), the initiatives of each area, the initiatives each actor finances, and
 * the names of every entity in normalised form with an n-gram index over them.
 *
 * <p>Built once per graph, on first use, in O(e + r + a·c + L) for e entities, r relations, a
 * actors with at most c ancestors each and L characters of names; memory is linear in the same.
 * Immutable and thread-safe once built.
 */
final class GraphIndex {

  private final ImmutableSetMultimap<EntityId, EntityId> ancestors;
  private final ImmutableSetMultimap<EntityId, EntityId> initiativesInArea;
  private final ImmutableSetMultimap<EntityId, EntityId> financedBy;
  private final ImmutableMap<EntityId, ImmutableList<String>> normalizedNames;
  private final ImmutableSetMultimap<String, EntityId> grams;

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

    ImmutableMap.Builder<EntityId, ImmutableList<String>> names =
        ImmutableMap.builderWithExpectedSize(graph.entityCount());
    ImmutableSetMultimap.Builder<String, EntityId> gramsBuilder = ImmutableSetMultimap.builder();
    for (Entity entity : graph.entities()) {
      Set<String> forms = new LinkedHashSet<>();
      for (String text : entity.name().texts().values()) {
        String form = normalize(text);
        if (!form.isEmpty()) {
          forms.add(form);
        }
      }
      names.put(entity.id(), ImmutableList.copyOf(forms));
      Set<String> entityGrams = new HashSet<>();
      for (String form : forms) {
        entityGrams.addAll(grams(form));
      }
      for (String gram : entityGrams) {
        gramsBuilder.put(gram, entity.id());
      }
    }
    this.normalizedNames = names.buildOrThrow();
    this.grams = gramsBuilder.build();
  }

  /**
   * Returns a name in the form names are matched in: compatibility-decomposed (NFKD), without
   * combining marks (accents, pinyin tones), lower-cased, and with every character that is not a
   * letter or digit removed (spaces, hyphens, punctuation).
   */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The grams of a normalised form: each code point, and each pair of adjacent code points. */
  private static Set<String> grams(String form) {
    int[] points = form.codePoints().toArray();
    Set<String> grams = new HashSet<>();
    for (int i = 0; i < points.length; i++) {
      grams.add(new String(points, i, 1));
      if (i + 1 < points.length) {
        grams.add(new String(points, i, 2));
      }
    }
    return grams;
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

  /** Returns the normalised forms of an entity's names. */
  ImmutableList<String> normalizedNames(EntityId id) {
    return normalizedNames.getOrDefault(id, ImmutableList.of());
  }

  /**
   * Returns the ids of entities that may have a name containing {@code form}: those holding every
   * bigram of it (or its one code point). A superset of the matches; callers verify.
   */
  Set<EntityId> nameCandidates(String form) {
    int[] points = form.codePoints().toArray();
    if (points.length == 1) {
      return grams.get(form);
    }
    List<ImmutableSet<EntityId>> postings = new ArrayList<>();
    for (int i = 0; i + 1 < points.length; i++) {
      ImmutableSet<EntityId> posting = grams.get(new String(points, i, 2));
      if (posting.isEmpty()) {
        return Set.of();
      }
      postings.add(posting);
    }
    ImmutableSet<EntityId> smallest = postings.get(0);
    for (ImmutableSet<EntityId> posting : postings) {
      if (posting.size() < smallest.size()) {
        smallest = posting;
      }
    }
    Set<EntityId> result = new HashSet<>();
    outer:
    for (EntityId id : smallest) {
      for (ImmutableSet<EntityId> posting : postings) {
        if (!posting.contains(id)) {
          continue outer;
        }
      }
      result.add(id);
    }
    return result;
  }
}
