package io.github.southsouth.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who acts or holds a view: a country, region, group of countries, organisation, forum or community ("Chinese citizens"). Countries carry ISO 3166-1 codes and their UN M49 code; regions their M49 code.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Actor implements Entity {

  Actor() {}

  @Override
  public final Kind kind() {
    return Kind.ACTOR;
  }

  /**
   * Returns what kind of actor this is.
   *
   * @return the actor type
   */
  public abstract ActorType actorType();

  /**
   * Returns the ISO 3166-1 alpha-2 code, for countries.
   *
   * @return two upper-case letters
   */
  public abstract Optional<String> iso2();

  /**
   * Returns the ISO 3166-1 alpha-3 code, for countries.
   *
   * @return three upper-case letters
   */
  public abstract Optional<String> iso3();

  /**
   * Returns the UN M49 code (for countries, the ISO 3166-1 numeric code).
   *
   * @return three digits, with leading zeros
   */
  public abstract Optional<String> m49();

  @Value.Check
  void check() {
    Kind.ACTOR.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Actor}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableActor.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
