package io.github.southsouth.serialization.diagram;

import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats a {@link DiagramWriter} draws, each with its usual file extension.
 *
 * @since 0.1.0
 */
public enum DiagramFormat {
  /** Graphviz DOT, rendered with {@code dot -Tsvg}. */
  DOT("dot"),
  /** A Mermaid {@code flowchart}, rendered by GitHub in Markdown and by the Mermaid tools. */
  MERMAID("mmd"),
  /** GraphML, for Gephi, yEd, Cytoscape and networkx. */
  GRAPHML("graphml");

  private final String extension;

  DiagramFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Returns the usual file extension, without the dot.
   *
   * @return {@code dot}, {@code mmd} or {@code graphml}
   */
  public String extension() {
    return extension;
  }

  /**
   * Returns the format a file name's extension names, in any case: {@code .dot} (or {@code .gv}),
   * {@code .mmd} (or {@code .mermaid}), {@code .graphml}.
   *
   * @param fileName a file name or path
   * @return the format, or empty if the extension is none of these
   */
  public static Optional<DiagramFormat> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".dot") || name.endsWith(".gv")) {
      return Optional.of(DOT);
    }
    if (name.endsWith(".mmd") || name.endsWith(".mermaid")) {
      return Optional.of(MERMAID);
    }
    if (name.endsWith(".graphml")) {
      return Optional.of(GRAPHML);
    }
    return Optional.empty();
  }
}
