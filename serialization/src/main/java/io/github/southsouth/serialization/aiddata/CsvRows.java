package io.github.southsouth.serialization.aiddata;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadOptions;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * Streams the rows of one CSV file, one at a time, with the line and column of every cell. Rows
 * are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2.
 *
 * <p>Every failure of the underlying parser is turned into a located {@link Failure} carrying one
 * {@link Problem} (syntax, encoding, limit or I/O); after a failure the file cannot be read
 * further. Not thread-safe.
 */
final class CsvRows implements Closeable {

  /** A problem that ends the reading of a file. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Failure(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  private final String source;
  private final ReadOptions options;
  private final Utf8Input input;
  private final JsonParser parser;
  private List<String> header = List.of();
  private final List<String> cells = new ArrayList<>();
  private final List<int[]> positions = new ArrayList<>();
  private int row;
  private int rowLine;
  private boolean started;

  CsvRows(InputStream in, String source, ReadOptions options) {
    this.source = source;
    this.options = options;
    this.input = new Utf8Input(in, options.maxDocumentLength());
    CsvFactory factory =
        CsvFactory.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(options.maxStringLength())
                    .build())
            .build();
    this.parser = factory.createParser(ObjectReadContext.empty(), input);
  }

  /** Returns the name of the input. */
  String source() {
    return source;
  }

  /** Returns the bytes read so far. */
  long bytesRead() {
    return input.bytesRead();
  }

  /**
   * Reads the header row.
   *
   * @return false if the input has no rows at all
   */
  boolean readHeader() throws Failure {
    if (!next()) {
      return false;
    }
    header = List.copyOf(cells);
    return true;
  }

  /** Returns the header cells as written. */
  List<String> header() {
    return header;
  }

  /**
   * Reads the next row into {@link #cells()}.
   *
   * @return false at the end of the input
   */
  boolean next() throws Failure {
    cells.clear();
    positions.clear();
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
        if (rowLine < 0) {
          rowLine = at.getLineNr();
        }
        positions.add(new int[] {at.getLineNr(), at.getColumnNr()});
        cells.add(parser.getString());
      }
      if (token != JsonToken.END_ARRAY) {
        throw new Failure(syntax(null));
      }
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

  /** Returns the cells of the current row. */
  List<String> cells() {
    return cells;
  }

  /** Returns the spreadsheet row number of the current row (header = 1). */
  int rowNumber() {
    return row;
  }

  /** Returns the line the current row starts on. */
  int rowLine() {
    return Math.max(rowLine, 1);
  }

  /**
   * Returns the location of a cell of the current row.
   *
   * @param index the 0-based cell index
   * @param column the column's name, for the pointer
   */
  Location cell(int index, String column) {
    Location.Builder at =
        Location.builder().source(source).pointer("row " + row + ", column \"" + column + "\"");
    if (index >= 0 && index < positions.size()) {
      at.line(positions.get(index)[0]).column(positions.get(index)[1]);
    } else {
      at.line(rowLine());
    }
    return at.build();
  }

  /** Returns the location of the current row as a whole. */
  Location row() {
    return Location.builder().source(source).line(rowLine()).pointer("row " + row).build();
  }

  private Location here() {
    String column = cells.size() < header.size() ? header.get(cells.size()) : null;
    Location.Builder at =
        Location.builder()
            .source(source)
            .pointer(
                "row " + Math.max(row, 1) + (column == null ? "" : ", column \"" + column.strip() + "\""));
    int line = positions.isEmpty() ? rowLine : positions.get(positions.size() - 1)[0];
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
