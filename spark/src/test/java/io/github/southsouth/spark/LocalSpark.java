package io.github.southsouth.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

  /**
   * The files of a test resource folder, recursively, whose names end in the extension and are
   * not left out, in the order Spark lists them (sorted by URI).
   */
  static List<Path> files(String folder, String extension, String... leftOut) {
    try (Stream<Path> walk = Files.walk(resource(folder))) {
      return walk.filter(p -> p.toString().endsWith(extension))
          .filter(p -> !List.of(leftOut).contains(p.getFileName().toString()))
          .sorted((a, b) -> a.toUri().toString().compareTo(b.toUri().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
