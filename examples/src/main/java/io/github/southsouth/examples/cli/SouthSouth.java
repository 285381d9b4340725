package io.github.southsouth.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code southsouth} command line. Without a command it runs {@code tour}.
 *
 * <p>Exit codes: 0 success, 1 invalid data (problems are printed one per line as {@code
 * FILE:LINE:COL: CODE message}), 2 usage error.
 */
@Command(
    name = "southsouth",
    mixinStandardHelpOptions = true,
    versionProvider = SouthSouth.Version.class,
    description = {
      "Explore, validate, convert, import and export models of South-South Cooperation.",
      "Without a command, walks the bundled dataset (tour)."
    },
    subcommands = {TourCommand.class, CommandLine.HelpCommand.class},
    footer = {
      "",
      "Exit codes: 0 success, 1 invalid data, 2 usage error.",
      "Run 'southsouth help COMMAND' for a command's options and examples."
    })
public final class SouthSouth implements Runnable {

  /** Exit code of a run whose input data was invalid. */
  public static final int INVALID_DATA = 1;

  /** Exit code of a run with a usage error. */
  public static final int USAGE = 2;

  @Override
  public void run() {
    new TourCommand().call();
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the command line with the given output streams, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SouthSouth());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID_DATA);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("southsouth: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Run 'southsouth " + (e.getCommandLine().getCommandSpec().parent() == null ? "" : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SouthSouth.class.getPackage().getImplementationVersion();
      return new String[] {"southsouth " + (version == null ? "(development build)" : version)};
    }
  }
}
