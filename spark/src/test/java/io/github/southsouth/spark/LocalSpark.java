package io.github.southsouth.spark;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The local-mode Spark session of a test class, and the test resources as paths. */
final class LocalSpark {

  private LocalSpark() {}

  /** A session on two local cores, without UI, with few shuffle partitions. */
  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("southsouth-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        // The test data are small: compiling whole stages costs more than it saves.
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /** A test resource as a path. */
  static Path resource(String name) {
    try {
      return Path.of(LocalSpark.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
