package io.github.southsouth.model;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A claim held by someone: who holds it, its stance and what it is about. Contested statements live here, attributed to a holder and a source, never as bare facts on other entities.
 *
 * <p>The stance is towards each entity the perspective is {@linkplain #about() about}: a perspective
 * critical of X and Y criticises X and Y. A view that takes different stances towards different
 * things (rejecting a label while supporting the initiative it is applied to) is recorded as one
 * perspective per stance, each about what that stance is towards, so that the perspectives critical
 * of the initiative ({@code graph.perspectiveQuery().about(initiative).withStance(CRITICAL)}) leave
 * out a rejection of the label.
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
   * Returns the stance of the claim towards each entity it is {@linkplain #about() about}.
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
   * Returns the entities the claim is about, the claim taking its {@linkplain #stance() stance}
   * towards each of them.
   *
   * @return the ids, in the order given
   */
  public abstract ImmutableSet<EntityId> about();

  @Value.Check
  void check() {
    if (id().kind() != Kind.PERSPECTIVE) {
      throw new IllegalArgumentException(
          "the id " + id() + " is not a perspective id: expected perspective:<slug>");
    }
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
