package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadLimits;
import io.github.southsouth.serialization.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvRowReaderTest {

  private static CsvRowReader reader(String text, ReadOptions options) {
    return reader(text.getBytes(StandardCharsets.UTF_8), options);
  }

  private static CsvRowReader reader(byte[] bytes, ReadOptions options) {
    return new CsvRowReader(new ByteArrayInputStream(bytes), "t.csv", options);
  }

  /** Reads every row after the header, or fails with the reader's problem. */
  private static Problem failure(CsvRowReader rows) throws IOException {
    try (rows) {
      assertThat(rows.readHeader()).isTrue();
      while (rows.next()) {
        // read on to the failure
      }
    } catch (CsvRowReader.Failure e) {
      assertThat(e.problem().isError()).isTrue();
      assertThat(e.problem().message()).doesNotContain("jackson").doesNotContain("Exception");
      assertThat(e.problem().location().source()).contains("t.csv");
      return e.problem();
    }
    throw new AssertionError("expected the read to fail");
  }

  @Test
  void rowsCellsAndTheirPositions() throws Exception {
    String text = "id,name\nk,Kenya\nc,\"Ch,ina\"\n";
    try (CsvRowReader rows = reader(text, ReadOptions.defaults())) {
      assertThat(rows.header()).isEmpty();
      assertThat(rows.readHeader()).isTrue();
      assertThat(rows.header()).containsExactly("id", "name");
      assertThat(rows.rowNumber()).isEqualTo(1);
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("k", "Kenya");
      Location name = rows.cell(1, "name");
      assertThat(name.source()).contains("t.csv");
      assertThat(name.line()).hasValue(2);
      assertThat(name.column()).hasValue(3);
      assertThat(name.pointer()).contains("row 2, column \"name\"");
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("c", "Ch,ina");
      assertThat(rows.row().pointer()).contains("row 3");
      assertThat(rows.row().line()).hasValue(3);
      assertThatThrownBy(() -> rows.cells().add("x")).isInstanceOf(UnsupportedOperationException.class);
      assertThat(rows.next()).isFalse();
      assertThat(rows.bytesRead()).isEqualTo(text.length());
    }
  }

  @Test
  void cellsOfSharedColumnsAreHeldOnceAndOthersAreNot() throws Exception {
    TextPool pool = new TextPool();
    try (CsvRowReader rows = reader("a,b\nYes,Yes\nYes,Yes\n", ReadOptions.defaults())) {
      assertThat(rows.readHeader()).isTrue();
      rows.share(pool, new boolean[] {true});
      assertThat(rows.next()).isTrue();
      CsvRecord first = rows.record();
      assertThat(rows.next()).isTrue();
      CsvRecord second = rows.record();
      assertThat(second.cells().get(0)).isSameAs(first.cells().get(0));
      assertThat(second.cells().get(1)).isEqualTo("Yes").isNotSameAs(first.cells().get(1));
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void aCellTheRowLacksIsLocatedAtTheRow() throws Exception {
    try (CsvRowReader rows = reader("a,b,c\n1\n", ReadOptions.defaults())) {
      rows.readHeader();
      rows.next();
      Location missing = rows.cell(2, "c");
      assertThat(missing.line()).hasValue(2);
      assertThat(missing.column()).isEmpty();
      assertThat(missing.pointer()).contains("row 2, column \"c\"");
    }
  }

  @Test
  void aByteOrderMarkIsDropped() throws Exception {
    try (CsvRowReader rows = reader("\uFEFFid,name\n\uFEFFx,y\n", ReadOptions.defaults())) {
      assertThat(rows.readHeader()).isTrue();
      assertThat(rows.header()).containsExactly("id", "name");
      assertThat(rows.cell(0, "id").column()).hasValue(1);
      // only the leading one: a later U+FEFF is data
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("\uFEFFx", "y");
    }
  }

  @Test
  void emptyInputHasNoHeader() throws Exception {
    for (String text : new String[] {"", "\uFEFF", "\n\n", "\r\n  \r\n"}) {
      try (CsvRowReader rows = reader(text, ReadOptions.defaults())) {
        assertThat(rows.readHeader()).as("%s", text).isFalse();
        assertThat(rows.header()).isEmpty();
        assertThat(rows.next()).isFalse();
      }
    }
  }

  @Test
  void blankLinesAreSkippedButCountAsRows() throws Exception {
    try (CsvRowReader rows = reader("a,b\n\n   \n1,2\n\"\"\n3,4", ReadOptions.defaults())) {
      rows.readHeader();
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("1", "2");
      assertThat(rows.rowNumber()).isEqualTo(4);
      assertThat(rows.record().rowLine()).isEqualTo(4);
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("3", "4");
      assertThat(rows.rowNumber()).isEqualTo(6);
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void quotedLineBreaksStayInTheirCellAndLinesAreCountedThroughThem() throws Exception {
    String text = "id,note\r\n1,\"line one\nline \"\"two\"\"\r\nline three\"\r\n2,after\r\n";
    try (CsvRowReader rows = reader(text, ReadOptions.defaults())) {
      rows.readHeader();
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("1", "line one\nline \"two\"\r\nline three");
      assertThat(rows.rowNumber()).isEqualTo(2);
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("2", "after");
      assertThat(rows.rowNumber()).isEqualTo(3);
      assertThat(rows.record().rowLine()).isEqualTo(5);
      assertThat(rows.cell(1, "note").line()).hasValue(5);
    }
  }

  @Test
  void invalidUtf8IsLocatedOnItsLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("a,b\n1,2\n3,\"x".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte without its continuation
    bytes.write("\"\n".getBytes(StandardCharsets.UTF_8));
    Problem problem = failure(reader(bytes.toByteArray(), ReadOptions.defaults()));
    assertThat(problem.code()).isEqualTo(ProblemCode.INVALID_ENCODING);
    assertThat(problem.location().line()).hasValue(3);
    assertThat(problem.location().pointer()).contains("row 3, column \"b\"");
    assertThat(problem.message()).contains("offset 13").contains("line 3").contains("not valid UTF-8");
  }

  @Test
  void anUnclosedQuoteNamesTheRowAndLineItStartsOn() throws Exception {
    Problem problem = failure(reader("a,b\n1,2\n3,\"open\n4,5\n6,7\n", ReadOptions.defaults()));
    assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX);
    assertThat(problem.message()).contains("row 3 (starting on line 3) is never closed");
    assertThat(problem.location().pointer()).contains("row 3, column \"b\"");
    assertThat(problem.location().line()).isPresent();
  }

  @Test
  void textAfterAClosingQuoteIsASyntaxError() throws Exception {
    Problem problem = failure(reader("a,b\n1,\"x\"y\n", ReadOptions.defaults()));
    assertThat(problem.code()).isEqualTo(ProblemCode.SYNTAX);
    assertThat(problem.message()).contains("malformed in row 2").contains("followed by \"y\"");
    assertThat(problem.location().line()).hasValue(2);
    assertThat(problem.location().column()).hasValue(6);
    assertThat(problem.location().pointer()).contains("row 2, column \"b\"");
  }

  @Test
  void anOversizedCellExceedsTheStringLimitWithItsLocation() throws Exception {
    String text = "id,name\n1,short\n2," + "x".repeat(5_000) + "\n";
    Problem problem = failure(reader(text, ReadOptions.defaults().withLimits(ReadLimits.builder().maxStringLength(1_000).build())));
    assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
    assertThat(problem.message()).contains("1000 characters").contains("maxStringLength");
    assertThat(problem.location().pointer()).contains("row 3, column \"name\"");
    assertThat(problem.location().line()).hasValue(3);
  }

  @Test
  void anEndlessInputStopsAtTheDocumentLimitWithoutBeingHeld() throws Exception {
    long limit = 1_000_000;
    Endless endless = new Endless("a,b\n", "1,2\n");
    try (CsvRowReader rows = new CsvRowReader(endless, "t.csv", ReadOptions.defaults().withLimits(ReadLimits.builder().maxDocumentLength(limit).build()))) {
      // rows come out before the input ends: reading streams
      assertThat(rows.readHeader()).isTrue();
      assertThat(rows.next()).isTrue();
      assertThat(rows.bytesRead()).isLessThan(limit);
      CsvRowReader.Failure failure =
          catchThrowableOfType(
              CsvRowReader.Failure.class,
              () -> {
                while (rows.next()) {
                  assertThat(rows.cells()).containsExactly("1", "2");
                }
              });
      assertThat(failure).isNotNull();
      assertThat(failure.problem().code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
      assertThat(failure.problem().message()).contains(limit + " bytes").contains("maxDocumentLength");
      assertThat(endless.served).isGreaterThan(limit).isLessThan(limit + 64 * 1024);
    }
  }

  @Test
  void anEndlessCellStopsAtTheStringLimit() throws Exception {
    Endless endless = new Endless("a,b\n1,\"", "x");
    Problem problem =
        failure(new CsvRowReader(endless, "t.csv", ReadOptions.defaults().withLimits(ReadLimits.builder().maxStringLength(100_000).build())));
    assertThat(problem.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
    assertThat(problem.location().pointer()).contains("row 2, column \"b\"");
    assertThat(endless.served).isLessThan(1_000_000);
  }

  @Test
  void whatAQuotingWriterWritesIsReadBack() {
    Gen<String> cell =
        strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 8)
            .mix(strings().betweenCodePoints(0x4e00, 0x4e10).ofLengthBetween(1, 3))
            .mix(strings().betweenCodePoints(0x1f600, 0x1f610).ofLengthBetween(1, 2))
            .mix(lists().of(strings().betweenCodePoints(0x21, 0x7e).ofLengthBetween(0, 2)).ofSizeBetween(0, 3)
                .map(parts -> String.join("\"\n,\r\n", parts)));
    qt().forAll(integers().between(2, 4), lists().of(cell).ofSizeBetween(2, 24))
        .checkAssert(
            (width, values) -> {
              List<List<String>> table = new ArrayList<>();
              for (int i = 0; i + width <= values.size(); i += width) {
                table.add(values.subList(i, i + width));
              }
              StringBuilder text = new StringBuilder();
              for (List<String> row : table) {
                List<String> quoted = new ArrayList<>();
                for (String value : row) {
                  quoted.add("\"" + value.replace("\"", "\"\"") + "\"");
                }
                text.append(String.join(",", quoted)).append("\r\n");
              }
              List<List<String>> back = new ArrayList<>();
              try (CsvRowReader rows = reader(text.toString(), ReadOptions.defaults())) {
                while (rows.next()) {
                  back.add(List.copyOf(rows.cells()));
                }
              } catch (IOException | CsvRowReader.Failure e) {
                throw new AssertionError(e.getMessage(), e);
              }
              assertThat(back).isEqualTo(table);
            });
  }

  /** A stream that serves a prefix and then repeats a unit forever, counting what it served. */
  private static final class Endless extends InputStream {
    private final byte[] prefix;
    private final byte[] unit;
    long served;

    Endless(String prefix, String unit) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.unit = unit.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte b = served < prefix.length ? prefix[(int) served] : unit[(int) ((served - prefix.length) % unit.length)];
      served++;
      return b & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = (byte) read();
      }
      return length;
    }
  }
}
