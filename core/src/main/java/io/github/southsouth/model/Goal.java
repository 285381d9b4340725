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
    return new Builder();
  }

  /** Builds {@link Goal}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableGoal.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
