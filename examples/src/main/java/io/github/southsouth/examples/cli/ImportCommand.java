package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.io.PrintWriter;
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
  abstract Imported run(List<Path> inputs, ReadOptions options, ReferenceData reference) throws ModelReadException;

  @Override
  public final Integer call() {
    List<Path> inputs = CliSupport.expand(spec, files, extension());
    ReadOptions options = importOptions.options(spec);
    Imported imported;
    try {
      imported = run(inputs, options, ReferenceData.of(Seeds.load()));
    } catch (ModelReadException e) {
      throw new CliSupport.DataException(e.report());
    } finally {
      CliSupport.progressDone(spec);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!quiet) {
      imported.problems().problems().forEach(p -> err.println(CliSupport.describe(p)));
      err.flush();
    }
    CliSupport.write(spec, imported.graph(), output, to, Format.JSON, new Format.Settings(compact));
    boolean toStdout = output == null || output.equals("-");
    PrintWriter summary = toStdout ? err : spec.commandLine().getOut();
    summary.println(imported.summary());
    if (!toStdout) {
      summary.println("Wrote " + output);
    }
    summary.flush();
    return 0;
  }
}
