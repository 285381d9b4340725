package io.github.southsouth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ConditionalityJob.execute(new String[] {"only-one-argument"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ConditionalityJob").doesNotContain("Exception");
  }
}
