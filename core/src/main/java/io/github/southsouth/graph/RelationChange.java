package io.github.southsouth.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Relation;
import org.immutables.value.Value;

/**
 * A relation statement (same from, type, to and period) present in both graphs of a {@link
 * GraphDiff} with a different share, note or citations: both versions and what differs.
 *
 * <p>Immutable and thread-safe, with structural equality.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RelationChange {

  RelationChange() {}

  /**
   * Returns the relation as it is in the first graph.
   *
   * @return the old version
   */
  @Value.Parameter
  public abstract Relation before();

  /**
   * Returns the relation as it is in the second graph.
   *
   * @return the new version
   */
  @Value.Parameter
  public abstract Relation after();

  @Value.Check
  void check() {
    if (!before().sameStatementAs(after())) {
      throw new IllegalArgumentException(
          "a relation change needs two versions of one statement, got " + before().describe()
              + " and " + after().describe());
    }
  }

  /**
   * Returns the change from {@code before} to {@code after}.
   *
   * @param before the old version
   * @param after the new version of the same statement
   * @return the change
   * @throws IllegalArgumentException if they are not the same statement
   */
  public static RelationChange of(Relation before, Relation after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    return ImmutableRelationChange.of(before, after);
  }

  /**
   * Returns the attributes that differ ({@code share}, {@code note}, {@code citations}), with old
   * and new values as text.
   *
   * @return the changes
   */
  @Value.Lazy
  public ImmutableList<FieldChange> changes() {
    return Fields.compare(Fields.of(before()), Fields.of(after()));
  }

  /** Returns the statement and its changes. */
  @Override
  public String toString() {
    return before().describe() + " " + changes();
  }
}
