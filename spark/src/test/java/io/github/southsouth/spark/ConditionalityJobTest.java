package io.github.southsouth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job of the README's example: a folder of IATI files (with the 1.x file no import takes) in,
 * Parquet out, the same rows as the analyses give.
 */
class ConditionalityJobTest extends WithLocalSpark {

  @Test
  void writesTheViewsAndTheProblemsToParquet(@TempDir Path out) {
    String folder = LocalSpark.resource("iati").toString();
    String summary = ConditionalityJob.run(spark, List.of(folder), out.toString());

    SouthSouthFrames frames = SouthSouthSpark.iati(spark, List.of(folder), SparkReadOptions.lenient());
    Dataset<Row> written = spark.read().parquet(out.resolve("conditionality").toString());
    Dataset<Row> view = SouthSouthAnalyses.conditionality(frames);
    assertThat(written.count()).isPositive();
    assertThat(written.exceptAll(view).count()).isZero();
    assertThat(view.exceptAll(written).count()).isZero();
    assertThat(spark.read().parquet(out.resolve("finance-by-region-and-sector").toString()).count())
        .isEqualTo(SouthSouthAnalyses.financeByRegionAndSector(frames).count());
    List<Row> legacy = spark.read().parquet(out.resolve("problems").toString())
        .filter("file like '%" + IatiSameAnswersTest.LEGACY_V1 + "' and code = 'unsupported-version'").collectAsList();
    assertThat(legacy).hasSize(1);
    assertThat(summary)
        .startsWith("imported " + frames.initiatives().count() + " initiatives; wrote ")
        .contains("/conditionality (" + written.count() + " rows)")
        .contains("/problems (" + frames.problems().count() + " rows, of which errors: ");
    frames.unpersist();
  }

  @Test
  void saysHowItIsRunWithoutAStackTrace() {
    List<String> written = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    int status = ConditionalityJob.execute(new String[] {"only-one-argument"}, written::add, failed::add);
    assertThat(status).isEqualTo(2);
    assertThat(written).isEmpty();
    assertThat(failed).singleElement().asString().startsWith("usage: ConditionalityJob").doesNotContain("Exception");
  }
}
