package io.github.southsouth.serialization.json;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.serialization.internal.AtomicFiles;
import io.github.southsouth.serialization.json.internal.DatasetInfoCodec;
import io.github.southsouth.serialization.json.internal.EntityCodec;
import io.github.southsouth.serialization.json.internal.RelationCodec;
import io.github.southsouth.serialization.json.internal.Factories;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes a {@link CooperationGraph} as a native document in canonical form: entities sorted by
 * id, relations by (from, type, to, period), object keys in the order of docs/FORMAT.md, text by
 * language tag, UTF-8, {@code \n} line ends and a trailing newline. Equal graphs give identical
 * bytes, so data files diff cleanly. JSON is pretty (two-space indent) unless {@linkplain #withPretty(boolean) compact};
 * YAML is block style; JSON Lines has a header line and one record per line.
 *
 * <p>Files are written atomically: into a temporary file in the same directory, then moved over
 * the target, so a failure leaves the old file as it was.
 *
 * <p>Immutable and thread-safe. Writing is O(size of the output).
 *
 * @since 0.1.0
 */
public final class NativeWriter {

  private static final NativeWriter PRETTY = new NativeWriter(true);
  private static final NativeWriter COMPACT = new NativeWriter(false);

  private final boolean pretty;

  private NativeWriter(boolean pretty) {
    this.pretty = pretty;
  }

  static NativeWriter prettyWriter() {
    return PRETTY;
  }

  /**
   * Returns a writer like this one that writes pretty JSON (true, the default: two-space indent)
   * or compact JSON (false: one line for the whole document). YAML and JSON Lines are the same
   * either way.
   *
   * @param pretty true for pretty JSON
   * @return the writer
   */
  public NativeWriter withPretty(boolean pretty) {
    return pretty ? PRETTY : COMPACT;
  }

  /**
   * Tells whether JSON is written pretty.
   *
   * @return true if pretty
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Writes a graph to a file atomically; the syntax comes from the extension.
   *
   * @param graph the graph
   * @param file a .json, .yaml, .yml or .jsonl file, created or replaced
   * @throws UncheckedIOException if writing fails; the file is then unchanged
   * @throws IllegalArgumentException if the extension names no syntax
   */
  public void write(CooperationGraph graph, Path file) {
    checkNotNull(graph, "graph");
    checkNotNull(file, "file");
    write(graph, file, Syntax.of(file));
  }

  /**
   * Writes a graph to a file atomically.
   *
   * @param graph the graph
   * @param file the file, created or replaced
   * @param syntax the syntax
   * @throws UncheckedIOException if writing fails; the file is then unchanged
   */
  public void write(CooperationGraph graph, Path file, Syntax syntax) {
    checkNotNull(graph, "graph");
    checkNotNull(file, "file");
    checkNotNull(syntax, "syntax");
    try {
      Objects.requireNonNull(graph);
      AtomicFiles.write(file, out -> write(graph, out, syntax));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a graph to a stream, which is flushed but not closed.
   *
   * @param graph the graph
   * @param out the stream
   * @param syntax the syntax
   * @throws UncheckedIOException if writing fails
   */
  public void write(CooperationGraph graph, OutputStream out, Syntax syntax) {
    checkNotNull(graph, "graph");
    checkNotNull(out, "out");
    checkNotNull(syntax, "syntax");
    try {
      OutputStream target = new KeepOpen(out);
      if (syntax == Syntax.JSON_LINES) {
        try (JsonLinesWriter lines = new JsonLinesWriter(target, graph.info())) {
          for (Entity entity : graph.entities()) {
            lines.write(entity);
          }
          for (Relation relation : graph.relations()) {
            lines.write(relation);
          }
        }
        out.flush();
        return;
      }
      try {
        JsonGenerator g;
        if (syntax == Syntax.YAML) {
          g = Factories.yamlWriter().createGenerator(ObjectWriteContext.empty(), target, JsonEncoding.UTF8);
        } else if (pretty) {
          g = Factories.jsonWriter().createGenerator(Factories.prettyContext(), target, JsonEncoding.UTF8);
        } else {
          g = Factories.jsonWriter().createGenerator(ObjectWriteContext.empty(), target, JsonEncoding.UTF8);
        }
        writeDocument(g, graph);
        if (syntax == Syntax.JSON) {
          g.writeRaw('\n');
        }
        g.close();
      } catch (JacksonException e) {
        throw unwrap(e);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a graph as a document to any Jackson generator: the mapping {@code SouthSouthModule}
   * uses for {@code CooperationGraph}.
   *
   * @param g the generator
   * @param graph the graph
   */
  static void writeDocument(JsonGenerator g, CooperationGraph graph) {
    g.writeStartObject();
    g.writeName("format");
    g.writeString("southsouth");
    g.writeName("formatVersion");
    g.writeNumber(NativeFormat.FORMAT_VERSION);
    DatasetInfo info = graph.info();
    if (DatasetInfoCodec.hasContent(info)) {
      g.writeName("dataset");
      DatasetInfoCodec.writeDatasetInfo(g, info);
    }
    if (graph.entityCount() > 0) {
      g.writeName("entities");
      g.writeStartArray();
      for (Entity entity : graph.entities()) {
        EntityCodec.writeEntity(g, entity);
      }
      g.writeEndArray();
    }
    if (graph.relationCount() > 0) {
      g.writeName("relations");
      g.writeStartArray();
      for (Relation relation : graph.relations()) {
        RelationCodec.writeRelation(g, relation);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Returns a graph written in memory.
   *
   * @param graph the graph
   * @param syntax the syntax
   * @return the UTF-8 bytes
   */
  public byte[] toBytes(CooperationGraph graph, Syntax syntax) {
    checkNotNull(graph, "graph");
    checkNotNull(syntax, "syntax");
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(graph, out, syntax); // a ByteArrayOutputStream does not fail
    return out.toByteArray();
  }

  /**
   * Returns a graph written as text; named like {@code JsonLdWriter.writeToString} and Jackson's
   * {@code ObjectWriter.writeValueAsString}, not as an overload of {@code Object.toString}.
   *
   * @param graph the graph
   * @param syntax the syntax
   * @return the document
   */
  public String writeToString(CooperationGraph graph, Syntax syntax) {
    checkNotNull(graph, "graph");
    checkNotNull(syntax, "syntax");
    return new String(toBytes(graph, syntax), StandardCharsets.UTF_8);
  }

  /**
   * Starts a JSON Lines document on a stream, to write records one at a time without holding a
   * graph. The returned writer closes the stream when closed.
   *
   * @param out the stream
   * @param header the dataset metadata of the header line ({@link DatasetInfo#empty()} for none)
   * @return the record writer, after the header line
   * @throws UncheckedIOException if writing the header fails
   */
  public JsonLinesWriter jsonLines(OutputStream out, DatasetInfo header) {
    checkNotNull(out, "out");
    checkNotNull(header, "header");
    return new JsonLinesWriter(out, header);
  }

  static IOException unwrap(JacksonException e) {
    Throwable cause = e.getCause();
    if (cause instanceof IOException) {
      return (IOException) cause;
    }
    return new IOException("writing failed: " + e.getOriginalMessage(), e);
  }

  @Override
  public String toString() {
    return pretty ? "NativeWriter{pretty}" : "NativeWriter{compact}";
  }

  /** Keeps the caller's stream open when a generator closes. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      checkNotNull(b, "b");
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
