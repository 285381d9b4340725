package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.CollectingSink;
import io.github.southsouth.serialization.MatchingRules;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.StreamedImport;
import io.github.southsouth.testing.SilentStreams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed AidData import gives, record for record, the graph of the in-memory import of the
 * same files, with the same warnings and counts; and it fails where the in-memory import fails.
 */
@ExtendWith(SilentStreams.class)
class AidDataStreamTest {

  @TempDir Path dir;

  private static final String ADM1 = "gcdf3_adm1_locations_KEN_PAK.csv";

  private static void assertSameAsInMemory(AidDataImporter importer, List<Path> files) {
    AidDataImport inMemory = importer.readResult(files);
    CollectingSink sink = new CollectingSink();
    StreamedImport streamed = importer.stream(files, sink);
    sink.assertSameAs(streamed, inMemory.graph(), inMemory.warnings(), inMemory.account(), inMemory.summary());
    assertThat(streamed.count("recordsImported")).isEqualTo(inMemory.recordsImported());
    assertThat(streamed.count("locationRowsLinked")).isEqualTo(inMemory.locationRowsLinked());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gcdf3_malaysia_projects.csv", "gcdf3_ports_projects.csv", "written/gcdf3_collateral.csv",
      "written/gcdf3_numbers.csv", "written/gcdf3_recommended_no.csv"})
  void eachFileStreamsToTheGraphOfTheInMemoryImport(String file) {
    Path path = GcdfCsv.resource(file);
    assertSameAsInMemory(AidDataImporter.reader(ReadOptions.lenient()), List.of(path));
    assertSameAsInMemory(
        AidDataImporter.reader(ReadOptions.lenient()).with(ReferenceData.of(MatchingRules.graph())), List.of(path));
  }

  @Test
  void projectTablesWithTheirLocationsStreamToTheGraphOfTheInMemoryImport() throws Exception {
    Map<String, String> garissa = GcdfCsv.row("47008", "Garissa solar power plant (synthetic test row)");
    Map<String, String> phase1 = GcdfCsv.row("31777", "Mombasa-Nairobi railway, phase 1 (synthetic test row)");
    Map<String, String> phase2 = GcdfCsv.row("47025", "Nairobi-Naivasha railway, phase 2A (synthetic test row)");
    phase2.put("AidData Parent ID", "31777");
    Path kenya = dir.resolve("kenya.csv");
    Files.writeString(kenya, GcdfCsv.write(GcdfCsv.header(), List.of(garissa, phase1, phase2)), StandardCharsets.UTF_8);
    List<Path> files = List.of(GcdfCsv.resource(ADM1), kenya, GcdfCsv.resource("gcdf3_malaysia_projects.csv"),
        GcdfCsv.resource("gcdf3_ports_projects.csv"));
    assertSameAsInMemory(AidDataImporter.reader(), files);
    assertSameAsInMemory(AidDataImporter.reader().with(ReferenceData.of(MatchingRules.graph())), files);

    CollectingSink sink = new CollectingSink();
    var graph = sink.graph(AidDataImporter.reader().stream(files, sink));
    assertThat(graph.outgoing(EntityId.of(Kind.INITIATIVE, "aiddata-47025"), RelationType.PART_OF))
        .singleElement().satisfies(r -> assertThat(r.to()).isEqualTo(EntityId.of(Kind.INITIATIVE, "aiddata-31777")));
    assertThat(graph.outgoing(EntityId.of(Kind.INITIATIVE, "aiddata-47008"), RelationType.BENEFITS)).isNotEmpty();
  }

  @Test
  void strictFailsWithTheLocatedProblemAndLenientSkipsTheRow() throws Exception {
    Map<String, String> good = GcdfCsv.row("900001", "A good synthetic row");
    Map<String, String> bad = GcdfCsv.row("900002", "A synthetic row with a broken amount");
    bad.put("Amount (Constant USD 2021)", "twelve");
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, GcdfCsv.write(GcdfCsv.header(), List.of(good, bad)), StandardCharsets.UTF_8);

    ModelReadException streamed = catchThrowableOfType(ModelReadException.class,
        () -> AidDataImporter.reader().stream(file, new CollectingSink()));
    ModelReadException inMemory = catchThrowableOfType(ModelReadException.class,
        () -> AidDataImporter.reader().read(file));
    assertThat(streamed.report()).isEqualTo(inMemory.report());
    assertThat(streamed.report().errors()).first().satisfies(p -> {
      assertThat(p.location().source()).hasValue(file.toString());
      assertThat(p.location().line()).hasValue(3);
    });

    assertSameAsInMemory(AidDataImporter.reader(ReadOptions.lenient()), List.of(file));
  }

  @Test
  void aBrokenFileFailsLenientToo() throws Exception {
    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, "name,amount\nx,1\n", StandardCharsets.UTF_8);
    List<Path> files = List.of(GcdfCsv.resource("gcdf3_ports_projects.csv"), broken);
    ModelReadException streamed = catchThrowableOfType(ModelReadException.class,
        () -> AidDataImporter.reader(ReadOptions.lenient()).stream(files, new CollectingSink()));
    ModelReadException inMemory = catchThrowableOfType(ModelReadException.class,
        () -> AidDataImporter.reader(ReadOptions.lenient()).read(files));
    assertThat(streamed.report()).isEqualTo(inMemory.report());
    assertThat(streamed.report().errors()).extracting(Problem::code).containsExactly(ProblemCode.MISSING_COLUMN);
  }

  @Test
  void aCycleOfParentsFailsBothWays() throws Exception {
    Map<String, String> a = GcdfCsv.row("900011", "Synthetic row A");
    a.put("AidData Parent ID", "900012");
    Map<String, String> b = GcdfCsv.row("900012", "Synthetic row B");
    b.put("AidData Parent ID", "900011");
    Path file = dir.resolve("cycle.csv");
    Files.writeString(file, GcdfCsv.write(GcdfCsv.header(), List.of(a, b)), StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    ModelReadException streamed = catchThrowableOfType(ModelReadException.class,
        () -> AidDataImporter.reader(ReadOptions.lenient()).stream(file, sink));
    ModelReadException inMemory = catchThrowableOfType(ModelReadException.class,
        () -> AidDataImporter.reader(ReadOptions.lenient()).read(file));
    assertThat(streamed.report()).isEqualTo(inMemory.report());
    assertThat(streamed.report().errors()).extracting(Problem::code).containsExactly(ProblemCode.PART_OF_CYCLE);
  }
}
