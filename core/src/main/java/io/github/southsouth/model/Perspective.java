package io.github.southsouth.model;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A claim held by someone: who holds it, its stance and what it is about. Contested statements live here, attributed to a holder and a source, never as bare facts on other entities.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Perspective implements Entity {

  Perspective() {}

  @Override
  public final Kind kind() {
    return Kind.PERSPECTIVE;
  }

  /**
   * Returns the actor who holds this perspective.
   *
   * @return the holder's id
   */
  public abstract EntityId holder();

  /**
   * Returns the stance of the claim towards what it is about.
   *
   * @return the stance
   */
  public abstract Stance stance();

  /**
   * Returns the claim itself.
   *
   * @return the claim, in English at least once in a graph
   */
  public abstract LocalizedText claim();

  /**
   * Returns the entities the claim is about.
   *
   * @return the ids, in the order given
   */
  public abstract ImmutableSet<EntityId> about();

  @Value.Check
  void check() {
    Kind.PERSPECTIVE.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Perspective}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutablePerspective.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
