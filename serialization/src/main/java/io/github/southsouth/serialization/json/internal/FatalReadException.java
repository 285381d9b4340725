package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.problem.Problem;

/**
 * Stops reading an input after a problem that makes the rest unreadable (a syntax error, a limit,
 * unsafe content). Carries the problem; caught by the reader, never seen by users.
 */
public final class FatalReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  /**
   * Creates the exception.
   *
   * @param problem the problem
   */
  public FatalReadException(Problem problem) {
    super(problem.toString(), null, false, false);
    this.problem = problem;
  }

  /** Returns the problem. */
  public Problem problem() {
    return problem;
  }
}
