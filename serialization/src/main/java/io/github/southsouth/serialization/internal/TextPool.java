package io.github.southsouth.serialization.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Holds each short text once: a large table repeats the same few values (Yes, No, a country, a
 * currency, a date) in every row, and a model keeps many of them, so an importer passes the cells
 * it keeps through {@link #share} and equal values become one string. Texts longer than {@value
 * #MAX_LENGTH} characters are returned as they are, since they seldom repeat; once {@value
 * #MAX_ENTRIES} values are held, new ones are returned without being added, so the pool's memory
 * is bounded whatever the input. Not thread-safe: one per import. Not API.
 */
public final class TextPool {

  /** The longest text shared. */
  public static final int MAX_LENGTH = 40;

  /** How many different texts are held at most. */
  public static final int MAX_ENTRIES = 1 << 16;

  private final Map<String, String> held = new HashMap<>();

  /**
   * Returns the text held equal to the given one, holding it if it is the first and there is room
   * (the empty text is always the same instance): O(length of the text).
   *
   * @param text any text
   * @return an equal text, the same instance for every equal text held
   */
  public String share(String text) {
    if (text.isEmpty()) {
      return ""; // most cells of a wide table are empty: no need to look them up
    }
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    String known = held.get(text);
    if (known != null) {
      return known;
    }
    if (held.size() < MAX_ENTRIES) {
      held.put(text, text);
    }
    return text;
  }
}
