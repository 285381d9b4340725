package io.github.southsouth.serialization.aiddata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text helpers of the AidData import: slugs and hashes for ids, the shapes of codes (digits,
 * ISO 3166-1 alpha-3 letters), and cells cut short for messages. Stateless and thread-safe.
 */
final class GcdfText {

  private static final Pattern SLUG_JUNK = Pattern.compile("[^a-z0-9]+");

  private GcdfText() {}

  /** Makes a readable slug: lower case, runs of other characters as one hyphen, bounded length. */
  static String slug(String text, int max) {
    String slug = SLUG_JUNK.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (slug.length() > max) {
      slug = slug.substring(0, max).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? hash(text, 12) : slug;
  }

  static String hash(String text, int hexDigits) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; hex.length() < hexDigits; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return hex.substring(0, hexDigits);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
    }
  }

  /** Whether the text is one or more ASCII digits. */
  static boolean isDigits(String text) {
    return !text.isEmpty() && isDigits(text, 0, text.length());
  }

  /** Whether the characters from {@code start} to {@code end} are ASCII digits. */
  static boolean isDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the text is three ASCII letters, as an ISO 3166-1 alpha-3 code. */
  static boolean isLetters3(String text) {
    if (text.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** Cuts a cell for a message to at most 80 characters. */
  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /** Names the first character of a cell for a message: a tab, a carriage return or the character. */
  static String describeFirst(String cell) {
    char c = cell.charAt(0);
    return c == '\t' ? "a tab" : c == '\r' ? "a carriage return" : "'" + c + "'";
  }
}
