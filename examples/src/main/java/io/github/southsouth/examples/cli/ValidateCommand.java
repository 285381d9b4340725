package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code southsouth validate FILE...}: checks files against the format and every rule of the model. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check dataset files against the format and every rule of the model.",
    description = {
      "Check dataset files: syntax, the native format, and every rule of the model (unique ids, references that exist, relation kinds, part-of cycles, shares, periods). Prints every problem on its own line as FILE:LINE:COL: CODE message, then a count. Exits with 1 if there is any error. The files are read together as one dataset, unless --separately."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth validate dataset.yaml",
      "  southsouth validate --lenient --max-problems 20 part1.yaml part2.yaml",
      "  southsouth validate --separately imports/*.json",
      "  southsouth validate tables/              (a directory of CSV tables)",
      "  cat dataset.json | southsouth validate --from json -"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CliSupport.ReadOptionsMixin read;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Dataset files (.json, .yaml, .yml, .jsonl), directories of CSV tables, or - for standard input.")
  List<String> files;

  @Option(names = "--separately", description = "Validate each file as a dataset of its own.")
  boolean separately;

  @Option(names = "--from", paramLabel = "FORMAT", converter = Format.Converter.class,
      description = "Format of the input when it is - (standard input): json, yaml or jsonl.")
  Format from;

  @Override
  public Integer call() {
    List<List<String>> groups = new ArrayList<>();
    if (separately) {
      files.forEach(f -> groups.add(List.of(f)));
    } else {
      groups.add(files);
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean failed = false;
    for (List<String> group : groups) {
      String name = String.join(" ", group);
      try {
        CliSupport.Loaded loaded = CliSupport.load(spec, group, read.options(spec), from);
        ProblemReport warnings = loaded.warnings();
        for (Problem warning : warnings.problems()) {
          out.println(warning);
        }
        CooperationGraph graph = loaded.graph();
        out.println(name + ": valid (" + plural(graph.entityCount(), "entity", "entities") + ", "
            + plural(graph.relationCount(), "relation", "relations") + "); " + warnings.summary());
      } catch (CliSupport.DataException e) {
        ProblemReport report = e.report();
        for (Problem problem : report.problems()) {
          out.println(CliSupport.describe(problem));
        }
        out.println(name + ": invalid; " + report.summary());
        failed = true;
      }
      out.flush();
    }
    return failed ? SouthSouth.INVALID_DATA : 0;
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
