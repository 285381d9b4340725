package io.github.southsouth.spark.internal;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.spark.SparkImportException;
import io.github.southsouth.spark.SparkReadOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.TaskCompletionListener;

/**
 * What an executor does with one input file: makes it a local file (a file of another file system
 * is copied to a temporary file first, deleted when the import ends, and problems name its URI),
 * imports it with {@link FileImport} into {@link RecordRows}, and hands the rows to Spark as they
 * are made, through a {@link RowStream}: the task holds a bounded number of rows, never the file's
 * graph or all its rows. When the task ends, also early or killed, the import is stopped.
 *
 * <p>Lenient: a file that cannot be imported gives only its problems as rows (no row of its
 * records). Strict: the task throws {@link SparkImportException} with the first error, which fails
 * the job. If an import fails after it passed records (an IATI file that can no longer be read
 * between the two passes of its import), the task fails whatever the options, so that Spark drops
 * the rows of that attempt.
 */
public final class ExecutorImport implements FlatMapFunction<InputFile, TableRow> {

  private static final long serialVersionUID = 1L;

  private final Format format;
  private final SparkReadOptions options;
  private final HashMap<String, String> hadoop = new HashMap<>();

  /**
   * Creates the function.
   *
   * @param format the format of the files
   * @param options the options
   * @param hadoop the session's Hadoop configuration, to reach the files of other file systems with
   *     the same settings on the executors
   */
  public ExecutorImport(Format format, SparkReadOptions options, Configuration hadoop) {
    this.format = format;
    this.options = options;
    hadoop.forEach(e -> this.hadoop.put(e.getKey(), e.getValue()));
  }

  /**
   * Starts the import of one file and returns its rows as they come; the import stops when
   * Spark's task completes.
   *
   * @param input the file
   * @return its rows
   * @throws SparkImportException (from the iterator) if the options are strict and the file has a
   *     problem
   */
  @Override
  public Iterator<TableRow> call(InputFile input) {
    RowStream rows = new RowStream("southsouth-spark-import-" + input.index(), out -> rows(input, out));
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
    }
    rows.start();
    return rows;
  }

  /**
   * Imports one file, passing its rows as they are made.
   *
   * @param input the file
   * @param out receives the rows
   * @throws SparkImportException if the options are strict and the file has a problem, or the
   *     import failed after it passed rows
   */
  void rows(InputFile input, Consumer<TableRow> out) {
    URI uri = URI.create(input.uri());
    boolean local = "file".equals(uri.getScheme());
    String name = local ? Path.of(uri).toString() : input.uri();
    Path copy = null;
    try {
      Path file;
      if (local) {
        file = Path.of(uri);
      } else {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        copy = Files.createTempFile("southsouth-", "-" + remote.getName());
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        FileSystem fs = FileSystem.get(uri, conf);
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(copy.toUri()), true);
        file = copy;
      }
      String localName = file.toString();
      boolean[] passed = {false};
      RecordRows rows = new RecordRows(name, input.index(), FileImport.regions(format, options), row -> {
        passed[0] = true;
        out.accept(row);
      });
      ProblemReport warnings;
      try {
        warnings = FileImport.run(format, file, name, options, rows);
      } catch (ModelReadException e) {
        ProblemReport report = renamed(e.report(), localName, name);
        if (!options.isLenient() || passed[0]) {
          throw failure(report, name);
        }
        RecordRows.problemsOnly(report, name, input.index(), out);
        return;
      }
      rows.finish(renamed(warnings, localName, name));
    } catch (IOException e) {
      ProblemReport report = ProblemReport.of(List.of(Problem.error(ProblemCode.IO_ERROR,
          "cannot read the file: " + e.getMessage(), Location.builder().source(name).build())));
      if (!options.isLenient()) {
        throw failure(report, name);
      }
      RecordRows.problemsOnly(report, name, input.index(), out);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // a temporary file the executor's cleanup removes
        }
      }
    }
  }

  private static ProblemReport renamed(ProblemReport report, String localName, String name) {
    if (localName.equals(name)) {
      return report;
    }
    return report.map(p -> p.location().source().filter(localName::equals).isPresent()
        ? Problem.builder().from(p).location(Location.builder().from(p.location()).source(name).build()).build()
        : p);
  }

  private static SparkImportException failure(ProblemReport report, String name) {
    List<Problem> errors = report.errors();
    Problem first = errors.isEmpty() ? report.problems().get(0) : errors.get(0);
    int more = report.problems().size() + report.omittedErrors() + report.omittedWarnings() - 1;
    return new SparkImportException(first + (more > 0 ? " (and " + more + " more problems in " + name + ")" : ""));
  }
}
