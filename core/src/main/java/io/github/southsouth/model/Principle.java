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
    return new Builder();
  }

  /** Builds {@link Principle}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutablePrinciple.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
