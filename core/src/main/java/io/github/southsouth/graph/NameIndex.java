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
 * to find the entities whose names contain a text without reading every name. A match must start
 * where a word of the name starts — after a space, hyphen or other separator, or at any Chinese
 * character, since Chinese has no spaces — so "hu li" finds 互利 Hùlì but not the "chǔlǐ" inside a
 * longer pinyin name.
 *
 * <p>Built once per graph, on first name search, in O(L) for L characters of names; memory is
 * O(L) too, held compactly as arrays of entity numbers. Immutable and thread-safe once built.
 */
final class NameIndex {

  private final EntityId[] ids;
  /** The normalised forms of each entity's names. */
  private final String[][] forms;
  /** For each form, where its words start (indexes into the form's chars). */
  private final boolean[][][] wordStarts;
  /** For each bigram, the numbers of the entities that have it, ascending. */
  private final Map<String, int[]> postings;

  NameIndex(CooperationGraph graph) {
    List<Entity> entities = graph.entities();
    ids = new EntityId[entities.size()];
    forms = new String[entities.size()][];
    wordStarts = new boolean[entities.size()][][];
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int n = 0; n < entities.size(); n++) {
      Entity entity = entities.get(n);
      ids[n] = entity.id();
      Map<String, boolean[]> names = new java.util.LinkedHashMap<>();
      for (String text : entity.name().texts().values()) {
        StringBuilder form = new StringBuilder();
        boolean[] starts = normalize(text, form);
        if (form.length() > 0) {
          names.putIfAbsent(form.toString(), starts);
        }
      }
      forms[n] = names.keySet().toArray(new String[0]);
      wordStarts[n] = names.values().toArray(new boolean[0][]);
      Set<String> grams = new LinkedHashSet<>();
      for (String form : names.keySet()) {
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
    StringBuilder out = new StringBuilder(text.length());
    normalize(text, out);
    return out.toString();
  }

  /**
   * Appends the normalised form of {@code text} to {@code out} and returns, for each char of it,
   * whether a word starts there: at the beginning, after a removed separator, or at an
   * ideographic (Chinese) character. Combining marks removed by normalisation do not split words.
   */
  private static boolean[] normalize(String text, StringBuilder out) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    boolean[] starts = new boolean[decomposed.length() * 2 + 1];
    boolean afterSeparator = true;
    for (int i = 0; i < decomposed.length(); ) {
      int point = decomposed.codePointAt(i);
      i += Character.charCount(point);
      if (Character.isLetterOrDigit(point)) {
        if (afterSeparator || Character.isIdeographic(point)) {
          starts[out.length()] = true;
        }
        out.appendCodePoint(Character.toLowerCase(point));
        afterSeparator = false;
      } else if (Character.getType(point) != Character.NON_SPACING_MARK) {
        afterSeparator = true;
      }
    }
    return Arrays.copyOf(starts, out.length());
  }

  /**
   * Returns the ids of the entities with a name whose normalised form contains {@code form} at the
   * start of a word, with their rank: 0 if a name equals it, 1 if a name starts with it, 2 if one
   * of its later words does.
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
    for (int k = 0; k < forms[n].length; k++) {
      String name = forms[n][k];
      if (name.equals(form)) {
        best = 0;
      } else if (name.startsWith(form)) {
        best = Math.min(best, 1);
      } else if (startsAWord(name, wordStarts[n][k], form)) {
        best = Math.min(best, 2);
      }
    }
    if (best != Integer.MAX_VALUE) {
      ranks.put(ids[n], best);
    }
  }

  private static boolean startsAWord(String name, boolean[] starts, String form) {
    for (int at = name.indexOf(form); at >= 0; at = name.indexOf(form, at + 1)) {
      if (starts[at]) {
        return true;
      }
    }
    return false;
  }
}
