package io.github.southsouth.serialization.diagram;

import static io.github.southsouth.serialization.ExportFixtures.BRI;
import static io.github.southsouth.serialization.ExportFixtures.NON_CONDITIONALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.serialization.ExportFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramsTest {

  private final CooperationGraph graph = ExportFixtures.small();

  static String golden(String name) throws IOException {
    try (InputStream in = DiagramsTest.class.getResourceAsStream("/golden/mermaid/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void mermaidOfTheWholeFixtureMatchesItsGoldenFile() throws IOException {
    assertThat(Diagrams.writer(DiagramFormat.MERMAID).writeToString(graph)).isEqualTo(golden("small.mmd"));
  }

  @Test
  void mermaidOfANeighbourhoodInChineseMatchesItsGoldenFile() throws IOException {
    DiagramOptions options = DiagramOptions.builder().around(NON_CONDITIONALITY, 2).languages("zh-Hans").build();
    assertThat(Diagrams.writer(DiagramFormat.MERMAID).with(options).writeToString(graph)).isEqualTo(golden("non-conditionality-2-hops-zh-Hans.mmd"));
  }

  @Test
  void labelsAreEscapedForEachSyntax() {
    String label = "a \"q\" \\ #1 <b> & `c`\nnext\r\u0001";
    assertThat(Diagrams.dotEscape(label)).isEqualTo("a \\\"q\\\" \\\\ #1 <b> & `c`\\nnext ");
    assertThat(Diagrams.mermaidEscape(label)).isEqualTo("a #quot;q#quot; \\ #35;1 #lt;b#gt; #amp; #96;c#96;<br>next ");
    assertThat(Diagrams.xmlSafe("ok\u0001\uFFFE互😀")).isEqualTo("ok\uFFFD\uFFFD互😀");
    assertThat(Diagrams.writer(DiagramFormat.MERMAID).writeToString(graph))
        .contains("n7[\"Mombasa–Nairobi #quot;SGR#quot; railway<br>(Kenya)\"]");
    assertThat(Diagrams.writer(DiagramFormat.DOT).writeToString(graph))
        .contains("[label=\"Mombasa–Nairobi \\\"SGR\\\" railway\\n(Kenya)\"");
  }

  @Test
  void neighbourhoodFollowsRelationsBothWaysUpToTheHops() {
    assertThat(ids(DiagramOptions.builder().around(NON_CONDITIONALITY, 0).build())).containsExactly(NON_CONDITIONALITY);
    assertThat(ids(DiagramOptions.builder().around(NON_CONDITIONALITY, 1).build())).containsExactly(BRI, NON_CONDITIONALITY);
    assertThat(ids(DiagramOptions.builder().around(NON_CONDITIONALITY, 2).build()))
        .extracting(EntityId::toString)
        .containsExactly(
            "goal:shared-development", "initiative:belt-and-road", "initiative:mombasa-nairobi-sgr",
            "perspective:aiddata-hidden-debt", "principle:mutual-benefit", "principle:non-conditionality");
    assertThat(ids(DiagramOptions.builder().around(NON_CONDITIONALITY, 9).build())).hasSize(graph.entityCount() - 1); // the essay is cited, not related
  }

  @Test
  void filtersChooseASubgraph() {
    DiagramOptions noActors = DiagramOptions.builder().entities(e -> e.kind() != Kind.ACTOR).build();
    Diagrams.Selection selection = Diagrams.select(graph, noActors);
    assertThat(selection.entities).noneMatch(e -> e.kind() == Kind.ACTOR).hasSize(8);
    assertThat(selection.relations).noneMatch(r -> r.from().kind() == Kind.ACTOR || r.to().kind() == Kind.ACTOR);

    DiagramOptions onlyEmbodies =
        DiagramOptions.builder().around(BRI, 3).relations(r -> r.type() == RelationType.EMBODIES).build();
    assertThat(ids(onlyEmbodies)).extracting(EntityId::toString)
        .containsExactly("initiative:belt-and-road", "principle:mutual-benefit", "principle:non-conditionality");
  }

  @Test
  void anUnknownCentreIsRefused() {
    DiagramOptions options = DiagramOptions.builder().around(EntityId.parse("actor:nowhere"), 1).build();
    assertThatThrownBy(() -> Diagrams.writer(DiagramFormat.DOT).with(options).writeToString(graph))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor:nowhere");
    assertThatThrownBy(() -> DiagramOptions.builder().around(BRI, -1)).hasMessageContaining("hops");
  }

  @Test
  void formatsFromFileNamesAndAtomicWrites(@TempDir Path dir) throws IOException {
    assertThat(DiagramFormat.forFileName("out/BRI.DOT")).contains(DiagramFormat.DOT);
    assertThat(DiagramFormat.forFileName("a.mmd")).contains(DiagramFormat.MERMAID);
    assertThat(DiagramFormat.forFileName("a.graphml")).contains(DiagramFormat.GRAPHML);
    assertThat(DiagramFormat.forFileName("a.svg")).isEmpty();
    for (DiagramFormat format : DiagramFormat.values()) {
      Path file = dir.resolve("g." + format.extension());
      Diagrams.writer(format).write(graph, file);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Diagrams.writer(format).writeToString(graph));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(3);
    }
  }

  private List<EntityId> ids(DiagramOptions options) {
    return Diagrams.select(graph, options).entities.stream().map(e -> e.id()).collect(java.util.stream.Collectors.toList());
  }
}
