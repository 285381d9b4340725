package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The decoder agrees with the JDK's strict UTF-8 decoder on text, errors and their offsets. */
class Utf8InputTest {

  /** Byte sequences that are mostly valid UTF-8 of every length, with some bytes that are not. */
  private static final Gen<byte[]> BYTES =
      lists()
          .of(integers().between(0, 15).zip(integers().between(0, 0x10FFFF), Utf8InputTest::piece))
          .ofSizeBetween(0, 40)
          .map(Utf8InputTest::concat);

  /**
   * Byte sequences with long runs of ASCII (with line feeds anywhere in them) between other
   * pieces, which the decoder reads eight bytes at a time and widens through a string.
   */
  private static final Gen<byte[]> RUNS =
      lists()
          .of(integers().between(0, 19).zip(integers().between(0, 0x10FFFF), Utf8InputTest::pieceOrRun))
          .ofSizeBetween(0, 30)
          .map(Utf8InputTest::concat);

  private static byte[] pieceOrRun(int kind, int seed) {
    if (kind < 16) {
      return piece(kind, seed);
    }
    // a run of 0 to 199 ASCII characters, every seventh-or-so a line feed
    int length = seed % 200;
    byte[] run = new byte[length];
    for (int i = 0; i < length; i++) {
      int c = (seed / 7 + i * 31) % 97;
      run[i] = (byte) (c < 7 ? '\n' : ' ' + c % 95);
    }
    return run;
  }

  private static byte[] piece(int kind, int codePoint) {
    switch (kind) {
      case 0:
        return new byte[] {(byte) (0x80 + codePoint % 0x80)}; // any byte with the high bit set
      case 1:
        return new byte[] {(byte) 0xF0, (byte) 0x9F}; // a cut-off four-byte sequence
      case 2:
        return new byte[] {(byte) 0xED, (byte) (0xA0 + codePoint % 0x20), (byte) 0x80}; // a surrogate
      case 3:
        return new byte[] {'\n'};
      default:
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
          codePoint = 'x';
        }
        if (kind < 8) {
          codePoint = codePoint % 0x80;
        } else if (kind < 11) {
          codePoint = codePoint % 0x800;
        } else if (kind < 13) {
          codePoint = codePoint % 0x10000;
          if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            codePoint = 'y';
          }
        }
        return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static byte[] concat(List<byte[]> pieces) {
    int size = 0;
    for (byte[] piece : pieces) {
      size += piece.length;
    }
    ByteBuffer all = ByteBuffer.allocate(size);
    pieces.forEach(all::put);
    return all.array();
  }

  /** What Utf8Input made of some bytes: the text, or the offset and line of the malformed bytes. */
  private static String decode(byte[] bytes, int chunk) throws IOException {
    return decode(bytes, chunk, Math.max(2, chunk));
  }

  private static String decode(byte[] bytes, int chunk, int chars) throws IOException {
    StringBuilder text = new StringBuilder();
    InputStream in = new TrickleInputStream(bytes, chunk);
    try (Utf8Input input = new Utf8Input(in, Long.MAX_VALUE)) {
      char[] buffer = new char[chars];
      int n;
      while ((n = input.read(buffer, 0, buffer.length)) >= 0) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (Utf8Input.MalformedInput e) {
      return "malformed at " + e.byteOffset + ", line " + e.line;
    }
  }

  /** The same from the JDK's decoder, with the same rules for the byte order mark and lines. */
  private static String expected(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return "malformed at " + (in.position() + 1) + ", line " + line;
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  @Test
  void agreesWithTheJdkDecoder() {
    qt().withExamples(2000)
        .forAll(BYTES, integers().between(1, 9))
        .checkAssert(
            (bytes, chunk) -> {
              try {
                assertThat(decode(bytes, chunk)).isEqualTo(expected(bytes));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void agreesWithTheJdkDecoderOnLongRunsOfAscii() {
    qt().withExamples(1000)
        .forAll(RUNS, integers().between(1, 9000), integers().between(2, 5000))
        .checkAssert(
            (bytes, chunk, chars) -> {
              try {
                assertThat(decode(bytes, chunk, chars)).isEqualTo(expected(bytes));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void dropsOneByteOrderMarkAndCountsLines() throws IOException {
    byte[] bytes = "\uFEFF\uFEFFa\nb\n\u00e9\n\uD83D\uDE00\u20AC".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(bytes, 3)).isEqualTo("\uFEFFa\nb\n\u00e9\n\uD83D\uDE00\u20AC");
    byte[] bad = "a\nb\n\u00e9\n".getBytes(StandardCharsets.UTF_8);
    byte[] withError = ByteBuffer.allocate(bad.length + 2).put(bad).put((byte) 'c').put((byte) 0xFF).array();
    assertThat(decode(withError, 4)).isEqualTo("malformed at " + (bad.length + 2) + ", line 4");
  }

  /** Hands out at most a few bytes per read, so that sequences are cut at every place. */
  private static final class TrickleInputStream extends ByteArrayInputStream {
    private final int chunk;

    TrickleInputStream(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
