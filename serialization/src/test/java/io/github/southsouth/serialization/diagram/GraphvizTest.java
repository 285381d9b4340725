package io.github.southsouth.serialization.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.serialization.ExportFixtures;
import io.github.southsouth.testing.ModelGenerators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders DOT output with Graphviz, when {@code dot} is installed; skipped with a message otherwise. */
class GraphvizTest {

  private static String dot;

  @BeforeAll
  static void findGraphviz() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "dot");
      if (Files.isExecutable(candidate)) {
        dot = candidate.toString();
        return;
      }
    }
  }

  private static void requireGraphviz() {
    Assumptions.assumeTrue(
        dot != null,
        "Graphviz is not installed (no 'dot' on the PATH): skipping the rendering tests."
            + " Install it, e.g. apt-get install graphviz, to run them.");
  }

  /** Runs {@code dot -Tsvg} on the text and returns the SVG; fails on a non-zero exit or any warning. */
  static String render(String dotText) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(dot, "-Tsvg").start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(dotText.getBytes(StandardCharsets.UTF_8));
    }
    byte[] svg = process.getInputStream().readAllBytes();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("dot exit code; stderr: %s", errors).isZero();
    assertThat(errors).as("dot's messages").isEmpty();
    return new String(svg, StandardCharsets.UTF_8);
  }

  @Test
  void fixtureRendersToSvgWithItsLabels() throws Exception {
    requireGraphviz();
    CooperationGraph graph = ExportFixtures.small();
    String svg = render(Diagrams.writer(DiagramFormat.DOT).writeToString(graph));
    assertThat(svg).contains("<svg").contains("Non&#45;Conditionality").contains("&quot;SGR&quot; railway").contains("embodies");
    String chinese = render(Diagrams.writer(DiagramFormat.DOT).with(DiagramOptions.builder().languages("zh-Hans").build()).writeToString(graph));
    assertThat(chinese).contains("不附加条件").contains("一带一路");
  }

  @Test
  void everyGeneratedGraphRenders() {
    requireGraphviz();
    qt().withExamples(25).withShrinkCycles(5)
        .forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              try {
                String svg = render(Diagrams.writer(DiagramFormat.DOT).with(DiagramOptions.builder().languages("zh-Hans").build()).writeToString(graph));
                long nodes = svg.split("class=\"node\"", -1).length - 1;
                assertThat(nodes).isEqualTo(graph.entityCount());
                for (Entity entity : graph.entities()) {
                  assertThat(svg).contains("<title>" + entity.id().toString().replace("-", "&#45;") + "</title>");
                }
              } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
              }
            });
  }
}
