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
    return new Builder();
  }

  /** Builds {@link Concept}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableConcept.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
