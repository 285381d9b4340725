package io.github.southsouth.examples.cli;

import io.github.southsouth.examples.Tour;
import io.github.southsouth.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code southsouth} command line. Without a command it runs {@code tour}.
 *
 * <p>Exit codes: 0 success, 1 invalid data (problems are printed one per line as {@code
 * FILE:LINE:COL: CODE message}, then a count), 2 usage error. {@code diff} follows {@code diff(1)}
 * instead: 0 equal, 1 different, 2 trouble.
 */
@Command(
    name = "southsouth",
    mixinStandardHelpOptions = true,
    versionProvider = SouthSouth.Version.class,
    description = {
      "Explore, validate, convert, import and export models of South-South Cooperation.",
      "Without a command, walks the bundled dataset (tour)."
    },
    subcommands = {
      TourCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      QueryCommand.class,
      StatsCommand.class,
      DiffCommand.class,
      SeedsCommand.class,
      ImportIatiCommand.class,
      ImportAidDataCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  southsouth query --principle non-conditionality --region africa",
      "  southsouth seeds -o seeds.yaml && southsouth validate seeds.yaml",
      "  southsouth import-iati activities.xml -o activities.json",
      "  southsouth export -o seeds.jsonld",
      "",
      "Files: .json, .yaml/.yml and .jsonl are the native format; .jsonld is JSON-LD;",
      "a directory holds CSV tables (entities.csv, relations.csv). - is standard input/output.",
      "",
      "Exit codes: 0 success, 1 invalid data, 2 usage error (diff: 0 equal, 1 different, 2 trouble).",
      "Run 'southsouth COMMAND --help' for a command's options and examples."
    })
public final class SouthSouth implements Callable<Integer> {

  /** Exit code of a run whose input data was invalid. */
  public static final int INVALID_DATA = 1;

  /** Exit code of a run with a usage error. */
  public static final int USAGE = 2;

  @Spec CommandSpec spec;

  private final InputStream stdin;

  SouthSouth(InputStream stdin) {
    this.stdin = stdin;
  }

  InputStream stdin() {
    return stdin;
  }

  /** Without a command: the tour of the bundled dataset. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Tour.print(Seeds.load(), out);
    out.flush();
    return 0;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args, System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the command line with the given output streams, for tests and embedding; standard input
   * is {@code System.in}.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, System.in, out, err);
  }

  /**
   * Runs the command line with the given streams, for tests and embedding.
   *
   * @param args the arguments
   * @param in standard input, read by commands given {@code -} as input
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SouthSouth(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("southsouth: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      CommandSpec failed = e.getCommandLine().getCommandSpec();
      err.println("Run 'southsouth " + (failed.parent() == null ? "" : failed.name() + " ") + "--help' for usage.");
      err.flush();
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof CliSupport.DataException) {
        CliSupport.printProblems(((CliSupport.DataException) e).report(), err);
        return INVALID_DATA;
      }
      if (e instanceof CliSupport.OutputException) {
        err.println("southsouth: " + e.getMessage());
        err.flush();
        return INVALID_DATA;
      }
      throw e; // a defect: let picocli print the stack trace
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Reports the version of the build, written into {@code version.txt} when it was built. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      try (InputStream in = SouthSouth.class.getResourceAsStream("version.txt")) {
        if (in == null) {
          throw new IOException("version.txt is missing from the build of southsouth");
        }
        return new String[] {new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()};
      }
    }
  }
}
