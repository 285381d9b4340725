package io.github.southsouth.serialization.internal;

import io.github.southsouth.problem.Location;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row read by {@link CsvRowReader}: its cells, where each cell starts, its row number and how
 * many bytes of the file had been read when it was. A record does not change once made and stays
 * valid after the reader has moved on, so it can be handed to another thread (see {@link
 * ReadAhead}). Immutable, therefore thread-safe. Not API.
 */
public final class CsvRecord {
  private final String source;
  private final List<String> header;
  private final List<String> cells;
  /**
   * The column of each cell, followed by the line of each when the row spans lines (else every
   * cell is on {@link #rowLine}).
   */
  private final int[] positions;
  private final int row;
  private final int rowLine;
  private final long bytesRead;
  private final boolean suspect;
  /** Bit i is set when cell i is not empty. */
  private final long[] filled;

  CsvRecord(String source, List<String> header, String[] cells, int[] positions, long[] filled, int row,
      int rowLine, long bytesRead, boolean suspect) {
    this.filled = filled;
    this.source = source;
    this.header = header;
    this.cells = Collections.unmodifiableList(Arrays.asList(cells));
    this.positions = positions;
    this.row = row;
    this.rowLine = rowLine;
    this.bytesRead = bytesRead;
    this.suspect = suspect;
  }

  /**
   * Returns the name of the file, as given to the reader.
   *
   * @return the source name used in locations
   */
  public String source() {
    return source;
  }

  /**
   * Returns the file's header cells, as written.
   *
   * @return the header, immutable
   */
  public List<String> header() {
    return header;
  }

  /**
   * Tells whether a cell is empty without reading it: as {@code cells().get(index).isEmpty()}, but
   * from a bit the reader set, so a wide row's many empty cells need not be looked at.
   *
   * @param index the 0-based cell index
   * @return true if the row has no such cell or it is empty
   */
  public boolean isEmpty(int index) {
    return index < 0 || index >= cells.size() || (filled[index >>> 6] & 1L << index) == 0;
  }

  /**
   * Returns the cells of this row, as many as it has (which may differ from the header's count).
   *
   * @return the cells, immutable
   */
  public List<String> cells() {
    return cells;
  }

  /**
   * Returns the spreadsheet row number of this row (header = 1, blank lines counted).
   *
   * @return the row number
   */
  public int rowNumber() {
    return row;
  }

  /**
   * Returns the line this row starts on (1-based; a quoted cell may span lines).
   *
   * @return the line number
   */
  public int rowLine() {
    return Math.max(rowLine, 1);
  }

  /**
   * Returns how many bytes of the file had been read when this row was, for progress.
   *
   * @return a count of bytes
   */
  public long bytesRead() {
    return bytesRead;
  }

  /**
   * Tells whether a cell of this row may need a second look: one holds a NUL character or is
   * {@linkplain CsvSafety#isFormulaLike formula-like}. Worked out by the reader while the cells
   * are fresh, so that a row without such cells needs no pass over its text.
   *
   * @return false if no cell holds a NUL or looks like a formula
   */
  public boolean hasSuspectCells() {
    return suspect;
  }

  /**
   * Returns the location of a cell: the file, the cell's line and column, and the pointer {@code
   * row N, column "name"}. A cell the row does not have is located at the row's line.
   *
   * @param index the 0-based cell index
   * @param column the column's name, for the pointer
   * @return the location
   */
  public Location cell(int index, String column) {
    Location.Builder at =
        Location.builder().source(source).pointer("row " + row + ", column \"" + column + "\"");
    int n = cells.size();
    if (index >= 0 && index < n) {
      at.line(positions.length == n ? rowLine() : positions[n + index]).column(positions[index]);
    } else {
      at.line(rowLine());
    }
    return at.build();
  }

  /**
   * Returns the location of this row as a whole: the file, the row's line and the pointer {@code
   * row N}.
   *
   * @return the location
   */
  public Location row() {
    return rowLocation(source, row, rowLine());
  }

  /**
   * Returns the location of a row as a whole, as {@link #row()} makes it: for callers that keep
   * where a row was without keeping the row.
   *
   * @param source the name of the file
   * @param row the row number
   * @param line the line the row starts on
   * @return the location
   */
  public static Location rowLocation(String source, int row, int line) {
    return Location.builder().source(source).line(line).pointer("row " + row).build();
  }
}
