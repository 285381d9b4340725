package io.github.southsouth.examples.cli;

import io.github.southsouth.examples.Tour;
import io.github.southsouth.graph.CooperationGraph;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code southsouth tour}: walks the bundled dataset, or any dataset. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    header = "Walk through a dataset, the bundled one by default.",
    description = {
      "Walk through a dataset, the bundled one by default: principles (with Chinese names and pinyin), goals, areas of contribution, initiatives and what they embody and whom they benefit, forums with their member counts, and perspectives with their holders."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth tour | less",
      "  southsouth tour my-dataset.yaml"
    })
final class TourCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CliSupport.DatasetInput input;

  @Override
  public Integer call() {
    CooperationGraph graph = input.graph(spec);
    PrintWriter out = spec.commandLine().getOut();
    Tour.print(graph, out);
    out.flush();
    return 0;
  }
}
