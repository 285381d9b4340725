package io.github.southsouth.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What differs between two graphs, as {@link CooperationGraph#diff} finds it: entities added,
 * removed and changed (field by field), relations added, removed and changed, and the dataset info
 * before and after. Entities are matched by id; relations by statement (from, type, to and
 * period), so a relation whose share, note or citations differ is changed, and one whose period
 * differs is removed and added.
 *
 * <p>A diff is also a patch: {@link #applyTo(CooperationGraph)} turns the first graph into the
 * second, so {@code a.diff(b).applyTo(a).equals(b)}.
 *
 * <p>Every list is in order: entities by id, relations in their natural order. Immutable and
 * thread-safe, with structural equality.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GraphDiff {

  GraphDiff() {}

  /**
   * Returns the entities only the second graph has.
   *
   * @return the added entities, by id
   */
  public abstract ImmutableList<Entity> addedEntities();

  /**
   * Returns the entities only the first graph has.
   *
   * @return the removed entities, by id
   */
  public abstract ImmutableList<Entity> removedEntities();

  /**
   * Returns the entities both graphs have with different content.
   *
   * @return the changes, by id
   */
  public abstract ImmutableList<EntityChange> changedEntities();

  /**
   * Returns the relation statements only the second graph has.
   *
   * @return the added relations, in natural order
   */
  public abstract ImmutableList<Relation> addedRelations();

  /**
   * Returns the relation statements only the first graph has.
   *
   * @return the removed relations, in natural order
   */
  public abstract ImmutableList<Relation> removedRelations();

  /**
   * Returns the relation statements both graphs have with a different share, note or citations.
   *
   * @return the changes, in natural order
   */
  public abstract ImmutableList<RelationChange> changedRelations();

  /**
   * Returns the dataset info of the first graph.
   *
   * @return the old info
   */
  @Value.Default
  public DatasetInfo infoBefore() {
    return DatasetInfo.empty();
  }

  /**
   * Returns the dataset info of the second graph.
   *
   * @return the new info
   */
  @Value.Default
  public DatasetInfo infoAfter() {
    return DatasetInfo.empty();
  }

  /**
   * Returns the attributes of the dataset info that differ.
   *
   * @return the changes, empty if the info is the same
   */
  public ImmutableList<FieldChange> infoChanges() {
    return Fields.compare(Fields.of(infoBefore()), Fields.of(infoAfter()));
  }

  /**
   * Tells whether the two graphs are equal.
   *
   * @return true if nothing differs
   */
  public boolean isEmpty() {
    return addedEntities().isEmpty()
        && removedEntities().isEmpty()
        && changedEntities().isEmpty()
        && addedRelations().isEmpty()
        && removedRelations().isEmpty()
        && changedRelations().isEmpty()
        && infoBefore().equals(infoAfter());
  }

  /**
   * Computes the diff from {@code a} to {@code b}; see {@link CooperationGraph#diff}.
   *
   * @param a the first graph
   * @param b the second graph
   * @return the diff
   */
  static GraphDiff between(CooperationGraph a, CooperationGraph b) {
    Builder diff = builder().infoBefore(a.info()).infoAfter(b.info());
    for (Entity old : a.entities()) {
      Optional<Entity> now = b.find(old.id());
      if (now.isEmpty()) {
        diff.addRemovedEntities(old);
      } else if (!now.get().equals(old)) {
        diff.addChangedEntities(EntityChange.of(old, now.get()));
      }
    }
    for (Entity now : b.entities()) {
      if (!a.contains(now.id())) {
        diff.addAddedEntities(now);
      }
    }
    // Both relation lists are sorted by statement: walk them side by side.
    List<Relation> left = a.relations();
    List<Relation> right = b.relations();
    int i = 0;
    int j = 0;
    while (i < left.size() || j < right.size()) {
      int order =
          i == left.size() ? 1 : j == right.size() ? -1 : left.get(i).compareTo(right.get(j));
      if (order < 0) {
        diff.addRemovedRelations(left.get(i++));
      } else if (order > 0) {
        diff.addAddedRelations(right.get(j++));
      } else {
        Relation old = left.get(i++);
        Relation now = right.get(j++);
        if (!old.equals(now)) {
          diff.addChangedRelations(RelationChange.of(old, now));
        }
      }
    }
    return diff.build();
  }

  /**
   * Applies this diff to a graph: removes the removed entities and relations, replaces the changed
   * ones, adds the added ones and sets the new dataset info. The graph must be in the state the
   * diff starts from, as far as the diff touches it; the rest of the graph is kept.
   *
   * <p><b>Performance notes.</b> O(n + r log r + d log r) for a graph of n entities and r relations
   * and a diff of d items, plus validating the result.
   *
   * @param graph the graph to patch, normally the first graph of the diff
   * @return the patched graph
   * @throws IllegalArgumentException if the graph is not in the state the diff expects: an entity
   *     or relation to remove or change is absent or differs, an entity or relation to add is
   *     already there, or the dataset info differs; the message names the first such item
   * @throws InvalidModelException if the patched content breaks a rule of the graph
   */
  public CooperationGraph applyTo(CooperationGraph graph) {
    checkNotNull(graph, "graph");
    if (!graph.info().equals(infoBefore())) {
      throw new IllegalArgumentException(
          "the diff does not apply to this graph: its dataset info differs from the diff's " + infoChanges());
    }
    Map<EntityId, Entity> entities = new TreeMap<>();
    graph.entities().forEach(e -> entities.put(e.id(), e));
    for (Entity old : removedEntities()) {
      expect(old.equals(entities.remove(old.id())), "removes the entity " + old.id() + ", which is not there as the diff saw it");
    }
    for (EntityChange change : changedEntities()) {
      expect(
          change.before().equals(entities.put(change.id(), change.after())),
          "changes the entity " + change.id() + ", which is not there as the diff saw it");
    }
    for (Entity now : addedEntities()) {
      expect(entities.put(now.id(), now) == null, "adds the entity " + now.id() + ", which is already there");
    }
    TreeMap<Relation, Relation> relations = new TreeMap<>(); // keyed by statement
    graph.relations().forEach(r -> relations.put(r, r));
    for (Relation old : removedRelations()) {
      expect(old.equals(relations.remove(old)), "removes the relation " + old.describe() + ", which is not there as the diff saw it");
    }
    for (RelationChange change : changedRelations()) {
      expect(
          change.before().equals(relations.remove(change.before())),
          "changes the relation " + change.before().describe() + ", which is not there as the diff saw it");
      relations.put(change.after(), change.after());
    }
    for (Relation now : addedRelations()) {
      expect(relations.put(now, now) == null, "adds the relation " + now.describe() + ", which is already there");
    }
    return CooperationGraph.builder()
        .info(infoAfter())
        .addEntities(entities.values())
        .addRelations(relations.values())
        .build();
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("the diff does not apply to this graph: it " + what);
    }
  }

  /**
   * Returns the diff as lines of text, one per difference: {@code + entity actor:ken}, {@code -
   * relation ...}, {@code ~ entity initiative:x status: committed -> completed}, {@code ~ dataset
   * version: 2026.1 -> 2026.2}.
   *
   * @return the lines, in the order of the lists above; empty if nothing differs
   */
  public ImmutableList<String> lines() {
    List<String> lines = new ArrayList<>();
    for (FieldChange change : infoChanges()) {
      lines.add("~ dataset " + change);
    }
    removedEntities().forEach(e -> lines.add("- entity " + e.id()));
    addedEntities().forEach(e -> lines.add("+ entity " + e.id()));
    for (EntityChange change : changedEntities()) {
      change.changes().forEach(c -> lines.add("~ entity " + change.id() + " " + c));
    }
    removedRelations().forEach(r -> lines.add("- relation " + r.describe()));
    addedRelations().forEach(r -> lines.add("+ relation " + r.describe()));
    for (RelationChange change : changedRelations()) {
      change.changes().forEach(c -> lines.add("~ relation " + change.before().describe() + " " + c));
    }
    return ImmutableList.copyOf(lines);
  }

  /** Returns a one-line summary of the counts, e.g. {@code +2 -0 ~1 entities, +3 -1 ~0 relations}. */
  @Override
  public String toString() {
    return "+" + addedEntities().size() + " -" + removedEntities().size() + " ~" + changedEntities().size()
        + " entities, +" + addedRelations().size() + " -" + removedRelations().size() + " ~"
        + changedRelations().size() + " relations"
        + (infoBefore().equals(infoAfter()) ? "" : ", dataset info changed");
  }

  /**
   * Returns a new builder, to make a diff by hand (e.g. read from a file) and apply it.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableGraphDiff.builder();
  }

  /**
   * Builds {@link GraphDiff} values: set the attributes, then call {@link #build()}. Made with {@link
   * GraphDiff#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link GraphDiff}: values are replaced, absent optional values do not replace present ones, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(GraphDiff instance);

    /**
     * Adds one element to {@link GraphDiff#addedEntities() addedEntities} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAddedEntity(Entity element);

    /**
     * Adds elements to {@link GraphDiff#addedEntities() addedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAddedEntities(Entity... elements);

    /**
     * Sets or replaces all elements for {@link GraphDiff#addedEntities() addedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addedEntities(Iterable<? extends Entity> elements);

    /**
     * Adds elements to {@link GraphDiff#addedEntities() addedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllAddedEntities(Iterable<? extends Entity> elements);

    /**
     * Adds one element to {@link GraphDiff#removedEntities() removedEntities} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addRemovedEntity(Entity element);

    /**
     * Adds elements to {@link GraphDiff#removedEntities() removedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addRemovedEntities(Entity... elements);

    /**
     * Sets or replaces all elements for {@link GraphDiff#removedEntities() removedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder removedEntities(Iterable<? extends Entity> elements);

    /**
     * Adds elements to {@link GraphDiff#removedEntities() removedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllRemovedEntities(Iterable<? extends Entity> elements);

    /**
     * Adds one element to {@link GraphDiff#changedEntities() changedEntities} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addChangedEntity(EntityChange element);

    /**
     * Adds elements to {@link GraphDiff#changedEntities() changedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addChangedEntities(EntityChange... elements);

    /**
     * Sets or replaces all elements for {@link GraphDiff#changedEntities() changedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder changedEntities(Iterable<? extends EntityChange> elements);

    /**
     * Adds elements to {@link GraphDiff#changedEntities() changedEntities} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllChangedEntities(Iterable<? extends EntityChange> elements);

    /**
     * Adds one element to {@link GraphDiff#addedRelations() addedRelations} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAddedRelation(Relation element);

    /**
     * Adds elements to {@link GraphDiff#addedRelations() addedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAddedRelations(Relation... elements);

    /**
     * Sets or replaces all elements for {@link GraphDiff#addedRelations() addedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addedRelations(Iterable<? extends Relation> elements);

    /**
     * Adds elements to {@link GraphDiff#addedRelations() addedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllAddedRelations(Iterable<? extends Relation> elements);

    /**
     * Adds one element to {@link GraphDiff#removedRelations() removedRelations} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addRemovedRelation(Relation element);

    /**
     * Adds elements to {@link GraphDiff#removedRelations() removedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addRemovedRelations(Relation... elements);

    /**
     * Sets or replaces all elements for {@link GraphDiff#removedRelations() removedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder removedRelations(Iterable<? extends Relation> elements);

    /**
     * Adds elements to {@link GraphDiff#removedRelations() removedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllRemovedRelations(Iterable<? extends Relation> elements);

    /**
     * Adds one element to {@link GraphDiff#changedRelations() changedRelations} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addChangedRelation(RelationChange element);

    /**
     * Adds elements to {@link GraphDiff#changedRelations() changedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addChangedRelations(RelationChange... elements);

    /**
     * Sets or replaces all elements for {@link GraphDiff#changedRelations() changedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder changedRelations(Iterable<? extends RelationChange> elements);

    /**
     * Adds elements to {@link GraphDiff#changedRelations() changedRelations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllChangedRelations(Iterable<? extends RelationChange> elements);

    /**
     * Sets {@link GraphDiff#infoBefore() infoBefore}. If not set, the default of {@link GraphDiff#infoBefore() infoBefore} applies.
     *
     * @param infoBefore the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder infoBefore(DatasetInfo infoBefore);

    /**
     * Sets {@link GraphDiff#infoAfter() infoAfter}. If not set, the default of {@link GraphDiff#infoAfter() infoAfter} applies.
     *
     * @param infoAfter the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder infoAfter(DatasetInfo infoAfter);

    /**
     * Builds a new {@link GraphDiff GraphDiff}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract GraphDiff build();
  }
}
