package io.github.southsouth.model;

import org.immutables.value.Value;

/**
 * A goal that South-South Cooperation pursues, such as Promoting Shared Development.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Goal implements Entity {

  Goal() {}

  @Override
  public final Kind kind() {
    return Kind.GOAL;
  }

  @Value.Check
  void check() {
    Kind.GOAL.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableGoal.builder();
  }

  /**
   * Builds {@link Goal} values: set the attributes, then call {@link #build()}. Made with {@link
   * Goal#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Goal> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Goal}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Goal instance);

    /**
     * Builds a new {@link Goal Goal}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Goal build();
  }
}
