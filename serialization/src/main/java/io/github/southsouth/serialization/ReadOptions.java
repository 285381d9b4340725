package io.github.southsouth.serialization;

import io.github.southsouth.problem.ProblemReport;
import java.util.Objects;

/**
 * Options shared by every southsouth reader and importer: {@link Leniency}, the most problems to
 * report, the limits on untrusted input and a {@link ProgressListener}.
 *
 * <p>Every limit has a safe default and a setter; a hit is reported as a located {@code
 * limit-exceeded} problem, never as an {@code OutOfMemoryError} or {@code StackOverflowError}.
 * Defaults: nesting depth 200, string length 10,000,000 characters, number length 1,000 digits,
 * document size 512 MiB, YAML aliases 50 and YAML code points 512 Mi.
 *
 * <p>Immutable and thread-safe; each {@code with*} method returns a changed copy.
 *
 * @since 0.1.0
 */
public final class ReadOptions {

  private static final ReadOptions DEFAULTS =
      new ReadOptions(
          Leniency.STRICT,
          ProblemReport.DEFAULT_LIMIT,
          200,
          10_000_000,
          1_000,
          512L * 1024 * 1024,
          50,
          ProgressListener.NONE);

  private final Leniency leniency;
  private final int maxProblems;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxAliases;
  private final ProgressListener progress;

  private ReadOptions(
      Leniency leniency,
      int maxProblems,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      long maxDocumentLength,
      int maxAliases,
      ProgressListener progress) {
    this.leniency = leniency;
    this.maxProblems = maxProblems;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxDocumentLength = maxDocumentLength;
    this.maxAliases = maxAliases;
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
   * Returns the deepest nesting of arrays and objects (or XML elements) accepted.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value accepted, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number accepted, in characters.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the largest document accepted, in bytes (characters for YAML).
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns how many YAML aliases a read reports before it stops. The native format uses no
   * anchors or aliases: each alias is reported as unsafe content and never expanded, so an alias
   * bomb costs nothing; this limit bounds the reporting.
   *
   * @return the limit
   */
  public int maxAliases() {
    return maxAliases;
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
   */
  public ReadOptions withLeniency(Leniency leniency) {
    return new ReadOptions(Objects.requireNonNull(leniency), maxProblems, maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, maxAliases, progress);
  }

  /**
   * Returns a copy with another problem limit.
   *
   * @param maxProblems at least 1
   * @return the changed copy
   */
  public ReadOptions withMaxProblems(int maxProblems) {
    return new ReadOptions(leniency, positive(maxProblems, "maxProblems"), maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, maxAliases, progress);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param maxNestingDepth at least 1
   * @return the changed copy
   */
  public ReadOptions withMaxNestingDepth(int maxNestingDepth) {
    return new ReadOptions(leniency, maxProblems, positive(maxNestingDepth, "maxNestingDepth"), maxStringLength, maxNumberLength, maxDocumentLength, maxAliases, progress);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param maxStringLength at least 1
   * @return the changed copy
   */
  public ReadOptions withMaxStringLength(int maxStringLength) {
    return new ReadOptions(leniency, maxProblems, maxNestingDepth, positive(maxStringLength, "maxStringLength"), maxNumberLength, maxDocumentLength, maxAliases, progress);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param maxNumberLength at least 1
   * @return the changed copy
   */
  public ReadOptions withMaxNumberLength(int maxNumberLength) {
    return new ReadOptions(leniency, maxProblems, maxNestingDepth, maxStringLength, positive(maxNumberLength, "maxNumberLength"), maxDocumentLength, maxAliases, progress);
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param maxDocumentLength at least 1
   * @return the changed copy
   */
  public ReadOptions withMaxDocumentLength(long maxDocumentLength) {
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException("maxDocumentLength must be at least 1, got " + maxDocumentLength);
    }
    return new ReadOptions(leniency, maxProblems, maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, maxAliases, progress);
  }

  /**
   * Returns a copy with another YAML alias limit.
   *
   * @param maxAliases at least 0
   * @return the changed copy
   */
  public ReadOptions withMaxAliases(int maxAliases) {
    if (maxAliases < 0) {
      throw new IllegalArgumentException("maxAliases must not be negative, got " + maxAliases);
    }
    return new ReadOptions(leniency, maxProblems, maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, maxAliases, progress);
  }

  /**
   * Returns a copy with another progress listener.
   *
   * @param progress the listener
   * @return the changed copy
   */
  public ReadOptions withProgress(ProgressListener progress) {
    return new ReadOptions(leniency, maxProblems, maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, maxAliases, Objects.requireNonNull(progress));
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "ReadOptions{" + leniency + ", maxProblems=" + maxProblems + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength
        + ", maxDocumentLength=" + maxDocumentLength + ", maxAliases=" + maxAliases + "}";
  }
}
