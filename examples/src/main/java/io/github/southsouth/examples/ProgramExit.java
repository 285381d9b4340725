package io.github.southsouth.examples;

import io.github.southsouth.serialization.ModelReadException;

/**
 * How the example programs end when they cannot do their work, the same way as the {@code
 * southsouth} command line: one message on standard error and exit code 1 when the data is
 * invalid or could not be imported, 2 when the arguments are wrong; never a stack trace.
 */
final class ProgramExit extends Exception {
  private static final long serialVersionUID = 1L;

  /** Exit code of a program whose input data was invalid or could not be read. */
  static final int INVALID_DATA = 1;

  /** Exit code of a program given wrong arguments. */
  static final int USAGE = 2;

  private final int code;

  private ProgramExit(int code, String message) {
    super(message);
    this.code = code;
  }

  /** Wrong arguments: the message, then the program's usage line. */
  static ProgramExit usage(String message, String usage) {
    return new ProgramExit(USAGE, message + "\nusage: " + usage);
  }

  /** An import or read that failed: every problem, located, as the exception lists them. */
  static ProgramExit failed(ModelReadException e) {
    return failed(e.getMessage());
  }

  /** Input that could not be read, e.g. a folder that cannot be listed. */
  static ProgramExit failed(String message) {
    return new ProgramExit(INVALID_DATA, message);
  }

  /** The body of a program's {@code main}. */
  @FunctionalInterface
  interface Body {
    void run() throws ProgramExit;
  }

  /**
   * Runs a program's body; on failure prints its message to standard error and returns the exit
   * code, which {@code main} passes to {@link System#exit}.
   *
   * @return 0, or the code of the failure
   */
  static int run(Body body) {
    try {
      body.run();
      return 0;
    } catch (ProgramExit e) {
      System.out.flush();
      System.err.println(e.getMessage());
      System.err.flush();
      return e.code;
    }
  }

  /** Ends the JVM with the code when it is not 0 (so that tests may call {@code main}). */
  static void exitOnFailure(int code) {
    if (code != 0) {
      System.exit(code);
    }
  }
}
