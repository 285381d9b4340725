package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.StreamedImport;
import io.github.southsouth.serialization.internal.AtomicFiles;
import io.github.southsouth.serialization.json.JsonLinesWriter;
import io.github.southsouth.serialization.json.NativeFormat;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the import commands share: input files (or directories of them), linking to the bundled
 * countries, regions and themes, the output, and the summary. Warnings go to standard error; the
 * summary to standard output, or to standard error when the graph itself goes to standard output.
 * JSON Lines output uses the importer's streaming mode, so the graph is never held in memory.
 */
abstract class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CliSupport.ImportOptionsMixin importOptions;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Files to import together, or directories holding them.")
  List<Path> files;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file or CSV directory to write, in the format its name implies; - or none for standard output.")
  String output;

  @Option(names = "--to", paramLabel = "FORMAT", converter = Format.Converter.class,
      completionCandidates = Format.Candidates.class,
      description = "The format: ${COMPLETION-CANDIDATES} (default: from OUT, or json on standard output).")
  Format to;

  @Option(names = "--compact", description = "Write JSON on one line instead of indented.")
  boolean compact;

  @Option(names = {"-q", "--quiet"}, description = "Do not print the warnings, only their count.")
  boolean quiet;

  /** The result of an import. */
  record Imported(CooperationGraph graph, ProblemReport problems, String summary) {}

  /** The extension of the files to take from a directory, e.g. {@code .xml}. */
  abstract String extension();

  /** Runs the importer. */
  abstract Imported run(List<Path> inputs, ReadOptions options, ReferenceData reference);

  /** Runs the importer in its streaming mode, passing the records to the sink; returns the summary. */
  abstract Streamed stream(List<Path> inputs, ReadOptions options, ReferenceData reference, RecordSink sink);

  /** The result of a streamed import: what it returns, and the summary to print. */
  record Streamed(StreamedImport result, String summary) {}

  @Override
  public final Integer call() {
    List<Path> inputs = CliSupport.expand(spec, files, extension());
    ReadOptions options = importOptions.options(spec);
    boolean toStdout = output == null || output.equals("-");
    Format format = to != null ? to : toStdout ? Format.JSON : CliSupport.formatOf(spec, output);
    if (format == Format.JSON_LINES) {
      return streamJsonLines(inputs, options, toStdout);
    }
    Imported imported;
    try {
      imported = run(inputs, options, ReferenceData.of(Seeds.load()));
    } catch (ModelReadException e) {
      throw new CliSupport.DataException(e.report());
    } finally {
      CliSupport.progressDone(spec);
    }
    printWarnings(imported.problems());
    CliSupport.write(spec, imported.graph(), output, to, Format.JSON, new Format.Settings(compact));
    printSummary(imported.summary(), toStdout);
    return 0;
  }

  private void printWarnings(ProblemReport warnings) {
    if (!quiet) {
      PrintWriter err = spec.commandLine().getErr();
      warnings.problems().forEach(p -> err.println(CliSupport.describe(p)));
      err.flush();
    }
  }

  private void printSummary(String text, boolean toStdout) {
    PrintWriter summary = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
    summary.println(text);
    if (!toStdout) {
      summary.println("Wrote " + output);
    }
    summary.flush();
  }

  /**
   * Imports into JSON Lines without holding the graph: the importer's streaming mode writes each
   * record as it is made into a temporary file beside the output; when the import has succeeded,
   * the output is written (atomically, for a file) as the header line, which needs the whole
   * import's metadata, followed by those records. A failed import leaves the output untouched.
   */
  private int streamJsonLines(List<Path> inputs, ReadOptions options, boolean toStdout) {
    Path target = toStdout ? null : Path.of(output).toAbsolutePath();
    Path records;
    try {
      Path directory = target == null ? null : target.getParent();
      if (directory != null) {
        Files.createDirectories(directory);
      }
      String prefix = "." + (target == null ? "southsouth" : target.getFileName().toString()) + ".";
      records = directory == null ? Files.createTempFile(prefix, ".records") : Files.createTempFile(directory, prefix, ".records");
    } catch (IOException e) {
      throw new CliSupport.OutputException("cannot write " + output + ": " + CliSupport.reason(e) + " (nothing was written)");
    }
    try {
      Streamed streamed;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(records), 1 << 16);
          JsonLinesWriter writer = NativeFormat.writer().jsonLines(out, DatasetInfo.empty())) {
        streamed = stream(inputs, options, ReferenceData.of(Seeds.load()), new RecordSink() {
          @Override
          public void entity(Entity entity) {
            writer.write(entity);
          }

          @Override
          public void relation(Relation relation) {
            writer.write(relation);
          }
        });
      } catch (ModelReadException e) {
        throw new CliSupport.DataException(e.report());
      } finally {
        CliSupport.progressDone(spec);
      }
      printWarnings(streamed.result().warnings());
      DatasetInfo header = streamed.result().info();
      if (target == null) {
        try (Reader in = recordLines(records)) {
          PrintWriter out = spec.commandLine().getOut();
          out.print(headerLine(header));
          in.transferTo(out);
          out.flush();
        }
      } else {
        AtomicFiles.write(target, out -> {
          out.write(headerLine(header).getBytes(StandardCharsets.UTF_8));
          try (InputStream in = recordBytes(records)) {
            in.transferTo(out);
          }
        });
      }
      printSummary(streamed.summary(), toStdout);
      return 0;
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
      throw new CliSupport.OutputException("cannot write " + (toStdout ? "standard output" : output) + ": "
          + CliSupport.reason(cause) + " (nothing was written)");
    } finally {
      try {
        Files.deleteIfExists(records);
      } catch (IOException e) {
        // a temporary file left behind is named after the output and ends in .records
      }
    }
  }

  /** The header line of a JSON Lines file with this metadata, as the writer makes it. */
  private static String headerLine(DatasetInfo header) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NativeFormat.writer().jsonLines(bytes, header).close();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The records of the temporary file: its lines after the header line. */
  private static InputStream recordBytes(Path records) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(records), 1 << 16);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        break;
      }
    }
    return in;
  }

  private static Reader recordLines(Path records) throws IOException {
    return new InputStreamReader(recordBytes(records), StandardCharsets.UTF_8);
  }
}
