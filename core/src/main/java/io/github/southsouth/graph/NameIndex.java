package io.github.southsouth.graph;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of every entity in normalised form, with an index of their character pairs (bigrams)
 * to find the entities whose names contain a text without reading every name.
 *
 * <p>Built once per graph, on first name search, in O(L) for L characters of names; memory is
 * O(L) too, held compactly as arrays of entity numbers. Immutable and thread-safe once built.
 */
final class NameIndex {

  /** Separates the forms of one entity's names; never part of a form. */
  private static final char SEPARATOR = '\u0000';

  private final EntityId[] ids;
  /** The normalised forms of each entity's names, joined by the separator. */
  private final String[] forms;
  /** For each bigram, the numbers of the entities that have it, ascending. */
  private final Map<String, int[]> postings;

  NameIndex(CooperationGraph graph) {
    List<Entity> entities = graph.entities();
    ids = new EntityId[entities.size()];
    forms = new String[entities.size()];
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int n = 0; n < entities.size(); n++) {
      Entity entity = entities.get(n);
      ids[n] = entity.id();
      Set<String> names = new LinkedHashSet<>();
      for (String text : entity.name().texts().values()) {
        String form = normalize(text);
        if (!form.isEmpty()) {
          names.add(form);
        }
      }
      forms[n] = String.join(String.valueOf(SEPARATOR), names);
      Set<String> grams = new LinkedHashSet<>();
      for (String form : names) {
        int[] points = form.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
          grams.add(new String(points, i, 2));
        }
      }
      for (String gram : grams) {
        lists.computeIfAbsent(gram, k -> new ArrayList<>()).add(n);
      }
    }
    postings = new HashMap<>(lists.size() * 4 / 3 + 1);
    lists.forEach((gram, list) -> postings.put(gram, list.stream().mapToInt(Integer::intValue).toArray()));
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

  /**
   * Returns the ids of the entities with a name whose normalised form contains {@code form}, with
   * their rank: 0 if a name equals it, 1 if a name starts with it, 2 if a name contains it.
   */
  Map<EntityId, Integer> find(String form) {
    Map<EntityId, Integer> ranks = new HashMap<>();
    int[] points = form.codePoints().toArray();
    if (points.length == 1) {
      for (int n = 0; n < ids.length; n++) {
        rank(n, form, ranks);
      }
      return ranks;
    }
    int[][] lists = new int[points.length - 1][];
    for (int i = 0; i + 1 < points.length; i++) {
      lists[i] = postings.get(new String(points, i, 2));
      if (lists[i] == null) {
        return ranks;
      }
    }
    Arrays.sort(lists, (a, b) -> Integer.compare(a.length, b.length));
    candidates:
    for (int n : lists[0]) {
      for (int i = 1; i < lists.length; i++) {
        if (Arrays.binarySearch(lists[i], n) < 0) {
          continue candidates;
        }
      }
      rank(n, form, ranks);
    }
    return ranks;
  }

  private void rank(int n, String form, Map<EntityId, Integer> ranks) {
    int best = Integer.MAX_VALUE;
    for (String name : forms[n].split(String.valueOf(SEPARATOR), -1)) {
      if (name.equals(form)) {
        best = 0;
      } else if (name.startsWith(form)) {
        best = Math.min(best, 1);
      } else if (name.contains(form)) {
        best = Math.min(best, 2);
      }
    }
    if (best != Integer.MAX_VALUE) {
      ranks.put(ids[n], best);
    }
  }
}
