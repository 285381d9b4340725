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
   * Returns the ISO 3166-1 alpha-2 code, for countries. A builder refuses anything but two
   * upper-case ASCII letters.
   *
   * @return two upper-case letters
   */
  public abstract Optional<String> iso2();

  /**
   * Returns the ISO 3166-1 alpha-3 code, for countries. A builder refuses anything but three
   * upper-case ASCII letters.
   *
   * @return three upper-case letters
   */
  public abstract Optional<String> iso3();

  /**
   * Returns the UN M49 code (for countries, the ISO 3166-1 numeric code). A builder refuses
   * anything but three ASCII digits.
   *
   * @return three digits, with leading zeros
   */
  public abstract Optional<String> m49();

  @Value.Check
  void check() {
    Kind.ACTOR.checkIdOfThisKind(id());
    iso2().ifPresent(code -> checkCode("iso2", code, 2, 'A', 'Z', "an ISO 3166-1 alpha-2 code of two upper-case letters, e.g. KE"));
    iso3().ifPresent(code -> checkCode("iso3", code, 3, 'A', 'Z', "an ISO 3166-1 alpha-3 code of three upper-case letters, e.g. KEN"));
    m49().ifPresent(code -> checkCode("m49", code, 3, '0', '9', "a UN M49 code of three digits, e.g. 404 or 002"));
  }

  /**
   * Checks a country or region code: exactly {@code length} characters from {@code low} to {@code
   * high}; the message says which field, what was found and what was expected.
   */
  private static void checkCode(String field, String code, int length, char low, char high, String expected) {
    boolean ok = code.length() == length;
    for (int i = 0; ok && i < length; i++) {
      ok = code.charAt(i) >= low && code.charAt(i) <= high;
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "invalid " + field + " \"" + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "\": expected " + expected);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableActor.builder();
  }

  /**
   * Builds {@link Actor} values: set the attributes, then call {@link #build()}. Made with {@link
   * Actor#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Actor> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Actor}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Actor instance);

    /**
     * Sets {@link Actor#actorType() actorType}.
     *
     * @param actorType the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder actorType(ActorType actorType);

    /**
     * Sets the optional {@link Actor#iso2() iso2}.
     *
     * @param iso2 the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder iso2(String iso2);

    /**
     * Sets the optional {@link Actor#iso2() iso2}; an empty optional makes it absent.
     *
     * @param iso2 the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder iso2(Optional<String> iso2);

    /**
     * Sets the optional {@link Actor#iso3() iso3}.
     *
     * @param iso3 the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder iso3(String iso3);

    /**
     * Sets the optional {@link Actor#iso3() iso3}; an empty optional makes it absent.
     *
     * @param iso3 the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder iso3(Optional<String> iso3);

    /**
     * Sets the optional {@link Actor#m49() m49}.
     *
     * @param m49 the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder m49(String m49);

    /**
     * Sets the optional {@link Actor#m49() m49}; an empty optional makes it absent.
     *
     * @param m49 the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder m49(Optional<String> m49);

    /**
     * Builds a new {@link Actor Actor}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Actor build();
  }
}
