package io.github.southsouth.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ExportFixtures;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadLimits;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.testing.SilentStreams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class CsvTablesTest {

  @TempDir Path dir;

  private static final String ENTITY_HEADER = "id,kind,name.en,name.zh-Hans,actorType,iso3,citations\n";
  private static final String RELATION_HEADER = "from,type,to,start,end,share,note,citations\n";

  private void tables(String entities, String relations) throws IOException {
    Files.writeString(dir.resolve(CsvTables.ENTITIES), entities, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(CsvTables.RELATIONS), relations, StandardCharsets.UTF_8);
  }

  private List<Problem> problems(ReadOptions options) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> CsvTables.reader(options).read(dir));
    assertThat(thrown).isInstanceOf(ModelReadException.class);
    return ((ModelReadException) thrown).report().problems();
  }

  @Test
  void fixtureWritesOneRowPerEntityAndRelationWithAHeader() throws Exception {
    CooperationGraph graph = ExportFixtures.small();
    CsvTables.writer().write(graph, dir);
    List<String> entities = Files.readAllLines(dir.resolve(CsvTables.ENTITIES), StandardCharsets.UTF_8);
    assertThat(entities.get(0))
        .startsWith("id,kind,name.en,name.zh-Hans,name.zh-Latn-pinyin,summary.en,summary.zh-Hans,summary.zh-Latn-pinyin,initiativeKind,")
        .endsWith(",citations,externalId.wikidata");
    assertThat(entities).anySatisfy(line -> assertThat(line).startsWith("actor:ken,actor,Kenya,肯尼亚,").endsWith(",Q114"));
    assertThat(entities).anySatisfy(line -> assertThat(line).contains(",\"Mutual Benefit\",互利,Hùlì,"));
    List<String> relations = Files.readAllLines(dir.resolve(CsvTables.RELATIONS), StandardCharsets.UTF_8);
    assertThat(relations).hasSize(1 + graph.relationCount());
    assertThat(relations.get(0)).isEqualTo(RELATION_HEADER.strip());
    assertThat(relations).contains("initiative:belt-and-road,embodies,principle:mutual-benefit,,,,,source:essay");
    assertThat(CsvTables.reader().read(dir)).isEqualTo(HeldFields.of(graph));
  }

  @Test
  void formulaCellsAreNeutralisedAndReadBack() throws Exception {
    CooperationGraph graph =
        CooperationGraph.builder()
            .addEntity(
                Actor.builder()
                    .id(EntityId.parse("actor:x"))
                    .name(LocalizedText.english("=HYPERLINK(\"http://evil.example\",\"click\")"))
                    .summary(LocalizedText.english("-1+2"))
                    .actorType(ActorType.COMMUNITY)
                    .putAttribute("note", "@SUM(A1:A9)")
                    .build())
            .build();
    CsvTables.writer().write(graph, dir);
    String text = Files.readString(dir.resolve(CsvTables.ENTITIES), StandardCharsets.UTF_8);
    assertThat(text).contains("'=HYPERLINK(").contains("'-1+2").contains("'@SUM(A1:A9)");
    for (String line : text.split("\n")) {
      for (String cell : line.split(",")) {
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(unquoted).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
      }
    }
    assertThat(CsvTables.reader().read(dir)).isEqualTo(graph);
  }

  @Test
  void missingFilesAreNamed() {
    List<Problem> problems = problems(ReadOptions.defaults());
    assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.IO_ERROR);
    assertThat(problems.get(0).location().source()).contains("entities.csv");
    assertThat(problems.get(0).message()).contains("missing");
  }

  @Test
  void badCellsAreReportedWithFileRowAndColumn() throws Exception {
    tables(
        ENTITY_HEADER
            + "actor:ken,actor,Kenya,肯尼亚,country,KEN,\n"
            + "actor:chn,actor,China,中国,nation,CHN,\n"
            + "actor:bra,principle,Brazil,,country,BRA,\n"
            + "not an id,actor,X,,country,,\n"
            + "principle:p,principle,P,,country,,\n",
        RELATION_HEADER + "actor:ken,member-of,actor:chn,1964-13,,,,\n");
    List<Problem> problems = problems(ReadOptions.defaults());
    assertThat(problems).extracting(p -> p.code().code() + " " + p.location().pointer().orElse("") + " " + p.location().source().orElse(""))
        .containsExactly(
            "unknown-code row 3, column \"actorType\" entities.csv",
            "invalid-value row 4, column \"kind\" entities.csv",
            "invalid-value row 5, column \"id\" entities.csv",
            "unknown-field row 6, column \"actorType\" entities.csv",
            "invalid-value row 2, column \"start\" relations.csv");
    assertThat(problems.get(0).message()).contains("\"nation\" is not a known actor type").contains("country, region");
    assertThat(problems.get(0).location().line()).hasValue(3);
    assertThat(problems.get(4).message()).contains("1964-13");
  }

  @Test
  void graphRuleViolationsPointAtTheirRow() throws Exception {
    tables(
        ENTITY_HEADER + "actor:ken,actor,Kenya,肯尼亚,country,KEN,source:missing\n",
        RELATION_HEADER + "actor:ken,member-of,actor:au,,,,,\n");
    List<Problem> problems = problems(ReadOptions.defaults());
    assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.DANGLING_REFERENCE);
    assertThat(problems).extracting(p -> p.location().source().orElse("") + " " + p.location().pointer().orElse(""))
        .containsExactlyInAnyOrder("entities.csv row 2", "relations.csv row 2");
  }

  @Test
  void unknownColumnsFailStrictlyAndAreKeptAsAttributesLeniently() throws Exception {
    tables("id,kind,name.en,actorType,Notes\nactor:ken,actor,Kenya,country,landlocked? no\n", RELATION_HEADER);
    assertThat(problems(ReadOptions.defaults()))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo(ProblemCode.EXTRA_COLUMN);
          assertThat(p.location().pointer()).contains("row 1, column 5 \"Notes\"");
        });
    io.github.southsouth.serialization.ReadResult lenient = CsvTables.reader(ReadOptions.lenient()).readResult(dir);
    CooperationGraph graph = lenient.graph();
    assertThat(graph.get(EntityId.parse("actor:ken")).attributes()).containsEntry("csv.Notes", "landlocked? no");
    // the warning the lenient read gave is returned with the graph, as every reader's readResult does
    assertThat(lenient.warnings().warnings()).extracting(p -> p.code()).containsExactly(ProblemCode.EXTRA_COLUMN);
    assertThat(CsvTables.reader().with(ReadOptions.lenient()).read(dir)).isEqualTo(graph);
  }

  @Test
  void aStrictReadGoesOnPastAnUnknownColumnToReportTheRows() throws Exception {
    tables("id,kind,name.en,actorType,Notes\nactor:ken,actor,Kenya,nation,x\n", RELATION_HEADER);
    assertThat(problems(ReadOptions.defaults()))
        .extracting(p -> p.code().code() + " " + p.location().pointer().orElse(""))
        .containsExactly("extra-column row 1, column 5 \"Notes\"", "unknown-code row 2, column \"actorType\"");
  }

  @Test
  void structuralProblems() throws Exception {
    tables("id,kind,name.en\n", "from,type\n");
    assertThat(problems(ReadOptions.defaults()))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.MISSING_COLUMN);

    tables("id,kind,name.en,name.en\n", RELATION_HEADER);
    assertThat(problems(ReadOptions.defaults())).extracting(Problem::code).containsExactly(ProblemCode.DUPLICATE_KEY);

    tables("id,kind,name.en\nactor:ken,actor,Kenya,extra\n", RELATION_HEADER);
    assertThat(problems(ReadOptions.defaults())).extracting(Problem::code).containsExactly(ProblemCode.SYNTAX);

    tables("id,kind,name.en\nactor:ken,actor,\"Kenya\n", RELATION_HEADER);
    List<Problem> unclosed = problems(ReadOptions.defaults());
    assertThat(unclosed).extracting(Problem::code).containsExactly(ProblemCode.SYNTAX);
    assertThat(unclosed.get(0).message()).doesNotContain("jackson").doesNotContain("Exception");

    tables("", RELATION_HEADER);
    assertThat(problems(ReadOptions.defaults())).extracting(Problem::code).containsExactly(ProblemCode.EMPTY_INPUT);
  }

  @Test
  void limitsOfTheReadOptionsApply() throws Exception {
    tables("id,kind,name.en,actorType\nactor:ken,actor," + "K".repeat(5000) + ",country\n", RELATION_HEADER);
    assertThat(problems(ReadOptions.defaults().withLimits(ReadLimits.builder().maxStringLength(1000).build())))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.LIMIT_EXCEEDED);
  }

  @Test
  void aByteOrderMarkAndMissingTrailingCellsAreAccepted() throws Exception {
    tables("\uFEFFid,kind,name.en,actorType,iso3\nactor:ken,actor,Kenya,country\n", RELATION_HEADER);
    assertThat(CsvTables.reader().read(dir).actors()).singleElement().satisfies(a -> assertThat(a.iso3()).isEmpty());
  }

  @Test
  void requiredCellsOfEachKind() throws Exception {
    tables(
        "id,kind,name.en,initiativeKind,actorType,holder,stance\n"
            + "initiative:i,initiative,I,,,,\n"
            + "actor:a,actor,A,,,,\n"
            + "perspective:p,perspective,P,,,,\n",
        RELATION_HEADER);
    assertThat(problems(ReadOptions.defaults()))
        .extracting(p -> p.code().code() + " " + p.location().pointer().orElse(""))
        .containsExactly(
            "missing-field row 2, column \"initiativeKind\"",
            "missing-field row 3, column \"actorType\"",
            "missing-field row 4, column \"holder\"",
            "missing-field row 4, column \"stance\"");
  }

  @Test
  void nothingIsWrittenHalfway() throws Exception {
    CsvTables.writer().write(ExportFixtures.small(), dir);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("entities.csv", "relations.csv");
    }
    assertThatThrownBy(() -> CsvTables.writer().write(ExportFixtures.small(), dir.resolve("entities.csv").resolve("sub")))
        .isInstanceOf(java.io.UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void theTwoTablesAreReplacedTogetherOrNotAtAll() throws Exception {
    Files.writeString(dir.resolve("entities.csv"), "old entities");
    Files.createDirectories(dir.resolve("relations.csv").resolve("in-the-way"));
    assertThatThrownBy(() -> CsvTables.writer().write(ExportFixtures.small(), dir))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class)
        .hasMessageContaining("relations.csv is a directory")
        .hasMessageContaining("no file was replaced");
    assertThat(Files.readString(dir.resolve("entities.csv"))).isEqualTo("old entities");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("entities.csv", "relations.csv");
    }
  }
}
