package io.github.southsouth.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.util.concurrent.Uninterruptibles;
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
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

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
 * sum; ISO 4217 currencies; a name in at least one language on every entity (an importer never
 * invents one; the bundled dataset holds itself to English and Chinese) and an English claim on
 * every perspective.
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
 * is linear in their number. The indexes that queries need beyond these (region containment,
 * financiers, names) are built once, on first use, and shared by every later query.
 *
 * <p><b>Queries and analysis.</b> {@link #initiativeQuery()} starts a typed initiative query,
 * which also aggregates (counts, finance tables, conditionality); {@link #perspectiveQuery()} finds
 * perspectives by target, stance and holder; {@link #neighbours}, {@link
 * #shortestPath}, {@link #subgraph} and {@link #findByName} navigate the graph; {@link #diff} and
 * {@link #merge} compare and combine two graphs. Each method's javadoc gives its complexity.
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
  private final EdgeIndex out;
  private final EdgeIndex in;
  /** The hash code, computed on first use (0: not yet); racy single-check, as in String. */
  private int hash;
  private final Object indexLock = new Object();
  private volatile @Nullable GraphIndex index;
  private volatile @Nullable NameIndex names;

  private CooperationGraph(
      DatasetInfo info, ImmutableMap<EntityId, Entity> entities, ImmutableList<Relation> relations) {
    this(info, entities, relations, EdgeIndex.outgoing(relations), EdgeIndex.incoming(relations, entities.size()));
  }

  /** A graph whose indexes were made beforehand, e.g. on another thread. */
  private CooperationGraph(
      DatasetInfo info,
      ImmutableMap<EntityId, Entity> entities,
      ImmutableList<Relation> relations,
      EdgeIndex out,
      EdgeIndex in) {
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

    this.out = out;
    this.in = in;
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
   * Returns a builder holding this graph's content, to make a changed copy or to extend it: the
   * way to add your own initiatives to the bundled dataset, pointing at its principles, goals and
   * countries without copying them.
   *
   * <pre>{@code
   * CooperationGraph mine = Seeds.load().toBuilder()
   *     .addEntity(myInitiative)
   *     .addRelation(Relation.of(myInitiative.id(), RelationType.EMBODIES,
   *         EntityId.parse("principle:mutual-benefit")))
   *     .build();
   * }</pre>
   *
   * <p>Adding an entity equal to one the graph holds is not an error (it is kept once); adding a
   * different one with the same id is. O(n + r) to copy; {@link Builder#build()} then validates
   * the whole.
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
    checkNotNull(id, "id");
    return entities.containsKey(id);
  }

  /**
   * Returns the entity with this id, if any.
   *
   * @param id the id
   * @return the entity, or empty
   */
  public Optional<Entity> find(EntityId id) {
    checkNotNull(id, "id");
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
    checkNotNull(id, "id");
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
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    Entity entity = get(id);
    if (!type.isInstance(entity)) {
      throw new IllegalArgumentException(
          "the entity " + id + " is " + entity.kind().withArticle() + ", not "
              + Arrays.stream(Kind.values()).filter(k -> k.type() == type).findFirst()
                  .map(Kind::withArticle).orElse(type.getSimpleName()));
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
    checkNotNull(kind, "kind");
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
    checkNotNull(type, "type");
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
    checkNotNull(id, "id");
    int group = group(out, id);
    return group < 0 ? ImmutableList.of() : out.all(group);
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
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    int group = group(out, id);
    return group < 0 ? ImmutableList.of() : out.ofType(group, type);
  }

  /**
   * Returns the relations that end at an entity.
   *
   * @param id the entity's id
   * @return the relations, in natural order
   * @throws IllegalArgumentException if no entity has this id
   */
  public ImmutableList<Relation> incoming(EntityId id) {
    checkNotNull(id, "id");
    int group = group(in, id);
    return group < 0 ? ImmutableList.of() : in.all(group);
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
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    int group = group(in, id);
    return group < 0 ? ImmutableList.of() : in.ofType(group, type);
  }

  /** Returns the entity's group in an index, or -1 if it has no relations at that end. */
  private int group(EdgeIndex index, EntityId id) {
    int group = index.find(id);
    if (group < 0 && !entities.containsKey(id)) {
      throw unknown(id);
    }
    return group;
  }

  private static IllegalArgumentException unknown(EntityId id) {
    return new IllegalArgumentException("no entity with id " + id + " in this graph");
  }

  /**
   * Returns the indexes for queries, built on first use in a thread-safe way. Package-private:
   * queries, groupings and name search use it.
   */
  GraphIndex index() {
    GraphIndex built = index;
    if (built == null) {
      synchronized (indexLock) {
        built = index;
        if (built == null) {
          built = new GraphIndex(this);
          index = built;
        }
      }
    }
    return built;
  }

  /** Returns the index of names, built on first use in a thread-safe way. */
  NameIndex names() {
    NameIndex built = names;
    if (built == null) {
      synchronized (indexLock) {
        built = names;
        if (built == null) {
          built = new NameIndex(this);
          names = built;
        }
      }
    }
    return built;
  }

  /**
   * Starts a query for initiatives, e.g. {@code
   * graph.initiativeQuery().embodying(principle).inRegion(africa).list()}; see {@link
   * InitiativeQuery} for the criteria and their semantics.
   *
   * <p><b>Performance notes.</b> O(1). The first query that needs them builds, once per graph, the
   * indexes of region containment and financiers, in O(n + r + a·c) for n entities, r relations
   * and a actors with at most c containing actors each; later queries reuse them.
   *
   * @return a query that matches every initiative until criteria are added
   */
  public InitiativeQuery initiativeQuery() {
    return InitiativeQuery.of(this);
  }

  /**
   * Starts a typed query over the perspectives, e.g. {@code
   * graph.perspectiveQuery().about(bri).withStance(Stance.CRITICAL).list()}; see {@link
   * PerspectiveQuery} for the criteria and their semantics.
   *
   * <p><b>Performance notes.</b> O(1); running the query is O(p · c) for p perspectives and c
   * criteria.
   *
   * @return a query that matches every perspective until criteria are added
   */
  public PerspectiveQuery perspectiveQuery() {
    return PerspectiveQuery.of(this);
  }

  /**
   * Returns the entities linked to an entity by relations of one type, in one direction: e.g.
   * {@code neighbours(ken, MEMBER_OF, OUTGOING)} gives the groups and regions Kenya is a member of,
   * {@code neighbours(bri, PART_OF, INCOMING)} the parts of the Belt and Road Initiative.
   *
   * <p><b>Performance notes.</b> O(d log d) for the d relations of that type at the entity.
   *
   * @param id the entity's id
   * @param type the relation type
   * @param direction along the relations, against them, or both
   * @return the distinct neighbours, in id order
   * @throws IllegalArgumentException if no entity has this id (the message names it)
   */
  public ImmutableList<Entity> neighbours(EntityId id, RelationType type, Direction direction) {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(direction, "direction");
    return Navigation.neighbours(this, id, type, direction);
  }

  /**
   * Returns the entities linked to an entity by relations of any type, in one direction.
   *
   * <p><b>Performance notes.</b> O(d log d) for the d relations at the entity.
   *
   * @param id the entity's id
   * @param direction along the relations, against them, or both
   * @return the distinct neighbours, in id order
   * @throws IllegalArgumentException if no entity has this id (the message names it)
   */
  public ImmutableList<Entity> neighbours(EntityId id, Direction direction) {
    checkNotNull(id, "id");
    checkNotNull(direction, "direction");
    return Navigation.neighbours(this, id, null, direction);
  }

  /**
   * Returns an entity and everything within {@code hops} relations of it, following relations in
   * both directions: the neighbourhood a picture or an extract is cut from. Use {@link
   * #subgraph(Predicate)} with the result to get a valid graph of it.
   *
   * <p><b>Performance notes.</b> A breadth-first search: O(n + r) for the n entities and r
   * relations it reaches.
   *
   * @param center the entity at the centre
   * @param hops how many relations away to go; 0 gives the centre alone
   * @return the ids, the centre first, then by distance
   * @throws IllegalArgumentException if no entity has the centre's id, or hops is negative
   */
  public ImmutableSet<EntityId> neighbourhood(EntityId center, int hops) {
    checkNotNull(center, "center");
    return Navigation.neighbourhood(this, center, hops, r -> true);
  }

  /**
   * Returns an entity and everything within {@code hops} relations of it, following only the
   * relations {@code follow} accepts, in both directions.
   *
   * <p><b>Performance notes.</b> O(n + r) for the n entities and r relations it reaches.
   *
   * @param center the entity at the centre
   * @param hops how many relations away to go; 0 gives the centre alone
   * @param follow which relations to follow
   * @return the ids, the centre first, then by distance
   * @throws IllegalArgumentException if no entity has the centre's id, or hops is negative
   */
  public ImmutableSet<EntityId> neighbourhood(EntityId center, int hops, Predicate<? super Relation> follow) {
    checkNotNull(center, "center");
    checkNotNull(follow, "follow");
    return Navigation.neighbourhood(this, center, hops, follow);
  }

  /**
   * Finds a shortest chain of relations between two entities, following relations in either
   * direction: how is Kenya linked to the principle of Mutual Benefit? Among several shortest
   * paths the one returned is fixed: a breadth-first search from {@code from} that follows the
   * relations of each entity in their natural order (from, type, to, period) and keeps the first
   * way it reaches each entity.
   *
   * <p><b>Performance notes.</b> O(n + r log d) in the worst case for n entities, r relations and
   * at most d relations per entity; it stops as soon as it reaches {@code to}.
   *
   * @param from the start
   * @param to the end
   * @return the path, of length 0 if {@code from} equals {@code to}; empty if they are not
   *     connected
   * @throws IllegalArgumentException if either id is not in the graph (the message names it)
   */
  public Optional<GraphPath> shortestPath(EntityId from, EntityId to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return Navigation.shortestPath(this, from, to, ImmutableSet.of());
  }

  /**
   * Finds a shortest chain of relations of the given types between two entities, following them
   * in either direction; otherwise as {@link #shortestPath(EntityId, EntityId)}.
   *
   * <p><b>Performance notes.</b> As {@link #shortestPath(EntityId, EntityId)}.
   *
   * @param from the start
   * @param to the end
   * @param types the relation types to follow; empty means all
   * @return the path, or empty if there is none over those types
   * @throws IllegalArgumentException if either id is not in the graph (the message names it)
   */
  public Optional<GraphPath> shortestPath(EntityId from, EntityId to, Set<RelationType> types) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(types, "types");
    return Navigation.shortestPath(this, from, to, types);
  }

  /**
   * Returns the part of this graph that a predicate selects, as a valid graph of its own.
   *
   * <p>What it holds: every entity the predicate accepts; every relation whose two ends it
   * accepts; and, pulled in so that the result is valid, every entity these refer to outside
   * relations — the sources they and those relations cite, perspective holders and subjects,
   * financiers and event places, and the dataset's own sources — and, in turn, what those refer
   * to. Entities pulled in come without their relations. The dataset info is kept.
   *
   * <p><b>Performance notes.</b> O(n + r) to select, plus validating and indexing the result,
   * O(n' + r' log r') for its n' entities and r' relations.
   *
   * @param keep which entities to keep, e.g. {@code e -> e.kind() == Kind.INITIATIVE}
   * @return the subgraph
   */
  public CooperationGraph subgraph(Predicate<? super Entity> keep) {
    checkNotNull(keep, "keep");
    return Navigation.subgraph(this, keep);
  }

  /**
   * Finds entities by name in any of their languages. Names and the text searched for are
   * compared in a normalised form: compatibility-decomposed (Unicode NFKD), without accents and
   * pinyin tone marks, lower-cased, and without spaces, hyphens or punctuation. So {@code "hu
   * li"}, {@code "Hùlì"}, {@code "HULI"} and {@code "互利"} all find Mutual Benefit (互利, Hùlì). An
   * entity matches when the normalised text is contained in one of its normalised names; exact
   * matches come first, then names that start with the text, then names that contain it, each in
   * id order.
   *
   * <p><b>Performance notes.</b> An index of the names' character pairs, built once per graph on
   * the first search in O(L) time and memory for L characters of names, narrows the candidates to
   * those holding every pair of the text; then O(c · l) to check c candidates with l characters of
   * names each, plus O(m log m) to rank m matches. A text of one character (such as {@code 互})
   * reads every name, O(L).
   *
   * @param text the name or part of it
   * @return the matching entities, best first
   * @throws IllegalArgumentException if the text has no letter or digit
   */
  public ImmutableList<Entity> findByName(String text) {
    checkNotNull(text, "text");
    return Navigation.findByName(this, text, null);
  }

  /**
   * Finds entities of one kind by name; otherwise as {@link #findByName(String)}.
   *
   * @param text the name or part of it
   * @param kind the kind of the entities to find
   * @return the matching entities, best first
   * @throws IllegalArgumentException if the text has no letter or digit
   */
  public ImmutableList<Entity> findByName(String text, Kind kind) {
    checkNotNull(text, "text");
    checkNotNull(kind, "kind");
    return Navigation.findByName(this, text, kind);
  }

  /**
   * Returns a text in the normalised form that {@link #findByName(String)} compares names in:
   * compatibility-decomposed (Unicode NFKD), without accents and pinyin tone marks, lower-cased,
   * and without spaces, hyphens or punctuation; so {@code nameForm("Hù lì")} and {@code
   * nameForm("HU-LI")} are both {@code "huli"}. Code that matches names itself uses it to agree
   * with the graph's search.
   *
   * <p>A pure function, thread-safe; O(l) for a text of l characters.
   *
   * @param text any text
   * @return its normalised form; empty if the text has no letter or digit
   */
  public static String nameForm(String text) {
    checkNotNull(text, "text");
    return NameIndex.normalize(text);
  }

  /**
   * Returns what differs from this graph to {@code other}: entities added, removed and changed
   * (field by field), relations added, removed and changed, and the dataset info. {@code
   * diff(other).applyTo(this)} gives {@code other}.
   *
   * <p><b>Performance notes.</b> O(n + r) for the entities and relations of both graphs, plus O(f)
   * to render the f fields of each changed entity.
   *
   * @param other the second graph
   * @return the diff, {@linkplain GraphDiff#isEmpty() empty} if the graphs are equal
   */
  public GraphDiff diff(CooperationGraph other) {
    checkNotNull(other, "other");
    return GraphDiff.between(this, other);
  }

  /**
   * Merges this graph with {@code other}: the union of their entities and relations. What both
   * hold equally is kept once. Nothing is resolved silently: an entity with the same id but
   * different content, a relation statement (from, type, to, period) with a different share, note
   * or citations, or different dataset info is a conflict, reported as a {@link
   * io.github.southsouth.problem.ProblemCode#MERGE_CONFLICT} error that lists what differs, and
   * the merge fails. Empty dataset info gives way to the other graph's. Without conflicts, the
   * union is validated like any graph, so a rule it breaks (recipient shares above 100 in sum, a
   * cycle of part-of relations) also fails the merge, with those problems.
   *
   * <p><b>Performance notes.</b> O((n + r) log(n + r)) for the entities and relations of both
   * graphs, plus validating and indexing the result.
   *
   * @param other the second graph
   * @return the merged graph, or the problems
   */
  public MergeResult merge(CooperationGraph other) {
    checkNotNull(other, "other");
    return MergeResult.of(this, other.info(), other.entities(), other.relations(), ProblemReport.DEFAULT_LIMIT);
  }

  /**
   * Merges this graph with what a builder holds, as {@link #merge(CooperationGraph)} does, except
   * that the builder's content is not a graph of its own: its relations may point at this graph's
   * entities, so a few initiatives of your own can be merged with the bundled dataset without
   * copying the principles, goals and countries they refer to.
   *
   * <pre>{@code
   * CooperationGraph.Builder mine = CooperationGraph.builder()
   *     .addEntity(myInitiative)
   *     .addRelation(Relation.of(myInitiative.id(), RelationType.EMBODIES,
   *         EntityId.parse("principle:mutual-benefit")));
   * CooperationGraph merged = Seeds.load().merge(mine).orElseThrow();
   * }</pre>
   *
   * <p>Conflicts are reported as by {@link #merge(CooperationGraph)}; the union is validated with
   * the builder's {@linkplain Builder#problemLimit(int) problem limit}. The builder is not changed.
   *
   * <p><b>Performance notes.</b> As {@link #merge(CooperationGraph)}.
   *
   * @param additions the entities, relations and (optionally) dataset info to add
   * @return the merged graph, or the problems
   */
  public MergeResult merge(Builder additions) {
    checkNotNull(additions, "additions");
    return MergeResult.of(this, additions.info, additions.entities, additions.relations, additions.problemLimit);
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
    return hashCode() == that.hashCode()
        && info.equals(that.info)
        && entities.equals(that.entities)
        && relations.equals(that.relations);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = (info.hashCode() * 31 + entities.hashCode()) * 31 + relations.hashCode();
      hash = h;
    }
    return h;
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
    /** From how many entities and relations on a graph is validated and indexed in parallel. */
    private static final int PARALLEL_BUILD_SIZE = 20_000;

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
      this.info = checkNotNull(info, "info");
      return this;
    }

    /**
     * Adds an entity.
     *
     * @param entity the entity
     * @return this builder
     */
    public Builder addEntity(Entity entity) {
      entities.add(checkNotNull(entity, "entity"));
      return this;
    }

    /**
     * Adds entities.
     *
     * @param entities the entities
     * @return this builder
     */
    public Builder addEntities(Iterable<? extends Entity> entities) {
      checkNotNull(entities, "entities").forEach(this::addEntity);
      return this;
    }

    /**
     * Adds a relation.
     *
     * @param relation the relation
     * @return this builder
     */
    public Builder addRelation(Relation relation) {
      relations.add(checkNotNull(relation, "relation"));
      return this;
    }

    /**
     * Adds relations.
     *
     * @param relations the relations
     * @return this builder
     */
    public Builder addRelations(Iterable<? extends Relation> relations) {
      checkNotNull(relations, "relations").forEach(this::addRelation);
      return this;
    }

    /**
     * Sets how many errors, and separately how many warnings, a failed build reports at most; the
     * rest are counted.
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
      return new GraphValidator(info, entities, relations, problemLimit, null, true).validate();
    }

    /**
     * Checks every rule and builds the graph. From 20,000 entities and relations on, and with more
     * than one processor, the relations are sorted and then indexed by tasks handed to the
     * {@linkplain java.util.concurrent.ForkJoinPool#commonPool() common fork-join pool} while this
     * thread checks the entities and then the relations. A task no worker has begun by the time its
     * result is needed is run by this thread instead, so a busy or blocked common pool (all workers
     * waiting, a parallelism of 1, a call from inside a parallel stream) only takes the parallelism
     * away, never blocks the build; the result and the problems reported are the same either way.
     * O(e log e + r log r) at most; many relations are sorted in O(r + d log d) for d distinct ids.
     *
     * @return the graph
     * @throws InvalidModelException with every problem found, if any rule is broken
     */
    public CooperationGraph build() {
      if (entities.size() + relations.size() < PARALLEL_BUILD_SIZE
          || Runtime.getRuntime().availableProcessors() < 2) {
        GraphValidator validator = new GraphValidator(info, entities, relations, problemLimit, null, true);
        ProblemReport report = validator.validate();
        if (report.hasErrors()) {
          throw new InvalidModelException(report);
        }
        return new CooperationGraph(info, entitiesById(entities), validator.relationsInOrder());
      }
      // For a large graph a second thread sorts the relations while this one checks the
      // entities, then makes the edge indexes while this one checks the relations and makes the
      // rest; the indexes are dropped if a rule is broken. The tasks work on their own copies
      // (the array, the immutable list), so the builder may be reused as soon as build() returns.
      Relation[] sorted = relations.toArray(new Relation[0]);
      FutureTask<Boolean> sorting = inBackground(() -> GraphValidator.sort(sorted));
      FutureTask<EdgeIndex[]> indexes = null;
      boolean built = false;
      try {
        GraphValidator validator = new GraphValidator(info, entities, relations, problemLimit, null, true);
        validator.checkEntities();
        boolean mayRepeat = result(sorting);
        ImmutableList<Relation> inOrder = ImmutableList.copyOf(sorted);
        int size = entities.size();
        indexes = inBackground(() -> new EdgeIndex[] {EdgeIndex.incoming(inOrder, size), EdgeIndex.outgoing(inOrder)});
        ProblemReport report = validator.checkRelations(sorted, mayRepeat);
        if (report.hasErrors()) {
          throw new InvalidModelException(report);
        }
        ImmutableMap<EntityId, Entity> byId = entitiesById(entities);
        EdgeIndex[] made = result(indexes);
        built = true;
        return new CooperationGraph(info, byId, inOrder, made[1], made[0]);
      } finally {
        if (!built) {
          // a broken rule: the indexes are not wanted
          sorting.cancel(false);
          if (indexes != null) {
            indexes.cancel(false);
          }
        }
      }
    }

    /** Hands work to the common pool, where a free worker may begin it; see {@link #result}. */
    private static <T> FutureTask<T> inBackground(Callable<T> work) {
      FutureTask<T> task = new FutureTask<>(work);
      try {
        ForkJoinPool.commonPool().execute(task);
      } catch (RejectedExecutionException e) {
        // the pool is shutting down or cannot take more: result() runs the task here
      }
      return task;
    }

    /**
     * Returns the result of work handed out by {@link #inBackground}: runs it on this thread
     * unless a worker has begun it (then waits for that worker, which does not block), so a
     * saturated pool never holds the build up.
     */
    private static <T> T result(FutureTask<T> task) {
      task.run(); // does nothing if a worker has begun or finished it
      try {
        return Uninterruptibles.getUninterruptibly(task);
      } catch (ExecutionException e) {
        Throwables.throwIfUnchecked(e.getCause());
        throw new IllegalStateException(e.getCause());
      }
    }

    private static ImmutableMap<EntityId, Entity> entitiesById(List<Entity> entities) {
      List<Entity> inOrder = new ArrayList<>(entities);
      inOrder.sort(Comparator.comparing(Entity::id));
      ImmutableMap.Builder<EntityId, Entity> byId = ImmutableMap.builderWithExpectedSize(inOrder.size());
      for (Entity entity : inOrder) {
        byId.put(entity.id(), entity);
      }
      // validated: an id given twice was given with equal entities, kept once
      return byId.buildKeepingLast();
    }
  }
}
