package io.github.southsouth.serialization.json;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Location;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a JSON Lines document: an entity or a relation, with where it was read.
 *
 * <p>Immutable and thread-safe; equal when the entity or relation and the location are equal.
 *
 * @since 0.1.0
 */
public final class JsonLinesRecord {
  private final @Nullable Entity entity;
  private final @Nullable Relation relation;
  private final Location location;

  private JsonLinesRecord(@Nullable Entity entity, @Nullable Relation relation, Location location) {
    this.entity = entity;
    this.relation = relation;
    this.location = location;
  }

  static JsonLinesRecord of(Entity entity, Location location) {
    return new JsonLinesRecord(entity, null, location);
  }

  static JsonLinesRecord of(Relation relation, Location location) {
    return new JsonLinesRecord(null, relation, location);
  }

  /**
   * Returns the entity, if this record is one.
   *
   * @return the entity, or empty for a relation
   */
  public Optional<Entity> entity() {
    return Optional.ofNullable(entity);
  }

  /**
   * Returns the relation, if this record is one.
   *
   * @return the relation, or empty for an entity
   */
  public Optional<Relation> relation() {
    return Optional.ofNullable(relation);
  }

  /**
   * Returns where the record was read: the source and its line.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof JsonLinesRecord)) {
      return false;
    }
    JsonLinesRecord that = (JsonLinesRecord) other;
    return Objects.equals(entity, that.entity)
        && Objects.equals(relation, that.relation)
        && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entity, relation, location);
  }

  @Override
  public String toString() {
    return location.position() + ": " + (entity != null ? entity.id().toString() : String.valueOf(relation));
  }
}
