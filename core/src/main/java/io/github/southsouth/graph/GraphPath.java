package io.github.southsouth.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import java.util.List;
import org.immutables.value.Value;

/**
 * A chain of relations between two entities, as {@link CooperationGraph#shortestPath} finds it:
 * the entities from start to end, and the relation that links each entity to the next. A relation
 * may be followed against its direction, so relation {@code i} goes from entity {@code i} to
 * entity {@code i + 1} or from entity {@code i + 1} to entity {@code i}.
 *
 * <p>Immutable and thread-safe, with structural equality.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class GraphPath {

  GraphPath() {}

  /**
   * Returns the entities on the path, from start to end; at least one.
   *
   * @return the entities
   */
  @Value.Parameter
  public abstract ImmutableList<Entity> entities();

  /**
   * Returns the relations on the path, one fewer than the entities.
   *
   * @return the relations, in path order
   */
  @Value.Parameter
  public abstract ImmutableList<Relation> relations();

  @Value.Check
  void check() {
    if (entities().isEmpty()) {
      throw new IllegalArgumentException("a path needs at least one entity");
    }
    if (relations().size() != entities().size() - 1) {
      throw new IllegalArgumentException(
          "a path of " + entities().size() + " entities needs " + (entities().size() - 1)
              + " relations, got " + relations().size());
    }
    for (int i = 0; i < relations().size(); i++) {
      Relation r = relations().get(i);
      EntityId a = entities().get(i).id();
      EntityId b = entities().get(i + 1).id();
      if (!(r.from().equals(a) && r.to().equals(b)) && !(r.from().equals(b) && r.to().equals(a))) {
        throw new IllegalArgumentException(
            "the relation " + r.describe() + " does not link " + a + " and " + b);
      }
    }
  }

  /**
   * Returns the path through the given entities and relations.
   *
   * @param entities the entities, from start to end
   * @param relations the relation between each entity and the next
   * @return the path
   * @throws IllegalArgumentException if there is not exactly one relation fewer than entities, or
   *     a relation does not link the entities on either side of it
   */
  public static GraphPath of(List<? extends Entity> entities, List<Relation> relations) {
    checkNotNull(entities, "entities");
    checkNotNull(relations, "relations");
    // Cast to the generated overload's types, so this method does not call itself.
    return ImmutableGraphPath.of((Iterable<? extends Entity>) entities, (Iterable<? extends Relation>) relations);
  }

  /**
   * Returns the number of relations on the path; 0 when start and end are the same.
   *
   * @return the length
   */
  public int length() {
    return relations().size();
  }

  /**
   * Returns the first entity.
   *
   * @return the start
   */
  public Entity start() {
    return entities().get(0);
  }

  /**
   * Returns the last entity.
   *
   * @return the end
   */
  public Entity end() {
    return entities().get(entities().size() - 1);
  }

  /**
   * Returns the ids of the entities on the path, from start to end.
   *
   * @return the ids
   */
  public ImmutableList<EntityId> ids() {
    return entities().stream().map(Entity::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the path in one line, each relation shown in its own direction, e.g. {@code
   * actor:ken <-benefits- initiative:garissa-solar -funds-> ...}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(start().id());
    for (int i = 0; i < relations().size(); i++) {
      Relation r = relations().get(i);
      EntityId next = entities().get(i + 1).id();
      boolean forward = r.to().equals(next) && !r.from().equals(next);
      text.append(forward ? " -" : " <-").append(r.type().code()).append(forward ? "-> " : "- ").append(next);
    }
    return text.toString();
  }
}
