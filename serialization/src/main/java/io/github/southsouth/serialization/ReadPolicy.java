package io.github.southsouth.serialization;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.Severity;

/**
 * The one place where strict and lenient reading differ: every reader and importer (native JSON,
 * YAML and JSON Lines, the CSV tables, IATI, AidData) reports what it found as a {@link
 * ProblemKind}, and the policy of its {@link ReadOptions} decides the {@link Outcome}: the
 * problem's severity, and whether the record is left out or reading stops.
 *
 * <pre>{@code
 * ReadPolicy policy = ReadPolicy.of(ReadOptions.lenient());
 * policy.outcome(ProblemKind.MALFORMED_RECORD);   // SKIP_RECORD
 * policy.outcome(ProblemKind.RECOVERABLE);        // WARN
 * }</pre>
 *
 * <p>The decisions are those of the table in {@link ProblemKind}. A read that ends with an error
 * fails with {@link ModelReadException} and returns no graph, whichever kind the error was.
 *
 * <p>Immutable and thread-safe; each query is O(1).
 *
 * @since 0.1.0
 */
public final class ReadPolicy {

  /** What becomes of a problem and of the data it was found in. Immutable and thread-safe. */
  public enum Outcome {
    /** A warning; the data is read on and kept. */
    WARN,
    /** An error; reading goes on so that every problem is reported, and the read fails. */
    FAIL,
    /**
     * A warning; the record is left out, with a {@code skipped-record} warning, and reading goes
     * on.
     */
    SKIP_RECORD,
    /**
     * An error; the input is read no further than it takes to report the problem, the data read
     * is not checked against the graph's rules, and the read fails.
     */
    STOP;

    /**
     * Returns the severity of a problem with this outcome.
     *
     * @return warning for {@link #WARN} and {@link #SKIP_RECORD}, error otherwise
     */
    public Severity severity() {
      return this == WARN || this == SKIP_RECORD ? Severity.WARNING : Severity.ERROR;
    }
  }

  private static final ReadPolicy STRICT = new ReadPolicy(Leniency.STRICT);
  private static final ReadPolicy LENIENT = new ReadPolicy(Leniency.LENIENT);

  private final Leniency leniency;

  private ReadPolicy(Leniency leniency) {
    this.leniency = leniency;
  }

  /**
   * Returns the policy of a leniency.
   *
   * @param leniency strict or lenient
   * @return the policy
   * @throws NullPointerException if {@code leniency} is null
   */
  public static ReadPolicy of(Leniency leniency) {
    return checkNotNull(leniency, "leniency") == Leniency.STRICT ? STRICT : LENIENT;
  }

  /**
   * Returns the policy of read options.
   *
   * @param options the options, of which only the leniency counts
   * @return the policy
   * @throws NullPointerException if {@code options} is null
   */
  public static ReadPolicy of(ReadOptions options) {
    return of(checkNotNull(options, "options").leniency());
  }

  /**
   * Returns the leniency this policy applies.
   *
   * @return strict or lenient
   */
  public Leniency leniency() {
    return leniency;
  }

  /**
   * Decides what becomes of a problem of a kind.
   *
   * @param kind what the reader found
   * @return the outcome
   * @throws NullPointerException if {@code kind} is null
   */
  public Outcome outcome(ProblemKind kind) {
    boolean lenient = leniency == Leniency.LENIENT;
    switch (checkNotNull(kind, "kind")) {
      case NOTE:
        return Outcome.WARN;
      case RECOVERABLE:
        return lenient ? Outcome.WARN : Outcome.FAIL;
      case INVALID:
        return Outcome.FAIL;
      case MALFORMED_RECORD:
        return lenient ? Outcome.SKIP_RECORD : Outcome.FAIL;
      case FATAL:
        return Outcome.STOP;
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Returns the severity of a problem of a kind: {@code outcome(kind).severity()}.
   *
   * @param kind what the reader found
   * @return warning or error
   * @throws NullPointerException if {@code kind} is null
   */
  public Severity severity(ProblemKind kind) {
    return outcome(kind).severity();
  }

  /**
   * Tells whether a record with a {@link ProblemKind#MALFORMED_RECORD} problem is left out (when
   * lenient) rather than failing the read (when strict).
   *
   * @return true if malformed records are skipped
   */
  public boolean skipsMalformedRecords() {
    return outcome(ProblemKind.MALFORMED_RECORD) == Outcome.SKIP_RECORD;
  }

  /**
   * Returns a problem of a kind, with the severity this policy gives it.
   *
   * @param kind what the reader found
   * @param code the problem's code
   * @param message what was found and what was expected
   * @param at where
   * @return the problem
   * @throws NullPointerException if an argument is null
   */
  public Problem problem(ProblemKind kind, ProblemCode code, String message, Location at) {
    return severity(kind) == Severity.ERROR ? Problem.error(code, message, at) : Problem.warning(code, message, at);
  }

  /**
   * Returns the {@code skipped-record} warning that follows the problems of a record left out.
   *
   * @param message which record was left out, and why
   * @param at where the record is
   * @return the warning
   * @throws NullPointerException if an argument is null
   */
  public Problem skippedRecord(String message, Location at) {
    return Problem.warning(ProblemCode.SKIPPED_RECORD, message, at);
  }

  @Override
  public String toString() {
    return "ReadPolicy{" + leniency + "}";
  }
}
