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
    if (id().kind() != Kind.ACTOR) {
      throw new IllegalArgumentException(
          "the id " + id() + " is not an actor id: expected actor:<slug>");
    }
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
    return new Builder();
  }

  /** Builds {@link Actor}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableActor.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
