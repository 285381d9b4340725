package io.github.southsouth.model;

import org.immutables.value.Value;

/**
 * An idea the model names that is neither principle, goal nor theme: South-South Cooperation itself, North-South cooperation, the Global South and Global North, a multipolar world.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Concept implements Entity {

  Concept() {}

  @Override
  public final Kind kind() {
    return Kind.CONCEPT;
  }

  @Value.Check
  void check() {
    Kind.CONCEPT.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableConcept.builder();
  }

  /**
   * Builds {@link Concept} values: set the attributes, then call {@link #build()}. Made with {@link
   * Concept#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Concept> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Concept}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Concept instance);

    /**
     * Builds a new {@link Concept Concept}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Concept build();
  }
}
