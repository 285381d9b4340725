package io.github.southsouth.spark;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark job: imports a folder (or files, or globs) of IATI activity files and writes the
 * conditionality view, committed finance by region × sector and the problems to Parquet.
 *
 * <pre>{@code
 * spark-submit --class io.github.southsouth.spark.ConditionalityJob southsouth-spark-all.jar IN... OUT
 * }</pre>
 *
 * <p>Writes {@code OUT/conditionality}, {@code OUT/finance-by-region-and-sector} and {@code
 * OUT/problems}, replacing what is there. Without a master in the Spark configuration (run as a
 * plain {@code main}), it runs in local mode on every core: {@code local[*]}.
 *
 * @since 0.1.0
 */
public final class ConditionalityJob {

  /** Spark's own logging (SLF4J, which Spark brings): the job reports where Spark's log goes. */
  private static final Logger LOG = LoggerFactory.getLogger(ConditionalityJob.class);

  private ConditionalityJob() {}

  /**
   * Runs the job and exits: status 0 when the tables are written (a file that could not be imported
   * is a row of {@code OUT/problems}, not a failure), 2 on wrong usage or an input that matches no
   * file. What was written, or why nothing was, is logged (INFO or ERROR) through Spark's logging,
   * which Spark's default configuration prints on standard error.
   *
   * @param args IATI files, folders or globs, then the output folder
   */
  public static void main(String[] args) {
    int status = execute(args, LOG::info, LOG::error);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job as {@link #main} does, reporting instead of exiting.
   *
   * @param args IATI files, folders or globs, then the output folder
   * @param written receives the summary of what was written
   * @param failed receives why the job did not run
   * @return 0 when the tables were written, 2 on wrong usage or an input that matches no file
   */
  static int execute(String[] args, Consumer<String> written, Consumer<String> failed) {
    if (args.length < 2) {
      failed.accept("usage: ConditionalityJob IATI-FILE-OR-FOLDER... OUTPUT-FOLDER: imports the IATI"
          + " activity files (folders and globs are expanded) and writes the conditionality view,"
          + " finance by region and sector and the problems to Parquet");
      return 2;
    }
    List<String> inputs = Arrays.asList(args).subList(0, args.length - 1);
    String output = args[args.length - 1];
    SparkSession.Builder builder = SparkSession.builder().appName("southsouth conditionality");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      written.accept(run(spark, inputs, output));
      return 0;
    } catch (IllegalArgumentException e) {
      failed.accept(e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /**
   * Imports the files and writes the three tables.
   *
   * @param spark the session
   * @param inputs IATI files, folders or globs
   * @param output the output folder
   * @return what was written: the rows of each table, and how many initiatives and problems
   * @throws IllegalArgumentException if an input matches no file
   */
  public static String run(SparkSession spark, List<String> inputs, String output) {
    SouthSouthFrames frames = SouthSouthSpark.iati(spark, inputs, SparkReadOptions.lenient());
    try {
      SouthSouthAnalyses.conditionality(frames).write().mode(SaveMode.Overwrite).parquet(output + "/conditionality");
      SouthSouthAnalyses.financeByRegionAndSector(frames).write().mode(SaveMode.Overwrite)
          .parquet(output + "/finance-by-region-and-sector");
      frames.problems().write().mode(SaveMode.Overwrite).parquet(output + "/problems");
      return "imported " + frames.initiatives().count() + " initiatives; wrote "
          + output + "/conditionality (" + spark.read().parquet(output + "/conditionality").count() + " rows), "
          + output + "/finance-by-region-and-sector ("
          + spark.read().parquet(output + "/finance-by-region-and-sector").count() + " rows) and "
          + output + "/problems (" + frames.problems().count() + " rows, of which errors: "
          + frames.problems().filter("severity = 'error'").count() + ")";
    } finally {
      frames.unpersist();
    }
  }
}
