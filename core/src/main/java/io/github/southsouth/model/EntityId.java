package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of an {@link Entity}: a {@link Kind} and a slug, printed {@code kind:slug}, e.g.
 * {@code principle:mutual-benefit}, {@code actor:ken} or {@code initiative:aiddata-47008}.
 *
 * <p>A slug is 1 to 200 characters of {@code [A-Za-z0-9._~-]}, the URI-unreserved characters, so an
 * id is also a valid IRI path segment. Identifiers imported from elsewhere that contain other
 * characters are made into slugs with {@link #encode(Kind, String)}, which percent-encodes them
 * with {@code ~} in place of {@code %} so that the result stays a valid slug.
 * Countries use the lowercase ISO 3166-1 alpha-3 code ({@code actor:chn}); UN M49 regions use
 * {@code actor:m49-002}.
 *
 * <p>Immutable and thread-safe. Two ids are equal when kind and slug are equal (case-sensitive);
 * the hash code is computed once, and so is the printed form ({@link #toString()}). Ids sort by
 * kind code, then slug, which is the order of their printed forms.
 *
 * @since 0.1.0
 */
@Value.Immutable(prehash = true, builder = false, copy = false)
public abstract class EntityId implements Comparable<EntityId> {

  /** The longest slug accepted. */
  public static final int MAX_SLUG_LENGTH = 200;

  private static final CharMatcher SLUG_CHARS =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("._~-"))
          .precomputed();

  private static final Kind[] KINDS = Kind.values();

  /**
   * The printed form, made on first use or kept from {@link #parse}. Racy single-check, as in
   * {@code String.hashCode}: a {@code String} is immutable, so a thread sees either null (and
   * makes an equal string itself) or a complete string. Not part of equality.
   */
  private @Nullable String printed;

  EntityId() {}

  /**
   * Returns the kind, which is also the prefix of the printed id.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the slug, the part after the colon.
   *
   * @return the slug, 1 to 200 URI-unreserved characters
   */
  @Value.Parameter
  public abstract String slug();

  @Value.Check
  void check() {
    if (!isValidSlug(slug())) {
      throw new IllegalArgumentException(
          "invalid slug \""
              + slug()
              + "\" for "
              + kind().withArticle()
              + " id: expected 1 to "
              + MAX_SLUG_LENGTH
              + " characters of A-Z a-z 0-9 . _ ~ -");
    }
  }

  /**
   * Returns the id of the given kind and slug.
   *
   * @param kind the kind
   * @param slug 1 to 200 characters of {@code [A-Za-z0-9._~-]}
   * @return the id
   * @throws IllegalArgumentException if the slug is not valid
   */
  public static EntityId of(Kind kind, String slug) {
    checkNotNull(kind, "kind");
    checkNotNull(slug, "slug");
    return ImmutableEntityId.of(kind, slug);
  }

  /**
   * Parses a printed id such as {@code actor:ken}.
   *
   * @param text the printed id
   * @return the id
   * @throws IllegalArgumentException if the text has no known kind prefix or its slug is invalid;
   *     the message says which and what is expected
   */
  public static EntityId parse(String text) {
    checkNotNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "invalid entity id \""
              + text
              + "\": expected kind:slug with kind one of "
              + Coded.codesOf(Kind.class));
    }
    Kind kind = kindBefore(text, colon);
    if (kind == null) {
      throw new IllegalArgumentException(
          "invalid entity id \""
              + text
              + "\": unknown kind \""
              + text.substring(0, colon)
              + "\", expected one of "
              + Coded.codesOf(Kind.class));
    }
    EntityId id = of(kind, text.substring(colon + 1));
    id.printed = text;
    return id;
  }

  /** Returns the kind whose code is {@code text} up to {@code colon}, without a substring. */
  private static @Nullable Kind kindBefore(String text, int colon) {
    for (Kind kind : KINDS) {
      String code = kind.code();
      if (code.length() == colon && text.startsWith(code)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * Parses a printed id, or returns empty if it is not valid.
   *
   * @param text the printed id
   * @return the id, or empty
   */
  public static Optional<EntityId> tryParse(String text) {
    checkNotNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    Kind kind = kindBefore(text, colon);
    String slug = text.substring(colon + 1);
    if (kind == null || !isValidSlug(slug)) {
      return Optional.empty();
    }
    EntityId id = of(kind, slug);
    id.printed = text;
    return Optional.of(id);
  }

  /**
   * Makes an id from an identifier of another system, such as an IATI activity identifier,
   * percent-encoding every character outside {@code [A-Za-z0-9._-]}: each UTF-8 byte becomes
   * {@code ~XX} with upper-case hex, and {@code ~} itself becomes {@code ~7E}. The tilde stands in
   * for the percent sign so that the result is itself a valid slug; {@link #decodedSlug()} reverses
   * it. Identifiers longer than the slug limit after encoding are refused rather than cut, so that
   * two identifiers never share an id.
   *
   * @param kind the kind
   * @param raw the foreign identifier, not empty
   * @return the id
   * @throws IllegalArgumentException if {@code raw} is empty or too long once encoded
   */
  public static EntityId encode(Kind kind, String raw) {
    checkNotNull(kind, "kind");
    checkNotNull(raw, "raw");
    StringBuilder slug = new StringBuilder(raw.length());
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && c != '~' && SLUG_CHARS.matches(c)) {
        slug.append(c);
      } else {
        slug.append('~').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return of(kind, slug.toString());
  }

  /**
   * Reverses {@link #encode(Kind, String)}: returns the foreign identifier this slug was made
   * from. For slugs that were not encoded and contain no {@code ~}, this is the slug itself.
   *
   * @return the decoded identifier
   */
  public String decodedSlug() {
    String slug = slug();
    if (slug.indexOf('~') < 0) {
      return slug;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(slug.length());
    for (int i = 0; i < slug.length(); i++) {
      char c = slug.charAt(i);
      if (c == '~' && i + 2 < slug.length() && isHex(slug.charAt(i + 1)) && isHex(slug.charAt(i + 2))) {
        bytes.write(Character.digit(slug.charAt(i + 1), 16) * 16 + Character.digit(slug.charAt(i + 2), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Tells whether a string is a valid slug.
   *
   * @param slug the candidate
   * @return true if it has 1 to 200 characters, all of {@code [A-Za-z0-9._~-]}
   */
  public static boolean isValidSlug(String slug) {
    checkNotNull(slug, "slug");
    return !slug.isEmpty() && slug.length() <= MAX_SLUG_LENGTH && SLUG_CHARS.matchesAllOf(slug);
  }

  @Override
  public int compareTo(EntityId other) {
    checkNotNull(other, "other");
    if (this == other) {
      return 0;
    }
    Kind kind = kind();
    Kind otherKind = other.kind();
    return kind != otherKind ? kind.code().compareTo(otherKind.code()) : slug().compareTo(other.slug());
  }

  /** Returns the printed form, {@code kind:slug}; made once per id. */
  @Override
  public String toString() {
    String text = printed;
    if (text == null) {
      text = kind().code() + ':' + slug();
      printed = text;
    }
    return text;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }
}
