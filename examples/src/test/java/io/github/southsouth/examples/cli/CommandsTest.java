package io.github.southsouth.examples.cli;

import static io.github.southsouth.examples.cli.Cli.resource;
import static io.github.southsouth.examples.cli.Cli.run;
import static io.github.southsouth.examples.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.json.NativeFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandsTest {

  static final String DEBT_RELIEF = "initiative:debt-relief-interest-free-loans";
  static final String PROBLEM_LINE = ".*broken\\.yaml:\\d+:\\d+: [a-z-]+ .+";

  @TempDir Path dir;

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private String seedsFile(String name) {
    Cli.Run run = run("seeds", "-o", file(name));
    assertThat(run.exit()).as(run.toString()).isZero();
    return file(name);
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
  }

  @Nested
  class Validate {
    @Test
    void acceptsTheBundledDatasetWrittenBySeeds() {
      String seeds = seedsFile("seeds.yaml");
      Cli.Run run = run("validate", seeds);
      assertThat(run.exit()).as(run.toString()).isZero();
      CooperationGraph graph = Seeds.load();
      assertThat(run.out().strip()).isEqualTo(seeds + ": valid (" + graph.entityCount() + " entities, "
          + graph.relationCount() + " relations); 0 errors, 0 warnings");
    }

    @Test
    void brokenFilePrintsLocatedProblemsOnePerLineThenTheCountAndExits1() {
      Cli.Run run = run("validate", resource("broken/broken.yaml").toString());
      assertThat(run.exit()).as(run.toString()).isEqualTo(SouthSouth.INVALID_DATA);
      List<String> lines = lines(run.out());
      assertThat(lines).hasSize(4);
      assertThat(lines.subList(0, 3)).allMatch(line -> line.matches(PROBLEM_LINE));
      assertThat(lines.get(0)).contains("broken.yaml:12:21: unknown-code unknown initiative kind \"projekt\"");
      assertThat(lines.get(1)).contains("broken.yaml:13:5: unknown-field").contains("\"sumary\"");
      assertThat(lines.get(2)).contains("broken.yaml:19:5: dangling-reference").contains("principle:non-conditionality");
      assertThat(lines.get(3)).endsWith("broken.yaml: invalid; 3 errors, 0 warnings");
      assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void maxProblemsBoundsTheList() {
      Cli.Run run = run("validate", "--max-problems", "1", resource("broken/broken.yaml").toString());
      assertThat(run.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(lines(run.out())).hasSize(2);
      assertThat(run.out()).contains("(only the first 1 errors shown)");
    }

    @Test
    void lenientTurnsAnUnknownFieldIntoAWarning() {
      String misspelt = resource("broken/misspelt.yaml").toString();
      Cli.Run strict = run("validate", misspelt);
      assertThat(strict.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(strict.out()).contains(":9:5: unknown-field");

      Cli.Run lenient = run("validate", "--lenient", misspelt);
      assertThat(lenient.exit()).as(lenient.toString()).isZero();
      assertThat(lenient.out()).contains("misspelt.yaml:9:5: warning: unknown-field")
          .contains("valid (1 entity, 0 relations); 0 errors, 1 warning");
    }

    @Test
    void separatelyValidatesEachFileOnItsOwn() {
      Cli.Run run = run("validate", "--separately", seedsFile("a.json"), resource("broken/broken.yaml").toString());
      assertThat(run.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(run.out()).contains("a.json: valid").contains("broken.yaml: invalid; 3 errors");
    }

    @Test
    void readsStandardInputInTheSyntaxGiven() throws IOException {
      String yaml = Files.readString(Path.of(seedsFile("s.yaml")));
      Cli.Run run = runWithInput(yaml, "validate", "--from", "yaml", "-");
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).startsWith("-: valid (");

      Cli.Run without = runWithInput(yaml, "validate", "-");
      assertThat(without.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(without.err()).contains("reading standard input (-) needs --from json, yaml or jsonl");
    }

    @Test
    void missingFileIsInvalidDataAndUnknownExtensionIsAUsageError() {
      Cli.Run missing = run("validate", file("nothere.yaml"));
      assertThat(missing.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(missing.out()).contains("nothere.yaml: io-error the file does not exist");

      Cli.Run txt = run("validate", file("notes.txt"));
      assertThat(txt.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(txt.err()).contains("cannot tell the format of").contains(".json, .yaml, .yml, .jsonl");
    }

    @Test
    void noFileIsAUsageError() {
      Cli.Run run = run("validate");
      assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }
  }

  @Nested
  class Convert {
    @Test
    void roundTripsThroughEveryNativeSyntaxWithoutChange() throws Exception {
      String yaml = seedsFile("seeds.yaml");
      assertThat(run("convert", yaml, file("seeds.json")).exit()).isZero();
      assertThat(run("convert", file("seeds.json"), file("seeds.jsonl")).exit()).isZero();
      Cli.Run last = run("convert", file("seeds.jsonl"), file("back.yml"));
      assertThat(last.exit()).as(last.toString()).isZero();
      assertThat(last.err()).contains("Wrote " + file("back.yml") + ": " + Seeds.load().entityCount() + " entities");
      assertThat(NativeFormat.reader().read(Path.of(file("back.yml")))).isEqualTo(Seeds.load());
      assertThat(Files.readString(Path.of(file("back.yml")))).isEqualTo(Files.readString(Path.of(yaml)));
      assertThat(run("diff", yaml, file("seeds.jsonl")).exit()).isZero();
    }

    @Test
    void writesAndReadsCsvTablesInADirectory() throws Exception {
      Cli.Run run = run("convert", seedsFile("seeds.json"), file("tables") + "/");
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(dir.resolve("tables").resolve(CsvTables.ENTITIES)).isRegularFile();
      assertThat(dir.resolve("tables").resolve(CsvTables.RELATIONS)).isRegularFile();

      Cli.Run back = run("convert", file("tables"), file("from-csv.yaml"));
      assertThat(back.exit()).as(back.toString()).isZero();
      CooperationGraph graph = NativeFormat.reader().read(Path.of(file("from-csv.yaml")));
      assertThat(graph.ids()).isEqualTo(Seeds.load().ids());
      assertThat(graph.relationCount()).isEqualTo(Seeds.load().relationCount());
    }

    @Test
    void writesJsonLd() throws Exception {
      Cli.Run run = run("convert", seedsFile("seeds.yaml"), file("seeds.jsonld"));
      assertThat(run.exit()).as(run.toString()).isZero();
      JsonNode document = JsonMapper.builder().build().readTree(Path.of(file("seeds.jsonld")).toFile());
      assertThat(document.has("@context")).isTrue();
      assertThat(Files.readString(Path.of(file("seeds.jsonld")))).contains("non-conditionality");
    }

    @Test
    void pipesFromStandardInputToStandardOutput() throws IOException {
      String json = Files.readString(Path.of(seedsFile("s.json")));
      Cli.Run run = runWithInput(json, "convert", "--from", "json", "--to", "yaml", "-", "-");
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).isEqualTo(Files.readString(Path.of(seedsFile("s.yaml"))));
      assertThat(run.err()).isEmpty();
    }

    @Test
    void standardOutputNeedsTo() {
      Cli.Run run = run("convert", seedsFile("s.yaml"), "-");
      assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(run.err()).contains("writing standard output (-) needs --to FORMAT");
    }

    @Test
    void invalidInputWritesNothing() {
      Cli.Run run = run("convert", resource("broken/broken.yaml").toString(), file("out.json"));
      assertThat(run.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(run.err()).contains("broken.yaml:12:21: unknown-code").contains("3 errors, 0 warnings");
      assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void unknownFormatIsAUsageError() {
      Cli.Run run = run("convert", "--to", "xlsx", seedsFile("s.yaml"), "-");
      assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(run.err()).contains("unknown format 'xlsx'").contains("json, yaml, jsonl, jsonld, csv");
    }
  }

  @Nested
  class Query {
    @Test
    void nonConditionalityInAfricaIsTheDebtReliefProgrammeAndItsParts() {
      Cli.Run run = run("query", "--principle", "non-conditionality", "--region", "africa");
      assertThat(run.exit()).as(run.toString()).isZero();
      List<String> lines = lines(run.out());
      assertThat(lines.get(0)).startsWith("ID").contains("KIND").contains("NAME");
      assertThat(lines.get(1)).startsWith(DEBT_RELIEF).endsWith("Debt relief and interest-free loans");
      // the three African interest-free-loan waivers are part of the programme, which embodies the principle
      assertThat(lines.subList(2, 5)).extracting(l -> l.split(" ")[0]).containsExactly(
          "initiative:ifl-exemption-focac-2018", "initiative:ifl-forgiveness-covid-summit-2020",
          "initiative:ifl-waiver-africa-2022");
      assertThat(lines).last().asString().isEqualTo("4 of " + Seeds.load().initiatives().size() + " initiatives embodying principle:non-conditionality "
          + "(Non-Conditionality), directly or as part of a programme that does, in region actor:m49-002 (Africa)");
    }

    @Test
    void aPrincipleOrGoalReachesThePartsOfTheProgrammesThatEmbodyOrAdvanceIt() {
      Cli.Run run = run("query", "--goal", "shared-development");
      assertThat(run.out()).contains("initiative:belt-and-road")
          .contains("initiative:china-pakistan-economic-corridor")
          .contains("initiative:zonergy-quaid-e-azam-solar-300mw")
          .doesNotContain(DEBT_RELIEF);
      Cli.Run direct = run("query", "--part-of", "belt-and-road");
      assertThat(direct.out()).contains("initiative:china-pakistan-economic-corridor");
      Cli.Run goal = run("query", "--goal", "shared-development", "--region", "pakistan");
      assertThat(goal.out()).contains("initiative:zonergy-quaid-e-azam-solar-300mw")
          .contains("advancing goal:shared-development (Promoting Shared Development), directly or as part of a"
              + " programme that does");
      // the essay links no initiative to mutual benefit, and the dataset adds no link of its own
      assertThat(run("query", "--principle", "mutual-benefit").out()).startsWith("0 of ");
      assertThat(run("query", "--help").out().replaceAll("\\s+", " "))
          .contains("--principle=PRINCIPLE Embodying this principle, directly or as part (directly or not) of a programme")
          .contains("--goal=GOAL Advancing this goal, directly or as part (directly or not) of a programme");
    }

    @Test
    void perspectivesCriticalOfTheBeltAndRoadLeaveOutCriticsOfTheDebtTrapLabel() {
      Cli.Run run = run("query", "--perspectives", "--about", "belt-and-road", "--stance", "critical");
      assertThat(run.exit()).as(run.toString()).isZero();
      List<String> lines = lines(run.out());
      assertThat(lines.get(0)).startsWith("ID").contains("STANCE").contains("HOLDER").contains("CLAIM");
      assertThat(run.out()).contains("perspective:us-government-debt-trap ")
          .contains("perspective:chellaney-debt-trap-diplomacy ")
          .doesNotContain("perspective:prc-government-rejects-debt-trap-label")
          .doesNotContain("perspective:chatham-house-debt-trap-myth");
      assertThat(lines.subList(1, lines.size() - 2)).allSatisfy(l -> assertThat(l).contains(" critical "));
      assertThat(lines).last().asString().endsWith(" perspectives about initiative:belt-and-road"
          + " (Belt and Road Initiative (BRI))").contains("critical perspectives");
      Cli.Run label = run("query", "--perspectives", "--about", "debt-trap-diplomacy", "--stance", "critical");
      assertThat(label.out()).contains("perspective:prc-government-rejects-debt-trap-label");
      Cli.Run json = run("query", "--perspectives", "--holder", "prc-government", "--format", "json");
      assertThat(json.out()).contains("\"count\" : 2").contains("perspective:prc-government-white-paper-2021");
    }

    @Test
    void perspectiveFiltersNeedPerspectivesAndNoInitiativeFilters() {
      assertThat(run("query", "--stance", "critical").err()).contains("add --perspectives");
      assertThat(run("query", "--perspectives", "--principle", "non-conditionality").err())
          .contains("not with the initiative filters");
    }

    @Test
    void idsNamesChineseAndPinyinAreTheSameFilter() {
      String expected = run("query", "--principle", "principle:mutual-benefit").out();
      assertThat(expected).contains("embodying principle:mutual-benefit (Mutual Benefit)");
      for (String spelling : List.of("mutual-benefit", "Mutual Benefit", "互利", "hu li", "Hùlì")) {
        assertThat(run("query", "--principle", spelling).out()).as(spelling).isEqualTo(expected);
      }
    }

    @Test
    void jsonFormatHoldsTheInitiatives() {
      Cli.Run run = run("query", "--principle", "non-conditionality", "--region", "m49-002", "--format", "json");
      assertThat(run.exit()).as(run.toString()).isZero();
      JsonNode json = JsonMapper.builder().build().readTree(run.out());
      assertThat(json.get("count").asInt()).isEqualTo(4);
      assertThat(json.get("initiatives").get(0).get("id").asString()).isEqualTo(DEBT_RELIEF);
      assertThat(json.get("query").asString()).contains("principle:non-conditionality");
    }

    @Test
    void ambiguousRegionIsAUsageErrorListingTheCandidates() {
      Cli.Run run = run("query", "--region", "eastern");
      assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(run.err()).contains("--region: 'eastern' matches 4 places; give one of these ids:")
          .contains("actor:m49-014  Eastern Africa").contains("actor:m49-030  Eastern Asia");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownNamesAndCodesAreUsageErrorsThatSayWhatIsExpected() {
      Cli.Run principle = run("query", "--principle", "harmony");
      assertThat(principle.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(principle.err()).contains("no principle named 'harmony'; there are:")
          .contains("principle:non-conditionality  Non-Conditionality");

      Cli.Run wrongKind = run("query", "--principle", "goal:shared-development");
      assertThat(wrongKind.err()).contains("--principle expects a principle, got goal:shared-development (a goal)");

      Cli.Run instrument = run("query", "--instrument", "gift");
      assertThat(instrument.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(instrument.err()).contains("'gift' is not one of grant, interest-free-loan");

      Cli.Run date = run("query", "--from", "2015-13");
      assertThat(date.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(date.err()).contains("invalid date \"2015-13\"");

      Cli.Run role = run("query", "--role", "funds");
      assertThat(role.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(role.err()).contains("--role needs --actor");

      Cli.Run format = run("query", "--format", "xml");
      assertThat(format.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(format.err()).contains("--format is table or json");
    }

    @Test
    void codesAreAcceptedInAnyCaseAndFiltersCombine() {
      Cli.Run run = run("query", "--instrument", "INTEREST_FREE_LOAN", "--instrument", "debt-forgiveness",
          "--from", "2018", "--to", "2020", "--status", "pledged", "--conditionality", "not-reported");
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).contains("initiative:ifl-exemption-focac-2018")
          .contains("initiative:ifl-forgiveness-covid-summit-2020")
          .doesNotContain("initiative:ifl-waiver-africa-2022");
    }

    @Test
    void actorWithRole() {
      Cli.Run run = run("query", "--actor", "china", "--role", "funds");
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).contains("initiative:china-dssi-debt-service-suspension")
          .contains("involving actor:chn (China) as funds");
    }

    @Test
    void chineseNamesInTheTable() {
      Cli.Run run = run("query", "--principle", "无附加条件", "--lang", "zh-Hans");
      assertThat(run.out()).contains("债务").contains("(无附加条件)");
    }

    @Test
    void queriesAFileWrittenByConvertLikeTheBundledData() {
      String json = seedsFile("seeds.json");
      assertThat(run("convert", json, file("tables") + "/").exit()).isZero();
      String expected = run("query", "--principle", "non-conditionality", "--region", "africa").out();
      assertThat(run("query", "--data", json, "--principle", "non-conditionality", "--region", "africa").out())
          .isEqualTo(expected);
      assertThat(run("query", "--data", file("tables"), "--principle", "non-conditionality", "--region", "africa").out())
          .isEqualTo(expected);
    }

    @Test
    void noFilterListsEveryInitiative() {
      Cli.Run run = run("query");
      int all = Seeds.load().initiatives().size();
      assertThat(lines(run.out())).last().asString().isEqualTo(all + " of " + all + " initiatives");
    }
  }

  @Nested
  class Stats {
    @Test
    void countsOfTheBundledData() {
      Cli.Run run = run("stats");
      assertThat(run.exit()).as(run.toString()).isZero();
      CooperationGraph graph = Seeds.load();
      assertThat(run.out()).startsWith("South-South Cooperation, version " + graph.info().version().orElseThrow())
          .contains("Entities by kind (" + graph.entityCount() + ")")
          .contains(row("initiative", graph.initiatives().size()))
          .contains(row("actor", graph.ofKind(Kind.ACTOR).size()))
          .contains("Relations by type (" + graph.relationCount() + ")")
          .contains(row("embodies", graph.relations().stream().filter(r -> r.type() == RelationType.EMBODIES).count()))
          .contains("zh-Hans")
          .contains("Sources (" + graph.sources().size() + ")")
          .contains(row("debt-forgiveness", 5))
          .contains(String.format(Locale.ROOT, "  %-24s %6d", "not-reported",
              graph.initiativeQuery().withConditionality(ConditionalityState.NOT_REPORTED).count()));
    }

    @Test
    void ofAFileEqualsOfTheBundledData() {
      String file = seedsFile("s.jsonl");
      assertThat(run("stats", file).out()).isEqualTo(run("stats").out());
    }

    private String row(String label, long count) {
      return String.format(Locale.ROOT, "  %-24s %6d%n", label, count);
    }
  }

  @Nested
  class Diff {
    @Test
    void equalDatasetsExit0AndPrintNothing() {
      Cli.Run run = run("diff", seedsFile("a.yaml"), seedsFile("b.json"));
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).isEmpty();
    }

    @Test
    void differentDatasetsExit1AndPrintEachDifference() throws IOException {
      Path changed = dir.resolve("changed.yaml");
      NativeFormat.writer().write(io.github.southsouth.examples.DatasetDiffAccess.changedCopy(Seeds.load()), changed);
      Cli.Run run = run("diff", seedsFile("seeds.yaml"), changed.toString());
      assertThat(run.exit()).as(run.toString()).isEqualTo(1);
      assertThat(lines(run.out())).containsExactly(
          "~ dataset version: 2026.11 -> next",
          "+ entity initiative:garissa-solar-extension",
          "~ entity initiative:garissa-solar-power-plant status: completed -> ongoing",
          "+ relation initiative:garissa-solar-extension benefits actor:ken",
          "+ relation initiative:garissa-solar-extension part-of initiative:garissa-solar-power-plant");

      Cli.Run stat = run("diff", "--stat", seedsFile("seeds.yaml"), changed.toString());
      assertThat(stat.out().strip()).isEqualTo("+1 -0 ~1 entities, +2 -0 ~0 relations, dataset info changed");

      Cli.Run quiet = run("diff", "-q", seedsFile("seeds.yaml"), changed.toString());
      assertThat(quiet.exit()).isEqualTo(1);
      assertThat(quiet.out()).isEmpty();
    }

    @Test
    void invalidInputIsTrouble2AsInDiff() {
      Cli.Run run = run("diff", seedsFile("a.yaml"), resource("broken/broken.yaml").toString());
      assertThat(run.exit()).isEqualTo(DiffCommand.TROUBLE);
      assertThat(run.err()).contains("broken.yaml:12:21: unknown-code").contains("3 errors, 0 warnings");
      assertThat(run.out()).isEmpty();
    }
  }

  @Nested
  class SeedsCommand {
    @Test
    void writesYamlToStandardOutputByDefault() throws IOException {
      Cli.Run run = run("seeds");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).startsWith("format: southsouth\nformatVersion: 1\n")
          .isEqualTo(NativeFormat.writer().toString(Seeds.load(), io.github.southsouth.serialization.json.Syntax.YAML));
    }

    @Test
    void writesAnyFormatToAFile() throws Exception {
      Cli.Run run = run("seeds", "--to", "jsonl", "-o", file("seeds.data"));
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(NativeFormat.reader().read(Files.newInputStream(Path.of(file("seeds.data"))), "seeds.data",
          io.github.southsouth.serialization.json.Syntax.JSON_LINES)).isEqualTo(Seeds.load());
    }

    @Test
    void csvNeedsADirectory() {
      Cli.Run run = run("seeds", "--to", "csv");
      assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(run.err()).contains("csv writes a directory of files, not standard output: give -o DIRECTORY");
    }

    @Test
    void unwritableTargetIsReportedInOneLine() throws IOException {
      Files.writeString(dir.resolve("a-file"), "not a directory");
      Cli.Run run = run("seeds", "-o", file("a-file/seeds.json"));
      assertThat(run.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(run.err()).startsWith("southsouth: cannot write ").contains("nothing was written");
      assertThat(run.err().lines().count()).isEqualTo(1L);
    }
  }

  @Nested
  class Import {
    @Test
    void iatiExampleImportsValidatesAndCanBeQueriedByRecipientCountry() {
      Cli.Run run = run("import-iati", resource("iati/iati-standard-example-annotated-203.xml").toString(),
          "-o", file("iati.json"));
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).contains("1 activities (0 skipped) from 1 file").contains("Wrote " + file("iati.json"));
      // what the import read and did not keep is listed, with counts
      assertThat(run.out()).contains("Read but not kept (element: occurrences):")
          .contains("  result: 1").contains("  document-link: 1").contains("  location: 2");
      assertThat(run.err()).contains("warning: ");
      assertThat(run("validate", file("iati.json")).exit()).isZero();

      Cli.Run query = run("query", "--data", file("iati.json"), "--region", "afghanistan");
      assertThat(query.exit()).as(query.toString()).isZero();
      assertThat(query.out()).contains("initiative:AA-AAA-123456789-ABC123").contains("1 of 1 initiatives");
    }

    @Test
    void iatiGraphGoesToStandardOutputAndTheSummaryToStandardError() throws Exception {
      Cli.Run run = run("import-iati", "-q", resource("iati/iati-standard-example-annotated-203.xml").toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out()).startsWith("{");
      assertThat(run.err()).contains("1 activities").doesNotContain("warning:");
      assertThat(NativeFormat.reader().read(new java.io.ByteArrayInputStream(run.out().getBytes(
          java.nio.charset.StandardCharsets.UTF_8)), "out", io.github.southsouth.serialization.json.Syntax.JSON)
          .initiatives()).hasSize(1);
    }

    @Test
    void legacyIatiFileIsRefusedWithItsVersion() {
      Cli.Run run = run("import-iati", resource("iati/iatischemas-legacy-v1-dfid-out.xml").toString(), "-o", file("x.json"));
      assertThat(run.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(run.err()).contains("iatischemas-legacy-v1-dfid-out.xml:2:32: unsupported-version IATI version 1.0")
          .contains("1 error");
      assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void aidDataImportsAndCanBeQueriedByRegion() {
      Cli.Run run = run("import-aiddata", resource("aiddata/gcdf3_ports_projects.csv").toString(), "-o", file("gcdf.yaml"));
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).contains("Imported 20 of 20 records from 1 GCDF 3.0 file");
      assertThat(run("validate", file("gcdf.yaml")).exit()).isZero();
      Cli.Run query = run("query", "--data", file("gcdf.yaml"), "--region", "americas");
      assertThat(query.out()).contains("20 of 20 initiatives in region actor:m49-019 (Americas)");
      // No record here falls under a programme's matching rule, so the file has no principles:
      // asking by principle is an honest empty answer, not a usage error.
      Cli.Run byPrinciple = run("query", "--data", file("gcdf.yaml"), "--region", "americas", "--principle", "non-conditionality");
      assertThat(byPrinciple.exit()).as(byPrinciple.toString()).isZero();
      assertThat(byPrinciple.out()).startsWith("0 of 20 initiatives: the data holds no principle:non-conditionality");
      assertThat(run("query", "--data", file("gcdf.yaml"), "--principle", "no-such-principle").exit()).isEqualTo(SouthSouth.USAGE);
    }

    @Test
    void importedRecordsAreQueriedByThePrinciplesOfTheProgrammesTheyAreClassifiedInto() throws Exception {
      // the real Malaysia sample: its one interest-free loan (92505) is a commercial supplier's credit
      // (Intent "Commercial"), which the debt-relief rule leaves out
      Cli.Run real = run("import-aiddata", resource("aiddata-malaysia").toString(), "-o", file("real.json"));
      assertThat(real.exit()).as(real.toString()).isZero();
      assertThat(Files.readString(dir.resolve("real.json"))).doesNotContain("classified by rule");
      assertThat(run("query", "--data", file("real.json"), "--instrument", "interest-free-loan").out())
          .contains("initiative:aiddata-92505").contains("1 of 176 initiatives");

      // synthetic rows in the real GCDF layout: a development interest-free loan to Malaysia, a debt
      // forgiveness for Kenya, and a commercial interest-free loan to Malaysia
      List<String> text = Files.readAllLines(resource("aiddata-malaysia/gcdf3_malaysia_projects.csv"));
      List<String> header = Arrays.asList(text.get(0).split(",", -1));
      Path synthetic = dir.resolve("synthetic.csv");
      Files.writeString(synthetic, text.get(0) + "\n"
          + syntheticRow(header, "900001", "Interest-free loan (synthetic)", "Malaysia", "MYS", "Asia", "Loan", "Development")
          + syntheticRow(header, "900002", "Debt forgiveness (synthetic)", "Kenya", "KEN", "Africa", "Debt Forgiveness", "Development")
          + syntheticRow(header, "900003", "Supplier's credit (synthetic)", "Malaysia", "MYS", "Asia", "Loan", "Commercial"));
      Cli.Run run = run("import-aiddata", resource("aiddata-malaysia").toString(), synthetic.toString(), "-o", file("out.json"));
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run("validate", file("out.json")).exit()).isZero();

      Cli.Run query = run("query", "--data", file("out.json"), "--principle", "non-conditionality");
      assertThat(query.exit()).as(query.toString()).isZero();
      assertThat(lines(query.out())).extracting(l -> l.split(" ")[0]).containsExactly(
          "ID", "initiative:aiddata-900001", "initiative:aiddata-900002", DEBT_RELIEF, "",
          "3");
      assertThat(query.out()).contains("3 of 180 initiatives embodying principle:non-conditionality (Non-Conditionality),"
          + " directly or as part of a programme that does");
      Cli.Run asia = run("query", "--data", file("out.json"), "--region", "asia", "--principle", "non-conditionality");
      assertThat(lines(asia.out())).extracting(l -> l.split(" ")[0])
          .containsExactly("ID", "initiative:aiddata-900001", "", "1");
    }

    private String syntheticRow(List<String> header, String id, String title, String recipient, String iso3,
        String region, String flowType, String intent) {
      java.util.Map<String, String> cells = new java.util.HashMap<>();
      cells.put("AidData Record ID", id);
      cells.put("Recommended For Aggregates", "Yes");
      cells.put("Financier Country", "China (People's Republic of)");
      cells.put("Recipient", recipient);
      cells.put("Recipient ISO-3", iso3);
      cells.put("Recipient Region", region);
      cells.put("Title", title);
      cells.put("Status", "Completion");
      cells.put("Intent", intent);
      cells.put("Flow Type", flowType);
      cells.put("Interest-Free Loan", flowType.equals("Loan") ? "Yes" : "");
      cells.put("Sector Code", "600");
      cells.put("Sector Name", "ACTION RELATING TO DEBT");
      List<String> row = new java.util.ArrayList<>();
      for (String column : header) {
        row.add("\"" + cells.getOrDefault(column.replace("\"", ""), "").replace("\"", "\"\"") + "\"");
      }
      return String.join(",", row) + "\n";
    }

    @Test
    void aidDataFromADirectory() {
      Cli.Run run = run("import-aiddata", resource("aiddata").toString(), "-o", file("gcdf.json"));
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out()).contains("20 of 20 records");
    }

    @Test
    void missingFileIsInvalidData() {
      Cli.Run run = run("import-aiddata", file("none.csv"), "-o", file("x.json"));
      assertThat(run.exit()).isEqualTo(SouthSouth.INVALID_DATA);
      assertThat(run.err()).contains("none.csv").contains("io-error");
    }
  }

  @Nested
  class Export {
    @Test
    void bundledDatasetAsJsonLdToStandardOutput() {
      Cli.Run run = run("export", "--format", "jsonld");
      assertThat(run.exit()).as(run.toString()).isZero();
      JsonNode json = JsonMapper.builder().build().readTree(run.out());
      assertThat(json.has("@context")).isTrue();
    }

    @Test
    void formatFromTheOutputName() throws IOException {
      Cli.Run run = run("export", "-o", file("tables") + "/");
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(Files.readString(dir.resolve("tables").resolve(CsvTables.ENTITIES))).contains("principle:mutual-benefit");
      assertThat(run("export", "-o", file("s.jsonld")).exit()).isZero();
      assertThat(dir.resolve("s.jsonld")).isRegularFile();
    }

    @Test
    void neighbourhoodOfAnEntity() throws Exception {
      Cli.Run run = run("export", "--around", "non-conditionality", "--hops", "1", "-o", file("nc.json"));
      assertThat(run.exit()).as(run.toString()).isZero();
      CooperationGraph graph = NativeFormat.reader().read(Path.of(file("nc.json")));
      assertThat(graph.contains(io.github.southsouth.model.EntityId.parse(DEBT_RELIEF))).isTrue();
      assertThat(graph.outgoing(io.github.southsouth.model.EntityId.parse(DEBT_RELIEF))).isNotEmpty();
      assertThat(graph.entityCount()).isLessThan(Seeds.load().entityCount() / 4);
    }

    @Test
    void picturesOfANeighbourhoodInChinese() throws IOException {
      Cli.Run dot = run("export", "--around", "non-conditionality", "--lang", "zh-Hans", "-o", file("nc.dot"));
      assertThat(dot.exit()).as(dot.toString()).isZero();
      String text = Files.readString(dir.resolve("nc.dot"));
      assertThat(text).startsWith("digraph").contains("无附加条件").contains("债务减免与无息贷款");
      assertThat(text).doesNotContain("actor:ken"); // only the neighbourhood is drawn
      assertThat(dot.err()).doesNotContain(Seeds.load().entityCount() + " entities");

      Cli.Run mermaid = run("export", "--format", "mermaid", "--around", "shared-development");
      assertThat(mermaid.exit()).as(mermaid.toString()).isZero();
      assertThat(mermaid.out()).startsWith("flowchart").contains("Promoting Shared Development").contains("Belt and Road");

      Cli.Run graphml = run("export", "-o", file("all.graphml"));
      assertThat(graphml.exit()).as(graphml.toString()).isZero();
      assertThat(Files.readString(dir.resolve("all.graphml"))).contains("<graphml").contains("principle:mutual-benefit");
    }

    @Test
    void usageErrors() {
      assertThat(run("export").err()).contains("give the format with --format FORMAT, or a file name with -o OUT");
      assertThat(run("export", "--format", "svg").err()).contains("unknown format 'svg'");
      assertThat(run("export", "--hops", "2", "--format", "json").err()).contains("--hops needs --around ENTITY");
      Cli.Run around = run("export", "--around", "nowhere-at-all", "--format", "json");
      assertThat(around.exit()).isEqualTo(SouthSouth.USAGE);
      assertThat(around.err()).contains("--around: no entity named 'nowhere-at-all'");
    }
  }
}
