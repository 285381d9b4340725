package io.github.southsouth.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import org.immutables.value.Value;

/**
 * An entity present in both graphs of a {@link GraphDiff} with different content: both versions
 * and the attributes that differ.
 *
 * <p>Immutable and thread-safe, with structural equality.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class EntityChange {

  EntityChange() {}

  /**
   * Returns the entity as it is in the first graph.
   *
   * @return the old version
   */
  @Value.Parameter
  public abstract Entity before();

  /**
   * Returns the entity as it is in the second graph.
   *
   * @return the new version
   */
  @Value.Parameter
  public abstract Entity after();

  @Value.Check
  void check() {
    if (!before().id().equals(after().id())) {
      throw new IllegalArgumentException(
          "an entity change needs two versions of one entity, got " + before().id() + " and " + after().id());
    }
  }

  /**
   * Returns the change from {@code before} to {@code after}.
   *
   * @param before the old version
   * @param after the new version, with the same id
   * @return the change
   * @throws IllegalArgumentException if the ids differ
   */
  public static EntityChange of(Entity before, Entity after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    return ImmutableEntityChange.of(before, after);
  }

  /**
   * Returns the id of the entity.
   *
   * @return the id
   */
  public EntityId id() {
    return before().id();
  }

  /**
   * Returns the attributes that differ, in accessor order, with old and new values as text; empty
   * if the versions are equal.
   *
   * @return the changes
   */
  @Value.Lazy
  public ImmutableList<FieldChange> changes() {
    return Fields.compare(before(), after());
  }

  /** Returns {@code id: field: before -> after; ...}. */
  @Override
  public String toString() {
    return id() + " " + changes();
  }
}
