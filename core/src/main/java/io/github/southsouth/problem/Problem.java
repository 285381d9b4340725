package io.github.southsouth.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import org.immutables.value.Value;

/**
 * One problem found in data: its {@link Severity}, a stable {@link ProblemCode}, a message that
 * says what was found and what was expected, and its {@link Location}.
 *
 * <p>{@link #toString()} gives the one-line form that tools print: {@code FILE:LINE:COL: CODE
 * message}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Problem {

  Problem() {}

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  public abstract ProblemCode code();

  /**
   * Returns what was found and what was expected.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns where.
   *
   * @return the location
   */
  @Value.Default
  public Location location() {
    return Location.unknown();
  }

  /**
   * Returns an error.
   *
   * @param code the code
   * @param message what was found and what was expected
   * @param location where
   * @return the problem
   */
  public static Problem error(ProblemCode code, String message, Location location) {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkNotNull(location, "location");
    return builder()
        .severity(Severity.ERROR)
        .code(code)
        .message(message)
        .location(location)
        .build();
  }

  /**
   * Returns a warning.
   *
   * @param code the code
   * @param message what was found and what was expected
   * @param location where
   * @return the problem
   */
  public static Problem warning(ProblemCode code, String message, Location location) {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkNotNull(location, "location");
    return builder()
        .severity(Severity.WARNING)
        .code(code)
        .message(message)
        .location(location)
        .build();
  }

  /**
   * Tells whether this is an error.
   *
   * @return true if the severity is error
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Returns {@code FILE:LINE:COL: CODE message}, with {@code warning: } before the code for
   * warnings, and the pointer and subject after the message when known.
   */
  @Override
  public String toString() {
    Location location = location();
    String position = location.position();
    StringBuilder text = new StringBuilder();
    if (!position.isEmpty()) {
      text.append(position).append(": ");
    }
    if (severity() == Severity.WARNING) {
      text.append("warning: ");
    }
    text.append(code().code()).append(' ').append(message());
    location.pointer().ifPresent(p -> text.append(" (at ").append(p).append(')'));
    location
        .subject()
        .filter(s -> !s.equals(position) && !message().contains(s))
        .ifPresent(s -> text.append(" [").append(s).append(']'));
    return text.toString();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableProblem.builder();
  }

  /**
   * Builds {@link Problem} values: set the attributes, then call {@link #build()}. Made with {@link
   * Problem#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Problem}: values are replaced, absent optional values do not replace present ones.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Problem instance);

    /**
     * Sets {@link Problem#severity() severity}.
     *
     * @param severity the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder severity(Severity severity);

    /**
     * Sets {@link Problem#code() code}.
     *
     * @param code the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder code(ProblemCode code);

    /**
     * Sets {@link Problem#message() message}.
     *
     * @param message the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder message(String message);

    /**
     * Sets {@link Problem#location() location}. If not set, the default of {@link Problem#location() location} applies.
     *
     * @param location the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder location(Location location);

    /**
     * Builds a new {@link Problem Problem}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Problem build();
  }
}
