package io.github.southsouth.examples.cli;

import io.github.southsouth.examples.Tour;
import io.github.southsouth.seeds.Seeds;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code southsouth} command line. Without a command it runs {@code tour}.
 *
 * <p>Exit codes: 0 success; 1 invalid data (problems are printed one per line as {@code
 * FILE:LINE:COL: CODE message}, then a count), or an input or output that cannot be read or
 * written (one line); 2 usage error; 3 internal failure, including running out of memory (one line
 * saying so; {@code --debug} prints the stack trace). {@code diff} follows {@code diff(1)}: 0 equal, 1
 * different, 2 trouble (invalid input or usage), and 3 for an internal failure.
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
      "Exit codes:",
      "  0  success (diff: the datasets are equal)",
      "  1  invalid data, or an input or output that cannot be read or written",
      "     (diff: the datasets differ; invalid input is 2, as in diff(1))",
      "  2  usage error: an unknown option, a missing argument, a format that cannot be told",
      "  3  internal failure or out of memory; run again with --debug for the stack trace",
      "Run 'southsouth COMMAND --help' for a command's options and examples."
    })
public final class SouthSouth implements Callable<Integer> {

  /** Exit code of a run whose input data was invalid. */
  public static final int INVALID_DATA = 1;

  /** Exit code of a run with a usage error. */
  public static final int USAGE = 2;

  /** Exit code of a run that failed inside: a defect, or too little memory. */
  public static final int INTERNAL = 3;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal failure, print the stack trace (exit code 3).")
  boolean debug;

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
    cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, parsed, err));
    int code;
    try {
      code = cli.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli lets an Error (e.g. OutOfMemoryError) out of a command: the same one line.
      code = failed(e, cli.getParseResult(), err);
    }
    if (out.checkError()) {
      // A PrintWriter keeps write failures to itself: a full disk or a closed pipe on standard
      // output would otherwise end in silence and exit code 0.
      err.println("southsouth: cannot write standard output (disk full, or the reader went away?): the output is incomplete");
      code = code == 0 ? INVALID_DATA : code;
    }
    err.flush();
    return code;
  }

  /**
   * Ends a command that threw: invalid data and unreadable or unwritable files are reported as
   * such (exit 1), an invalid path as a usage error (exit 2), anything else as an internal
   * failure (exit 3) in one line, with the stack trace only under {@code --debug}.
   */
  private static int failed(Throwable thrown, ParseResult parsed, PrintWriter err) {
    Throwable e = thrown instanceof CommandLine.ExecutionException && thrown.getCause() != null ? thrown.getCause() : thrown;
    if (e instanceof CliSupport.DataException) {
      CliSupport.printProblems(((CliSupport.DataException) e).report(), err);
      return INVALID_DATA;
    }
    if (e instanceof CliSupport.OutputException) {
      err.println("southsouth: " + e.getMessage());
      err.flush();
      return INVALID_DATA;
    }
    if (e instanceof InvalidPathException) {
      err.println("southsouth: invalid path: " + e.getMessage());
      err.flush();
      return USAGE;
    }
    if (e instanceof OutOfMemoryError) {
      err.println("southsouth: out of memory: the input is too large for the Java heap; give Java more"
          + " memory, e.g. java -Xmx4g -jar southsouth.jar ... (run with --debug for the stack trace)");
    } else {
      err.println("southsouth: internal failure (" + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
          + "); this is a defect, please report it; run again with --debug for the stack trace");
    }
    if (debug(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return INTERNAL;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** Tells whether --debug was given, on the command line or any subcommand. */
  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
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
