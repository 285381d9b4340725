package io.github.southsouth.spark;

import io.github.southsouth.spark.internal.ExecutorImport;
import io.github.southsouth.spark.internal.Format;
import io.github.southsouth.spark.internal.InputFile;
import io.github.southsouth.spark.internal.InputFiles;
import io.github.southsouth.spark.internal.TableRow;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The entry point of southsouth on Spark: imports files with the library's own importers, one file
 * per task on the executors, into the DataFrames of {@link SouthSouthFrames}.
 *
 * <pre>{@code
 * SouthSouthFrames frames = SouthSouthSpark.iati(spark, List.of("hdfs:///iati/"), SparkReadOptions.lenient());
 * SouthSouthAnalyses.conditionality(frames).write().parquet("hdfs:///out/conditionality");
 * frames.problems().show();
 * }</pre>
 *
 * <p>Each path is a file, a directory (its files with the format's extension, recursively) or a
 * glob, on any file system Spark's Hadoop configuration reaches ({@code file:}, {@code hdfs:},
 * {@code s3a:}...); a path without a scheme is on the default file system. The driver lists the
 * files (sorted by URI: this order is {@code file_index}); each file is a partition, imported on
 * an executor as one JVM imports it alone, record by record ({@link SparkReadOptions#lenient()}: a
 * file's problems are rows, and a file that cannot be imported gives no other row; {@link
 * SparkReadOptions#strict()}: the first problem fails the job).
 *
 * <p>Thread-safe: a stateless utility. Each call lists the files (O(files) on the driver); the
 * import itself runs when the frames are first computed, at once when strict.
 *
 * @since 0.1.0
 */
public final class SouthSouthSpark {

  private SouthSouthSpark() {}

  /**
   * Imports IATI activity files (versions 2.01 to 2.03; {@code .xml} in directories).
   *
   * @param spark the session
   * @param paths files, directories or globs, at least one
   * @param options leniency and reference data
   * @return the frames
   * @throws IllegalArgumentException if a path matches no file
   * @throws java.io.UncheckedIOException if a file system cannot be listed
   * @throws SparkImportException if the options are strict and a file has a problem, or an
   *     initiative id is found twice with different data
   */
  public static SouthSouthFrames iati(SparkSession spark, List<String> paths, SparkReadOptions options) {
    return read(Format.IATI, spark, paths, options);
  }

  /**
   * Imports AidData Global Chinese Development Finance 3.0 project tables ({@code .csv} in
   * directories).
   *
   * @param spark the session
   * @param paths files, directories or globs, at least one
   * @param options leniency and reference data
   * @return the frames
   * @throws IllegalArgumentException if a path matches no file
   * @throws java.io.UncheckedIOException if a file system cannot be listed
   * @throws SparkImportException if the options are strict and a file has a problem, or an
   *     initiative id is found twice with different data
   */
  public static SouthSouthFrames aidData(SparkSession spark, List<String> paths, SparkReadOptions options) {
    return read(Format.AIDDATA, spark, paths, options);
  }

  /**
   * Reads native JSON Lines files ({@code .jsonl} in directories), each a dataset of its own.
   *
   * @param spark the session
   * @param paths files, directories or globs, at least one
   * @param options leniency (the reference data is not used: a native file is read as written)
   * @return the frames
   * @throws IllegalArgumentException if a path matches no file
   * @throws java.io.UncheckedIOException if a file system cannot be listed
   * @throws SparkImportException if the options are strict and a file has a problem, or an
   *     initiative id is found twice with different data
   */
  public static SouthSouthFrames jsonLines(SparkSession spark, List<String> paths, SparkReadOptions options) {
    return read(Format.JSON_LINES, spark, paths, options);
  }

  private static SouthSouthFrames read(Format format, SparkSession spark, List<String> paths,
      SparkReadOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    List<InputFile> files = InputFiles.expand(spark.sparkContext().hadoopConfiguration(), paths, format.extensions());
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<TableRow> rows = context.parallelize(files, files.size())
        .flatMap(new ExecutorImport(format, options, spark.sparkContext().hadoopConfiguration()));
    rows.persist(StorageLevel.MEMORY_AND_DISK());
    SouthSouthFrames frames = SouthSouthFrames.create(spark, rows, options.isLenient());
    if (!options.isLenient()) {
      failOnError(frames);
    }
    return frames;
  }

  /**
   * The executor's {@link SparkImportException} from the job failure Spark reports on the driver:
   * the cause itself where Spark keeps it, otherwise the line of the failure's text that names it.
   */
  private static RuntimeException located(Exception failure) {
    String marker = SparkImportException.class.getName() + ": ";
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SparkImportException located) {
        return new SparkImportException(located.getMessage());
      }
      String message = cause.getMessage();
      int at = message == null ? -1 : message.indexOf(marker);
      if (at >= 0) {
        int end = message.indexOf('\n', at);
        return new SparkImportException(message.substring(at + marker.length(), end < 0 ? message.length() : end));
      }
    }
    return SouthSouthSpark.<RuntimeException>unchanged(failure);
  }

  /** Rethrows Spark's own exception as it is, checked or not. */
  @SuppressWarnings("unchecked")
  private static <E extends Exception> RuntimeException unchanged(Exception failure) throws E {
    throw (E) failure;
  }

  /** Runs a strict import now, and throws its first error. */
  private static void failOnError(SouthSouthFrames frames) {
    List<Row> errors;
    try {
      errors = frames.problems().filter("severity = 'error'").limit(1).collectAsList();
    } catch (Exception e) { // Spark's SparkException is checked, though no Java signature says so
      frames.unpersist();
      throw located(e);
    }
    if (!errors.isEmpty()) {
      frames.unpersist();
      Row error = errors.get(0);
      throw new SparkImportException(error.getAs("file") + ": " + error.getAs("code") + " " + error.getAs("message"));
    }
  }
}
