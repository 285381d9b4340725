package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.ProblemReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A southsouth dataset: entities, the relations between them, and the dataset's metadata — the
 * aggregate root of the model. A graph exists only if it is valid: it is made through {@link
 * #builder()}, whose {@link Builder#build()} checks every rule at once and throws {@link
 * InvalidModelException} with a report of every problem.
 *
 * <p>Rules checked (each problem has a stable {@link io.github.southsouth.problem.ProblemCode}):
 * unique entity ids; no duplicate relation (same from, type, to and period); every referenced id
 * exists and has the right kind (relation ends, perspective holders and subjects, citation sources,
 * financiers, event places, dataset sources); relation kinds allowed by the {@link RelationType};
 * no self-relations; no cycle of {@code part-of} relations; periods in order; shares within 0 to
 * 100, and sector shares of one vocabulary and recipient shares of one initiative at most 100 in
 * sum; ISO 4217 currencies; an English name on every entity and an English claim on every
 * perspective.
 *
 * <p>Entities are kept in id order and relations in their natural order, whatever order they were
 * added in, so two graphs with the same content are {@code equals}, have the same hash code and
 * iterate the same way.
 *
 * <p><b>Performance notes.</b> Building is O(n + r log r) for n entities and r relations; every
 * index is built once, then. {@link #find}, {@link #get}, {@link #contains} are O(1). {@link
 * #outgoing} and {@link #incoming} are O(1) plus the size of the result, which is returned without
 * copying. {@link #ofKind} and the typed accessors such as {@link #initiatives()} return
 * precomputed lists in O(1). The graph holds its entities, its relations and three indexes: memory
 * is linear in their number.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CooperationGraph {

  private final DatasetInfo info;
  private final ImmutableMap<EntityId, Entity> entities;
  private final ImmutableList<Relation> relations;
  private final ImmutableMap<Kind, ImmutableList<Entity>> byKind;
  private final ImmutableMap<EntityId, ImmutableListMultimap<RelationType, Relation>> out;
  private final ImmutableMap<EntityId, ImmutableListMultimap<RelationType, Relation>> in;
  private final int hash;

  private CooperationGraph(
      DatasetInfo info, ImmutableMap<EntityId, Entity> entities, ImmutableList<Relation> relations) {
    this.info = info;
    this.entities = entities;
    this.relations = relations;

    EnumMap<Kind, ImmutableList.Builder<Entity>> kinds = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      kinds.put(kind, ImmutableList.builder());
    }
    for (Entity entity : entities.values()) {
      kinds.get(entity.kind()).add(entity);
    }
    ImmutableMap.Builder<Kind, ImmutableList<Entity>> byKindBuilder = ImmutableMap.builder();
    kinds.forEach((kind, list) -> byKindBuilder.put(kind, list.build()));
    this.byKind = byKindBuilder.buildOrThrow();

    Map<EntityId, ImmutableListMultimap.Builder<RelationType, Relation>> outBuilders = new HashMap<>();
    Map<EntityId, ImmutableListMultimap.Builder<RelationType, Relation>> inBuilders = new HashMap<>();
    for (Relation relation : relations) {
      outBuilders.computeIfAbsent(relation.from(), k -> ImmutableListMultimap.builder()).put(relation.type(), relation);
      inBuilders.computeIfAbsent(relation.to(), k -> ImmutableListMultimap.builder()).put(relation.type(), relation);
    }
    this.out = index(outBuilders);
    this.in = index(inBuilders);
    this.hash = (info.hashCode() * 31 + entities.hashCode()) * 31 + relations.hashCode();
  }

  private static ImmutableMap<EntityId, ImmutableListMultimap<RelationType, Relation>> index(
      Map<EntityId, ImmutableListMultimap.Builder<RelationType, Relation>> builders) {
    ImmutableMap.Builder<EntityId, ImmutableListMultimap<RelationType, Relation>> index =
        ImmutableMap.builderWithExpectedSize(builders.size());
    builders.forEach((id, builder) -> index.put(id, builder.build()));
    return index.buildOrThrow();
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this graph's content, to make a changed copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().info(info).addEntities(entities.values()).addRelations(relations);
  }

  /**
   * Returns the dataset's metadata.
   *
   * @return the info
   */
  public DatasetInfo info() {
    return info;
  }

  /**
   * Returns every entity, in id order.
   *
   * @return the entities
   */
  public ImmutableList<Entity> entities() {
    return entities.values().asList();
  }

  /**
   * Returns every entity id, in order.
   *
   * @return the ids
   */
  public ImmutableList<EntityId> ids() {
    return entities.keySet().asList();
  }

  /**
   * Returns every relation, in natural order (from, type, to, period).
   *
   * @return the relations
   */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /**
   * Returns the number of entities.
   *
   * @return the count
   */
  public int entityCount() {
    return entities.size();
  }

  /**
   * Returns the number of relations.
   *
   * @return the count
   */
  public int relationCount() {
    return relations.size();
  }

  /**
   * Tells whether an entity has this id.
   *
   * @param id the id
   * @return true if present
   */
  public boolean contains(EntityId id) {
    return entities.containsKey(id);
  }

  /**
   * Returns the entity with this id, if any.
   *
   * @param id the id
   * @return the entity, or empty
   */
  public Optional<Entity> find(EntityId id) {
    return Optional.ofNullable(entities.get(id));
  }

  /**
   * Returns the entity with this id.
   *
   * @param id the id
   * @return the entity
   * @throws IllegalArgumentException if no entity has this id
   */
  public Entity get(EntityId id) {
    Entity entity = entities.get(id);
    if (entity == null) {
      throw unknown(id);
    }
    return entity;
  }

  /**
   * Returns the entity with this id as the given type, e.g. {@code get(id, Initiative.class)}.
   *
   * @param id the id
   * @param type the expected type
   * @param <T> the expected type
   * @return the entity
   * @throws IllegalArgumentException if no entity has this id, or it is not of that type
   */
  public <T extends Entity> T get(EntityId id, Class<T> type) {
    Entity entity = get(id);
    if (!type.isInstance(entity)) {
      throw new IllegalArgumentException(
          "the entity " + id + " is " + ("aeiou".indexOf(entity.kind().code().charAt(0)) >= 0 ? "an " : "a ")
              + entity.kind().code() + ", not " + ("AEIOU".indexOf(type.getSimpleName().charAt(0)) >= 0 ? "an " : "a ")
              + type.getSimpleName());
    }
    return type.cast(entity);
  }

  /**
   * Returns the entities of one kind, in id order.
   *
   * @param kind the kind
   * @return the entities
   */
  public ImmutableList<Entity> ofKind(Kind kind) {
    return byKind.get(kind);
  }

  /**
   * Returns the entities of one type, in id order, e.g. {@code all(Initiative.class)}.
   *
   * @param type an entity type
   * @param <T> the entity type
   * @return the entities
   */
  @SuppressWarnings("unchecked")
  public <T extends Entity> ImmutableList<T> all(Class<T> type) {
    for (Kind kind : Kind.values()) {
      if (kind.type() == type) {
        return (ImmutableList<T>) byKind.get(kind);
      }
    }
    return entities.values().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the principles, in id order.
   *
   * @return the principles
   */
  public ImmutableList<Principle> principles() {
    return all(Principle.class);
  }

  /**
   * Returns the goals, in id order.
   *
   * @return the goals
   */
  public ImmutableList<Goal> goals() {
    return all(Goal.class);
  }

  /**
   * Returns the themes, in id order.
   *
   * @return the themes
   */
  public ImmutableList<Theme> themes() {
    return all(Theme.class);
  }

  /**
   * Returns the concepts, in id order.
   *
   * @return the concepts
   */
  public ImmutableList<Concept> concepts() {
    return all(Concept.class);
  }

  /**
   * Returns the initiatives, in id order.
   *
   * @return the initiatives
   */
  public ImmutableList<Initiative> initiatives() {
    return all(Initiative.class);
  }

  /**
   * Returns the actors, in id order.
   *
   * @return the actors
   */
  public ImmutableList<Actor> actors() {
    return all(Actor.class);
  }

  /**
   * Returns the events, in id order.
   *
   * @return the events
   */
  public ImmutableList<Event> events() {
    return all(Event.class);
  }

  /**
   * Returns the perspectives, in id order.
   *
   * @return the perspectives
   */
  public ImmutableList<Perspective> perspectives() {
    return all(Perspective.class);
  }

  /**
   * Returns the sources, in id order.
   *
   * @return the sources
   */
  public ImmutableList<Source> sources() {
    return all(Source.class);
  }

  /**
   * Returns the relations that start from an entity.
   *
   * @param id the entity's id
   * @return the relations, in natural order
   * @throws IllegalArgumentException if no entity has this id
   */
  public ImmutableList<Relation> outgoing(EntityId id) {
    return edges(out, id).values().asList();
  }

  /**
   * Returns the relations of one type that start from an entity.
   *
   * @param id the entity's id
   * @param type the relation type
   * @return the relations, in natural order
   * @throws IllegalArgumentException if no entity has this id
   */
  public ImmutableList<Relation> outgoing(EntityId id, RelationType type) {
    return edges(out, id).get(type);
  }

  /**
   * Returns the relations that end at an entity.
   *
   * @param id the entity's id
   * @return the relations, in natural order
   * @throws IllegalArgumentException if no entity has this id
   */
  public ImmutableList<Relation> incoming(EntityId id) {
    return edges(in, id).values().asList();
  }

  /**
   * Returns the relations of one type that end at an entity.
   *
   * @param id the entity's id
   * @param type the relation type
   * @return the relations, in natural order
   * @throws IllegalArgumentException if no entity has this id
   */
  public ImmutableList<Relation> incoming(EntityId id, RelationType type) {
    return edges(in, id).get(type);
  }

  private ImmutableListMultimap<RelationType, Relation> edges(
      ImmutableMap<EntityId, ImmutableListMultimap<RelationType, Relation>> index, EntityId id) {
    ImmutableListMultimap<RelationType, Relation> edges = index.get(id);
    if (edges != null) {
      return edges;
    }
    if (!entities.containsKey(id)) {
      throw unknown(id);
    }
    return ImmutableListMultimap.of();
  }

  private static IllegalArgumentException unknown(EntityId id) {
    return new IllegalArgumentException("no entity with id " + id + " in this graph");
  }

  /** Equal when info, entities and relations are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CooperationGraph)) {
      return false;
    }
    CooperationGraph that = (CooperationGraph) other;
    return hash == that.hash
        && info.equals(that.info)
        && entities.equals(that.entities)
        && relations.equals(that.relations);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "CooperationGraph{"
        + info.title().english()
        + ", "
        + entities.size()
        + " entities, "
        + relations.size()
        + " relations}";
  }

  /**
   * Collects entities, relations and metadata, then validates and indexes them into a {@link
   * CooperationGraph}. Order of addition does not matter. Not thread-safe: use one per thread; it
   * may be reused after {@link #build()}.
   */
  public static final class Builder {
    private DatasetInfo info = DatasetInfo.empty();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private int problemLimit = ProblemReport.DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Sets the dataset's metadata.
     *
     * @param info the info
     * @return this builder
     */
    public Builder info(DatasetInfo info) {
      this.info = info;
      return this;
    }

    /**
     * Adds an entity.
     *
     * @param entity the entity
     * @return this builder
     */
    public Builder addEntity(Entity entity) {
      entities.add(entity);
      return this;
    }

    /**
     * Adds entities.
     *
     * @param entities the entities
     * @return this builder
     */
    public Builder addEntities(Iterable<? extends Entity> entities) {
      entities.forEach(this.entities::add);
      return this;
    }

    /**
     * Adds a relation.
     *
     * @param relation the relation
     * @return this builder
     */
    public Builder addRelation(Relation relation) {
      relations.add(relation);
      return this;
    }

    /**
     * Adds relations.
     *
     * @param relations the relations
     * @return this builder
     */
    public Builder addRelations(Iterable<Relation> relations) {
      relations.forEach(this.relations::add);
      return this;
    }

    /**
     * Sets how many problems a failed build reports at most; the rest are counted.
     *
     * @param limit at least 1; {@link ProblemReport#DEFAULT_LIMIT} unless set
     * @return this builder
     */
    public Builder problemLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("a problem limit must be at least 1, got " + limit);
      }
      this.problemLimit = limit;
      return this;
    }

    /**
     * Returns the entities added so far.
     *
     * @return a snapshot
     */
    public ImmutableList<Entity> entities() {
      return ImmutableList.copyOf(entities);
    }

    /**
     * Returns the relations added so far.
     *
     * @return a snapshot
     */
    public ImmutableList<Relation> relations() {
      return ImmutableList.copyOf(relations);
    }

    /**
     * Checks every rule without building, and returns every problem found. Does not throw.
     *
     * @return the problems, empty if the content is valid
     */
    public ProblemReport validate() {
      return new GraphValidator(info, entities, relations, problemLimit).validate();
    }

    /**
     * Checks every rule and builds the graph.
     *
     * @return the graph
     * @throws InvalidModelException with every problem found, if any rule is broken
     */
    public CooperationGraph build() {
      ProblemReport report = validate();
      if (report.hasErrors()) {
        throw new InvalidModelException(report);
      }
      List<Entity> inOrder = new ArrayList<>(entities);
      inOrder.sort(Comparator.comparing(Entity::id));
      ImmutableMap.Builder<EntityId, Entity> byId = ImmutableMap.builderWithExpectedSize(inOrder.size());
      for (Entity entity : inOrder) {
        byId.put(entity.id(), entity);
      }
      List<Relation> sorted = new ArrayList<>(relations);
      sorted.sort(null);
      return new CooperationGraph(info, byId.buildOrThrow(), ImmutableList.copyOf(sorted));
    }
  }
}
