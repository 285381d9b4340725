package io.github.southsouth.model;

/**
 * The kind of an {@link Entity}, which is also the prefix of its {@link EntityId}: {@code
 * principle:mutual-benefit} is a {@link #PRINCIPLE}.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code} and names the
 * model type of its entities. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Kind implements Coded {
  /** A principle of cooperation, such as Mutual Benefit. */
  PRINCIPLE("principle", Principle.class),
  /** A goal that cooperation pursues, such as Promoting Shared Development. */
  GOAL("goal", Goal.class),
  /** An area of contribution, such as infrastructure investment. */
  THEME("theme", Theme.class),
  /** Another idea the model names, such as the Global South. */
  CONCEPT("concept", Concept.class),
  /** A framework, programme or project. */
  INITIATIVE("initiative", Initiative.class),
  /** A country, region, group, organisation, forum or community. */
  ACTOR("actor", Actor.class),
  /** Something that happened, such as the Bandung Conference. */
  EVENT("event", Event.class),
  /** A claim held by an actor. */
  PERSPECTIVE("perspective", Perspective.class),
  /** A document that other entities cite. */
  SOURCE("source", Source.class);

  private final String code;
  private final Class<? extends Entity> type;

  Kind(String code, Class<? extends Entity> type) {
    this.code = code;
    this.type = type;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the model type whose instances have this kind, e.g. {@code Principle.class}.
   *
   * @return the entity type
   */
  public Class<? extends Entity> type() {
    return type;
  }

  /**
   * Checks that an id is of this kind, as each entity does of its own id.
   *
   * @param id the id
   * @throws IllegalArgumentException if the id is of another kind
   */
  void checkIdOfThisKind(EntityId id) {
    if (id.kind() != this) {
      throw new IllegalArgumentException(
          "the id " + id + " is not " + withArticle() + " id: expected " + code + ":<slug>");
    }
  }
}
