package io.github.southsouth.serialization.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.testing.ModelGenerators;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MermaidProperties {

  /** A node line: id, an opening shape, a quoted label without raw quotes or line breaks, the closing shape. */
  private static final Pattern NODE =
      Pattern.compile("  n[0-9]+(\\(\\[|\\{\\{|\\[/|\\(\\(|\\[\\[|\\[\\(|\\[|\\(|>)\"[^\"\\n`<>#&]*(?:(?:#[0-9a-z]+;|<br>)[^\"\\n`<>#&]*)*\"(\\]\\)|\\}\\}|/\\]|\\)\\)|\\]\\]|\\)\\]|\\]|\\))");

  private static final Pattern OTHER =
      Pattern.compile("flowchart LR|  %% [a-z]+:[A-Za-z0-9._~-]+|  n[0-9]+ -->\\|\"[a-z-]+\"\\| n[0-9]+|  classDef [a-z]+ fill:#[0-9a-f]{6},stroke:#555555,color:#000000|  class (n[0-9]+,)*n[0-9]+ [a-z]+");

  @Test
  void everyLineOfEveryGeneratedFlowchartIsWellFormed() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              String mermaid = Diagrams.writer(DiagramFormat.MERMAID).with(DiagramOptions.builder().languages("zh-Hans").build()).writeToString(graph);
              assertThat(mermaid).endsWith("\n");
              int nodes = 0;
              for (String line : mermaid.split("\n")) {
                if (NODE.matcher(line).matches()) {
                  nodes++;
                } else {
                  assertThat(line).matches(OTHER);
                }
              }
              assertThat(nodes).isEqualTo(graph.entityCount());
            });
  }
}
