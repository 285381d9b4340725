package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

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
    checkNotNull(type, "type");
    return builder().type(type).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableCondition.builder();
  }

  /**
   * Builds {@link Condition} values: set the attributes, then call {@link #build()}. Made with {@link
   * Condition#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Condition}: values are replaced, absent optional values do not replace present ones.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Condition instance);

    /**
     * Sets {@link Condition#type() type}.
     *
     * @param type the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder type(ConditionType type);

    /**
     * Sets {@link Condition#description() description}. If not set, the default of {@link Condition#description() description} applies.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder description(LocalizedText description);

    /**
     * Builds a new {@link Condition Condition}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Condition build();
  }
}
