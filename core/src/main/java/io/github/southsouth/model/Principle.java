package io.github.southsouth.model;

import org.immutables.value.Value;

/**
 * A principle of South-South Cooperation, such as Mutual Benefit (互利, Hùlì), Respect for Sovereignty or Non-Conditionality.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Principle implements Entity {

  Principle() {}

  @Override
  public final Kind kind() {
    return Kind.PRINCIPLE;
  }

  @Value.Check
  void check() {
    Kind.PRINCIPLE.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutablePrinciple.builder();
  }

  /**
   * Builds {@link Principle} values: set the attributes, then call {@link #build()}. Made with {@link
   * Principle#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Principle> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Principle}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Principle instance);

    /**
     * Builds a new {@link Principle Principle}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Principle build();
  }
}
