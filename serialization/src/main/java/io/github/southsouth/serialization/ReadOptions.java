package io.github.southsouth.serialization;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.problem.ProblemReport;
import java.util.Objects;

/**
 * Options shared by every southsouth reader and importer: {@link Leniency} (which {@link
 * ReadPolicy#of(ReadOptions)} turns into what becomes of each kind of problem), the most problems
 * to report, the {@link ReadLimits} on untrusted input and a {@link ProgressListener}.
 *
 * <p>Strict, with {@link ProblemReport#DEFAULT_LIMIT} problems, the {@linkplain
 * ReadLimits#defaults() default limits} and no progress listener, unless changed.
 *
 * <p>Immutable and thread-safe, with equality over every option; each {@code with*} method returns
 * a changed copy.
 *
 * @since 0.1.0
 */
public final class ReadOptions {

  private static final ReadOptions DEFAULTS =
      new ReadOptions(Leniency.STRICT, ProblemReport.DEFAULT_LIMIT, ReadLimits.defaults(), ProgressListener.NONE);

  private final Leniency leniency;
  private final int maxProblems;
  private final ReadLimits limits;
  private final ProgressListener progress;

  private ReadOptions(Leniency leniency, int maxProblems, ReadLimits limits, ProgressListener progress) {
    this.leniency = leniency;
    this.maxProblems = maxProblems;
    this.limits = limits;
    this.progress = progress;
  }

  /**
   * Returns the default options: strict, with the default limits.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the default options, lenient.
   *
   * @return lenient defaults
   */
  public static ReadOptions lenient() {
    return DEFAULTS.withLeniency(Leniency.LENIENT);
  }

  /**
   * Returns the leniency.
   *
   * @return strict or lenient
   */
  public Leniency leniency() {
    return leniency;
  }

  /**
   * Tells whether the options are lenient.
   *
   * @return true if lenient
   */
  public boolean isLenient() {
    return leniency == Leniency.LENIENT;
  }

  /**
   * Returns the most errors, and separately the most warnings, a read reports; the rest are
   * counted.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns the limits on untrusted input.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns the progress listener.
   *
   * @return the listener
   */
  public ProgressListener progress() {
    return progress;
  }

  /**
   * Returns a copy with another leniency.
   *
   * @param leniency the leniency
   * @return the changed copy
   * @throws NullPointerException if {@code leniency} is null
   */
  public ReadOptions withLeniency(Leniency leniency) {
    return new ReadOptions(checkNotNull(leniency, "leniency"), maxProblems, limits, progress);
  }

  /**
   * Returns a copy with another problem limit.
   *
   * @param maxProblems at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if {@code maxProblems} is less than 1
   */
  public ReadOptions withMaxProblems(int maxProblems) {
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, got " + maxProblems);
    }
    return new ReadOptions(leniency, maxProblems, limits, progress);
  }

  /**
   * Returns a copy with other limits on untrusted input.
   *
   * @param limits the limits, e.g. {@code ReadLimits.builder().maxStringLength(100_000).build()}
   * @return the changed copy
   * @throws NullPointerException if {@code limits} is null
   */
  public ReadOptions withLimits(ReadLimits limits) {
    return new ReadOptions(leniency, maxProblems, checkNotNull(limits, "limits"), progress);
  }

  /**
   * Returns a copy with another progress listener.
   *
   * @param progress the listener
   * @return the changed copy
   * @throws NullPointerException if {@code progress} is null
   */
  public ReadOptions withProgress(ProgressListener progress) {
    return new ReadOptions(leniency, maxProblems, limits, checkNotNull(progress, "progress"));
  }

  /** Equal when leniency, problem limit, limits and progress listener are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReadOptions)) {
      return false;
    }
    ReadOptions that = (ReadOptions) other;
    return leniency == that.leniency
        && maxProblems == that.maxProblems
        && limits.equals(that.limits)
        && progress.equals(that.progress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(leniency, maxProblems, limits, progress);
  }

  @Override
  public String toString() {
    return "ReadOptions{" + leniency + ", maxProblems=" + maxProblems + ", " + limits + "}";
  }
}
