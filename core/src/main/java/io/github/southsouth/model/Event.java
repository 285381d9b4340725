package io.github.southsouth.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened at a time and place, such as the Asian-African Conference in Bandung, 18 to 24 April 1955.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Event implements Entity {

  Event() {}

  @Override
  public final Kind kind() {
    return Kind.EVENT;
  }

  /**
   * Returns when the event took place.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns where it took place: the id of a country or region actor.
   *
   * @return the place
   */
  public abstract Optional<EntityId> place();

  @Value.Check
  void check() {
    Kind.EVENT.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Event}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableEvent.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
