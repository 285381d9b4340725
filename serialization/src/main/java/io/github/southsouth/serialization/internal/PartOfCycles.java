package io.github.southsouth.serialization.internal;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds {@code part-of} cycles among imported initiatives before a streamed import emits them,
 * reporting them exactly as the graph's validation does for an in-memory import: the validator
 * itself is run over the {@code part-of} relations given, each initiative standing in with its id
 * for a name (the only parts of an initiative the rule reads are its id and kind). O(n + r) for n
 * initiatives in r relations. Not API.
 */
public final class PartOfCycles {

  private PartOfCycles() {}

  /**
   * Returns the {@code part-of-cycle} problems of these relations between initiatives.
   *
   * @param partOf relations; only {@code part-of} relations between initiatives are read
   * @param maxProblems the most problems to report
   * @return the problems, each an error; empty when there is no cycle
   */
  public static List<Problem> between(Iterable<Relation> partOf, int maxProblems) {
    CooperationGraph.Builder graph = CooperationGraph.builder().problemLimit(maxProblems);
    Set<EntityId> members = new HashSet<>();
    for (Relation relation : partOf) {
      if (relation.type() != RelationType.PART_OF || relation.from().kind() != Kind.INITIATIVE
          || relation.to().kind() != Kind.INITIATIVE) {
        continue;
      }
      graph.addRelation(Relation.builder().from(relation.from()).type(RelationType.PART_OF).to(relation.to()).build());
      for (EntityId id : List.of(relation.from(), relation.to())) {
        if (members.add(id)) {
          graph.addEntity(Initiative.builder().id(id).initiativeKind(InitiativeKind.PROJECT)
              .name(LocalizedText.english(id.toString())).build());
        }
      }
    }
    List<Problem> cycles = new ArrayList<>();
    if (members.isEmpty()) {
      return cycles;
    }
    try {
      graph.build();
    } catch (InvalidModelException e) {
      e.report().problems().stream().filter(p -> p.code() == ProblemCode.PART_OF_CYCLE).forEach(cycles::add);
    }
    return cycles;
  }
}
