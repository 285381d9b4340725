package io.github.southsouth.serialization.csv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadResult;
import java.nio.file.Path;

/**
 * Reads the {@code entities.csv} and {@code relations.csv} of {@link CsvTables} from a directory
 * into a graph; made with {@link CsvTables#reader(ReadOptions)}, like the other formats' readers.
 *
 * <pre>{@code
 * ReadResult result = CsvTables.reader(ReadOptions.lenient()).readResult(Path.of("tables"));
 * result.warnings().problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Lenient options keep the cells of columns the tables do not define as attributes {@code
 * csv.<column>}, each with a warning; strict ones report each such column as an error and read the
 * rows on without it, so that the rows' problems are reported too. Every other problem is an error
 * in either mode: a cell that cannot be read, after which the next rows are read, or a file that
 * cannot be read on (missing, empty, a column twice or missing, broken CSV). Nothing is half-read:
 * either the whole graph is returned or nothing. The decisions are those of {@link
 * io.github.southsouth.serialization.ReadPolicy}.
 *
 * <p>Immutable and thread-safe: one reader may serve many reads at once. A read is O(size of the
 * tables) plus the graph's validation.
 *
 * @since 0.1.0
 */
public final class CsvTablesReader {

  private final ReadOptions options;

  CsvTablesReader(ReadOptions options) {
    this.options = checkNotNull(options, "options");
  }

  /**
   * Returns the options of this reader.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Returns a reader like this one with other options.
   *
   * @param options leniency, problem limit, limits on the input and progress
   * @return the reader
   * @throws NullPointerException if {@code options} is null
   */
  public CsvTablesReader with(ReadOptions options) {
    return new CsvTablesReader(options);
  }

  /**
   * Reads the tables of a directory into a graph.
   *
   * @param directory the directory holding both files
   * @return the graph
   * @throws ModelReadException with every problem found, each located by file, row and column
   * @throws NullPointerException if {@code directory} is null
   */
  public CooperationGraph read(Path directory) {
    return readResult(directory).graph();
  }

  /**
   * Reads the tables of a directory into a graph, and returns the warnings too.
   *
   * @param directory the directory holding both files
   * @return the graph and the warnings
   * @throws ModelReadException with every problem found, each located by file, row and column
   * @throws NullPointerException if {@code directory} is null
   */
  public ReadResult readResult(Path directory) {
    return new CsvTableReader(checkNotNull(directory, "directory"), options).read();
  }

  @Override
  public String toString() {
    return "CsvTablesReader{" + options + "}";
  }
}
