package io.github.southsouth.serialization;

import java.util.Objects;

/**
 * The limits every southsouth reader and importer puts on untrusted input, as Jackson's {@code
 * StreamReadConstraints} does for one parser: how deep arrays and objects (or XML elements) may
 * nest, how long a string or a number may be, and how large a document may be. A hit is reported
 * as a located {@code limit-exceeded} problem, never as an {@code OutOfMemoryError} or {@code
 * StackOverflowError}.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults()
 *     .withLimits(ReadLimits.builder().maxStringLength(100_000).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe, with equality over every limit; {@link #builder()} makes one,
 * {@link #toBuilder()} a changed copy.
 *
 * @since 0.1.0
 */
public final class ReadLimits {

  /** The deepest nesting accepted unless set: {@value}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 200;

  /** The longest string accepted unless set, in characters: {@value}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000_000;

  /** The longest number accepted unless set, in characters: {@value}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1_000;

  /** The largest document accepted unless set, in bytes (characters for YAML): {@value}, 512 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;

  private ReadLimits(Builder builder) {
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxDocumentLength = builder.maxDocumentLength;
  }

  /**
   * Returns the default limits, the {@code DEFAULT_*} constants of this class.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder holding the default limits.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these limits, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxDocumentLength(maxDocumentLength);
  }

  /**
   * Returns the deepest nesting of arrays and objects (or XML elements) accepted.
   *
   * @return the limit, at least 1
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value accepted, in characters.
   *
   * @return the limit, at least 1
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number accepted, in characters.
   *
   * @return the limit, at least 1
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the largest document accepted, in bytes (characters for YAML).
   *
   * @return the limit, at least 1
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** Equal when every limit is equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReadLimits)) {
      return false;
    }
    ReadLimits that = (ReadLimits) other;
    return maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength
        && maxDocumentLength == that.maxDocumentLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength + ", maxDocumentLength=" + maxDocumentLength + "}";
  }

  /**
   * Builds {@link ReadLimits}; starts from the defaults, and checks each limit where it is given.
   * Not thread-safe: use one per thread.
   */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /**
     * Sets the deepest nesting of arrays and objects (or XML elements) accepted.
     *
     * @param maxNestingDepth at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = (int) atLeastOne(maxNestingDepth, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string value accepted, in characters.
     *
     * @param maxStringLength at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = (int) atLeastOne(maxStringLength, "maxStringLength");
      return this;
    }

    /**
     * Sets the longest number accepted, in characters.
     *
     * @param maxNumberLength at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxNumberLength(int maxNumberLength) {
      this.maxNumberLength = (int) atLeastOne(maxNumberLength, "maxNumberLength");
      return this;
    }

    /**
     * Sets the largest document accepted, in bytes (characters for YAML).
     *
     * @param maxDocumentLength at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      this.maxDocumentLength = atLeastOne(maxDocumentLength, "maxDocumentLength");
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long atLeastOne(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
