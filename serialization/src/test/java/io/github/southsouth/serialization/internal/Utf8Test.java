package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The UTF-8 checks agree with the JDK's strict decoder. */
class Utf8Test {

  /** Byte sequences that are mostly valid UTF-8 of every length, with some bytes that are not. */
  private static final Gen<byte[]> BYTES =
      lists()
          .of(integers().between(0, 15).zip(integers().between(0, 0x10FFFF), Utf8Test::piece))
          .ofSizeBetween(0, 40)
          .map(Utf8Test::concat);

  /** Well-formed UTF-8 of every length. */
  private static final Gen<byte[]> WELL_FORMED =
      lists()
          .of(integers().between(4, 15).zip(integers().between(0, 0x10FFFF), Utf8Test::piece))
          .ofSizeBetween(0, 40)
          .map(Utf8Test::concat);

  private static byte[] piece(int kind, int codePoint) {
    switch (kind) {
      case 0:
        return new byte[] {(byte) (0x80 + codePoint % 0x80)}; // any byte with the high bit set
      case 1:
        return new byte[] {(byte) 0xF0, (byte) 0x9F}; // a cut-off four-byte sequence
      case 2:
        return new byte[] {(byte) 0xED, (byte) (0xA0 + codePoint % 0x20), (byte) 0x80}; // a surrogate
      case 3:
        return new byte[] {(byte) 0xC0, (byte) (0x80 + codePoint % 0x40)}; // an overlong form
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
    ByteBuffer all = ByteBuffer.allocate(pieces.stream().mapToInt(p -> p.length).sum());
    pieces.forEach(all::put);
    return all.array();
  }

  /** Where the JDK's strict decoder finds the first malformed input, or -1. */
  static int jdkMalformedAt(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return result.isError() ? in.position() : -1;
  }

  @Test
  void findsTheFirstMalformedSequenceWhereTheJdkDoes() {
    qt().withExamples(3000)
        .forAll(BYTES, integers().between(0, 3))
        .checkAssert(
            (bytes, skip) -> {
              int from = Math.min(skip, bytes.length);
              byte[] range = java.util.Arrays.copyOfRange(bytes, from, bytes.length);
              int expected = jdkMalformedAt(range);
              assertThat(Utf8.firstMalformed(bytes, from, bytes.length))
                  .isEqualTo(expected < 0 ? -1 : from + expected);
            });
  }

  @Test
  void decodesAsTheJdkDoesAndStopsWhereItFindsMalformedInput() {
    qt().withExamples(3000)
        .forAll(BYTES)
        .checkAssert(
            bytes -> {
              char[] chars = new char[bytes.length];
              int n = Utf8.decode(bytes, 0, bytes.length, chars);
              int malformed = jdkMalformedAt(bytes);
              if (malformed < 0) {
                assertThat(new String(chars, 0, n)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
              } else {
                assertThat(n).isEqualTo(-1 - malformed);
              }
            });
  }

  @Test
  void countsHowManyMoreBytesThanCharactersWellFormedTextHas() {
    qt().withExamples(1000)
        .forAll(WELL_FORMED)
        .checkAssert(
            bytes ->
                assertThat(Utf8.surplus(bytes, 0, bytes.length))
                    .isEqualTo(bytes.length - new String(bytes, StandardCharsets.UTF_8).length()));
  }
}
