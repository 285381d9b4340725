package io.github.southsouth.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.csv.CsvTablesWriter;
import io.github.southsouth.serialization.diagram.DiagramFormat;
import io.github.southsouth.serialization.diagram.DiagramOptions;
import io.github.southsouth.serialization.diagram.DiagramWriter;
import io.github.southsouth.serialization.diagram.Diagrams;
import io.github.southsouth.serialization.json.JsonLinesWriter;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeWriter;
import io.github.southsouth.serialization.jsonld.JsonLdWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer has one shape: an immutable object configured by {@code with...} methods, writing a
 * graph to a path and to a stream, failing with unchecked exceptions only.
 */
class WritersTest {

  private static final List<Class<?>> WRITERS =
      List.of(NativeWriter.class, JsonLinesWriter.class, JsonLdWriter.class, CsvTablesWriter.class, DiagramWriter.class);

  private static final CooperationGraph GRAPH = ExportFixtures.small();

  @TempDir Path dir;

  @Test
  void noWriterMethodThrowsACheckedException() {
    for (Class<?> writer : WRITERS) {
      for (Method method : writer.getMethods()) {
        if (method.getDeclaringClass() != writer) {
          continue;
        }
        assertThat(Arrays.stream(method.getExceptionTypes()).filter(e -> !RuntimeException.class.isAssignableFrom(e)))
            .as("%s declares a checked exception", method)
            .isEmpty();
      }
    }
  }

  @Test
  void everyGraphWriterWritesToAPathAndHasNoPublicConstructor() throws NoSuchMethodException {
    for (Class<?> writer : List.of(NativeWriter.class, JsonLdWriter.class, CsvTablesWriter.class, DiagramWriter.class)) {
      assertThat(writer.getMethod("write", CooperationGraph.class, Path.class).getReturnType()).isEqualTo(void.class);
      assertThat(writer.getConstructors()).as("%s is made by its format's entry point", writer).isEmpty();
      assertThat(Modifier.isFinal(writer.getModifiers())).isTrue();
    }
    for (Class<?> writer : List.of(JsonLdWriter.class, DiagramWriter.class)) {
      assertThat(writer.getMethod("write", CooperationGraph.class, OutputStream.class).getReturnType()).isEqualTo(void.class);
      assertThat(writer.getMethod("writeToString", CooperationGraph.class).getReturnType()).isEqualTo(String.class);
    }
  }

  @Test
  void theTablesInMemoryAreTheFilesAndEachTableCanGoToAStream() throws IOException {
    CsvTablesWriter writer = CsvTables.writer();
    writer.write(GRAPH, dir);
    assertThat(writer.writeToStrings(GRAPH))
        .containsOnlyKeys(CsvTables.ENTITIES, CsvTables.RELATIONS)
        .containsEntry(CsvTables.ENTITIES, Files.readString(dir.resolve(CsvTables.ENTITIES), StandardCharsets.UTF_8))
        .containsEntry(CsvTables.RELATIONS, Files.readString(dir.resolve(CsvTables.RELATIONS), StandardCharsets.UTF_8));
    ByteArrayOutputStream relations = new ByteArrayOutputStream();
    writer.writeRelations(GRAPH, relations);
    assertThat(relations.toString(StandardCharsets.UTF_8)).isEqualTo(writer.writeToStrings(GRAPH).get(CsvTables.RELATIONS));
    assertThat(CsvTables.reader().read(dir)).isNotNull();
  }

  @Test
  void aDiagramWriterIsConfiguredByCopiesAndWritesTheSameTextEverywhere() throws IOException {
    DiagramWriter dot = Diagrams.writer(DiagramFormat.DOT);
    DiagramOptions chinese = DiagramOptions.builder().languages("zh-Hans").build();
    DiagramWriter mermaid = dot.with(DiagramFormat.MERMAID).with(chinese);
    assertThat(dot.format()).isEqualTo(DiagramFormat.DOT);
    assertThat(dot.options()).isSameAs(DiagramOptions.defaults());
    assertThat(mermaid.format()).isEqualTo(DiagramFormat.MERMAID);
    assertThat(mermaid.options()).isSameAs(chinese);
    assertThat(dot.writeToString(GRAPH)).startsWith("digraph southsouth {");
    assertThat(mermaid.writeToString(GRAPH)).startsWith("flowchart LR");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mermaid.write(GRAPH, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(mermaid.writeToString(GRAPH));
  }

  @Test
  void aJsonLdWriterIsConfiguredByCopies() {
    JsonLdWriter defaults = JsonLdWriter.defaults();
    JsonLdWriter custom = defaults.withBase("https://example.org/id/").withEmbeddedContext(false).withPretty(false);
    assertThat(defaults.base()).isEqualTo(JsonLdWriter.DEFAULT_BASE);
    assertThat(defaults.embedsContext()).isTrue();
    assertThat(defaults.isPretty()).isTrue();
    assertThat(custom.base()).isEqualTo("https://example.org/id/");
    assertThat(custom.embedsContext()).isFalse();
    assertThat(custom.isPretty()).isFalse();
    assertThat(custom.writeToString(GRAPH)).doesNotContain("\n  ").contains("\"@context\":\"" + JsonLdWriter.CONTEXT_IRI + "\"");
  }

  @Test
  void theNativeWriterIsPrettyUnlessToldOtherwise() {
    NativeWriter writer = NativeFormat.writer();
    assertThat(writer.isPretty()).isTrue();
    assertThat(writer.withPretty(false).isPretty()).isFalse();
    assertThat(writer.withPretty(false).withPretty(true)).isSameAs(writer);
  }

  @Test
  void aJsonLinesWriterReportsAFailingStreamUnchecked() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(
            () -> {
              try (JsonLinesWriter lines = NativeFormat.writer().jsonLines(failing, DatasetInfo.empty())) {
                GRAPH.entities().forEach(lines::write);
              }
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }
}
