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
    Kind.PERSPECTIVE.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutablePerspective.builder();
  }

  /**
   * Builds {@link Perspective} values: set the attributes, then call {@link #build()}. Made with {@link
   * Perspective#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Perspective> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Perspective}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Perspective instance);

    /**
     * Sets {@link Perspective#holder() holder}.
     *
     * @param holder the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder holder(EntityId holder);

    /**
     * Sets {@link Perspective#stance() stance}.
     *
     * @param stance the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder stance(Stance stance);

    /**
     * Sets {@link Perspective#claim() claim}.
     *
     * @param claim the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder claim(LocalizedText claim);

    /**
     * Adds one element to {@link Perspective#about() about} set.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAbout(EntityId element);

    /**
     * Adds elements to {@link Perspective#about() about} set.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAbout(EntityId... elements);

    /**
     * Sets or replaces all elements for {@link Perspective#about() about} set.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder about(Iterable<? extends EntityId> elements);

    /**
     * Adds elements to {@link Perspective#about() about} set.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllAbout(Iterable<? extends EntityId> elements);

    /**
     * Builds a new {@link Perspective Perspective}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Perspective build();
  }
}
