package io.github.southsouth.model;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a closed vocabulary with a stable wire code: the lowercase, hyphenated string that
 * files, JSON and the command line use. The code is separate from the Java constant's {@code name()}
 * so that renaming a constant never changes a data file.
 *
 * <p>Implemented by every vocabulary enum of the model ({@link Kind}, {@link RelationType},
 * {@link Instrument}, ...). Thread-safe: the lookup tables are built once per enum type.
 *
 * @since 0.1.0
 */
public interface Coded {

  /**
   * Returns the stable wire code, e.g. {@code "interest-free-loan"}.
   *
   * @return the wire code, never empty
   */
  String code();

  /**
   * Returns the code with its indefinite article, as messages say it: "an actor", "a source", "an
   * embodies relation" reads as {@code EMBODIES.withArticle() + " relation"}. The one place where
   * this wording is made, so that every message of the library says it alike. O(1).
   *
   * @return the code after "a" or "an"
   */
  default String withArticle() {
    return ("aeiou".indexOf(code().charAt(0)) >= 0 ? "an " : "a ") + code();
  }

  /**
   * Looks up a vocabulary member by its wire code. Exact match; O(1).
   *
   * @param type the vocabulary enum
   * @param code the wire code to look up
   * @param <E> the vocabulary type
   * @return the member, or empty if {@code code} is not one of the vocabulary's codes
   */
  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    Objects.requireNonNull(code, "code");
    @SuppressWarnings("unchecked")
    ImmutableMap<String, E> byCode = (ImmutableMap<String, E>) CodeTables.TABLES.get(type);
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Lists the wire codes of a vocabulary in declaration order, for error messages and help texts.
   *
   * @param type the vocabulary enum
   * @param <E> the vocabulary type
   * @return the codes, joined with ", "
   */
  static <E extends Enum<E> & Coded> String codesOf(Class<E> type) {
    return String.join(", ", CodeTables.TABLES.get(type).keySet());
  }
}

/** Per-enum code tables, computed once per class. */
final class CodeTables {
  static final ClassValue<ImmutableMap<String, ?>> TABLES =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, ?> computeValue(Class<?> type) {
          ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
          for (Object constant : type.getEnumConstants()) {
            map.put(((Coded) constant).code(), constant);
          }
          return map.buildOrThrow();
        }
      };

  private CodeTables() {}
}
