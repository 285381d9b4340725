package io.github.southsouth.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 from a stream, for {@link CsvRowReader}: skips one leading byte order mark,
 * refuses malformed bytes with the line they are on ({@link MalformedInput}), refuses input beyond
 * a byte limit ({@link TooLarge}), and counts bytes and lines read so far for progress and
 * locations. Not thread-safe.
 */
final class Utf8Input extends Reader {

  /** Malformed UTF-8 at a known line and byte offset. */
  static final class MalformedInput extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final long byteOffset;

    MalformedInput(int line, long byteOffset) {
      super("malformed UTF-8 at line " + line + ", byte " + byteOffset);
      this.line = line;
      this.byteOffset = byteOffset;
    }
  }

  /** More bytes than the limit allows. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("input larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] bytes = new byte[16 * 1024];
  private int position;
  private int limit;
  private long bytesRead;
  private long bytesDecoded;
  private int line = 1;
  private boolean eof;
  private boolean first = true;
  private IOException pending;

  Utf8Input(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Returns the bytes taken from the stream so far. */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (true) {
      if (pending != null) {
        throw pending;
      }
      int n = decode(buffer, offset, length);
      if (first && n > 0) {
        first = false;
        if (buffer[offset] == '\uFEFF') {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
        }
      }
      if (n > 0) {
        return n;
      }
      if (pending != null) {
        throw pending;
      }
      if (eof) {
        if (position < limit) {
          // a sequence cut off by the end of the input
          pending = new MalformedInput(line, bytesDecoded + 1);
          throw pending;
        }
        return -1;
      }
      fill();
    }
  }

  /**
   * Decodes as many whole characters as fit, counting line feeds; stops at a sequence that is not
   * complete in the buffer, and sets {@link #pending} at malformed bytes (after the characters
   * before them are returned). One pass over the bytes: ASCII is copied as it is, and the multi-byte
   * forms are checked as the UTF-8 standard requires (no overlong forms, no surrogates, nothing
   * above U+10FFFF).
   */
  private int decode(char[] out, int offset, int length) {
    byte[] in = bytes;
    int p = position;
    int end = limit;
    int d = offset;
    int dEnd = offset + length;
    int lines = 0;
    while (d < dEnd && p < end) {
      int b1 = in[p];
      if (b1 >= 0) {
        // a run of ASCII, found and its line feeds counted eight bytes at a time
        int run = Math.min(dEnd - d, end - p);
        int i = 0;
        while (i + 8 <= run) {
          long eight = (long) LONGS.get(in, p + i);
          if ((eight & HIGH_BITS) != 0) {
            break;
          }
          lines += lineFeeds(eight);
          i += 8;
        }
        while (i < run && in[p + i] >= 0) {
          if (in[p + i] == '\n') {
            lines++;
          }
          i++;
        }
        if (i >= WIDEN_THROUGH_STRING) {
          // the JDK widens Latin-1 to chars with a vectorised intrinsic that a loop here does not
          // get: a long run is copied faster through a short-lived string
          new String(in, p, i, StandardCharsets.ISO_8859_1).getChars(0, i, out, d);
        } else {
          for (int j = 0; j < i; j++) {
            out[d + j] = (char) in[p + j];
          }
        }
        d += i;
        p += i;
        continue;
      }
      int u = b1 & 0xFF;
      if (u >= 0xC2 && u <= 0xDF) {
        if (p + 1 >= end) {
          break;
        }
        int b2 = in[p + 1];
        if ((b2 & 0xC0) != 0x80) {
          pending = malformed(lines, p);
          break;
        }
        out[d++] = (char) (((u & 0x1F) << 6) | (b2 & 0x3F));
        p += 2;
      } else if (u >= 0xE0 && u <= 0xEF) {
        if (p + 1 < end) {
          int b2 = in[p + 1] & 0xFF;
          int low = u == 0xE0 ? 0xA0 : 0x80;
          int high = u == 0xED ? 0x9F : 0xBF;
          if (b2 < low || b2 > high) {
            pending = malformed(lines, p);
            break;
          }
        }
        if (p + 2 >= end) {
          break;
        }
        int b3 = in[p + 2];
        if ((b3 & 0xC0) != 0x80) {
          pending = malformed(lines, p);
          break;
        }
        out[d++] = (char) (((u & 0x0F) << 12) | ((in[p + 1] & 0x3F) << 6) | (b3 & 0x3F));
        p += 3;
      } else if (u >= 0xF0 && u <= 0xF4) {
        if (p + 1 < end) {
          int b2 = in[p + 1] & 0xFF;
          int low = u == 0xF0 ? 0x90 : 0x80;
          int high = u == 0xF4 ? 0x8F : 0xBF;
          if (b2 < low || b2 > high) {
            pending = malformed(lines, p);
            break;
          }
        }
        if (p + 2 < end && (in[p + 2] & 0xC0) != 0x80) {
          pending = malformed(lines, p);
          break;
        }
        if (p + 3 >= end) {
          break;
        }
        int b4 = in[p + 3];
        if ((b4 & 0xC0) != 0x80) {
          pending = malformed(lines, p);
          break;
        }
        if (d + 1 >= dEnd) {
          break;
        }
        int cp = ((u & 0x07) << 18) | ((in[p + 1] & 0x3F) << 12) | ((in[p + 2] & 0x3F) << 6) | (b4 & 0x3F);
        out[d++] = Character.highSurrogate(cp);
        out[d++] = Character.lowSurrogate(cp);
        p += 4;
      } else {
        pending = malformed(lines, p);
        break;
      }
    }
    bytesDecoded += p - position;
    position = p;
    line += lines;
    return d - offset;
  }

  /** Reads eight bytes of an array as one long. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  /** The shortest run of ASCII widened through a string rather than a loop. */
  private static final int WIDEN_THROUGH_STRING = 32;

  /** Counts the bytes of {@code eight} that are line feeds, given that all are ASCII. */
  private static int lineFeeds(long eight) {
    long zeroIfLineFeed = eight ^ LINE_FEEDS;
    // the high bit of each byte that is zero, and of no other (no carry crosses a byte)
    long zeros = ~(((zeroIfLineFeed & LOW_BITS) + LOW_BITS) | zeroIfLineFeed | LOW_BITS);
    return Long.bitCount(zeros);
  }

  private MalformedInput malformed(int lines, int at) {
    return new MalformedInput(line + lines, bytesDecoded + (at - position) + 1);
  }

  private void fill() throws IOException {
    if (position > 0) {
      System.arraycopy(bytes, position, bytes, 0, limit - position);
      limit -= position;
      position = 0;
    }
    int got = in.read(bytes, limit, bytes.length - limit);
    if (got < 0) {
      eof = true;
    } else {
      limit += got;
      bytesRead += got;
      if (bytesRead > maxBytes) {
        pending = new TooLarge(maxBytes);
        throw pending;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
