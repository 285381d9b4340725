package io.github.southsouth.graph;

import io.github.southsouth.problem.ProblemReport;

/**
 * Thrown by {@link CooperationGraph.Builder#build()} when the data breaks one or more rules. It
 * carries the {@link ProblemReport} with every problem found, not just the first.
 *
 * <p>The message lists the problems (up to the report's limit), one per line.
 *
 * @since 0.1.0
 */
public final class InvalidModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProblemReport report;

  /**
   * Creates the exception.
   *
   * @param report the problems found, with at least one error
   */
  public InvalidModelException(ProblemReport report) {
    super("the model is invalid: " + report.summary() + "\n" + report, null, false, false);
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
