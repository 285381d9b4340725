package io.github.southsouth.spark;

import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Every AidData GCDF 3.0 project table of the test resources (AidData's own rows and the rows
 * written for the tests: numbers, collateral, records not recommended for aggregates), imported on
 * Spark and in one JVM (all files together, lenient, linked to the bundled dataset), gives the same
 * frames and analyses.
 */
class AidDataSameAnswersTest extends SameAnswersTest {

  @Override
  List<Path> files() {
    return LocalSpark.files("aiddata", ".csv");
  }

  @Override
  OneJvm importOneJvm(List<Path> files) {
    AidDataImport result = AidDataImporter.reader(ReadOptions.lenient()).with(ReferenceData.of(Seeds.load()))
        .readResult(files);
    return new OneJvm(result.graph(), result.warnings());
  }

  @Override
  SouthSouthFrames importOnSpark(SparkSession spark, List<String> paths) {
    return SouthSouthSpark.aidData(spark, paths, SparkReadOptions.lenient());
  }
}
