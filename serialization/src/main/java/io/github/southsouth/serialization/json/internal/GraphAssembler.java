package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.graph.InvalidModelException;
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
import tools.jackson.core.TokenStreamLocation;

/**
 * Collects what readers read from one or more inputs into one graph, remembering where each
 * entity and relation was read, so that the graph's validation problems (which name their subject:
 * an entity id or a relation) are reported at the file, line, column and pointer of that subject.
 * Not thread-safe; one per read.
 */
public final class GraphAssembler {

  private final CooperationGraph.Builder graph = CooperationGraph.builder();
  private final ProblemReport.Collector problems;
  private final List<Object> subjects = new ArrayList<>();
  private final List<Object> wheres = new ArrayList<>();
  private @Nullable Map<String, List<Location>> locations;
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
    subjects.add(entity);
    wheres.add(at);
  }

  /**
   * Adds an entity read at a place of a document; its location is made only if a problem needs it.
   *
   * @param entity the entity
   * @param source the input's name
   * @param at the parser's location of its object
   * @param index its index in the document's {@code entities}
   */
  public void addEntity(Entity entity, String source, TokenStreamLocation at, int index) {
    graph.addEntity(entity);
    subjects.add(entity);
    wheres.add(new Where(source, at, "/entities/", index));
  }

  /**
   * Adds a relation read at a place of a document; its location is made only if a problem needs
   * it.
   *
   * @param relation the relation
   * @param source the input's name
   * @param at the parser's location of its object
   * @param index its index in the document's {@code relations}
   */
  public void addRelation(Relation relation, String source, TokenStreamLocation at, int index) {
    graph.addRelation(relation);
    subjects.add(relation);
    wheres.add(new Where(source, at, "/relations/", index));
  }

  /** Where a subject was read, made into a {@link Location} only when a problem needs it. */
  private static final class Where {
    final String source;
    final TokenStreamLocation at;
    final String array;
    final int index;

    Where(String source, TokenStreamLocation at, String array, int index) {
      this.source = source;
      this.at = at;
      this.array = array;
      this.index = index;
    }

    Location toLocation() {
      Location.Builder location = Location.builder().source(source).pointer(array + index);
      if (at.getLineNr() > 0) {
        location.line(at.getLineNr());
        if (at.getColumnNr() > 0) {
          location.column(at.getColumnNr());
        }
      }
      return location.build();
    }
  }

  private Map<String, List<Location>> locations() {
    if (locations == null) {
      Map<String, List<Location>> map = new HashMap<>();
      for (int i = 0; i < subjects.size(); i++) {
        Object subject = subjects.get(i);
        String key = subject instanceof Entity ? ((Entity) subject).id().toString() : ((Relation) subject).describe();
        Object where = wheres.get(i);
        map.computeIfAbsent(key, k -> new ArrayList<>(1))
            .add(where instanceof Where ? ((Where) where).toLocation() : (Location) where);
      }
      locations = map;
    }
    return locations;
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
    subjects.add(relation);
    wheres.add(at);
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
    if (!problems.hasErrors()) {
      try {
        return graph.build(); // validates once; problems come back in the exception
      } catch (InvalidModelException e) {
        report(e.report());
        return null;
      }
    }
    report(graph.validate());
    return null;
  }

  private void report(ProblemReport validation) {
    Map<String, Integer> duplicatesSeen = new HashMap<>();
    problems.addAll(
        validation
            .filter(p -> !(p.code() == ProblemCode.DANGLING_REFERENCE && mentionsUnreadable(p.message())))
            .map(p -> locate(p, duplicatesSeen)));
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
      List<Location> found = locations().get(subject);
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
