package io.github.southsouth.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

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

  private ConditionalityJob() {}

  /**
   * Runs the job.
   *
   * @param args IATI files, folders or globs, then the output folder
   * @throws IllegalArgumentException if fewer than two arguments are given, or an input matches no
   *     file
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ConditionalityJob IATI-FILE-OR-FOLDER... OUTPUT-FOLDER");
    }
    List<String> inputs = Arrays.asList(args).subList(0, args.length - 1);
    String output = args[args.length - 1];
    SparkSession.Builder builder = SparkSession.builder().appName("southsouth conditionality");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, inputs, output);
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
   * @throws IllegalArgumentException if an input matches no file
   */
  public static void run(SparkSession spark, List<String> inputs, String output) {
    SouthSouthFrames frames = SouthSouthSpark.iati(spark, inputs, SparkReadOptions.lenient());
    try {
      SouthSouthAnalyses.conditionality(frames).write().mode(SaveMode.Overwrite).parquet(output + "/conditionality");
      SouthSouthAnalyses.financeByRegionAndSector(frames).write().mode(SaveMode.Overwrite)
          .parquet(output + "/finance-by-region-and-sector");
      frames.problems().write().mode(SaveMode.Overwrite).parquet(output + "/problems");
    } finally {
      frames.unpersist();
    }
  }
}
