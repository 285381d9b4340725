package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The reader gives back every table a writer writes, with each cell's line and column as the
 * writer counted them, however the input is cut into reads: the reader finds cells eight bytes at a
 * time and keeps a buffer, so every boundary of both is crossed here.
 */
class CsvRowReaderPropertiesTest {

  /** Pieces of cells: ASCII, separators, quotes, line breaks, NUL, two- three- and four-byte UTF-8. */
  private static final String[] PIECES = {
    "a", "Yes", "12.5", " ", "x y z w v u t", ",", "\"", "\n", "\r\n", "\r", "\0", "=1", "é", "中国", "😀", "-3",
  };

  private static final Gen<String> CELL =
      lists().of(integers().between(0, PIECES.length + 3)).ofSizeBetween(0, 6)
          .map(
              picks -> {
                StringBuilder cell = new StringBuilder();
                for (int pick : picks) {
                  // more plain letters than anything else, so that long runs are common
                  cell.append(pick < PIECES.length ? PIECES[pick] : "abcdefghijklmnopq".substring(pick - PIECES.length));
                }
                return cell.toString();
              });

  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

  /** A table as written, with where the writer put each cell. */
  private static final class Written {
    final List<List<String>> rows = new ArrayList<>();
    final List<int[]> lines = new ArrayList<>();
    final List<int[]> columns = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int line = 1;
    int column = 1;

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        text.append(c);
        if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
    }
  }

  private static Written write(List<String> values, int width, int endings, boolean lastEnds, boolean quoteAll) {
    Written w = new Written();
    int rowIndex = 0;
    for (int i = 0; i + width <= values.size(); i += width, rowIndex++) {
      List<String> row = values.subList(i, i + width);
      int[] lines = new int[width];
      int[] columns = new int[width];
      for (int c = 0; c < width; c++) {
        if (c > 0) {
          w.append(",");
        }
        lines[c] = w.line;
        columns[c] = w.column;
        String value = row.get(c);
        boolean plain = !quoteAll && value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')
            && !(width == 1 && value.isBlank());
        w.append(plain ? value : "\"" + value.replace("\"", "\"\"") + "\"");
      }
      boolean last = i + 2 * width > values.size();
      if (!last || lastEnds) {
        w.append(LINE_ENDS[((endings >> (2 * (rowIndex % 10))) & 3) % 3]);
      }
      w.rows.add(row);
      w.lines.add(lines);
      w.columns.add(columns);
    }
    return w;
  }

  @Test
  void readsBackWhatIsWrittenWithEveryCellsLineAndColumn() {
    qt().withExamples(1500)
        .forAll(
            integers().between(2, 5),
            lists().of(CELL).ofSizeBetween(2, 40),
            integers().between(0, (1 << 22) - 1),
            integers().between(1, 40))
        .checkAssert(
            (width, values, endings, chunk) -> {
              // the bits of endings choose each row's line break, whether the last row has one,
              // whether every cell is quoted and whether cells are shared
              Written w = write(values, width, endings, ((endings >> 21) & 1) == 1, (endings & 7) == 0);
              byte[] bytes = w.text.toString().getBytes(StandardCharsets.UTF_8);
              TextPool pool = new TextPool();
              List<List<String>> back = new ArrayList<>();
              try (CsvRowReader rows =
                  new CsvRowReader(new Trickle(bytes, chunk), "t.csv", ReadOptions.defaults())) {
                if ((endings & 1) == 1) {
                  boolean[] all = new boolean[width];
                  Arrays.fill(all, true);
                  rows.share(pool, all);
                }
                int r = 0;
                while (rows.next()) {
                  back.add(List.copyOf(rows.cells()));
                  CsvRecord record = rows.record();
                  assertThat(record.rowLine()).isEqualTo(w.lines.get(r)[0]);
                  for (int c = 0; c < width && c < record.cells().size(); c++) {
                    Location at = record.cell(c, "c" + c);
                    assertThat(at.line()).as("line of row %d cell %d", r, c).hasValue(w.lines.get(r)[c]);
                    assertThat(at.column()).as("column of row %d cell %d", r, c).hasValue(w.columns.get(r)[c]);
                    assertThat(record.isEmpty(c)).isEqualTo(record.cells().get(c).isEmpty());
                  }
                  assertThat(record.isEmpty(width)).isTrue();
                  boolean suspect = rows.cells().stream().anyMatch(v -> v.indexOf('\0') >= 0 || CsvSafety.isFormulaLike(v));
                  assertThat(record.hasSuspectCells()).isEqualTo(suspect);
                  r++;
                }
                assertThat(rows.bytesRead()).isEqualTo(bytes.length);
              } catch (Exception e) {
                throw new AssertionError(e.getMessage() + " in " + w.text, e);
              }
              assertThat(back).isEqualTo(w.rows);
            });
  }

  @Test
  void aLongCellOfEveryKindGrowsTheBufferAndKeepsLaterPositions() throws Exception {
    String ascii = "abcdefghij".repeat(20_000);
    String mixed = "中国 and 😀, \"quoted\"\n".repeat(9_000);
    String text = "a,b,c\n" + ascii + ",\"" + mixed.replace("\"", "\"\"") + "\",é\r\nx,y,z\n";
    try (CsvRowReader rows =
        new CsvRowReader(new Trickle(text.getBytes(StandardCharsets.UTF_8), 70_000), "t.csv", ReadOptions.defaults())) {
      assertThat(rows.readHeader()).isTrue();
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly(ascii, mixed, "é");
      // the quoted cell ends on line 2 + 9,000 after its last line break, in column 2 of that line
      assertThat(rows.cell(2, "c").line()).hasValue(9_002);
      assertThat(rows.cell(2, "c").column()).hasValue(3);
      assertThat(rows.next()).isTrue();
      assertThat(rows.cells()).containsExactly("x", "y", "z");
      assertThat(rows.record().rowLine()).isEqualTo(9_003);
      assertThat(rows.cell(2, "c").column()).hasValue(5);
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void malformedUtf8IsReportedAtTheOffsetTheJdkReports() {
    qt().withExamples(500)
        .forAll(lists().of(CELL).ofSizeBetween(1, 6), integers().between(0, 255), integers().between(0, 1000))
        .checkAssert(
            (values, badByte, where) -> {
              // no quotes in the cell, so that the bad byte cannot split a doubled one
              byte[] good = ("a,b\n1,\"" + String.join("", values).replace('"', '\'') + "\"\n")
                  .getBytes(StandardCharsets.UTF_8);
              int at = 7 + where % (good.length - 8); // inside the quoted cell
              byte[] bytes = new byte[good.length + 1];
              System.arraycopy(good, 0, bytes, 0, at);
              bytes[at] = (byte) (0x80 | badByte);
              System.arraycopy(good, at, bytes, at + 1, good.length - at);
              int expected = Utf8Test.jdkMalformedAt(bytes);
              try (CsvRowReader rows = new CsvRowReader(new ByteArrayInputStream(bytes), "t.csv", ReadOptions.defaults())) {
                rows.readHeader();
                while (rows.next()) {
                  // read on
                }
                assertThat(expected).as("the JDK finds the file well-formed").isNegative();
              } catch (CsvRowReader.Failure e) {
                Problem p = e.problem();
                assertThat(p.code()).isEqualTo(ProblemCode.INVALID_ENCODING);
                assertThat(p.message()).contains("offset " + (expected + 1) + " ");
                int line = 1;
                for (int i = 0; i < expected; i++) {
                  if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) {
                    line++;
                  }
                }
                assertThat(p.location().line()).hasValue(line);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  /** Hands out at most a few bytes per read, so that cells and sequences are cut at every place. */
  static final class Trickle extends ByteArrayInputStream {
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
