package io.github.southsouth.model;

import org.immutables.value.Value;

/**
 * One condition attached to an initiative's finance: its {@link ConditionType} and, where the
 * source says, what it requires.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Condition {

  Condition() {}

  /**
   * Returns the type of the condition.
   *
   * @return the type
   */
  public abstract ConditionType type();

  /**
   * Returns what the condition requires, in the languages the source gives.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns a condition of the given type with no description.
   *
   * @param type the type
   * @return the condition
   */
  public static Condition of(ConditionType type) {
    return builder().type(type).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Condition}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableCondition.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
