package io.github.southsouth.serialization.diagram;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a diagram shows and how: the languages of node labels, and which part of the graph — all of
 * it, the neighbourhood of one entity ({@link Builder#around}), and/or a subgraph chosen by
 * predicates on entities and relations ({@link Builder#entities}, {@link Builder#relations}), so
 * that pictures of large graphs stay readable.
 *
 * <pre>{@code
 * DiagramOptions options = DiagramOptions.builder()
 *     .around(EntityId.parse("principle:non-conditionality"), 2)
 *     .languages("zh-Hans")
 *     .entities(e -> e.kind() != Kind.SOURCE)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe if its predicates are.
 *
 * @since 0.1.0
 */
public final class DiagramOptions {

  private static final DiagramOptions DEFAULTS = builder().build();

  private final ImmutableList<String> languages;
  private final Optional<EntityId> center;
  private final int hops;
  private final Predicate<? super Entity> entities;
  private final Predicate<? super Relation> relations;

  private DiagramOptions(Builder builder) {
    this.languages = builder.languages;
    this.center = builder.center;
    this.hops = builder.hops;
    this.entities = builder.entities;
    this.relations = builder.relations;
  }

  /**
   * Returns the default options: the whole graph, labelled in English.
   *
   * @return the defaults
   */
  public static DiagramOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the label languages, most preferred first; see {@link LocalizedText#best(List)}.
   *
   * @return BCP 47 tags
   */
  public ImmutableList<String> languages() {
    return languages;
  }

  /**
   * Returns the entity whose neighbourhood is drawn, if only a neighbourhood is.
   *
   * @return the centre
   */
  public Optional<EntityId> center() {
    return center;
  }

  /**
   * Returns how many relations away from the centre a neighbourhood reaches, in either direction.
   *
   * @return the number of hops; meaningful only with a centre
   */
  public int hops() {
    return hops;
  }

  /**
   * Returns the predicate entities must pass to be drawn (the centre is always drawn).
   *
   * @return the entity predicate
   */
  public Predicate<? super Entity> entities() {
    return entities;
  }

  /**
   * Returns the predicate relations must pass to be drawn and, in a neighbourhood, followed.
   *
   * @return the relation predicate
   */
  public Predicate<? super Relation> relations() {
    return relations;
  }

  /** Builds {@link DiagramOptions}. Not thread-safe. */
  public static final class Builder {
    private ImmutableList<String> languages = ImmutableList.of(LocalizedText.ENGLISH);
    private Optional<EntityId> center = Optional.empty();
    private int hops = 1;
    private Predicate<? super Entity> entities = e -> true;
    private Predicate<? super Relation> relations = r -> true;

    private Builder() {}

    /**
     * Sets the label languages, most preferred first; English and then any language are the
     * fallbacks.
     *
     * @param languages BCP 47 tags such as {@code zh-Hans} or {@code zh-Latn-pinyin}
     * @return this builder
     * @throws IllegalArgumentException if a tag is ill-formed
     */
    public Builder languages(String... languages) {
      ImmutableList.Builder<String> tags = ImmutableList.builder();
      for (String tag : languages) {
        tags.add(LocalizedText.canonicalTag(tag));
      }
      this.languages = tags.build();
      return this;
    }

    /**
     * Draws only the neighbourhood of an entity: the entities at most {@code hops} relations away
     * from it, following relations in both directions.
     *
     * @param center the entity at the centre
     * @param hops 0 or more; 0 draws the centre alone
     * @return this builder
     * @throws IllegalArgumentException if {@code hops} is negative
     */
    public Builder around(EntityId center, int hops) {
      if (hops < 0) {
        throw new IllegalArgumentException("hops must be 0 or more, got " + hops);
      }
      this.center = Optional.of(center);
      this.hops = hops;
      return this;
    }

    /**
     * Draws only the entities that pass a predicate, and the relations between them.
     *
     * @param predicate the entity predicate
     * @return this builder
     */
    public Builder entities(Predicate<? super Entity> predicate) {
      this.entities = Objects.requireNonNull(predicate);
      return this;
    }

    /**
     * Draws (and, in a neighbourhood, follows) only the relations that pass a predicate.
     *
     * @param predicate the relation predicate
     * @return this builder
     */
    public Builder relations(Predicate<? super Relation> predicate) {
      this.relations = Objects.requireNonNull(predicate);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public DiagramOptions build() {
      return new DiagramOptions(this);
    }
  }
}
