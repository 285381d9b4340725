package io.github.southsouth.serialization.json;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.ReadResult;
import io.github.southsouth.serialization.json.internal.DocumentReader;
import io.github.southsouth.serialization.json.internal.GraphAssembler;
import io.github.southsouth.serialization.json.internal.JsonLinesSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads native southsouth documents — JSON, YAML or JSON Lines — into a {@link CooperationGraph}.
 * Several files read together make one graph (a dataset may be split across documents, at most one
 * of which carries {@code dataset:} metadata); references are resolved across all of them.
 *
 * <p>A read either returns a valid graph or throws {@link ModelReadException} with every problem
 * found, each located by file, line, column and JSON Pointer: syntax errors, limits on untrusted
 * input, wrong types, unknown fields and codes, malformed values, and every rule of the graph
 * (dangling references, relation kinds, cycles, shares), which is reported where the entity or
 * relation concerned was read. Nothing is half-loaded. In lenient mode unknown fields are warnings,
 * returned with the graph by the {@code readResult} methods; a value that cannot be read is an error
 * in both modes ({@link io.github.southsouth.serialization.ProblemKind#INVALID}). After a problem
 * that stops reading ({@link io.github.southsouth.serialization.ProblemKind#FATAL}: the syntax, a
 * limit, unsafe content, not a southsouth document or not its version, an input that cannot be
 * opened) the graph's rules are not checked, since what was read is incomplete.
 *
 * <p>Immutable and thread-safe: one reader may serve many reads at once. Each read creates its own
 * parser factory with the limits of the reader's {@link ReadOptions}. Reading is O(size of the
 * input) plus the graph's validation, O(n + r log r).
 *
 * @since 0.1.0
 */
public final class NativeReader {

  /**
   * How many YAML aliases a read reports, unless set: {@value}. The native format uses no anchors
   * or aliases: each alias is reported as unsafe content and never expanded, so an alias bomb costs
   * nothing; this limit bounds the reporting.
   */
  public static final int DEFAULT_MAX_YAML_ALIASES = 50;

  private final ReadOptions options;
  private final int maxYamlAliases;

  NativeReader(ReadOptions options) {
    this(options, DEFAULT_MAX_YAML_ALIASES);
  }

  private NativeReader(ReadOptions options, int maxYamlAliases) {
    this.options = Objects.requireNonNull(options, "options");
    this.maxYamlAliases = maxYamlAliases;
  }

  /**
   * Returns a reader like this one with other options, keeping its YAML alias limit.
   *
   * @param options leniency, problem limit, limits on the input and progress
   * @return the reader
   * @throws NullPointerException if {@code options} is null
   */
  public NativeReader with(ReadOptions options) {
    checkNotNull(options, "options");
    return new NativeReader(options, maxYamlAliases);
  }

  /**
   * Returns a reader like this one that reports at most {@code maxAliases} YAML aliases before it
   * stops with a {@code limit-exceeded} problem. A limit of YAML only: JSON has no aliases.
   *
   * @param maxAliases at least 0; {@link #DEFAULT_MAX_YAML_ALIASES} unless set
   * @return the changed reader
   * @throws IllegalArgumentException if {@code maxAliases} is negative
   */
  public NativeReader withMaxYamlAliases(int maxAliases) {
    if (maxAliases < 0) {
      throw new IllegalArgumentException("maxAliases must not be negative, got " + maxAliases);
    }
    return new NativeReader(options, maxAliases);
  }

  /**
   * Returns how many YAML aliases a read reports before it stops.
   *
   * @return the limit
   */
  public int maxYamlAliases() {
    return maxYamlAliases;
  }

  /**
   * Returns the options of this reader.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads one file; its syntax comes from its extension.
   *
   * @param file a .json, .yaml, .yml or .jsonl file
   * @return the graph
   * @throws ModelReadException with every problem found, if the file cannot be read into a valid
   *     graph
   * @throws IllegalArgumentException if the extension names no syntax
   */
  public CooperationGraph read(Path file) {
    checkNotNull(file, "file");
    return readResult(List.of(file)).graph();
  }

  /**
   * Reads several files into one graph; each file's syntax comes from its extension.
   *
   * @param files the files, in any order
   * @return the graph
   * @throws ModelReadException with every problem found in any of the files
   * @throws IllegalArgumentException if an extension names no syntax
   */
  public CooperationGraph read(List<Path> files) {
    checkNotNull(files, "files");
    return readResult(files).graph();
  }

  /**
   * Reads a stream.
   *
   * @param in the input, UTF-8; not closed
   * @param sourceName the name problems give as the file, e.g. a URL or resource name
   * @param syntax the syntax
   * @return the graph
   * @throws ModelReadException with every problem found
   */
  public CooperationGraph read(InputStream in, String sourceName, Syntax syntax) {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(syntax, "syntax");
    return readResult(in, sourceName, syntax).graph();
  }

  /**
   * Reads several files into one graph, and returns the warnings too.
   *
   * @param files the files
   * @return the graph and the warnings
   * @throws ModelReadException with every problem found
   * @throws IllegalArgumentException if an extension names no syntax
   */
  public ReadResult readResult(List<Path> files) {
    checkNotNull(files, "files");
    List<Input> inputs = new java.util.ArrayList<>(files.size());
    for (Path file : files) {
      Syntax syntax = Syntax.of(file);
      inputs.add(new FileInput(file, syntax));
    }
    return readInputs(inputs);
  }

  /**
   * Reads several named inputs — files, class-path resources, downloads — into one graph, and
   * returns the warnings too. This is how a dataset split across documents inside a jar is read.
   *
   * @param inputs the inputs, in any order
   * @return the graph and the warnings
   * @throws ModelReadException with every problem found in any of the inputs
   */
  public ReadResult readInputs(List<? extends Input> inputs) {
    checkNotNull(inputs, "inputs");
    ProblemReport.Collector problems = ProblemReport.collector(options.maxProblems());
    GraphAssembler assembler = new GraphAssembler(problems, options.maxProblems());
    boolean stopped = false;
    for (Input input : inputs) {
      String source = input.name();
      long size = -1;
      if (input instanceof FileInput) {
        try {
          size = Files.size(((FileInput) input).file);
        } catch (IOException e) {
          problems.add(ioProblem(e, source));
          stopped = true;
          continue;
        }
      }
      try (InputStream in = input.open()) {
        stopped |= readInto(in, source, input.syntax(), size, assembler, problems);
      } catch (IOException e) {
        problems.add(ioProblem(e, source));
        stopped = true;
      }
    }
    return finish(assembler, problems, stopped);
  }

  /**
   * One named input of {@link #readInputs}: where problems say it is, its syntax, and how to open
   * it. Implementations should be immutable.
   */
  public interface Input {
    /**
     * Returns the name problems give as the file, e.g. a path or resource name.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the syntax of the input.
     *
     * @return the syntax
     */
    Syntax syntax();

    /**
     * Opens the input; the reader closes the stream.
     *
     * @return the stream, UTF-8
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;

    /**
     * Returns an input opened by a function, e.g. {@code
     * Input.of("dataset.yaml", Syntax.YAML, () -> MyClass.class.getResourceAsStream("dataset.yaml"))}.
     *
     * @param name the name problems give as the file
     * @param syntax the syntax
     * @param opener opens the stream
     * @return the input
     */
    static Input of(String name, Syntax syntax, Opener opener) {
      Objects.requireNonNull(name);
      Objects.requireNonNull(syntax);
      Objects.requireNonNull(opener);
      return new Input() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public Syntax syntax() {
          return syntax;
        }

        @Override
        public InputStream open() throws IOException {
          InputStream in = opener.open();
          if (in == null) {
            throw new NoSuchFileException(name);
          }
          return in;
        }
      };
    }
  }

  /** Opens the stream of an {@link Input}. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the stream.
     *
     * @return the stream
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  private static final class FileInput implements Input {
    private final Path file;
    private final Syntax syntax;

    FileInput(Path file, Syntax syntax) {
      this.file = file;
      this.syntax = syntax;
    }

    @Override
    public String name() {
      return file.toString();
    }

    @Override
    public Syntax syntax() {
      return syntax;
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(file);
    }
  }

  /**
   * Reads a stream, and returns the warnings too.
   *
   * @param in the input, UTF-8; not closed
   * @param sourceName the name problems give as the file
   * @param syntax the syntax
   * @return the graph and the warnings
   * @throws ModelReadException with every problem found
   */
  public ReadResult readResult(InputStream in, String sourceName, Syntax syntax) {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(syntax, "syntax");
    ProblemReport.Collector problems = ProblemReport.collector(options.maxProblems());
    GraphAssembler assembler = new GraphAssembler(problems, options.maxProblems());
    boolean stopped = readInto(in, sourceName, syntax, -1, assembler, problems);
    return finish(assembler, problems, stopped);
  }

  /**
   * Opens a JSON Lines file to stream its records one at a time, without building a graph; memory
   * stays bounded by the largest record, so the document size limit of the options does not apply
   * (every other limit does). Close the returned reader (try-with-resources).
   *
   * @param file a JSON Lines file
   * @return the record reader, positioned after the header
   * @throws ModelReadException if the file cannot be opened or its header is not valid
   */
  public JsonLinesReader records(Path file) {
    checkNotNull(file, "file");
    String source = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new ModelReadException(ProblemReport.of(List.of(ioProblem(e, source))));
    }
    return records(in, source);
  }

  /**
   * Opens a JSON Lines stream to read its records one at a time, without building a graph. Closing
   * the returned reader closes the stream.
   *
   * @param in the input, UTF-8
   * @param sourceName the name problems give as the file
   * @return the record reader, positioned after the header
   * @throws ModelReadException if the header is not valid
   */
  public JsonLinesReader records(InputStream in, String sourceName) {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    ProblemReport.Collector problems = ProblemReport.collector(options.maxProblems());
    JsonLinesSource source = new JsonLinesSource(in, sourceName, options, problems, true);
    DatasetInfo header = source.header();
    if (header == null || problems.hasErrors()) {
      source.close();
      throw new ModelReadException(problems.build());
    }
    return new JsonLinesReader(source, header, problems.build(), options);
  }

  /** Reads one input; returns true if a fatal problem stopped the reading. */
  private boolean readInto(
      InputStream in,
      String source,
      Syntax syntax,
      long size,
      GraphAssembler assembler,
      ProblemReport.Collector problems) {
    if (syntax == Syntax.JSON_LINES) {
      try (JsonLinesSource lines = new JsonLinesSource(new NonClosing(in), source, options, problems, false)) {
        DatasetInfo header = lines.header();
        if (header == null) {
          return lines.stopped();
        }
        if (!header.equals(DatasetInfo.empty())) {
          assembler.info(header, Location.builder().source(source).line(1).column(1).build());
        }
        while (lines.advance()) {
          if (lines.entity() != null) {
            assembler.addEntity(lines.entity(), lines.location());
          } else if (lines.relation() != null) {
            assembler.addRelation(lines.relation(), lines.location());
          } else if (lines.failedId() != null) {
            assembler.unreadable(lines.failedId());
          }
        }
        return lines.stopped();
      }
    }
    return new DocumentReader(options, maxYamlAliases).read(in, source, syntax == Syntax.YAML, size, assembler, problems);
  }

  private static ReadResult finish(GraphAssembler assembler, ProblemReport.Collector problems, boolean stopped) {
    // After a fatal problem (ReadPolicy.Outcome.STOP), the graph is incomplete: its rules would only add noise.
    CooperationGraph graph = stopped ? null : assembler.finish();
    ProblemReport report = problems.build();
    if (graph == null) {
      throw new ModelReadException(report);
    }
    return ReadResult.of(graph, report);
  }

  private Problem ioProblem(IOException e, String source) {
    String what;
    if (e instanceof NoSuchFileException) {
      what = "the file does not exist";
    } else if (e instanceof AccessDeniedException) {
      what = "the file may not be read (access denied)";
    } else {
      what = "the file could not be read" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return ReadPolicy.of(options)
        .problem(ProblemKind.FATAL, ProblemCode.IO_ERROR, what, Location.builder().source(source).build());
  }

  /** Keeps a caller's stream open when the JSON Lines source closes. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      checkNotNull(b, "b");
      return in.read(b, off, len);
    }

    @Override
    public void close() {}
  }

  @Override
  public String toString() {
    return "NativeReader{" + options + "}";
  }
}
