package io.github.southsouth.model;

import com.google.common.base.CharMatcher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;

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
 * the hash code is computed once. Ids sort by kind code, then slug, which is the order of their
 * printed forms.
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
              + ("aeiou".indexOf(kind().code().charAt(0)) >= 0 ? "an " : "a ")
              + kind().code()
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
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "invalid entity id \""
              + text
              + "\": expected kind:slug with kind one of "
              + Coded.codesOf(Kind.class));
    }
    String prefix = text.substring(0, colon);
    Kind kind =
        Coded.fromCode(Kind.class, prefix)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "invalid entity id \""
                            + text
                            + "\": unknown kind \""
                            + prefix
                            + "\", expected one of "
                            + Coded.codesOf(Kind.class)));
    return of(kind, text.substring(colon + 1));
  }

  /**
   * Parses a printed id, or returns empty if it is not valid.
   *
   * @param text the printed id
   * @return the id, or empty
   */
  public static Optional<EntityId> tryParse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    Optional<Kind> kind = Coded.fromCode(Kind.class, text.substring(0, colon));
    String slug = text.substring(colon + 1);
    if (kind.isEmpty() || !isValidSlug(slug)) {
      return Optional.empty();
    }
    return Optional.of(of(kind.get(), slug));
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
    return !slug.isEmpty() && slug.length() <= MAX_SLUG_LENGTH && SLUG_CHARS.matchesAllOf(slug);
  }

  @Override
  public int compareTo(EntityId other) {
    int byKind = kind().code().compareTo(other.kind().code());
    return byKind != 0 ? byKind : slug().compareTo(other.slug());
  }

  /** Returns the printed form, {@code kind:slug}. */
  @Override
  public String toString() {
    return kind().code() + ':' + slug();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }
}
