package io.github.southsouth.serialization.internal;

/**
 * Strict UTF-8 decoding of a range of bytes, for {@link CsvRowReader}, which decodes only the
 * cells that are not ASCII and refuses what is malformed: stray continuation bytes, overlong
 * forms, surrogates, anything above U+10FFFF, a sequence cut off (the same rules as the JDK's
 * decoder when it reports malformed input). Stateless, therefore
 * thread-safe; each method is linear in the length of the range. Not API.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Returns where the first malformed sequence of a range starts, as the JDK's decoder reports it
   * (for problems: it decodes the range into a new array).
   *
   * @param bytes the bytes
   * @param from the first byte of the range
   * @param to one past the last byte of the range
   * @return the index of the first byte of the first malformed sequence, or -1 if the range is
   *     well-formed UTF-8
   */
  static int firstMalformed(byte[] bytes, int from, int to) {
    int n = decode(bytes, from, to, new char[to - from]);
    return n < 0 ? -1 - n : -1;
  }

  /**
   * Decodes a range that holds some bytes above 0x7F into characters, checking it in the same
   * pass.
   *
   * @param bytes the bytes
   * @param from the first byte of the range
   * @param to one past the last byte of the range
   * @param chars where the characters go, with room for {@code to - from} of them
   * @return the number of characters, or {@code -1 - i} if the first malformed sequence starts at
   *     {@code bytes[i]}
   */
  static int decode(byte[] bytes, int from, int to, char[] chars) {
    int p = from;
    int d = 0;
    while (p < to) {
      int u = bytes[p];
      if (u >= 0) {
        chars[d++] = (char) u;
        p++;
        continue;
      }
      u &= 0xFF;
      if (u >= 0xC2 && u <= 0xDF) {
        if (p + 1 >= to || !continuation(bytes[p + 1])) {
          return -1 - p;
        }
        chars[d++] = (char) (((u & 0x1F) << 6) | (bytes[p + 1] & 0x3F));
        p += 2;
      } else if (u >= 0xE0 && u <= 0xEF) {
        int low = u == 0xE0 ? 0xA0 : 0x80;
        int high = u == 0xED ? 0x9F : 0xBF;
        if (p + 1 >= to || !within(bytes[p + 1], low, high) || p + 2 >= to || !continuation(bytes[p + 2])) {
          return -1 - p;
        }
        chars[d++] = (char) (((u & 0x0F) << 12) | ((bytes[p + 1] & 0x3F) << 6) | (bytes[p + 2] & 0x3F));
        p += 3;
      } else if (u >= 0xF0 && u <= 0xF4) {
        int low = u == 0xF0 ? 0x90 : 0x80;
        int high = u == 0xF4 ? 0x8F : 0xBF;
        if (p + 1 >= to
            || !within(bytes[p + 1], low, high)
            || p + 2 >= to
            || !continuation(bytes[p + 2])
            || p + 3 >= to
            || !continuation(bytes[p + 3])) {
          return -1 - p;
        }
        int codePoint =
            ((u & 0x07) << 18) | ((bytes[p + 1] & 0x3F) << 12) | ((bytes[p + 2] & 0x3F) << 6) | (bytes[p + 3] & 0x3F);
        chars[d++] = Character.highSurrogate(codePoint);
        chars[d++] = Character.lowSurrogate(codePoint);
        p += 4;
      } else {
        return -1 - p;
      }
    }
    return d;
  }

  /**
   * Returns how many more bytes than UTF-16 characters a well-formed range holds: each
   * continuation byte counts one, and each four-byte sequence (two characters) one less.
   *
   * @param bytes the bytes, well-formed UTF-8 from {@code from} to {@code to}
   * @param from the first byte of the range
   * @param to one past the last byte of the range
   * @return bytes minus characters
   */
  static int surplus(byte[] bytes, int from, int to) {
    int surplus = 0;
    for (int p = from; p < to; p++) {
      int b = bytes[p];
      if (b < 0) {
        if ((b & 0xC0) == 0x80) {
          surplus++;
        } else if ((b & 0xF8) == 0xF0) {
          surplus--;
        }
      }
    }
    return surplus;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static boolean within(byte b, int low, int high) {
    int u = b & 0xFF;
    return u >= low && u <= high;
  }
}
