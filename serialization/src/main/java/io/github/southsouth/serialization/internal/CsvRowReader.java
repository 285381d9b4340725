package io.github.southsouth.serialization.internal;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadOptions;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Streams the rows of one CSV file, one at a time, with the line and column of every cell: the one
 * CSV reader of this module, used by every CSV importer. Rows are numbered as a spreadsheet shows
 * them: the header is row 1, the first data row is row 2, and a blank line (empty or only spaces)
 * counts as a row but is skipped.
 *
 * <p>The input is decoded as strict UTF-8 (one leading byte order mark is dropped) and may be no
 * larger than {@link ReadOptions#maxDocumentLength()} bytes; no cell may be longer than {@link
 * ReadOptions#maxStringLength()} characters. Every failure of the decoder or the parser is turned
 * into a located {@link Failure} carrying one {@link Problem} ({@link ProblemCode#SYNTAX}, {@link
 * ProblemCode#INVALID_ENCODING}, {@link ProblemCode#LIMIT_EXCEEDED} or {@link
 * ProblemCode#IO_ERROR}) that names the file, row, line and, where known, column; after a failure
 * the file cannot be read further.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * try (CsvRowReader rows = new CsvRowReader(in, "data.csv", options)) {
 *   if (!rows.readHeader()) { ... empty ... }
 *   while (rows.next()) {
 *     String first = rows.cells().get(0);
 *     Location at = rows.cell(0, rows.header().get(0));
 *     CsvRecord kept = rows.record(); // valid after the reader moves on
 *   }
 * } catch (CsvRowReader.Failure e) {
 *   problems.add(e.problem());
 * }
 * }</pre>
 *
 * <p>Reading is streaming: the reader holds one row at a time (as a {@link CsvRecord}). Every cell
 * is a new string unless its column is {@linkplain #share shared} through a {@link TextPool}. Not
 * thread-safe. Not API.
 */
public final class CsvRowReader implements Closeable {

  /** A problem that ends the reading of a file; carries the located {@link Problem}. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Failure(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    /**
     * Returns the problem that ended the reading.
     *
     * @return the error, located in the file
     */
    public Problem problem() {
      return problem;
    }
  }

  private final String source;
  private final ReadOptions options;
  private final Utf8Input input;
  private final JsonParser parser;
  private List<String> header = List.of();
  private static final String[] NO_CELLS = new String[0];
  /** The cells of the row being read. */
  private final List<String> cells = new ArrayList<>();
  private @Nullable CsvRecord current;
  /** Line and column of each cell of the current row: {@code [2i]} line, {@code [2i + 1]} column. */
  private int[] positions = new int[256];
  /** How many cells of the current row have a position (one more than the cells while reading one). */
  private int located;
  private @Nullable TextPool pool;
  private boolean[] shared = new boolean[0];
  private int row;
  private int rowLine;
  private boolean started;

  /**
   * Starts reading a CSV file. Nothing is read until {@link #readHeader()} or {@link #next()}.
   *
   * @param in the file's bytes; closed by {@link #close()}
   * @param source the file's name, for locations and messages
   * @param options the limits to apply
   */
  public CsvRowReader(InputStream in, String source, ReadOptions options) {
    this.source = source;
    this.options = options;
    this.input = new Utf8Input(in, options.maxDocumentLength());
    this.parser = factory(options).createParser(ObjectReadContext.empty(), input);
  }

  /**
   * The parser factory for one read: each row as an array of strings, with the read options'
   * limits. The size of the document is limited in bytes by {@link Utf8Input}, before the parser
   * sees the characters.
   */
  private static CsvFactory factory(ReadOptions options) {
    return CsvFactory.builder()
        .enable(CsvReadFeature.WRAP_AS_ARRAY)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(options.maxStringLength())
                .maxNumberLength(options.maxNumberLength())
                .maxNestingDepth(options.maxNestingDepth())
                .build())
        .build();
  }

  /**
   * Returns the name of the input, as given.
   *
   * @return the source name used in locations
   */
  public String source() {
    return source;
  }

  /**
   * Returns the bytes taken from the input so far, for progress.
   *
   * @return a count of bytes
   */
  public long bytesRead() {
    return input.bytesRead();
  }

  /**
   * Reads the header row: the first row that is not blank.
   *
   * @return false if the input has no rows at all
   * @throws Failure if the file cannot be read as CSV
   */
  public boolean readHeader() throws Failure {
    if (!next()) {
      return false;
    }
    header = List.copyOf(cells);
    return true;
  }

  /**
   * Returns the header cells as written (without any byte order mark), or an empty list before
   * {@link #readHeader()}.
   *
   * @return the header, immutable
   */
  public List<String> header() {
    return header;
  }

  /**
   * From the next row on, passes the cells of the given columns through a pool as they are read,
   * on the reading thread, so that the many equal values of the columns an importer keeps are held
   * once. The pool must not be used by another thread while this reader reads.
   *
   * @param pool the pool
   * @param columns for each cell index, whether that column's cells are shared; cells beyond its
   *     length are not
   */
  public void share(TextPool pool, boolean[] columns) {
    this.pool = Objects.requireNonNull(pool);
    this.shared = columns.clone();
  }

  /**
   * Reads the next row that is not blank into {@link #cells()}.
   *
   * @return false at the end of the input
   * @throws Failure if the file cannot be read as CSV
   */
  public boolean next() throws Failure {
    do {
      if (!nextRecord()) {
        return false;
      }
    } while (cells.size() == 1 && cells.get(0).isBlank());
    return true;
  }

  private boolean nextRecord() throws Failure {
    cells.clear();
    current = null;
    located = 0;
    boolean suspect = false;
    try {
      JsonToken token = parser.nextToken();
      if (!started) {
        started = true;
        if (token != JsonToken.START_ARRAY) {
          return false;
        }
        token = parser.nextToken();
      }
      if (token != JsonToken.START_ARRAY) {
        return false;
      }
      row++;
      rowLine = -1;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        TokenStreamLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        if (rowLine < 0) {
          rowLine = line;
        }
        int n = located * 2;
        if (n + 2 > positions.length) {
          positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[n] = line;
        positions[n + 1] = at.getColumnNr();
        located++;
        String cell = parser.getString();
        int column = cells.size();
        if (pool != null && column < shared.length && shared[column]) {
          cell = pool.share(cell);
        }
        if (!suspect && (cell.indexOf('\0') >= 0 || CsvSafety.isFormulaLike(cell))) {
          suspect = true;
        }
        cells.add(cell);
      }
      if (token != JsonToken.END_ARRAY) {
        throw new Failure(syntax(null));
      }
      current = new CsvRecord(source, header, cells.toArray(NO_CELLS), Arrays.copyOf(positions, located * 2),
          row, rowLine, input.bytesRead(), suspect);
      return true;
    } catch (StreamConstraintsException e) {
      throw new Failure(
          Problem.error(
              ProblemCode.LIMIT_EXCEEDED,
              "a cell is longer than the limit of "
                  + options.maxStringLength()
                  + " characters (ReadOptions.maxStringLength): expected shorter cells",
              here()));
    } catch (JacksonIOException e) {
      throw new Failure(ioProblem(e.getCause()));
    } catch (UncheckedIOException e) {
      throw new Failure(ioProblem(e.getCause()));
    } catch (JacksonException e) {
      throw new Failure(syntax(e));
    }
  }

  /**
   * Returns the current row as a record that stays valid after the reader moves on.
   *
   * @return the row last read by {@link #next()} or {@link #readHeader()}
   * @throws IllegalStateException if no row was read yet
   */
  public CsvRecord record() {
    if (current == null) {
      throw new IllegalStateException("no row was read yet");
    }
    return current;
  }

  /**
   * Returns the cells of the current row, as many as the row has (which may differ from the
   * header's count).
   *
   * @return the cells, immutable; empty before the first row
   */
  public List<String> cells() {
    return current == null ? List.of() : current.cells();
  }

  /**
   * Returns the spreadsheet row number of the current row (header = 1, blank lines counted).
   *
   * @return the row number
   */
  public int rowNumber() {
    return row;
  }

  /**
   * Returns the location of a cell of the current row; see {@link CsvRecord#cell(int, String)}.
   *
   * @param index the 0-based cell index
   * @param column the column's name, for the pointer
   * @return the location
   */
  public Location cell(int index, String column) {
    return record().cell(index, column);
  }

  /**
   * Returns the location of the current row as a whole; see {@link CsvRecord#row()}.
   *
   * @return the location
   */
  public Location row() {
    return record().row();
  }

  private Location here() {
    String column = cells.size() < header.size() ? header.get(cells.size()) : null;
    Location.Builder at =
        Location.builder()
            .source(source)
            .pointer(
                "row " + Math.max(row, 1) + (column == null ? "" : ", column \"" + column.strip() + "\""));
    int line = located == 0 ? rowLine : positions[2 * (located - 1)];
    if (line > 0) {
      at.line(line);
    }
    return at.build();
  }

  private Problem syntax(JacksonException e) {
    Location.Builder at = Location.builder().from(here());
    String message;
    String original = e == null ? "" : String.valueOf(e.getOriginalMessage());
    if (original.contains("closing quote")) {
      message =
          "a quoted cell in row "
              + Math.max(row, 1)
              + (rowLine > 0 ? " (starting on line " + rowLine + ")" : "")
              + " is never closed: expected a closing \" before the end of the file";
    } else {
      message =
          "the CSV is malformed in row "
              + Math.max(row, 1)
              + ": expected cells separated by commas, quoted with \" when they hold commas, quotes"
              + " or line breaks, with quotes inside quoted cells doubled";
    }
    if (e != null && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      at.line(e.getLocation().getLineNr());
      if (e.getLocation().getColumnNr() > 0) {
        at.column(e.getLocation().getColumnNr());
      }
    }
    return Problem.error(ProblemCode.SYNTAX, message, at.build());
  }

  private Problem ioProblem(Throwable cause) {
    if (cause instanceof Utf8Input.MalformedInput) {
      Utf8Input.MalformedInput bad = (Utf8Input.MalformedInput) cause;
      return Problem.error(
          ProblemCode.INVALID_ENCODING,
          "the bytes at offset "
              + bad.byteOffset
              + " (line "
              + bad.line
              + ") are not valid UTF-8: expected a UTF-8 file (with or without byte order mark);"
              + " save it again as UTF-8",
          Location.builder()
              .source(source)
              .line(bad.line)
              .pointer("row " + Math.max(row + (cells.isEmpty() ? 1 : 0), 1))
              .build());
    }
    if (cause instanceof Utf8Input.TooLarge) {
      return Problem.error(
          ProblemCode.LIMIT_EXCEEDED,
          "the file is larger than the limit of "
              + ((Utf8Input.TooLarge) cause).limit
              + " bytes (ReadOptions.maxDocumentLength): expected a smaller file",
          here());
    }
    String reason = cause == null || cause.getMessage() == null ? "unknown reason" : cause.getMessage();
    return Problem.error(
        ProblemCode.IO_ERROR, "could not read " + source + ": " + reason, here());
  }

  /**
   * Closes the parser and the input stream.
   *
   * @throws IOException if the stream cannot be closed
   */
  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } catch (JacksonException e) {
      // closing a broken parser: nothing more to report
    }
    input.close();
  }
}
