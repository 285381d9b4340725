package io.github.southsouth.spark;

import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadResult;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The bundled dataset written as native JSON Lines (into the build directory), read on Spark and
 * in one JVM, gives the same frames and analyses.
 */
class JsonLinesSameAnswersTest extends SameAnswersTest {

  @Override
  List<Path> files() {
    try {
      Path folder = Files.createDirectories(Path.of("target", "jsonl-test"));
      Path file = folder.resolve("seeds.jsonl").toAbsolutePath();
      NativeFormat.writer().write(Seeds.load(), file, Syntax.JSON_LINES);
      return List.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  OneJvm importOneJvm(List<Path> files) {
    ReadResult result = NativeFormat.reader(ReadOptions.lenient()).readResult(files);
    return new OneJvm(result.graph(), result.warnings());
  }

  @Override
  SouthSouthFrames importOnSpark(SparkSession spark, List<String> paths) {
    return SouthSouthSpark.jsonLines(spark, paths, SparkReadOptions.lenient());
  }
}
