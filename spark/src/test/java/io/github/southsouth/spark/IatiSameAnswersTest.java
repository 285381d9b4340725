package io.github.southsouth.spark;

import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Every real IATI activity file of the test resources, imported on Spark and in one JVM (all files
 * together, lenient, linked to the bundled dataset), gives the same frames and analyses. The IATI
 * 1.x file, which no import takes, is left to {@link BrokenFileTest}.
 */
class IatiSameAnswersTest extends SameAnswersTest {

  static final String LEGACY_V1 = "iatischemas-legacy-v1-dfid-out.xml";

  @Override
  List<Path> files() {
    return LocalSpark.files("iati", ".xml", LEGACY_V1);
  }

  @Override
  OneJvm importOneJvm(List<Path> files) {
    IatiImport result = IatiImporter.reader(ReadOptions.lenient()).with(ReferenceData.of(Seeds.load())).readResult(files);
    return new OneJvm(result.graph(), result.warnings());
  }

  @Override
  SouthSouthFrames importOnSpark(SparkSession spark, List<String> paths) {
    return SouthSouthSpark.iati(spark, paths, SparkReadOptions.lenient());
  }
}
