package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Text in one or more languages, keyed by BCP 47 language tag: {@code en}, {@code zh-Hans}
 * (simplified Chinese), {@code zh-Latn-pinyin} (Chinese in pinyin), {@code fr}, ...
 *
 * <p>Tags are stored in canonical case ({@code EN} becomes {@code en}, {@code zh-hans} becomes
 * {@code zh-Hans}) and sorted, so equal texts are equal whatever order or case they were given in.
 * Texts are never blank. {@link #best(List)} looks a text up with fallback: the exact tag, then
 * ever shorter prefixes of it ({@code zh-Hans-CN}, {@code zh-Hans}, {@code zh}), then the next
 * preference, then English, then the first text.
 *
 * <p>Immutable and thread-safe; lookups are O(number of tags), which is small.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class LocalizedText {

  /** The tag of English, which every entity name carries. */
  public static final String ENGLISH = "en";

  /** The tag of simplified Chinese. */
  public static final String CHINESE = "zh-Hans";

  /** The tag of Chinese written in pinyin. */
  public static final String PINYIN = "zh-Latn-pinyin";

  private static final LocalizedText EMPTY = ImmutableLocalizedText.of(ImmutableMap.of());

  LocalizedText() {}

  /**
   * Returns the texts by canonical language tag, sorted by tag.
   *
   * @return the texts, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableMap<String, String> texts();

  @Value.Check
  LocalizedText normalize() {
    boolean canonical = true;
    String previous = null;
    for (Map.Entry<String, String> entry : texts().entrySet()) {
      String tag = entry.getKey();
      if (!tag.equals(canonicalTag(tag)) || (previous != null && previous.compareTo(tag) >= 0)) {
        canonical = false;
      }
      if (entry.getValue().isBlank()) {
        throw new IllegalArgumentException("the text for language \"" + tag + "\" is blank");
      }
      previous = tag;
    }
    if (canonical) {
      return this;
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> entry : texts().entrySet()) {
      String tag = canonicalTag(entry.getKey());
      if (sorted.put(tag, entry.getValue()) != null) {
        throw new IllegalArgumentException(
            "language \"" + tag + "\" is given twice (tags are compared in canonical case)");
      }
    }
    return ImmutableLocalizedText.of(ImmutableMap.copyOf(sorted));
  }

  /**
   * Returns the empty text.
   *
   * @return a text with no languages
   */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /**
   * Returns a text in one language.
   *
   * @param tag a well-formed BCP 47 tag
   * @param text the text, not blank
   * @return the text
   * @throws IllegalArgumentException if the tag is ill-formed or the text blank
   */
  public static LocalizedText of(String tag, String text) {
    checkNotNull(tag, "tag");
    checkNotNull(text, "text");
    return ImmutableLocalizedText.of(ImmutableMap.of(tag, text));
  }

  /**
   * Returns a text in several languages.
   *
   * @param texts texts by BCP 47 tag
   * @return the text
   * @throws IllegalArgumentException if a tag is ill-formed, a text blank, or a tag given twice
   */
  public static LocalizedText of(Map<String, ? extends String> texts) {
    checkNotNull(texts, "texts");
    return ImmutableLocalizedText.of(ImmutableMap.copyOf(texts));
  }

  /**
   * Returns an English text.
   *
   * @param text the text, not blank
   * @return the text
   */
  public static LocalizedText english(String text) {
    checkNotNull(text, "text");
    return of(ENGLISH, text);
  }

  /**
   * Returns a copy with one more language, or with the text of an existing one replaced.
   *
   * @param tag a well-formed BCP 47 tag
   * @param text the text, not blank
   * @return the new text
   */
  public LocalizedText with(String tag, String text) {
    checkNotNull(tag, "tag");
    checkNotNull(text, "text");
    TreeMap<String, String> copy = new TreeMap<>(texts());
    copy.put(canonicalTag(tag), text);
    return ImmutableLocalizedText.of(ImmutableMap.copyOf(copy));
  }

  /**
   * Returns the text in exactly this language, without fallback.
   *
   * @param tag a BCP 47 tag, in any case
   * @return the text, or empty
   */
  public Optional<String> get(String tag) {
    checkNotNull(tag, "tag");
    return Optional.ofNullable(texts().get(canonicalTag(tag)));
  }

  /**
   * Returns the best text for the given preferences, most preferred first: for each preference,
   * the exact tag and then its ever shorter prefixes; then English; then the first text.
   *
   * @param preferences BCP 47 tags, most preferred first
   * @return the text, or the empty string if this text has no languages
   */
  public String best(List<String> preferences) {
    checkNotNull(preferences, "preferences");
    for (String preference : preferences) {
      String tag = canonicalTag(preference);
      while (true) {
        String text = texts().get(tag);
        if (text != null) {
          return text;
        }
        int dash = tag.lastIndexOf('-');
        if (dash < 0) {
          break;
        }
        tag = tag.substring(0, dash);
      }
    }
    String english = texts().get(ENGLISH);
    if (english != null) {
      return english;
    }
    return texts().isEmpty() ? "" : texts().values().iterator().next();
  }

  /**
   * Returns the best text for the given preferences; see {@link #best(List)}.
   *
   * @param preferences BCP 47 tags, most preferred first
   * @return the text, or the empty string if this text has no languages
   */
  public String best(String... preferences) {
    checkNotNull(preferences, "preferences");
    return best(List.of(preferences));
  }

  /**
   * Returns the English text, or the first text if there is no English one.
   *
   * @return the text, or the empty string if this text has no languages
   */
  public String english() {
    return best(ENGLISH);
  }

  /**
   * Tells whether this text has no languages.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return texts().isEmpty();
  }

  /**
   * Returns a BCP 47 tag in canonical case, e.g. {@code zh-Hans} for {@code ZH-HANS}.
   *
   * @param tag a BCP 47 tag
   * @return the canonical form
   * @throws IllegalArgumentException if the tag is not well-formed BCP 47
   */
  public static String canonicalTag(String tag) {
    checkNotNull(tag, "tag");
    // the constant for English (by far the most common tag, as in english(text)) needs no look
    if (tag == ENGLISH || isSimpleCanonical(tag)) {
      return tag;
    }
    return canonicalTagByLocale(tag);
  }

  /** The slow path of {@link #canonicalTag}: parses the tag with {@link Locale.Builder}. */
  static String canonicalTagByLocale(String tag) {
    try {
      String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      if (canonical.equals("und") && !tag.equalsIgnoreCase("und")) {
        throw new IllegalArgumentException(
            "invalid language tag \"" + tag + "\": expected a BCP 47 tag such as en or zh-Hans");
      }
      return canonicalCase(canonical);
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "invalid language tag \"" + tag + "\": expected a BCP 47 tag such as en or zh-Hans", e);
    }
  }

  /**
   * Tells, without parsing, whether a tag is of the common simple form that {@link Locale.Builder}
   * leaves as it is and that is already in canonical case: a language of two or three lower-case
   * letters, then optionally a title-case script ({@code Hans}), an upper-case or three-digit
   * region ({@code BR}, {@code 419}) and one lower-case variant ({@code pinyin}). Languages that
   * Java maps to other codes ({@code iw}, {@code ji}, {@code in} and their new forms) and {@code
   * und} are left to the slow path, as is anything else (extensions, private use, other case).
   */
  static boolean isSimpleCanonical(String tag) {
    int n = tag.length();
    int i = 0;
    while (i < n && isLower(tag.charAt(i))) {
      i++;
    }
    if (i < 2 || i > 3 || (i < n && tag.charAt(i) != '-') || isRemappedLanguage(tag, i)) {
      return false;
    }
    // Script: Xxxx.
    if (i + 5 <= n && isUpper(tag.charAt(i + 1)) && isLower(tag.charAt(i + 2))
        && isLower(tag.charAt(i + 3)) && isLower(tag.charAt(i + 4))
        && (i + 5 == n || tag.charAt(i + 5) == '-')) {
      i += 5;
    }
    // Region: XX or 999.
    if (i + 3 <= n && isUpper(tag.charAt(i + 1)) && isUpper(tag.charAt(i + 2))
        && (i + 3 == n || tag.charAt(i + 3) == '-')) {
      i += 3;
    } else if (i + 4 <= n && isDigit(tag.charAt(i + 1)) && isDigit(tag.charAt(i + 2))
        && isDigit(tag.charAt(i + 3)) && (i + 4 == n || tag.charAt(i + 4) == '-')) {
      i += 4;
    }
    if (i == n) {
      return true;
    }
    // One variant: 5 to 8 lower-case letters or digits, or a digit and three of them.
    int start = i + 1;
    int end = start;
    while (end < n && (isLower(tag.charAt(end)) || isDigit(tag.charAt(end)))) {
      end++;
    }
    int length = end - start;
    return end == n && (length >= 5 && length <= 8 || length == 4 && isDigit(tag.charAt(start)));
  }

  private static boolean isRemappedLanguage(String tag, int length) {
    if (length == 3) {
      return tag.startsWith("und");
    }
    char a = tag.charAt(0);
    char b = tag.charAt(1);
    return (a == 'i' && (b == 'w' || b == 'n' || b == 'd')) || (a == 'j' && b == 'i')
        || (a == 'h' && b == 'e') || (a == 'y' && b == 'i');
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Applies the case conventions of RFC 5646 section 2.1.1, which {@link Locale#toLanguageTag()}
   * leaves out for variants ({@code zh-Latn-PINYIN}): lower case, except four-letter script
   * subtags in title case and two-letter region subtags in upper case, up to the first singleton.
   */
  private static String canonicalCase(String tag) {
    String[] subtags = tag.split("-", -1);
    StringBuilder text = new StringBuilder(tag.length());
    boolean afterSingleton = false;
    for (int i = 0; i < subtags.length; i++) {
      String subtag = subtags[i].toLowerCase(Locale.ROOT);
      if (i > 0 && !afterSingleton) {
        boolean letters = subtag.chars().allMatch(c -> c >= 'a' && c <= 'z');
        if (subtag.length() == 1) {
          afterSingleton = true;
        } else if (subtag.length() == 2 && letters) {
          subtag = subtag.toUpperCase(Locale.ROOT);
        } else if (subtag.length() == 4 && letters) {
          subtag = Character.toUpperCase(subtag.charAt(0)) + subtag.substring(1);
        }
      }
      if (i > 0) {
        text.append('-');
      }
      text.append(subtag);
    }
    return text.toString();
  }

  /**
   * Tells whether a string is a well-formed BCP 47 language tag.
   *
   * @param tag the candidate
   * @return true if {@link #canonicalTag(String)} accepts it
   */
  public static boolean isWellFormedTag(String tag) {
    checkNotNull(tag, "tag");
    try {
      canonicalTag(tag);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return texts().toString();
  }
}
