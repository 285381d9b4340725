package io.github.southsouth.examples.cli;

import static io.github.southsouth.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SouthSouthTest {

  static final List<String> COMMANDS = List.of(
      "tour", "validate", "convert", "query", "stats", "diff", "seeds", "import-iati", "import-aiddata", "export");

  @Test
  void withoutCommandPrintsTheTourThroughItsOutWriter() {
    Cli.Run run = run();
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("South-South Cooperation · 南南合作")
        .contains("Mutual Benefit  互利 (Hùlì)")
        .contains("Debt relief and interest-free loans");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void tourCommandPrintsTheSameAsNoCommand() {
    assertThat(run("tour").out()).isEqualTo(run().out());
  }

  @Test
  void rootHelpListsEveryCommandAndTheExitCodes() {
    Cli.Run run = run("--help");
    assertThat(run.exit()).isZero();
    for (String command : COMMANDS) {
      assertThat(run.out()).contains("  " + command + " ");
    }
    assertThat(run.out()).contains("Exit codes:").contains("  2  usage error").contains("  3  internal failure").contains("--debug").contains("Examples:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "tour", "validate", "convert", "query", "stats", "diff", "seeds", "import-iati", "import-aiddata", "export"})
  void everyCommandHasHelpWithExamples(String command) {
    Cli.Run run = run(command, "--help");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Usage: southsouth " + command).contains("Examples:")
        .contains("  southsouth " + command);
    assertThat(run("help", command).out()).isEqualTo(run.out());
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    Cli.Run run = run("valdate", "x.yaml");
    assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
    assertThat(run.err()).contains("southsouth: Unmatched arguments").contains("validate")
        .contains("Run 'southsouth --help' for usage.");
  }

  @Test
  void unknownOptionIsAUsageErrorPointingToTheCommandsHelp() {
    Cli.Run run = run("query", "--princple", "x");
    assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
    assertThat(run.err()).contains("--princple").contains("Run 'southsouth query --help' for usage.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void versionIsPrinted() {
    Cli.Run run = run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("southsouth ");
  }
}
