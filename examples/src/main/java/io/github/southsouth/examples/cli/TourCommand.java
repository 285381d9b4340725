package io.github.southsouth.examples.cli;

import io.github.southsouth.examples.Tour;
import io.github.southsouth.seeds.Seeds;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code southsouth tour}: walks the bundled dataset. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = {
      "Walk through the bundled dataset: principles (with Chinese names and pinyin), goals,",
      "areas of contribution, initiatives and what they embody and whom they benefit, forums",
      "with their member counts, and perspectives with their holders."
    },
    footer = {"", "Example:", "  southsouth tour | less"})
final class TourCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    java.io.PrintWriter out =
        spec == null
            ? new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8)
            : spec.commandLine().getOut();
    Tour.print(Seeds.load(), out);
    out.flush();
    return 0;
  }
}
