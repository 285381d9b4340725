package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.seeds.Seeds;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code southsouth seeds}: writes the bundled dataset. */
@Command(
    name = "seeds",
    mixinStandardHelpOptions = true,
    header = "Write the bundled dataset to a file or standard output.",
    description = {
      "Write the bundled dataset (principles, goals, areas of contribution, initiatives, actors, events, perspectives and their sources, in English and Chinese) to a file or to standard output, in any format: a starting point to edit, or to compare with your own data."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth seeds                    (YAML on standard output)",
      "  southsouth seeds -o seeds.json",
      "  southsouth seeds -o tables/         (CSV tables)",
      "  southsouth seeds --to jsonl | wc -l"
    })
final class SeedsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file or CSV directory to write, in the format its name implies; - or none for standard output.")
  String output;

  @Option(names = "--to", paramLabel = "FORMAT", converter = Format.Converter.class,
      completionCandidates = Format.Candidates.class,
      description = "The format: ${COMPLETION-CANDIDATES} (default: from OUT, or yaml on standard output).")
  Format to;

  @Option(names = "--compact", description = "Write JSON on one line instead of indented.")
  boolean compact;

  @Override
  public Integer call() {
    CooperationGraph graph = Seeds.load();
    CliSupport.write(spec, graph, output, to, Format.YAML, new Format.Settings(compact));
    CliSupport.wrote(spec, output, graph);
    return 0;
  }
}
