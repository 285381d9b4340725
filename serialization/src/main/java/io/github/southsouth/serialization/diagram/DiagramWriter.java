package io.github.southsouth.serialization.diagram;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.internal.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Draws a graph in one {@linkplain DiagramFormat format} with one set of {@linkplain
 * DiagramOptions options}; the formats, styles and escaping are described at {@link Diagrams}.
 * Made by {@link Diagrams#writer(DiagramFormat)} and configured with {@code with(...)}, each of
 * which returns a new writer.
 *
 * <pre>{@code
 * DiagramWriter dot = Diagrams.writer(DiagramFormat.DOT)
 *     .with(DiagramOptions.builder().around(EntityId.parse("principle:non-conditionality"), 2).build());
 * dot.write(graph, Path.of("non-conditionality.dot"));
 * String mermaid = dot.with(DiagramFormat.MERMAID).writeToString(graph);
 * }</pre>
 *
 * <p>Immutable, and thread-safe if the options' predicates are. Drawing is O(n + r) in the
 * entities and relations drawn.
 *
 * @since 0.1.0
 */
public final class DiagramWriter {

  private final DiagramFormat format;
  private final DiagramOptions options;

  DiagramWriter(DiagramFormat format, DiagramOptions options) {
    this.format = format;
    this.options = options;
  }

  /**
   * Returns the format this writer draws.
   *
   * @return the format
   */
  public DiagramFormat format() {
    return format;
  }

  /**
   * Returns what this writer draws and how.
   *
   * @return the options
   */
  public DiagramOptions options() {
    return options;
  }

  /**
   * Returns a writer like this one that draws another format.
   *
   * @param format the format
   * @return the writer
   */
  public DiagramWriter with(DiagramFormat format) {
    checkNotNull(format, "format");
    return new DiagramWriter(format, options);
  }

  /**
   * Returns a writer like this one with other options.
   *
   * @param options what to draw and how
   * @return the writer
   */
  public DiagramWriter with(DiagramOptions options) {
    checkNotNull(options, "options");
    return new DiagramWriter(format, options);
  }

  /**
   * Returns the diagram as text.
   *
   * @param graph the graph
   * @return the text, ending in a newline
   * @throws IllegalArgumentException if the options' centre is not in the graph
   */
  public String writeToString(CooperationGraph graph) {
    checkNotNull(graph, "graph");
    switch (format) {
      case DOT:
        return Diagrams.dot(graph, options);
      case MERMAID:
        return Diagrams.mermaid(graph, options);
      case GRAPHML:
      default:
        return Diagrams.graphml(graph, options);
    }
  }

  /**
   * Writes the diagram to a file as UTF-8, atomically: the file is replaced in one step once
   * complete, or left as it was.
   *
   * @param graph the graph
   * @param file the file to write or replace
   * @throws UncheckedIOException if the file cannot be written
   * @throws IllegalArgumentException if the options' centre is not in the graph
   */
  public void write(CooperationGraph graph, Path file) {
    checkNotNull(graph, "graph");
    checkNotNull(file, "file");
    byte[] bytes = writeToString(graph).getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFiles.write(file, out -> out.write(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the diagram to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param graph the graph
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   * @throws IllegalArgumentException if the options' centre is not in the graph
   */
  public void write(CooperationGraph graph, OutputStream out) {
    checkNotNull(graph, "graph");
    checkNotNull(out, "out");
    byte[] bytes = writeToString(graph).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "DiagramWriter{" + format + "}";
  }
}
