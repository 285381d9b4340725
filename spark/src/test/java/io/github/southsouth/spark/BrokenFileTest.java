package io.github.southsouth.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tried as a new user would: a folder of IATI files with one broken file among good ones. Lenient,
 * the good files' results come with the broken file's located problem; strict, the job fails with
 * that problem.
 */
class BrokenFileTest extends WithLocalSpark {

  @TempDir
  Path folder;

  /** Two good files, a file cut off in the middle of an element, and an IATI 1.x file. */
  private void fill() throws IOException {
    Files.copy(LocalSpark.resource("iati/fidelity/government.xml"), folder.resolve("a-government.xml"));
    Files.copy(LocalSpark.resource("iati/finance/incoming-funds.xml"), folder.resolve("c-incoming-funds.xml"));
    Files.copy(LocalSpark.resource("iati/" + IatiSameAnswersTest.LEGACY_V1), folder.resolve("d-legacy.xml"));
    String good = Files.readString(LocalSpark.resource("iati/fidelity/no-lang.xml"), StandardCharsets.UTF_8);
    // Cut inside the <title> element: no longer well-formed XML.
    Files.writeString(folder.resolve("b-broken.xml"), good.substring(0, good.indexOf("<title>") + 12),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notes.txt"), "not an activity file: a folder read takes only .xml files\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void lenientKeepsTheGoodFilesAndLocatesTheBrokenOne() throws IOException {
    fill();
    SouthSouthFrames frames = SouthSouthSpark.iati(spark, List.of(folder.toString()), SparkReadOptions.lenient());
    List<String> files = frames.initiatives().select("file").distinct().collectAsList().stream()
        .map(r -> Path.of(r.getString(0)).getFileName().toString()).sorted().toList();
    assertThat(files).containsExactly("a-government.xml", "c-incoming-funds.xml");
    assertThat(frames.financing().count()).isPositive();

    List<Row> broken = frames.problems().filter("file like '%b-broken.xml' and severity = 'error'").collectAsList();
    assertThat(broken).isNotEmpty();
    Row first = broken.get(0);
    assertThat(first.<String>getAs("file")).isEqualTo(folder.resolve("b-broken.xml").toString());
    assertThat((Integer) first.getAs("line")).isPositive();
    assertThat((Integer) first.getAs("column")).isPositive();
    assertThat(first.<String>getAs("code")).isEqualTo("syntax");
    assertThat(first.<String>getAs("message")).isNotBlank().doesNotContain("Exception");

    List<Row> legacy = frames.problems().filter("file like '%d-legacy.xml'").collectAsList();
    assertThat(legacy).extracting(r -> r.<String>getAs("code")).contains("unsupported-version");
    frames.unpersist();
  }

  @Test
  void strictFailsWithTheFirstLocatedProblem() throws IOException {
    Files.copy(LocalSpark.resource("iati/fidelity/government.xml"), folder.resolve("a-government.xml"));
    String good = Files.readString(LocalSpark.resource("iati/fidelity/no-lang.xml"), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b-broken.xml"), good.substring(0, good.indexOf("<title>") + 12),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SouthSouthSpark.iati(spark, List.of(folder.toString()), SparkReadOptions.strict()))
        .isInstanceOf(SparkImportException.class)
        .hasMessageMatching("\\Q" + folder.resolve("b-broken.xml") + "\\E:\\d+:\\d+: syntax .*");
  }

  @Test
  void aPathThatMatchesNothingIsAnError() {
    assertThatThrownBy(() -> SouthSouthSpark.iati(spark, List.of(folder.resolve("nothing-*.xml").toString()),
        SparkReadOptions.lenient()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no input file in");
  }
}
