package io.github.southsouth.serialization.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Holds each short text once: a large table repeats the same few values (Yes, No, a country, a
 * currency, a date) in every row, and a model keeps many of them, so an importer passes the cells
 * it keeps through {@link #share} and equal values become one string. Texts longer than {@value
 * #MAX_LENGTH} characters are returned as they are, since they seldom repeat; once {@value
 * #MAX_ENTRIES} values are held, new ones are returned without being added, so the pool's memory
 * is bounded whatever the input.
 *
 * <p>A reader of bytes looks a short ASCII cell up {@linkplain #share(byte[], int, int) by its
 * bytes}, so that a value already held costs no new string at all. The texts are held in an
 * open-addressing table (linear probing, at most half full) with the ASCII bytes of each beside
 * it; a lookup is O(length of the text). Not thread-safe: one per import. Not API.
 */
public final class TextPool {

  /** The longest text shared. */
  public static final int MAX_LENGTH = 40;

  /** How many different texts are held at most. */
  public static final int MAX_ENTRIES = 1 << 16;

  private static final int INITIAL = 1 << 10;

  private String[] texts = new String[INITIAL];
  /** The bytes of each held text that is ASCII, else null. */
  private byte[][] bytes = new byte[INITIAL][];
  private int[] hashes = new int[INITIAL];
  private int size;

  /**
   * Returns the text held equal to the given one, holding it if it is the first and there is room
   * (the empty text is always the same instance): O(length of the text).
   *
   * @param text any text
   * @return an equal text, the same instance for every equal text held
   */
  public String share(String text) {
    int length = text.length();
    if (length == 0) {
      return ""; // most cells of a wide table are empty: no need to look them up
    }
    if (length > MAX_LENGTH) {
      return text;
    }
    int hash = 0;
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      hash = 31 * hash + c;
      ascii &= c < 0x80;
    }
    hash = spread(hash);
    int mask = texts.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String held = texts[slot];
      if (held == null) {
        return hold(slot, hash, text, ascii ? text.getBytes(StandardCharsets.ISO_8859_1) : null);
      }
      if (hashes[slot] == hash && held.equals(text)) {
        return held;
      }
    }
  }

  /**
   * Returns the text held equal to the given ASCII bytes, holding it if it is the first and there
   * is room; makes a string only for a text not held: O(length).
   *
   * @param ascii bytes that are all below 0x80
   * @param offset where the text starts
   * @param length how many bytes it has
   * @return an equal text, the same instance for every equal text held
   */
  public String share(byte[] ascii, int offset, int length) {
    if (length == 0) {
      return "";
    }
    if (length > MAX_LENGTH) {
      return new String(ascii, offset, length, StandardCharsets.ISO_8859_1);
    }
    int hash = 0;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      hash = 31 * hash + ascii[i];
    }
    hash = spread(hash);
    int mask = texts.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String held = texts[slot];
      if (held == null) {
        if (size >= MAX_ENTRIES) {
          return new String(ascii, offset, length, StandardCharsets.ISO_8859_1);
        }
        byte[] copy = Arrays.copyOfRange(ascii, offset, end);
        return hold(slot, hash, new String(copy, StandardCharsets.ISO_8859_1), copy);
      }
      byte[] heldBytes = bytes[slot];
      if (hashes[slot] == hash
          && heldBytes != null
          && Arrays.equals(heldBytes, 0, heldBytes.length, ascii, offset, end)) {
        return held;
      }
    }
  }

  /** Holds a text in an empty slot if there is room, growing the table to stay half empty. */
  private String hold(int slot, int hash, String text, byte[] ascii) {
    if (size >= MAX_ENTRIES) {
      return text;
    }
    texts[slot] = text;
    bytes[slot] = ascii;
    hashes[slot] = hash;
    size++;
    if (size * 2 > texts.length) {
      grow();
    }
    return text;
  }

  private void grow() {
    String[] oldTexts = texts;
    byte[][] oldBytes = bytes;
    int[] oldHashes = hashes;
    int capacity = oldTexts.length * 2;
    texts = new String[capacity];
    bytes = new byte[capacity][];
    hashes = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        int slot = oldHashes[i] & mask;
        while (texts[slot] != null) {
          slot = (slot + 1) & mask;
        }
        texts[slot] = oldTexts[i];
        bytes[slot] = oldBytes[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  /** Mixes the bits of a polynomial hash so that near texts (numbers, dates) fall apart. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
