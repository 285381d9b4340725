package io.github.southsouth.graph;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link CooperationGraph#merge}: the merged graph, or the problems that prevent
 * it. Exactly one of the two is present: a graph when the union has no conflict and is valid, a
 * report with at least one error otherwise.
 *
 * <p>Immutable and thread-safe, with structural equality.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class MergeResult {

  /** Values longer than this are cut in conflict messages. */
  private static final int MAX_VALUE_LENGTH = 200;

  MergeResult() {}

  /**
   * Returns the merged graph, if the merge succeeded.
   *
   * @return the graph, or empty
   */
  @Value.Parameter
  public abstract Optional<CooperationGraph> graph();

  /**
   * Returns the problems: every conflict ({@link ProblemCode#MERGE_CONFLICT}), or, when there was
   * none, every rule the union breaks (e.g. recipient shares that add up to more than 100).
   *
   * @return the problems, empty if the merge succeeded
   */
  @Value.Parameter
  public abstract ProblemReport problems();

  /**
   * Tells whether the merge succeeded.
   *
   * @return true if {@link #graph()} is present
   */
  public boolean isMerged() {
    return graph().isPresent();
  }

  /**
   * Returns the merged graph or throws.
   *
   * @return the graph
   * @throws InvalidModelException carrying {@link #problems()}, if the merge failed
   */
  public CooperationGraph orElseThrow() {
    return graph().orElseThrow(() -> new InvalidModelException(problems()));
  }

  /**
   * Merges the content of a second graph, or of a builder, into {@code a}; see {@link
   * CooperationGraph#merge}.
   *
   * @param a the first graph
   * @param bInfo the second dataset info
   * @param bEntities the second entities, which may be given twice if equal
   * @param bRelations the second relations, which may refer to entities of {@code a}
   * @param limit the most problems to report
   * @return the result
   */
  static MergeResult of(
      CooperationGraph a, DatasetInfo bInfo, Iterable<? extends Entity> bEntities,
      Iterable<? extends Relation> bRelations, int limit) {
    ProblemReport.Collector problems = ProblemReport.collector(limit);
    DatasetInfo info = a.info();
    if (!a.info().equals(bInfo)) {
      if (a.info().equals(DatasetInfo.empty())) {
        info = bInfo;
      } else if (!bInfo.equals(DatasetInfo.empty())) {
        problems.add(
            conflict(
                "the dataset info differs: " + describe(Fields.compare(Fields.of(a.info()), Fields.of(bInfo))),
                Location.ofSubject("dataset")));
      }
    }
    Map<EntityId, Entity> entities = new TreeMap<>();
    a.entities().forEach(e -> entities.put(e.id(), e));
    for (Entity entity : bEntities) {
      @Nullable Entity existing = entities.putIfAbsent(entity.id(), entity);
      if (existing != null && !existing.equals(entity)) {
        problems.add(
            conflict(
                "the entity " + entity.id() + " differs: " + describe(Fields.compare(existing, entity)),
                Location.ofSubject(entity.id().toString())));
      }
    }
    TreeMap<Relation, Relation> relations = new TreeMap<>(); // keyed by statement
    a.relations().forEach(r -> relations.put(r, r));
    for (Relation relation : bRelations) {
      @Nullable Relation existing = relations.putIfAbsent(relation, relation);
      if (existing != null && !existing.equals(relation)) {
        problems.add(
            conflict(
                "the relation " + relation.describe() + " differs: "
                    + describe(Fields.compare(Fields.of(existing), Fields.of(relation))),
                Location.ofSubject(relation.describe())));
      }
    }
    if (problems.hasErrors()) {
      return ImmutableMergeResult.of(Optional.empty(), problems.build());
    }
    try {
      CooperationGraph merged =
          CooperationGraph.builder()
              .problemLimit(limit)
              .info(info)
              .addEntities(entities.values())
              .addRelations(relations.values())
              .build();
      return ImmutableMergeResult.of(Optional.of(merged), ProblemReport.empty());
    } catch (InvalidModelException e) {
      return ImmutableMergeResult.of(Optional.empty(), e.report());
    }
  }

  private static Problem conflict(String message, Location at) {
    return Problem.error(ProblemCode.MERGE_CONFLICT, message, at);
  }

  private static String describe(List<FieldChange> changes) {
    return changes.stream()
        .map(c -> c.field() + " is " + quote(c.before()) + " in the first graph and " + quote(c.after()) + " in the second")
        .collect(Collectors.joining("; "));
  }

  private static String quote(String value) {
    String cut = value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) + "…" : value;
    return "\"" + cut + "\"";
  }

  /** Returns the outcome in one line: the graph, or the problem summary. */
  @Override
  public String toString() {
    return graph().map(g -> "merged " + g).orElse("merge failed: " + problems().summary());
  }
}
