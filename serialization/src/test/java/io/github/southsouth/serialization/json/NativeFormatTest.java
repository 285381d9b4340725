package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.testing.SilentStreams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class NativeFormatTest {

  @TempDir Path dir;

  private static CooperationGraph read(String text, Syntax syntax) {
    return NativeFormat.reader()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test", syntax);
  }

  @Test
  void roundTripsInEverySyntax() throws Exception {
    CooperationGraph graph = Fixtures.graph();
    for (Syntax syntax : Syntax.values()) {
      String text = NativeFormat.writer().writeToString(graph, syntax);
      assertThat(read(text, syntax)).as(syntax.toString()).isEqualTo(graph);
      assertThat(text).endsWith("\n").doesNotContain("\r");
    }
    String compact = NativeFormat.writer().withPretty(false).writeToString(graph, Syntax.JSON);
    assertThat(compact.trim()).doesNotContain("\n");
    assertThat(read(compact, Syntax.JSON)).isEqualTo(graph);
  }

  @Test
  void writesCanonicalPrettyJson() {
    String json = NativeFormat.writer().writeToString(Fixtures.graph(), Syntax.JSON);
    assertThat(json).startsWith("{\n  \"format\": \"southsouth\",\n  \"formatVersion\": 1,\n  \"dataset\": {\n");
    // entities sorted by id: actor:chn, actor:ken, initiative:sgr, principle:..., source:essay
    assertThat(json.indexOf("\"actor:chn\"")).isLessThan(json.indexOf("\"actor:ken\""));
    assertThat(json.indexOf("\"id\": \"initiative:sgr\"")).isLessThan(json.indexOf("\"id\": \"source:essay\""));
    assertThat(json).contains("\"amount\": \"2107563004.50\"", "\"basis\": \"constant-2021\"", "\"zh-Hans\": \"蒙内铁路\"");
  }

  @Test
  void writesReadableYaml() {
    String yaml = NativeFormat.writer().writeToString(Fixtures.graph(), Syntax.YAML);
    assertThat(yaml).startsWith("format: southsouth\nformatVersion: 1\n");
    assertThat(yaml).contains("m49: \"404\"").contains("version: \"2026.11\"");
  }

  @Test
  void writesJsonLinesWithHeaderAndOneRecordPerLine() {
    String lines = NativeFormat.writer().writeToString(Fixtures.graph(), Syntax.JSON_LINES);
    List<String> split = lines.lines().toList();
    assertThat(split.get(0)).startsWith("{\"format\":\"southsouth\",\"formatVersion\":1,\"dataset\":{");
    assertThat(split).hasSize(1 + 5 + 3);
    assertThat(split.get(1)).startsWith("{\"entity\":{\"id\":\"actor:chn\"");
    assertThat(split.get(8)).startsWith("{\"relation\":{");
  }

  @Test
  void sameGraphSameBytesWhateverTheOrderOfAddition() {
    CooperationGraph graph = Fixtures.graph();
    CooperationGraph.Builder reversed = CooperationGraph.builder().info(graph.info());
    List<Entity> entities = new ArrayList<>(graph.entities());
    java.util.Collections.reverse(entities);
    reversed.addEntities(entities);
    List<io.github.southsouth.model.Relation> relations = new ArrayList<>(graph.relations());
    java.util.Collections.reverse(relations);
    reversed.addRelations(relations);
    for (Syntax syntax : Syntax.values()) {
      assertThat(NativeFormat.writer().toBytes(reversed.build(), syntax))
          .isEqualTo(NativeFormat.writer().toBytes(graph, syntax));
    }
  }

  @Test
  void readsSeveralFilesIntoOneGraph() throws Exception {
    CooperationGraph graph = Fixtures.graph();
    // split: metadata and sources in one file, the rest in two others, mixed syntaxes
    CooperationGraph.Builder a = CooperationGraph.builder().info(graph.info());
    CooperationGraph.Builder b = CooperationGraph.builder();
    CooperationGraph.Builder c = CooperationGraph.builder();
    Files.writeString(dir.resolve("a.yaml"),
        "format: southsouth\nformatVersion: 1\ndataset:\n  title: {en: Test data, zh-Hans: 测试}\n  version: \"2026.11\"\n"
            + "  license: CC-BY-4.0\n  sources: [\"source:essay\"]\nentities:\n"
            + "  - {id: \"source:essay\", name: {en: South-South Cooperation}, sourceKind: essay}\n");
    String all = NativeFormat.writer().writeToString(graph, Syntax.JSON);
    assertThat(a).isNotNull();
    assertThat(b).isNotNull();
    assertThat(c).isNotNull();
    // b.json: everything but the source and metadata, as JSON Lines
    StringBuilder jsonl = new StringBuilder("{\"format\":\"southsouth\",\"formatVersion\":1}\n");
    String graphLines = NativeFormat.writer().writeToString(graph, Syntax.JSON_LINES);
    graphLines.lines().skip(1).filter(l -> !l.contains("\"id\":\"source:essay\"")).forEach(l -> jsonl.append(l).append('\n'));
    Files.writeString(dir.resolve("b.jsonl"), jsonl);
    CooperationGraph read = NativeFormat.reader().read(List.of(dir.resolve("a.yaml"), dir.resolve("b.jsonl")));
    assertThat(read).isEqualTo(graph);
    assertThat(all).contains("source:essay");
  }

  @Test
  void secondDatasetMetadataIsAnError() throws Exception {
    String doc = "format: southsouth\nformatVersion: 1\ndataset:\n  version: \"1\"\n";
    Files.writeString(dir.resolve("a.yaml"), doc);
    Files.writeString(dir.resolve("b.yml"), doc);
    assertThatThrownBy(() -> NativeFormat.reader().read(List.of(dir.resolve("a.yaml"), dir.resolve("b.yml"))))
        .isInstanceOfSatisfying(ModelReadException.class, e -> {
          assertThat(e.report().errors()).hasSize(1);
          assertThat(e.report().errors().get(0).code()).isEqualTo(ProblemCode.INVALID_VALUE);
          assertThat(e.report().errors().get(0).toString()).startsWith(dir.resolve("b.yml") + ":4:3: invalid-value dataset metadata is given a second time");
        });
  }

  @Test
  void writesFilesAtomically() throws Exception {
    Path file = dir.resolve("graph.yaml");
    NativeFormat.writer().write(Fixtures.graph(), file);
    byte[] before = Files.readAllBytes(file);
    assertThat(NativeFormat.reader().read(file)).isEqualTo(Fixtures.graph());
    // a failure part-way (here: the syntax is refused after the temp file was opened) keeps the old file
    assertThatThrownBy(
            () -> io.github.southsouth.serialization.internal.AtomicFiles.write(file, out -> {
              out.write("half".getBytes(StandardCharsets.UTF_8));
              throw new IOException("disk full");
            }))
        .hasMessage("disk full");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("graph.yaml");
    }
    // a writer failing mid-stream leaves the target as it was
    OutputStream failing = new OutputStream() {
      int count;
      @Override public void write(int b) throws IOException {
        if (++count > 100) {
          throw new IOException("broken pipe");
        }
      }
    };
    assertThatThrownBy(() -> NativeFormat.writer().write(Fixtures.graph(), failing, Syntax.JSON))
        .isInstanceOf(java.io.UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void missingFileIsALocatedIoError() {
    Path missing = dir.resolve("none.json");
    assertThatThrownBy(() -> NativeFormat.reader().read(missing))
        .isInstanceOfSatisfying(ModelReadException.class, e ->
            assertThat(e.report().errors().get(0).toString()).isEqualTo(missing + ": io-error the file does not exist"));
  }

  @Test
  void unknownExtensionIsRefusedBeforeReading() {
    assertThatThrownBy(() -> NativeFormat.reader().read(dir.resolve("data.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".json, .yaml, .yml or .jsonl");
  }

  @Test
  void streamsJsonLinesRecordsWithoutAGraph() throws Exception {
    Path file = dir.resolve("g.jsonl");
    NativeFormat.writer().write(Fixtures.graph(), file);
    try (JsonLinesReader records = NativeFormat.reader().records(file)) {
      assertThat(records.header()).isEqualTo(Fixtures.graph().info());
      List<JsonLinesRecord> all = records.stream().toList();
      assertThat(all).hasSize(8);
      assertThat(all.get(0).entity()).contains(Fixtures.graph().entities().get(0));
      assertThat(all.get(0).location().line()).hasValue(2);
      assertThat(all.get(7).relation()).isPresent();
    }
  }
}
