package io.github.southsouth.spark;

import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.Leniency;
import java.io.Serializable;
import java.util.Objects;

/**
 * How {@link SouthSouthSpark} imports files: leniency, reference data and the number of problems
 * kept per file.
 *
 * <p>{@linkplain #lenient() Lenient} (the default): a file or record that cannot be imported never
 * fails the job; its located problems are rows of {@link SouthSouthFrames#problems()} and the
 * other files' results are kept. {@linkplain #strict() Strict}: the job fails with the first
 * located problem (file, line, column, path), as one JVM's strict import does.
 *
 * <p>Immutable, thread-safe and serializable (it travels to the executors), with value equality.
 *
 * @since 0.1.0
 */
public final class SparkReadOptions implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Which reference data the importers link records to.
   *
   * @since 0.1.0
   */
  public enum Reference {
    /**
     * The bundled dataset (southsouth-seeds): recipient countries are the seeds' countries, members
     * of their UN M49 regions, as the command line's imports do. The analyses group by these
     * regions.
     */
    SEEDS,
    /**
     * None: the importers make minimal country and region actors from the source's own codes, which
     * are members of no region.
     */
    NONE
  }

  /** Lenient or strict. */
  private final Leniency leniency;
  /** The reference data the importers link to. */
  private final Reference reference;
  /** The problems kept per file. */
  private final int maxProblems;

  private SparkReadOptions(Leniency leniency, Reference reference, int maxProblems) {
    this.leniency = leniency;
    this.reference = reference;
    this.maxProblems = maxProblems;
  }

  /**
   * Returns the default options: lenient, linked to the bundled dataset, at most {@value
   * ProblemReport#DEFAULT_LIMIT} problems kept per file.
   *
   * @return the options
   */
  public static SparkReadOptions lenient() {
    return new SparkReadOptions(Leniency.LENIENT, Reference.SEEDS, ProblemReport.DEFAULT_LIMIT);
  }

  /**
   * Returns strict options, otherwise as {@link #lenient()}.
   *
   * @return the options
   */
  public static SparkReadOptions strict() {
    return lenient().withLeniency(Leniency.STRICT);
  }

  /**
   * Returns the leniency.
   *
   * @return lenient or strict
   */
  public Leniency leniency() {
    return leniency;
  }

  /**
   * Tells whether these options are lenient.
   *
   * @return true if lenient
   */
  public boolean isLenient() {
    return leniency == Leniency.LENIENT;
  }

  /**
   * Returns the reference data the records are linked to.
   *
   * @return the reference data
   */
  public Reference reference() {
    return reference;
  }

  /**
   * Returns how many problems are kept per file; further ones are counted in a {@code truncated}
   * problem row.
   *
   * @return the limit, at least 1
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns these options with another leniency.
   *
   * @param leniency lenient or strict
   * @return the options
   * @throws NullPointerException if {@code leniency} is null
   */
  public SparkReadOptions withLeniency(Leniency leniency) {
    return new SparkReadOptions(Objects.requireNonNull(leniency, "leniency"), reference, maxProblems);
  }

  /**
   * Returns these options with other reference data.
   *
   * @param reference the reference data
   * @return the options
   * @throws NullPointerException if {@code reference} is null
   */
  public SparkReadOptions withReference(Reference reference) {
    return new SparkReadOptions(leniency, Objects.requireNonNull(reference, "reference"), maxProblems);
  }

  /**
   * Returns these options with another number of problems kept per file.
   *
   * @param maxProblems the limit, at least 1
   * @return the options
   * @throws IllegalArgumentException if {@code maxProblems} is less than 1
   */
  public SparkReadOptions withMaxProblems(int maxProblems) {
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, got " + maxProblems);
    }
    return new SparkReadOptions(leniency, reference, maxProblems);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SparkReadOptions o
        && leniency == o.leniency
        && reference == o.reference
        && maxProblems == o.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(leniency, reference, maxProblems);
  }

  @Override
  public String toString() {
    return "SparkReadOptions{" + leniency + ", reference " + reference + ", maxProblems " + maxProblems + "}";
  }
}
