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
    return ImmutableEvent.builder();
  }

  /**
   * Builds {@link Event} values: set the attributes, then call {@link #build()}. Made with {@link
   * Event#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Event> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Event}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Event instance);

    /**
     * Sets the optional {@link Event#period() period}.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Period period);

    /**
     * Sets the optional {@link Event#period() period}; an empty optional makes it absent.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Optional<? extends Period> period);

    /**
     * Sets the optional {@link Event#place() place}.
     *
     * @param place the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder place(EntityId place);

    /**
     * Sets the optional {@link Event#place() place}; an empty optional makes it absent.
     *
     * @param place the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder place(Optional<? extends EntityId> place);

    /**
     * Builds a new {@link Event Event}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Event build();
  }
}
