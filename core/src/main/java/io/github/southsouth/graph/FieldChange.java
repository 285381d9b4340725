package io.github.southsouth.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import org.immutables.value.Value;

/**
 * One attribute that differs between two versions of an entity, a relation or the dataset info,
 * with both values as text: {@code status: committed -> completed}. An absent optional value is the
 * empty string; an empty list is {@code []}.
 *
 * <p>Immutable and thread-safe, with structural equality.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class FieldChange {

  FieldChange() {}

  /**
   * Returns the attribute's name, as its accessor is named, e.g. {@code status} or {@code name}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String field();

  /**
   * Returns the old value as text.
   *
   * @return the value in the first version
   */
  @Value.Parameter
  public abstract String before();

  /**
   * Returns the new value as text.
   *
   * @return the value in the second version
   */
  @Value.Parameter
  public abstract String after();

  /**
   * Returns the change of one attribute.
   *
   * @param field the attribute's name
   * @param before the old value as text
   * @param after the new value as text
   * @return the change
   */
  public static FieldChange of(String field, String before, String after) {
    checkNotNull(field, "field");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    return ImmutableFieldChange.of(field, before, after);
  }

  /** Returns {@code field: before -> after}. */
  @Override
  public String toString() {
    return field() + ": " + before() + " -> " + after();
  }
}
