package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.Leniency;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ProgressListener;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ReadLimits;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeReader;
import io.github.southsouth.serialization.ReadResult;
import io.github.southsouth.serialization.json.Syntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;

/**
 * What every command shares: the read options, reading inputs (files, directories of CSV tables or
 * standard input) with problems printed one per line, writing outputs atomically or to standard
 * output, progress on a terminal, and the errors that end a command with exit code 1 or 2.
 */
final class CliSupport {

  private CliSupport() {}

  /**
   * The safety limits on untrusted input, as options of every command that reads data: {@code
   * --max-document-size}, {@code --max-string-size}, {@code --max-number-length}, {@code
   * --max-depth} and {@code --max-aliases}; with {@code --max-problems}, how many problems to show.
   * A problem that names a limit by its {@link ReadOptions} name is printed with the option instead
   * ({@link #printProblems}).
   */
  abstract static class LimitOptions {
    @Option(names = "--max-document-size", paramLabel = "SIZE", converter = SizeConverter.class,
        description = "Refuse inputs larger than SIZE bytes; k, m and g multiply by 1024 (default: 512m).")
    Long maxDocumentSize;

    @Option(names = "--max-string-size", paramLabel = "SIZE", converter = SizeConverter.class,
        description = "Refuse a text value longer than SIZE characters (default: 10000000).")
    Long maxStringSize;

    @Option(names = "--max-number-length", paramLabel = "N",
        description = "Refuse a number longer than N characters (default: 1000).")
    Integer maxNumberLength;

    @Option(names = "--max-depth", paramLabel = "N",
        description = "Refuse input nested deeper than N levels (default: 200).")
    Integer maxDepth;

    @Option(names = "--max-aliases", paramLabel = "N",
        description = "Stop reading YAML after N aliases (default: 50).")
    Integer maxAliases;

    @Option(
        names = "--max-problems",
        paramLabel = "N",
        defaultValue = "" + ProblemReport.DEFAULT_LIMIT,
        description = "Show at most N errors and N warnings; the rest are counted (default: ${DEFAULT-VALUE}).")
    int maxProblems;

    /** Returns the read options with the given leniency, these limits and {@code --max-problems}. */
    ReadOptions options(CommandSpec spec, Leniency leniency) {
      if (maxProblems < 1) {
        throw usage(spec, "--max-problems must be at least 1, got " + maxProblems);
      }
      ReadOptions options =
          ReadOptions.defaults().withLeniency(leniency).withMaxProblems(maxProblems).withProgress(progress(spec));
      ReadLimits.Builder limits = options.limits().toBuilder();
      if (maxDocumentSize != null) {
        limits.maxDocumentLength(positive(spec, "--max-document-size", maxDocumentSize));
      }
      if (maxStringSize != null) {
        limits.maxStringLength((int) Math.min(Integer.MAX_VALUE, positive(spec, "--max-string-size", maxStringSize)));
      }
      if (maxNumberLength != null) {
        limits.maxNumberLength((int) positive(spec, "--max-number-length", maxNumberLength));
      }
      if (maxDepth != null) {
        limits.maxNestingDepth((int) positive(spec, "--max-depth", maxDepth));
      }
      if (maxAliases != null) {
        // a limit of YAML itself: applied by nativeReader, which reads it from the command's options
        positive(spec, "--max-aliases", maxAliases);
      }
      return options.withLimits(limits.build());
    }

    private static long positive(CommandSpec spec, String option, long value) {
      if (value < 1) {
        throw usage(spec, option + " must be at least 1, got " + value);
      }
      return value;
    }
  }

  /** Reads a size such as {@code 2g}, {@code 500m}, {@code 64k} or {@code 1048576} (bytes). */
  static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (text.endsWith("k") || text.endsWith("m") || text.endsWith("g")) {
        unit = text.endsWith("k") ? 1L << 10 : text.endsWith("m") ? 1L << 20 : 1L << 30;
        text = text.substring(0, text.length() - 1);
      }
      try {
        return Math.multiplyExact(Long.parseLong(text), unit);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException(
            "invalid size '" + value + "': expected a number of bytes, optionally with k, m or g, e.g. 2g");
      }
    }
  }

  /** {@code --lenient}, {@code --max-problems} and the limits, for commands that read native documents. */
  static final class ReadOptionsMixin extends LimitOptions {
    @Option(
        names = "--lenient",
        description = "Report problems that lose no data (e.g. unknown fields) as warnings and go on.")
    boolean lenient;

    ReadOptions options(CommandSpec spec) {
      return options(spec, lenient ? Leniency.LENIENT : Leniency.STRICT);
    }
  }

  /**
   * The dataset a command works on: the files given, read together as one dataset, or the bundled
   * dataset when there are none; with the read options and {@code --from} for standard input.
   */
  static final class DatasetInput {
    @Mixin ReadOptionsMixin read;

    @Parameters(paramLabel = "FILE", arity = "0..*",
        description = "Dataset files read together as one dataset, or - for standard input (default: the bundled dataset).")
    List<String> files = List.of();

    @Option(names = "--from", paramLabel = "FORMAT", converter = Format.Converter.class,
        description = "Format of every input (json, yaml, jsonl or csv), whatever its name says; needed for - (standard input) and for names without a known extension, such as a pipe.")
    Format from;

    /** Reads the files, or returns the bundled dataset; data problems end the command (exit 1). */
    CooperationGraph graph(CommandSpec spec) {
      return files.isEmpty() ? Seeds.load() : read(spec, files, read.options(spec), from);
    }
  }

  /** {@code --strict} and {@code --max-problems} for importers, which are lenient by default. */
  static final class ImportOptionsMixin extends LimitOptions {
    @Option(
        names = "--strict",
        description = {
          "Fail on any problem but notes (normalisations the standard allows stay warnings).",
          "By default the import is lenient: a malformed record is reported and left out, an",
          "unknown code is a warning."
        })
    boolean strict;

    ReadOptions options(CommandSpec spec) {
      return options(spec, strict ? Leniency.STRICT : Leniency.LENIENT);
    }
  }

  /** Invalid input data: the command prints the problems and ends with exit code 1. */
  static final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemReport report;

    DataException(ProblemReport report) {
      super(report.summary());
      this.report = report;
    }

    ProblemReport report() {
      return report;
    }
  }

  /** An output that cannot be written: a one-line message and exit code 1. */
  static final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
      super(message);
    }
  }

  /** Returns a usage error of the running command, printed with a pointer to its --help (exit 2). */
  static CommandLine.ParameterException usage(CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /**
   * The limits as the library names them in {@code limit-exceeded} problems, and the options that
   * set them here.
   */
  private static final Map<String, String> LIMIT_OPTIONS =
      Map.of(
          "ReadLimits.maxDocumentLength", "--max-document-size",
          "ReadLimits.maxStringLength", "--max-string-size",
          "ReadLimits.maxNumberLength", "--max-number-length",
          "ReadLimits.maxNestingDepth", "--max-depth",
          "NativeReader.withMaxYamlAliases", "--max-aliases");

  /**
   * Returns how a problem is printed: {@code FILE:LINE:COL: CODE message}, where a limit the
   * message names by its API name is named by this command line's option, with what to do.
   */
  static String describe(Problem problem) {
    String text = problem.toString();
    if (problem.code() != ProblemCode.LIMIT_EXCEEDED) {
      return text;
    }
    for (Map.Entry<String, String> limit : LIMIT_OPTIONS.entrySet()) {
      if (text.contains(limit.getKey())) {
        String hint = limit.getValue().equals("--max-document-size")
            ? "; to read it, raise the limit (e.g. --max-document-size 2g) and give Java the memory (java -Xmx4g -jar southsouth.jar ...)"
            : "; to read it, raise the limit with " + limit.getValue();
        return text.replace(limit.getKey(), limit.getValue()) + hint;
      }
    }
    return text;
  }

  /** Prints problems one per line as {@code FILE:LINE:COL: CODE message}, then the count. */
  static void printProblems(ProblemReport report, PrintWriter out) {
    for (Problem problem : report.problems()) {
      out.println(describe(problem));
    }
    out.println(report.summary());
    out.flush();
  }

  /** Prints warnings, if any, to standard error. */
  static void printWarnings(CommandSpec spec, ProblemReport report) {
    if (!report.isEmpty()) {
      printProblems(report, spec.commandLine().getErr());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads inputs into one graph: native documents by extension (several are one dataset, their
   * references resolved across files), one directory of CSV tables, or {@code -} for standard
   * input in the syntax {@code from}. Warnings go to standard error.
   *
   * @throws DataException with every problem, if the inputs do not make a valid graph
   */
  static CooperationGraph read(CommandSpec spec, List<String> inputs, ReadOptions options, Format from) {
    Loaded loaded = load(spec, inputs, options, from);
    printWarnings(spec, loaded.warnings());
    return loaded.graph();
  }

  /**
   * The reader of native documents with the command's options, and, when the command has {@code
   * --max-aliases} and it is given, that YAML alias limit.
   */
  private static NativeReader nativeReader(CommandSpec spec, ReadOptions options) {
    NativeReader reader = NativeFormat.reader(options);
    CommandLine.Model.OptionSpec aliases = spec.findOption("--max-aliases");
    if (aliases != null && aliases.getValue() instanceof Integer limit) {
      reader = reader.withMaxYamlAliases(limit);
    }
    return reader;
  }

  /** As {@link #read}, returning the warnings instead of printing them. */
  static Loaded load(CommandSpec spec, List<String> inputs, ReadOptions options, Format from) {
    if (inputs.isEmpty()) {
      throw usage(spec, "no input: give a file, or - for standard input");
    }
    try {
      if (inputs.contains("-")) {
        if (inputs.size() > 1) {
          throw usage(spec, "standard input (-) cannot be read together with files");
        }
        Syntax syntax = stdinSyntax(spec, from);
        return Loaded.of(nativeReader(spec, options).readResult(stdin(spec), "<stdin>", syntax));
      }
      List<NativeReader.Input> files = new ArrayList<>();
      Path csv = null;
      for (String input : inputs) {
        Format format = from != null ? from : Format.of(input).orElseThrow(() -> usage(spec,
            "cannot tell the format of " + input + ": expected " + Format.describe(true)
                + ", or give the format with --from"));
        if (!format.isReadable()) {
          throw usage(spec, format.code() + " is written only; cannot read " + input);
        }
        if (format == Format.CSV) {
          csv = csvDirectory(input);
        } else {
          // The format given or implied, not the file's name, says how to read it: a pipe such as
          // /dev/fd/63 has no extension.
          Path file = Path.of(input);
          files.add(NativeReader.Input.of(input, format.syntax().orElseThrow(), () -> Files.newInputStream(file)));
        }
      }
      if (csv != null) {
        if (inputs.size() > 1) {
          throw usage(spec, "a directory of CSV tables is read on its own, not together with other inputs");
        }
        return Loaded.of(CsvTables.reader(options).readResult(csv));
      }
      return Loaded.of(nativeReader(spec, options).readInputs(files));
    } catch (ModelReadException e) {
      throw new DataException(e.report());
    } finally {
      progressDone(spec);
    }
  }

  /** A graph read, with the warnings of the read. */
  record Loaded(CooperationGraph graph, ProblemReport warnings) {
    static Loaded of(ReadResult result) {
      return new Loaded(result.graph(), result.warnings());
    }
  }

  private static Path csvDirectory(String input) {
    Path path = Path.of(input);
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.equals(CsvTables.ENTITIES) || name.equals(CsvTables.RELATIONS)) {
      Path parent = path.toAbsolutePath().getParent();
      return parent == null ? path : parent;
    }
    return path;
  }

  private static Syntax stdinSyntax(CommandSpec spec, Format from) {
    if (from == null) {
      throw usage(spec, "reading standard input (-) needs --from json, yaml or jsonl");
    }
    return from.syntax().orElseThrow(() -> usage(spec,
        "standard input can be read as json, yaml or jsonl, not " + from.code()));
  }

  /** Returns the standard input of this run (the test's, when one was given). */
  static InputStream stdin(CommandSpec spec) {
    Object root = spec.root().userObject();
    return root instanceof SouthSouth ? ((SouthSouth) root).stdin() : System.in;
  }

  /** Expands directories to the files in them (not recursively) that end in {@code extension}. */
  static List<Path> expand(CommandSpec spec, List<Path> inputs, String extension) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> listing = Files.list(input)) {
          List<Path> found = listing
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
          if (found.isEmpty()) {
            throw usage(spec, "no " + extension + " files in directory " + input);
          }
          files.addAll(found);
        } catch (IOException e) {
          throw new OutputException("cannot list directory " + input + ": " + reason(e));
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a graph: to standard output when {@code target} is null or {@code -} (in {@code to},
   * else {@code fallback}), else atomically to the file (or CSV directory), in {@code to} or the
   * format the target's name implies.
   */
  static void write(CommandSpec spec, CooperationGraph graph, String target, Format to, Format fallback,
      Format.Settings settings) {
    if (target == null || target.equals("-")) {
      Format format = to != null ? to : fallback;
      if (!format.canWriteToStream()) {
        throw usage(spec, format.code() + " writes a directory of files, not standard output: give -o DIRECTORY");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      try {
        format.write(graph, bytes, settings);
      } catch (IOException e) {
        throw new OutputException("cannot write standard output: " + reason(e));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(bytes.toString(StandardCharsets.UTF_8));
      out.flush();
      return;
    }
    Format format = to != null ? to : formatOf(spec, target);
    Path path = Path.of(target);
    if (format == Format.CSV) {
      path = csvDirectory(target);
      if (Files.exists(path) && !Files.isDirectory(path)) {
        throw usage(spec, "csv writes entities.csv and relations.csv into a directory, and " + path + " is a file");
      }
    }
    try {
      if (format == Format.CSV) {
        Files.createDirectories(path);
      }
      format.write(graph, path, settings);
    } catch (IOException e) {
      throw new OutputException("cannot write " + target + ": " + reason(e) + " (nothing was written)");
    }
  }

  /**
   * Returns the format a file name implies, e.g. yaml for {@code out.yml}.
   *
   * @throws CommandLine.ParameterException (a usage error) if the name implies none
   */
  static Format formatOf(CommandSpec spec, String target) {
    return Format.of(target).orElseThrow(() -> usage(spec,
        "cannot tell the format of " + target + ": expected " + Format.describe(false)
            + ", or give the format with " + (spec.findOption("--format") != null ? "--format" : "--to")));
  }

  /** Tells on standard error what a command wrote to a file (nothing for standard output). */
  static void wrote(CommandSpec spec, String target, CooperationGraph graph) {
    if (target != null && !target.equals("-")) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Wrote " + target + ": " + graph.entityCount() + " entities, " + graph.relationCount() + " relations");
      err.flush();
    }
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + ((AccessDeniedException) e).getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  // ---------------------------------------------------------------------------------------------
  // Progress

  /** Returns a listener that shows progress on standard error when it is a terminal, else none. */
  static ProgressListener progress(CommandSpec spec) {
    if (System.console() == null) {
      return ProgressListener.NONE;
    }
    PrintWriter err = spec.commandLine().getErr();
    long[] last = {0};
    return (records, bytes, total) -> {
      long now = System.nanoTime();
      if (now - last[0] < 200_000_000L) {
        return;
      }
      last[0] = now;
      String size = total > 0
          ? String.format(Locale.ROOT, "%.1f of %.1f MB", bytes / 1e6, total / 1e6)
          : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
      err.print("\r" + String.format(Locale.ROOT, "%,d records, %s", records, size) + "   ");
      err.flush();
      shown = true;
    };
  }

  private static volatile boolean shown;

  /** Ends a progress line, if one was shown. */
  static void progressDone(CommandSpec spec) {
    if (shown) {
      shown = false;
      spec.commandLine().getErr().print("\r" + " ".repeat(60) + "\r");
      spec.commandLine().getErr().flush();
    }
  }
}
