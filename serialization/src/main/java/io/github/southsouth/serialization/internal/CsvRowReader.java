package io.github.southsouth.serialization.internal;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadOptions;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one CSV file, one at a time, with the line and column of every cell: the one
 * CSV reader of this module, used by every CSV importer. Rows are numbered as a spreadsheet shows
 * them: the header is row 1, the first data row is row 2, and a blank line (empty or only spaces)
 * counts as a row but is skipped.
 *
 * <p>The format is RFC 4180's: cells separated by commas; rows ended by a line feed, a carriage
 * return and line feed, or a carriage return alone (the last row may have none); a cell that
 * starts with a double quote is quoted and runs to the next quote that is not doubled, holding
 * commas, line breaks and doubled quotes (read as one); a quote inside an unquoted cell is kept as
 * it is; after a closing quote only a comma, a line break or the end of the file may follow. Lines
 * are counted as the row's line breaks and those inside quoted cells; columns are counted in
 * characters (UTF-16 units) from 1.
 *
 * <p>The input is strict UTF-8 (one leading byte order mark is dropped) and may be no larger than
 * {@link io.github.southsouth.serialization.ReadLimits#maxDocumentLength()} bytes; no cell may be longer than {@link
 * io.github.southsouth.serialization.ReadLimits#maxStringLength()} characters. Every failure is a located {@link Failure} carrying
 * one {@link Problem} ({@link ProblemCode#SYNTAX}, {@link ProblemCode#INVALID_ENCODING}, {@link
 * ProblemCode#LIMIT_EXCEEDED} or {@link ProblemCode#IO_ERROR}) that names the file, row, line and,
 * where known, column; after a failure the file cannot be read further, and {@link #next()}
 * throws the same failure again.
 *
 * <p>The reader works on the file's bytes: it finds the end of each cell eight bytes at a time,
 * makes ASCII cells into strings by copying their bytes, and decodes (checking as it goes) only
 * the cells that hold other characters. Memory is a buffer of 64 KiB and two smaller ones for
 * decoding, each grown only to hold a longer cell. Reading is linear in the size of the input.
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
 * is a new string unless it is empty (always {@code ""}) or its column is {@linkplain #share
 * shared} through a {@link TextPool}. Not thread-safe. Not API.
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

  private static final int BUFFER = 64 * 1024;
  /** Reads eight bytes of an array as one long. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long COMMAS = ONES * ',';
  private static final long QUOTES = ONES * '"';
  private static final long LINE_FEEDS = ONES * '\n';
  private static final long CARRIAGE_RETURNS = ONES * '\r';
  private static final String[] NO_CELLS = new String[0];

  private final String source;
  private final ReadOptions options;
  private final InputStream in;
  private List<String> header = List.of();
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

  /** The bytes read from the input and not yet consumed, from {@link #pos} to {@link #lim}. */
  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  /** Where the cell being read starts in {@link #buf}; kept there when more bytes are read. */
  private int cellStart;
  /** The offset in the file of {@code buf[0]}. */
  private long base;
  private long bytesRead;
  private boolean eof;
  /** The current line and the offset in the file of its first byte. */
  private int line = 1;
  private long lineStart;
  /** Bytes of the current line before {@link #pos} that are not characters of their own. */
  private int lineSurplus;
  /** Whether the cell last read holds a NUL byte. */
  private boolean nul;
  private byte[] unescaped = new byte[256];
  /** Where cells that are not ASCII are decoded. */
  private char[] chars = new char[256];
  private @Nullable Failure failure;
  /** Bit i is set when cell i of the current row is not empty. */
  private long[] filled = new long[2];

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
    this.in = Objects.requireNonNull(in);
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
    return bytesRead;
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
   * once (and short ASCII cells found in the pool are not made into new strings at all). The pool
   * must not be used by another thread while this reader reads.
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
    if (failure != null) {
      throw failure;
    }
    do {
      if (!nextRecord()) {
        return false;
      }
    } while (cells.size() == 1 && cells.get(0).isBlank());
    return true;
  }

  private boolean nextRecord() throws Failure {
    Arrays.fill(filled, 0L);
    cells.clear();
    current = null;
    located = 0;
    boolean suspect = false;
    try {
      if (!started) {
        started = true;
        skipByteOrderMark();
      }
      cellStart = pos;
      if (pos >= lim && !fill()) {
        return false;
      }
      row++;
      rowLine = line;
      while (true) {
        int n = located * 2;
        if (n + 2 > positions.length) {
          positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[n] = line;
        positions[n + 1] = (int) (base + pos - lineStart) - lineSurplus + 1;
        located++;
        cellStart = pos;
        boolean quoted = (pos < lim || fill()) && buf[pos] == '"';
        String cell = quoted ? quoted() : unquoted();
        if (!suspect && (nul || CsvSafety.isFormulaLike(cell))) {
          suspect = true;
        }
        if (!cell.isEmpty()) {
          int index = cells.size();
          if (index >>> 6 >= filled.length) {
            filled = Arrays.copyOf(filled, filled.length * 2);
          }
          filled[index >>> 6] |= 1L << index;
        }
        cells.add(cell);
        cellStart = pos;
        if (pos >= lim && !fill()) {
          break; // the last row need not end with a line break
        }
        byte next = buf[pos];
        if (next == ',') {
          pos++;
        } else if (next == '\n') {
          pos++;
          newLine();
          break;
        } else if (next == '\r') {
          pos++;
          if ((pos < lim || fill()) && buf[pos] == '\n') {
            pos++;
          }
          newLine();
          break;
        } else {
          // only a quoted cell stops before anything else
          throw new Failure(syntax());
        }
      }
      int words = (cells.size() + 63) >>> 6;
      current = new CsvRecord(source, header, cells.toArray(NO_CELLS), positions(), Arrays.copyOf(filled, words),
          row, rowLine, bytesRead, suspect);
      return true;
    } catch (IOException e) {
      failure = new Failure(ioProblem(e));
      throw failure;
    } catch (Failure e) {
      failure = e;
      throw e;
    }
  }

  /**
   * The positions of the current row's cells for its record: the column of each, followed by the
   * line of each only when the row spans lines (most rows are on one line, so half the memory).
   */
  private int[] positions() {
    boolean oneLine = true;
    for (int i = 0; i < located && oneLine; i++) {
      oneLine = positions[2 * i] == rowLine;
    }
    int[] kept = new int[oneLine ? located : 2 * located];
    for (int i = 0; i < located; i++) {
      kept[i] = positions[2 * i + 1];
      if (!oneLine) {
        kept[located + i] = positions[2 * i];
      }
    }
    return kept;
  }

  private void newLine() {
    line++;
    lineStart = base + pos;
    lineSurplus = 0;
  }

  /** Drops one leading byte order mark, so that the first cell starts in column 1. */
  private void skipByteOrderMark() throws IOException {
    while (lim - pos < 3 && fill()) {
      // read on until three bytes are there or the input ends
    }
    if (lim - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
      lineStart = base + pos;
    }
  }

  /**
   * Reads a cell that is not quoted, up to the next comma, line break or the end of the input,
   * eight bytes at a time; leaves {@link #pos} on what ends it.
   */
  private String unquoted() throws IOException, Failure {
    nul = false;
    int p = pos;
    long high = 0;
    while (true) {
      while (p + 8 <= lim) {
        long eight = (long) LONGS.get(buf, p);
        long stops = stops(eight, COMMAS);
        if (stops == 0) {
          high |= eight;
          p += 8;
          continue;
        }
        int k = Long.numberOfTrailingZeros(stops) >>> 3;
        high |= before(eight, k);
        p += k;
        if (buf[p] != 0) {
          return endUnquoted(p, high);
        }
        nul = true;
        p++;
      }
      while (p < lim) {
        byte b = buf[p];
        if (b == ',' || b == '\n' || b == '\r') {
          return endUnquoted(p, high);
        }
        if (b == 0) {
          nul = true;
        }
        high |= b;
        p++;
      }
      checkLength(p - cellStart, (high & HIGH_BITS) == 0);
      pos = p;
      if (!fill()) {
        return endUnquoted(pos, high);
      }
      p = pos;
    }
  }

  private String endUnquoted(int end, long high) throws Failure {
    pos = end;
    return text(cellStart, end, buf, cellStart, end, (high & HIGH_BITS) != 0);
  }

  /**
   * Reads a quoted cell from its opening quote to its closing one, undoing doubled quotes and
   * counting the line breaks it holds; leaves {@link #pos} after the closing quote.
   */
  private String quoted() throws IOException, Failure {
    nul = false;
    boolean doubled = false;
    boolean breaks = false;
    int lastBreak = 0; // from the cell's start: where the last line break inside it ends
    long high = 0;
    int p = pos + 1;
    while (true) {
      while (p + 8 <= lim) {
        long eight = (long) LONGS.get(buf, p);
        long stops = stops(eight, QUOTES);
        if (stops == 0) {
          high |= eight;
          p += 8;
        } else {
          int k = Long.numberOfTrailingZeros(stops) >>> 3;
          high |= before(eight, k);
          p += k;
          break;
        }
      }
      if (p >= lim) {
        checkLength(p - cellStart, (high & HIGH_BITS) == 0);
        pos = p;
        if (!fill()) {
          throw new Failure(unclosed());
        }
        p = pos;
        continue;
      }
      byte b = buf[p];
      if (b == '"') {
        if (p + 1 >= lim) {
          pos = p;
          if (!fill()) {
            pos++; // the closing quote is the input's last byte (pos moved if the buffer did)
            break;
          }
          p = pos;
        }
        if (buf[p + 1] != '"') {
          pos = p + 1;
          break;
        }
        doubled = true;
        p += 2;
      } else if (b == '\n' || b == '\r') {
        if (b == '\r') {
          if (p + 1 >= lim) {
            pos = p;
            fill();
            p = pos;
          }
          if (p + 1 < lim && buf[p + 1] == '\n') {
            p++; // one break: counted at its line feed
          }
        }
        p++;
        breaks = true;
        lastBreak = p - cellStart;
        line++;
        lineStart = base + p;
        lineSurplus = 0;
      } else if (b == 0) {
        nul = true;
        p++;
      } else {
        high |= b;
        p++;
      }
    }
    int from = cellStart + 1;
    int to = pos - 1;
    checkLength(to - from, (high & HIGH_BITS) == 0);
    boolean ascii = (high & HIGH_BITS) == 0;
    int lineFrom = breaks ? cellStart + lastBreak : cellStart;
    if (!doubled) {
      return quotedText(from, to, buf, from, to, ascii, lineFrom);
    }
    if (unescaped.length < to - from) {
      unescaped = new byte[Math.max(to - from, unescaped.length * 2)];
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      byte c = buf[i];
      unescaped[n++] = c;
      if (c == '"') {
        i++; // the second of a doubled quote
      }
    }
    return quotedText(from, to, unescaped, 0, n, ascii, lineFrom);
  }

  private String quotedText(int from, int to, byte[] bytes, int start, int end, boolean ascii, int lineFrom)
      throws Failure {
    String text = text(from, to, bytes, start, end, !ascii);
    if (!ascii && lineFrom > from) {
      // the surplus counted by text() was for the whole cell; the current line began inside it
      lineSurplus = Utf8.surplus(buf, lineFrom, to);
    }
    return text;
  }

  /**
   * Makes the text of a cell whose bytes in the file run from {@code from} to {@code to} and whose
   * content (without quotes) is {@code bytes[start..end)}; checks UTF-8 and the length limit.
   */
  private String text(int from, int to, byte[] bytes, int start, int end, boolean nonAscii) throws Failure {
    int length = end - start;
    if (length == 0) {
      return "";
    }
    boolean pooled = pool != null && cells.size() < shared.length && shared[cells.size()];
    if (!nonAscii) {
      checkLength(length, true);
      return pooled
          ? pool.share(bytes, start, length)
          : new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    int n = Utf8.decode(bytes, start, end, chars);
    if (n < 0) {
      // the content's bytes are the cell's, or the cell's without doubled quotes (ASCII)
      throw new Failure(malformed(from, Utf8.firstMalformed(buf, from, to)));
    }
    if (n > options.limits().maxStringLength()) {
      throw new Failure(tooLong());
    }
    // doubled quotes are one byte and one character each way, so the content's surplus is the cell's
    lineSurplus += length - n;
    String text = new String(chars, 0, n);
    return pooled ? pool.share(text) : text;
  }

  /**
   * Fails early on a cell that is already longer than the limit: in characters when it is ASCII,
   * else when even three bytes a character would make it too long.
   */
  private void checkLength(int bytes, boolean ascii) throws Failure {
    long limit = options.limits().maxStringLength();
    if (bytes > (ascii ? limit : 3 * limit)) {
      throw new Failure(tooLong());
    }
  }

  /**
   * Reads more of the input, keeping the bytes from {@link #cellStart} on (moved to the front of
   * the buffer, which grows when they fill it).
   *
   * @return false at the end of the input
   */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int keep = Math.min(cellStart, pos);
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, lim - keep);
      lim -= keep;
      pos -= keep;
      cellStart -= keep;
      base += keep;
    } else if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int got = in.read(buf, lim, buf.length - lim);
    while (got == 0) {
      got = in.read(buf, lim, buf.length - lim);
    }
    if (got < 0) {
      eof = true;
      return false;
    }
    lim += got;
    bytesRead += got;
    if (bytesRead > options.limits().maxDocumentLength()) {
      throw new TooLarge();
    }
    return true;
  }

  /**
   * The bytes of {@code eight} (read little-endian) that end a run of a cell: the given separator
   * repeated in each byte (a comma or a quote), a line feed, a carriage return or a NUL. The lowest
   * set bit marks the first of them; bits above it may be wrong.
   */
  private static long stops(long eight, long separators) {
    return zeros(eight ^ separators) | zeros(eight ^ LINE_FEEDS) | zeros(eight ^ CARRIAGE_RETURNS) | zeros(eight);
  }

  /** The first {@code k} bytes of {@code eight}, the others cleared. */
  private static long before(long eight, int k) {
    return eight & ((1L << (k << 3)) - 1);
  }

  /** The high bit of each byte of {@code eight} that is zero, and of no byte before the first. */
  private static long zeros(long eight) {
    return (eight - ONES) & ~eight & HIGH_BITS;
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
    return here(cells.size());
  }

  /** The file, the row, the column of the given cell (if the header has one) and its line. */
  private Location here(int cell) {
    String column = cell >= 0 && cell < header.size() ? header.get(cell) : null;
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

  /** Something other than a comma or a line break after a quoted cell, which is the last read. */
  private Problem syntax() {
    int c = buf[pos] & 0xFF;
    String found = c >= 0x20 && c < 0x7F ? "\"" + (char) c + "\"" : String.format(Locale.ROOT, "the byte 0x%02X", c);
    return Problem.error(
        ProblemCode.SYNTAX,
        "the CSV is malformed in row "
            + Math.max(row, 1)
            + ": a quoted cell is followed by "
            + found
            + "; expected a comma or a line break after its closing quote (a quote inside a quoted"
            + " cell is written twice)",
        Location.builder()
            .from(here(cells.size() - 1))
            .line(line)
            .column((int) (base + pos - lineStart) - lineSurplus + 1)
            .build());
  }

  private Problem unclosed() {
    return Problem.error(
        ProblemCode.SYNTAX,
        "a quoted cell in row "
            + Math.max(row, 1)
            + " (starting on line "
            + positions[2 * (located - 1)]
            + ") is never closed: expected a closing \" before the end of the file",
        here());
  }

  private Problem tooLong() {
    return Problem.error(
        ProblemCode.LIMIT_EXCEEDED,
        "a cell is longer than the limit of "
            + options.limits().maxStringLength()
            + " characters (ReadLimits.maxStringLength): expected shorter cells",
        here());
  }

  /** Malformed UTF-8 at {@code buf[bad]}, in the cell whose bytes start at {@code from}. */
  private Problem malformed(int from, int bad) {
    int badLine = positions[2 * (located - 1)];
    for (int i = from; i < bad; i++) {
      if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= lim || buf[i + 1] != '\n'))) {
        badLine++;
      }
    }
    return Problem.error(
        ProblemCode.INVALID_ENCODING,
        "the bytes at offset "
            + (base + bad + 1)
            + " (line "
            + badLine
            + ") are not valid UTF-8: expected a UTF-8 file (with or without byte order mark);"
            + " save it again as UTF-8",
        Location.builder().from(here()).line(badLine).build());
  }

  private Problem ioProblem(IOException cause) {
    if (cause instanceof TooLarge) {
      return Problem.error(
          ProblemCode.LIMIT_EXCEEDED,
          "the file is larger than the limit of "
              + options.limits().maxDocumentLength()
              + " bytes (ReadLimits.maxDocumentLength): expected a smaller file",
          here());
    }
    String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return Problem.error(ProblemCode.IO_ERROR, "could not read " + source + ": " + reason, here());
  }

  /**
   * Closes the input stream.
   *
   * @throws IOException if the stream cannot be closed
   */
  @Override
  public void close() throws IOException {
    in.close();
  }

  /** More bytes than {@link io.github.southsouth.serialization.ReadLimits#maxDocumentLength()}. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("input larger than the document limit", null);
    }
  }
}
