package io.github.southsouth.problem;

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
    return new Builder();
  }

  /** Builds {@link Problem}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableProblem.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
