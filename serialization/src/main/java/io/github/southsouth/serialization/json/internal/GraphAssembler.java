package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects what readers read from one or more inputs into one graph, remembering where each
 * entity and relation was read, so that the graph's validation problems (which name their subject:
 * an entity id or a relation) are reported at the file, line, column and pointer of that subject.
 * Not thread-safe; one per read.
 */
public final class GraphAssembler {

  private final CooperationGraph.Builder graph = CooperationGraph.builder();
  private final ProblemReport.Collector problems;
  private final Map<String, List<Location>> locations = new HashMap<>();
  private final Set<EntityId> unreadable = new HashSet<>();
  private @Nullable DatasetInfo info;
  private @Nullable Location infoAt;

  /**
   * Creates an assembler.
   *
   * @param problems where problems go
   * @param problemLimit the most problems the graph's validation reports
   */
  public GraphAssembler(ProblemReport.Collector problems, int problemLimit) {
    this.problems = problems;
    graph.problemLimit(problemLimit);
  }

  /**
   * Adds an entity read at a location.
   *
   * @param entity the entity
   * @param at where its object starts
   */
  public void addEntity(Entity entity, Location at) {
    graph.addEntity(entity);
    locations.computeIfAbsent(entity.id().toString(), k -> new ArrayList<>(1)).add(at);
  }

  /**
   * Notes that an entity with this id was in the input but could not be read, so that references
   * to it are not also reported as dangling.
   *
   * @param id the id
   */
  public void unreadable(EntityId id) {
    unreadable.add(id);
  }

  /**
   * Adds a relation read at a location.
   *
   * @param relation the relation
   * @param at where its object starts
   */
  public void addRelation(Relation relation, Location at) {
    graph.addRelation(relation);
    locations.computeIfAbsent(relation.describe(), k -> new ArrayList<>(1)).add(at);
  }

  /**
   * Sets the dataset metadata; a second document with metadata is an error.
   *
   * @param info the metadata
   * @param at where it was read
   */
  public void info(DatasetInfo info, Location at) {
    if (this.info != null && infoAt != null) {
      problems.add(
          Problem.error(
              ProblemCode.INVALID_VALUE,
              "dataset metadata is given a second time (first at " + infoAt.position()
                  + "): expected at most one document of a dataset to carry dataset",
              at));
      return;
    }
    this.info = info;
    this.infoAt = at;
    graph.info(info);
  }

  /**
   * Validates what was read and builds the graph, unless reading or validation found errors.
   *
   * @return the graph, or null if there were errors (all in the collector)
   */
  public @Nullable CooperationGraph finish() {
    ProblemReport validation = graph.validate();
    Map<String, Integer> duplicatesSeen = new HashMap<>();
    for (Problem problem : validation.problems()) {
      if (problem.code() == ProblemCode.DANGLING_REFERENCE && mentionsUnreadable(problem.message())) {
        continue;
      }
      problems.add(locate(problem, duplicatesSeen));
    }
    if (validation.isTruncated()) {
      problems.add(
          Problem.error(
              ProblemCode.TRUNCATED,
              "the dataset has more problems than the limit; only the first were reported",
              Location.unknown()));
    }
    if (problems.hasErrors()) {
      return null;
    }
    return graph.build();
  }

  private boolean mentionsUnreadable(String message) {
    if (unreadable.isEmpty()) {
      return false;
    }
    for (EntityId id : unreadable) {
      if (message.contains(id.toString() + " ") || message.endsWith(id.toString())
          || message.contains(id + ",")) {
        return true;
      }
    }
    return false;
  }

  private Problem locate(Problem problem, Map<String, Integer> duplicatesSeen) {
    Location location = problem.location();
    if (location.line().isPresent() || location.subject().isEmpty()) {
      return problem;
    }
    String subject = location.subject().get();
    Location at;
    if (subject.equals("dataset")) {
      at = infoAt;
    } else {
      List<Location> found = locations.get(subject);
      if (found == null || found.isEmpty()) {
        return problem;
      }
      int index = 0;
      if (problem.code() == ProblemCode.DUPLICATE_ID || problem.code() == ProblemCode.DUPLICATE_RELATION) {
        index = Math.min(found.size() - 1, duplicatesSeen.merge(subject, 1, Integer::sum));
      }
      at = found.get(index);
    }
    if (at == null) {
      return problem;
    }
    return Problem.builder()
        .from(problem)
        .location(Location.builder().from(at).subject(subject).build())
        .build();
  }
}
