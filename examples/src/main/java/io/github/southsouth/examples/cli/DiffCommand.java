package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.GraphDiff;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code southsouth diff A B}: what changed from one dataset to another. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Show what differs from one dataset to another.",
    description = {
      "Show what differs from dataset A to dataset B, one difference per line:",
      "  + entity ID / - entity ID              added or removed",
      "  ~ entity ID FIELD: OLD -> NEW          changed, field by field",
      "  + relation / - relation / ~ relation   the same for relations",
      "  ~ dataset FIELD: OLD -> NEW            the dataset's metadata",
      "Compares the models, not the files: formatting, order and syntax do not count. Exit status as diff(1): 0 if equal, 1 if different, 2 on trouble (invalid input or usage); 3 on an internal failure."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth diff old.yaml new.yaml",
      "  southsouth diff --stat old.json new.jsonl",
      "  southsouth seeds --to json | southsouth diff --from json - mine.json",
      "  if southsouth diff -q a.yaml b.yaml; then echo same; fi"
    })
final class DiffCommand implements Callable<Integer> {

  /** Exit code of a diff whose inputs could not be read (as diff(1)). */
  static final int TROUBLE = 2;

  @Spec CommandSpec spec;

  @Mixin CliSupport.ReadOptionsMixin read;

  @Parameters(index = "0", paramLabel = "A", description = "The first dataset (file, CSV directory or -).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The second dataset (file, CSV directory or -).")
  String b;

  @Option(names = "--from", paramLabel = "FORMAT", converter = Format.Converter.class,
      description = "Format of both inputs (json, yaml, jsonl or csv), whatever their names say; needed for - (standard input) and for names without a known extension.")
  Format from;

  @Option(names = "--stat", description = "Print only the counts, e.g. +2 -0 ~1 entities, +3 -1 ~0 relations.")
  boolean stat;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing; only the exit status tells.")
  boolean quiet;

  @Override
  public Integer call() {
    if (a.equals("-") && b.equals("-")) {
      throw CliSupport.usage(spec, "only one of A and B can be - (standard input)");
    }
    CooperationGraph first;
    CooperationGraph second;
    try {
      first = CliSupport.read(spec, List.of(a), read.options(spec), from);
      second = CliSupport.read(spec, List.of(b), read.options(spec), from);
    } catch (CliSupport.DataException e) {
      CliSupport.printProblems(e.report(), spec.commandLine().getErr());
      return TROUBLE;
    }
    GraphDiff diff = first.diff(second);
    PrintWriter out = spec.commandLine().getOut();
    if (!quiet) {
      if (stat) {
        out.println(diff);
      } else {
        diff.lines().forEach(out::println);
      }
    }
    out.flush();
    return diff.isEmpty() ? 0 : 1;
  }
}
