package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.serialization.diagram.DiagramFormat;
import io.github.southsouth.serialization.diagram.DiagramOptions;
import io.github.southsouth.serialization.diagram.Diagrams;
import io.github.southsouth.serialization.jsonld.JsonLdWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The formats the command line reads and writes, each named by a short code ({@code --from},
 * {@code --to}, {@code --format}) and by file extensions. A new output format is one constant
 * here: its code, its extensions, and how to write a graph to a stream and, atomically, to a file.
 */
enum Format {
  /** The native format as JSON. */
  JSON("json", true, List.of(".json"),
      (g, out, s) -> NativeFormat.writer().withPretty(!s.compact()).write(g, out, Syntax.JSON),
      (g, file, s) -> NativeFormat.writer().withPretty(!s.compact()).write(g, file, Syntax.JSON)),
  /** The native format as YAML. */
  YAML("yaml", true, List.of(".yaml", ".yml"),
      (g, out, s) -> NativeFormat.writer().write(g, out, Syntax.YAML),
      (g, file, s) -> NativeFormat.writer().write(g, file, Syntax.YAML)),
  /** The native format as JSON Lines. */
  JSON_LINES("jsonl", true, List.of(".jsonl"),
      (g, out, s) -> NativeFormat.writer().write(g, out, Syntax.JSON_LINES),
      (g, file, s) -> NativeFormat.writer().write(g, file, Syntax.JSON_LINES)),
  /** JSON-LD 1.1 (SKOS, schema.org, PROV-O); written only. */
  JSONLD("jsonld", false, List.of(".jsonld"),
      (g, out, s) -> JsonLdWriter.defaults().write(g, out),
      (g, file, s) -> JsonLdWriter.defaults().write(g, file)),
  /** Two CSV tables, entities.csv and relations.csv, in a directory; read and written. */
  CSV("csv", true, List.of(),
      null,
      (g, dir, s) -> CsvTables.writer().write(g, dir)),
  /** A Graphviz DOT picture; written only. */
  DOT("dot", false, List.of(".dot", ".gv"),
      (g, out, s) -> Diagrams.writer(DiagramFormat.DOT).with(s.diagram()).write(g, out),
      (g, file, s) -> Diagrams.writer(DiagramFormat.DOT).with(s.diagram()).write(g, file)),
  /** A Mermaid flowchart; written only. */
  MERMAID("mermaid", false, List.of(".mmd", ".mermaid"),
      (g, out, s) -> Diagrams.writer(DiagramFormat.MERMAID).with(s.diagram()).write(g, out),
      (g, file, s) -> Diagrams.writer(DiagramFormat.MERMAID).with(s.diagram()).write(g, file)),
  /** GraphML, for Gephi, yEd and networkx; written only. */
  GRAPHML("graphml", false, List.of(".graphml"),
      (g, out, s) -> Diagrams.writer(DiagramFormat.GRAPHML).with(s.diagram()).write(g, out),
      (g, file, s) -> Diagrams.writer(DiagramFormat.GRAPHML).with(s.diagram()).write(g, file));

  /**
   * Settings a writer may use: compact JSON, and for pictures the label languages and the
   * neighbourhood to draw.
   */
  record Settings(boolean compact, List<String> languages, Optional<EntityId> around, int hops) {
    static final Settings DEFAULT = new Settings(false, List.of("en"), Optional.empty(), 1);

    /** Settings for data formats: compact JSON or not, pictures drawn whole in English. */
    Settings(boolean compact) {
      this(compact, DEFAULT.languages(), Optional.empty(), 1);
    }

    /** The diagram options these settings describe. */
    DiagramOptions diagram() {
      DiagramOptions.Builder options = DiagramOptions.builder().languages(languages.toArray(new String[0]));
      around.ifPresent(centre -> options.around(centre, hops));
      return options.build();
    }
  }

  /** Tells whether this format is a picture, which draws a neighbourhood itself. */
  boolean isDiagram() {
    return this == DOT || this == MERMAID || this == GRAPHML;
  }

  /** Writes a graph to a stream, flushing, not closing it. */
  @FunctionalInterface
  interface StreamWriter {
    void write(CooperationGraph graph, OutputStream out, Settings settings) throws IOException;
  }

  /** Writes a graph to a file (or a directory) atomically. */
  @FunctionalInterface
  interface FileWriter {
    void write(CooperationGraph graph, Path target, Settings settings) throws IOException;
  }

  private final String code;
  private final boolean readable;
  private final List<String> extensions;
  private final StreamWriter toStream;
  private final FileWriter toFile;

  Format(String code, boolean readable, List<String> extensions, StreamWriter toStream, FileWriter toFile) {
    this.code = code;
    this.readable = readable;
    this.extensions = extensions;
    this.toStream = toStream;
    this.toFile = toFile;
  }

  /** Returns the short name, as on the command line. */
  String code() {
    return code;
  }

  boolean isReadable() {
    return readable;
  }

  /** The native syntax of this format, if it is the native format. */
  Optional<Syntax> syntax() {
    switch (this) {
      case JSON:
        return Optional.of(Syntax.JSON);
      case YAML:
        return Optional.of(Syntax.YAML);
      case JSON_LINES:
        return Optional.of(Syntax.JSON_LINES);
      default:
        return Optional.empty();
    }
  }

  /** Tells whether this format is a directory of files rather than one file. */
  boolean isDirectory() {
    return this == CSV;
  }

  boolean canWriteToStream() {
    return toStream != null;
  }

  void write(CooperationGraph graph, OutputStream out, Settings settings) throws IOException {
    try {
      toStream.write(graph, out, settings);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // the library's writers throw unchecked; the commands report the cause
    }
  }

  void write(CooperationGraph graph, Path target, Settings settings) throws IOException {
    try {
      toFile.write(graph, target, settings);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Returns the format a path names: by its extension, or CSV for a directory (an existing one,
   * one written with a trailing slash, or a file named entities.csv or relations.csv, which
   * stands for its directory).
   */
  static Optional<Format> of(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith("/") || name.endsWith(java.io.File.separator) || Files.isDirectory(Path.of(path))
        || name.endsWith(CsvTables.ENTITIES) || name.endsWith(CsvTables.RELATIONS)) {
      return Optional.of(CSV);
    }
    for (Format format : values()) {
      for (String extension : format.extensions) {
        if (name.endsWith(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the format of a code, e.g. {@code yaml}, also by one of its extensions. */
  static Optional<Format> ofCode(String code) {
    String text = code.trim().toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      if (format.code.equals(text) || format.extensions.contains("." + text)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Describes the accepted names, for error messages. */
  static String describe(boolean forReading) {
    List<String> names = new ArrayList<>();
    for (Format format : values()) {
      if (forReading && !format.readable) {
        continue;
      }
      names.addAll(format.extensions);
    }
    return String.join(", ", names) + " or a directory of CSV tables";
  }

  /** Converts {@code --from}, {@code --to} and {@code --format} values. */
  static final class Converter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return ofCode(value)
          .orElseThrow(() -> new CommandLine.TypeConversionException(
              "unknown format '" + value + "': expected one of " + String.join(", ", new Candidates())));
    }
  }

  /** The format codes, for help texts. */
  static final class Candidates extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Candidates() {
      for (Format format : values()) {
        add(format.code);
      }
    }
  }
}
