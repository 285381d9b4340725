package io.github.southsouth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.seeds.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example program's main and checks what it prints. */
class ExamplesTest {

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void capture() {
    original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(original);
  }

  private String output() {
    System.out.flush();
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(ExamplesTest.class.getResource("/" + name).toURI());
  }

  @Test
  void tour() {
    Tour.main(new String[0]);
    assertThat(output()).contains("Non-Conditionality  无附加条件 (Wú Fùjiā Tiáojiàn)").contains("Forums");
  }

  @Test
  void theTourSaysWhereTheEssaySaysWhatItShows() {
    Tour.main(new String[0]);
    String out = output();
    assertThat(out).contains("critical towards Debt-trap diplomacy: The \"debt trap\" label does not describe");
    CooperationGraph seeds = Seeds.load();
    Set<String> essayLocators = Stream.concat(
            seeds.entities().stream().flatMap(e -> e.citations().stream()),
            seeds.relations().stream().flatMap(r -> r.citations().stream()))
        .filter(c -> c.source().toString().equals("source:essay"))
        .map(c -> c.locator().orElse(""))
        .collect(Collectors.toSet());
    Matcher printed = Pattern.compile("the essay \"([^\"]*)\"").matcher(out);
    int count = 0;
    while (printed.find()) {
      count++;
      assertThat(essayLocators).as("printed essay locator").contains(printed.group(1));
    }
    assertThat(count).isGreaterThan(10);
  }

  @Test
  void principleReport() {
    PrincipleReport.main(new String[0]);
    assertThat(output())
        .contains("Non-Conditionality  无附加条件 (Wú Fùjiā Tiáojiàn)\n  Africa\n    - Debt relief and interest-free loans\n")
        .contains("Mutual Benefit  互利 (Hùlì)\n  no initiative in the dataset embodies it")
        .contains("Respect for Sovereignty  尊重主权 (Zūnzhòng Zhǔquán)\n  no initiative in the dataset embodies it");
  }

  @Test
  void regionMatrix() {
    RegionMatrix.main(new String[0]);
    assertThat(output()).startsWith("Goal \\ initiatives in")
        .containsPattern("Promoting Shared Development +0 +[1-9]\\d*")
        .containsPattern("Strengthening Global Solidarity +[1-9]\\d* +0")
        .contains("Committed finance (per currency and basis, never converted):")
        // the bundled dataset records finance only on initiatives that state no goal, and says so
        .contains("none recorded: no initiative that advances a goal here records committed finance");
  }

  @Test
  void findByNameInEnglishChineseAndPinyin() {
    FindByName.main(new String[] {"hu li", "Hùlì", "互利"});
    String out = output();
    assertThat(out).contains("\"hu li\": ").contains("\"Hùlì\": ").contains("\"互利\": 1 match");
    assertThat(out.split("principle:mutual-benefit  Mutual Benefit · 互利 \\(Hùlì\\)", -1)).hasSize(4);
  }

  @Test
  void datasetDiffOfTheSeedsAndAChangedCopy() throws Exception {
    DatasetDiff.main(new String[0]);
    assertThat(output()).startsWith("+1 -0 ~1 entities, +2 -0 ~0 relations, dataset info changed")
        .contains("~ entity initiative:garissa-solar-power-plant status: completed -> ongoing")
        .contains("patch applied to the first version gives the second: true");
  }

  @Test
  void datasetDiffOfTwoFiles(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.yaml");
    io.github.southsouth.serialization.json.NativeFormat.writer().write(io.github.southsouth.seeds.Seeds.load(), a);
    io.github.southsouth.serialization.json.NativeFormat.writer()
        .write(DatasetDiff.changedCopy(io.github.southsouth.seeds.Seeds.load()), b);
    DatasetDiff.main(new String[] {a.toString(), b.toString()});
    assertThat(output()).contains("+ entity initiative:garissa-solar-extension")
        .contains("patch applied to the first version gives the second: true");
  }

  @Test
  void iatiConditionalityLinksRecipientsToTheBundledRegions(@TempDir Path dir) throws Exception {
    Files.copy(resource("iati/iati-standard-example-annotated-203.xml"), dir.resolve("example.xml"));
    IatiConditionality.main(new String[] {dir.toString()});
    assertThat(output()).contains("1 activities (0 skipped) from 1 file").contains("Southern Asia");
  }

  @Test
  void chineseFinanceByRegion() throws Exception {
    ChineseFinanceByRegion.main(new String[] {resource("aiddata/gcdf3_ports_projects.csv").toString()});
    assertThat(output()).contains("Imported 20 of 20 records").contains("Non-Conditionality view");
  }
}
