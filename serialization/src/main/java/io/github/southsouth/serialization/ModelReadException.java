package io.github.southsouth.serialization;

import io.github.southsouth.problem.ProblemReport;

/**
 * Thrown when an input cannot be read into a model. It carries the {@link ProblemReport} with
 * every problem found, each located by source, line, column and pointer. A failed read yields no
 * graph: nothing is half-loaded.
 *
 * <p>The message is the report: one problem per line, {@code FILE:LINE:COL: CODE message}, then a
 * summary. No stack trace is needed to understand it.
 *
 * <p>Unchecked, like {@code InvalidModelException} and Jackson 3's own exceptions: bad data is
 * something a caller may handle where it makes sense (a command line prints the report and exits),
 * not at every call. Every method that throws it says so with {@code @throws}.
 *
 * @since 0.1.0
 */
public final class ModelReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProblemReport report;

  /**
   * Creates the exception.
   *
   * @param report the problems, with at least one error
   */
  public ModelReadException(ProblemReport report) {
    super(report.toString(), null, false, false);
    this.report = report;
  }

  /**
   * Returns every problem found.
   *
   * @return the report
   */
  public ProblemReport report() {
    return report;
  }
}
