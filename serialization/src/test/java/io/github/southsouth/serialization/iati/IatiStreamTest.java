package io.github.southsouth.serialization.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static io.github.southsouth.serialization.iati.IatiXml.HEAD;
import static io.github.southsouth.serialization.iati.IatiXml.TAIL;
import static io.github.southsouth.serialization.iati.IatiXml.activity;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.CollectingSink;
import io.github.southsouth.serialization.MatchingRules;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.StreamedImport;
import io.github.southsouth.testing.SilentStreams;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed import gives, record for record, the graph of the in-memory import of the same
 * files, with the same warnings and counts; and it fails where the in-memory import fails.
 */
@ExtendWith(SilentStreams.class)
class IatiStreamTest {

  @TempDir Path dir;

  /** Every 2.0x IATI file of the test resources: real publishers' files and the small written ones. */
  static Stream<String> files() throws IOException, URISyntaxException {
    Path root = IatiFilesTest.resource("flattener-canada-activity.xml").getParent();
    List<String> names = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> p.toString().endsWith(".xml") && !p.getFileName().toString().contains("legacy-v1"))
          .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
    }
    names.sort(null);
    assertThat(names).hasSizeGreaterThanOrEqualTo(19);
    return names.stream();
  }

  private static void assertSameAsInMemory(IatiImporter importer, List<Path> files) {
    IatiImport inMemory = importer.readResult(files);
    CollectingSink sink = new CollectingSink();
    StreamedImport streamed = importer.stream(files, sink);
    sink.assertSameAs(streamed, inMemory.graph(), inMemory.warnings(), inMemory.account(), inMemory.summary());
    assertThat(streamed.count("activities")).isEqualTo(inMemory.activities());
    assertThat(streamed.count("skippedActivities")).isEqualTo(inMemory.skippedActivities());
    assertThat(streamed.count("organisations")).isEqualTo(inMemory.organisations());
    assertThat(streamed.count("transactions")).isEqualTo(inMemory.transactions());
  }

  @ParameterizedTest
  @MethodSource("files")
  void eachRealFileStreamsToTheGraphOfTheInMemoryImport(String file) {
    Path path = IatiFilesTest.resource(file);
    assertSameAsInMemory(IatiImporter.reader(ReadOptions.lenient()), List.of(path));
    assertSameAsInMemory(
        IatiImporter.reader(ReadOptions.lenient()).with(ReferenceData.of(MatchingRules.graph())), List.of(path));
  }

  @Test
  void allFilesTogetherStreamToTheGraphOfTheInMemoryImport() throws Exception {
    List<Path> paths = new ArrayList<>();
    files().forEach(f -> paths.add(IatiFilesTest.resource(f)));
    assertSameAsInMemory(IatiImporter.reader(ReadOptions.lenient()), paths);
    assertSameAsInMemory(
        IatiImporter.reader(ReadOptions.lenient()).with(ReferenceData.of(MatchingRules.graph())), paths);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String funder(String ref, String name) {
    return "<participating-org ref=\"" + ref + "\" role=\"1\">"
        + (name.isEmpty() ? "" : "<narrative>" + name + "</narrative>") + "</participating-org>\n";
  }

  private static String disbursement(String providerRef) {
    return "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-01-01\"/>"
        + "<value value-date=\"2020-01-01\">100</value><provider-org ref=\"" + providerRef + "\"/></transaction>\n";
  }

  @Test
  void crossFileWorkIsTheSame() throws Exception {
    // related activities across files (both sides name the link), a sibling outside the import,
    // an organisation named in the second file only, one never named, and an activity given twice
    Path first = write("first.xml", HEAD
        + activity("P-1", "<related-activity ref=\"C-1\" type=\"2\"/>" + funder("XX-LATE", "") + disbursement("XX-LATE"))
        + activity("Q-1", funder("XX-NEVER", "") + disbursement("XX-NEVER") + "<related-activity ref=\"GONE-1\" type=\"3\"/>")
        + TAIL);
    Path second = write("second.xml", HEAD
        + activity("C-1", "<related-activity ref=\"P-1\" type=\"1\"/><related-activity ref=\"C-2\" type=\"3\"/>"
            + funder("XX-LATE", "Named Late Agency"))
        + activity("C-2", "<related-activity ref=\"C-1\" type=\"3\"/>")
        + activity("Q-1", "")
        + TAIL);
    IatiImporter lenient = IatiImporter.reader(ReadOptions.lenient());
    assertSameAsInMemory(lenient, List.of(first, second));
    assertSameAsInMemory(lenient, List.of(second, first));

    CollectingSink sink = new CollectingSink();
    CooperationGraph graph = sink.graph(lenient.stream(List.of(first, second), sink));
    EntityId p1 = EntityId.of(Kind.INITIATIVE, "P-1");
    EntityId c1 = EntityId.of(Kind.INITIATIVE, "C-1");
    assertThat(graph.outgoing(c1, RelationType.PART_OF)).singleElement().satisfies(r -> {
      assertThat(r.to()).isEqualTo(p1);
      assertThat(r.citations()).hasSize(2);
    });
    assertThat(graph.incoming(p1, RelationType.FUNDS)).extracting(Relation::from)
        .containsExactly(EntityId.encode(Kind.ACTOR, "iati-org-XX-LATE"));
    Initiative q1 = graph.get(EntityId.of(Kind.INITIATIVE, "Q-1"), Initiative.class);
    assertThat(q1.attributes()).containsEntry("iati.unnamedOrganisations.funds", "XX-NEVER")
        .containsEntry("iati.relatedActivities.sibling", "GONE-1");
    assertThat(q1.financing()).allSatisfy(f -> assertThat(f.financier()).isEmpty());
    assertThat(sink.entities).filteredOn(e -> e.id().equals(q1.id())).hasSize(1);
  }

  @Test
  void strictFailsBeforeTheSinkGetsAnything() throws Exception {
    Path good = write("good.xml", HEAD + activity("OK-1", "") + TAIL);
    Path bad = write("bad.xml", HEAD + activity("OK-2", "") + activity("BAD-1",
        "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-01-01\"/>"
            + "<value value-date=\"2020-01-01\">lots</value></transaction>") + TAIL);
    CollectingSink sink = new CollectingSink();
    ModelReadException streamed = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader().stream(List.of(good, bad), sink));
    ModelReadException inMemory = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader().read(List.of(good, bad)));

    assertThat(streamed.report()).isEqualTo(inMemory.report());
    assertThat(streamed.report().errors()).first().satisfies(p -> {
      assertThat(p.location().source()).hasValue(bad.toString());
      assertThat(p.location().pointer()).hasValue("/iati-activities/iati-activity[2]/transaction[1]/value");
    });
    assertThat(sink.entities).isEmpty();
    assertThat(sink.relations).isEmpty();

    // lenient: the bad activity is left out, the rest streams as in memory
    assertSameAsInMemory(IatiImporter.reader(ReadOptions.lenient()), List.of(good, bad));
  }

  @Test
  void aBrokenFileFailsInEveryModeWithItsLocation() throws Exception {
    Path good = write("good.xml", HEAD + activity("OK-1", "") + TAIL);
    Path broken = write("broken.xml", HEAD + activity("OK-2", "") + "<iati-activity><iati-identifier>X</iati-identifier>");
    CollectingSink sink = new CollectingSink();
    ModelReadException e = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader(ReadOptions.lenient()).stream(List.of(good, broken), sink));
    assertThat(e.report().errors()).first().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
      assertThat(p.location().source()).hasValue(broken.toString());
      assertThat(p.location().line()).isPresent();
    });
    assertThat(e.report()).isEqualTo(catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader(ReadOptions.lenient()).read(List.of(good, broken))).report());
    assertThat(sink.entities).isEmpty();
  }

  @Test
  void aCycleOfRelatedActivitiesFailsBothWays() throws Exception {
    Path a = write("a.xml", HEAD + activity("A-1", "<related-activity ref=\"B-1\" type=\"1\"/>") + TAIL);
    Path b = write("b.xml", HEAD + activity("B-1", "<related-activity ref=\"A-1\" type=\"1\"/>") + TAIL);
    CollectingSink sink = new CollectingSink();
    ModelReadException streamed = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader(ReadOptions.lenient()).stream(List.of(a, b), sink));
    ModelReadException inMemory = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader(ReadOptions.lenient()).read(List.of(a, b)));
    assertThat(streamed.report().errors()).extracting(Problem::code).containsExactly(ProblemCode.PART_OF_CYCLE);
    assertThat(streamed.report().errors()).extracting(Problem::message)
        .isEqualTo(inMemory.report().errors().stream().map(Problem::message).toList());
    assertThat(sink.entities).isEmpty();
  }

  @Test
  void progressCountsBothPasses() throws Exception {
    Path file = write("one.xml", HEAD + activity("OK-1", "") + activity("OK-2", "") + TAIL);
    List<long[]> calls = new ArrayList<>();
    IatiImporter.reader(ReadOptions.lenient().withProgress((r, b, t) -> calls.add(new long[] {r, b, t})))
        .stream(file, new CollectingSink());
    long[] last = calls.get(calls.size() - 1);
    assertThat(last).containsExactly(4, 2 * Files.size(file), 2 * Files.size(file));
  }

  @Test
  void aSinkFailureReachesTheCallerUnchanged() throws Exception {
    Path file = write("one.xml", HEAD + activity("OK-1", "") + TAIL);
    IllegalStateException full = new IllegalStateException("disk full");
    IllegalStateException thrown = catchThrowableOfType(IllegalStateException.class,
        () -> IatiImporter.reader().stream(file, new RecordSink() {
          @Override
          public void entity(Entity entity) {
            throw full;
          }

          @Override
          public void relation(Relation relation) {
            throw full;
          }
        }));
    assertThat(thrown).isSameAs(full);
  }
}
