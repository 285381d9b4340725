package io.github.southsouth.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.testing.ModelGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The edge indexes and the duplicate check give what the plain definitions give: outgoing and
 * incoming relations found by filtering the sorted relations, and duplicates found by comparing
 * every pair, whatever order relations were added in.
 */
class EdgeIndexProperties {

  @Test
  void edgesAreTheFilteredRelations() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              for (Entity entity : graph.entities()) {
                List<Relation> out = filter(graph, r -> r.from().equals(entity.id()));
                List<Relation> in = filter(graph, r -> r.to().equals(entity.id()));
                assertThat(graph.outgoing(entity.id())).containsExactlyElementsOf(out);
                // incoming: grouped by type in the order each type first occurs, natural order within
                Set<RelationType> types = new LinkedHashSet<>();
                in.forEach(r -> types.add(r.type()));
                List<Relation> grouped = new ArrayList<>();
                for (RelationType type : types) {
                  in.stream().filter(r -> r.type() == type).forEach(grouped::add);
                }
                assertThat(graph.incoming(entity.id())).containsExactlyElementsOf(grouped);
                for (RelationType type : RelationType.values()) {
                  assertThat(graph.outgoing(entity.id(), type))
                      .containsExactlyElementsOf(filter(graph, r -> r.from().equals(entity.id()) && r.type() == type));
                  assertThat(graph.incoming(entity.id(), type))
                      .containsExactlyElementsOf(filter(graph, r -> r.to().equals(entity.id()) && r.type() == type));
                }
              }
            });
  }

  private static List<Relation> filter(CooperationGraph graph, java.util.function.Predicate<Relation> keep) {
    return graph.relations().stream().filter(keep).collect(Collectors.toList());
  }

  @Test
  void duplicatesAreFoundInSortedAndShuffledInput() {
    qt().forAll(ModelGenerators.graphs(), SourceDSL.longs().all())
        .checkAssert(
            (graph, seed) -> {
              if (graph.relations().isEmpty()) {
                return;
              }
              Random random = new Random(seed);
              List<Relation> relations = new ArrayList<>(graph.relations());
              int copies = 1 + random.nextInt(3);
              for (int i = 0; i < copies; i++) {
                Relation again = relations.get(random.nextInt(relations.size()));
                relations.add(again);
              }
              List<Relation> sorted = new ArrayList<>(relations);
              Collections.sort(sorted);
              List<Relation> shuffled = new ArrayList<>(relations);
              Collections.shuffle(shuffled, random);
              // the pairwise definition: a relation is a duplicate if an earlier one is the same statement
              for (List<Relation> order : List.of(sorted, shuffled, relations)) {
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                  for (int j = 0; j < i; j++) {
                    if (order.get(j).sameStatementAs(order.get(i))) {
                      expected.add(order.get(i).describe());
                      break;
                    }
                  }
                }
                CooperationGraph.Builder builder = CooperationGraph.builder().info(graph.info()).problemLimit(10_000);
                builder.addEntities(graph.entities()).addRelations(order);
                ProblemReport report = builder.validate();
                List<String> found =
                    report.problems().stream()
                        .filter(p -> p.code() == ProblemCode.DUPLICATE_RELATION)
                        .map(Problem::location)
                        .map(l -> l.subject().orElseThrow())
                        .collect(Collectors.toList());
                assertThat(found).containsExactlyElementsOf(expected);
              }
            });
  }

  @Test
  void theSortTellsWhetherTwoRelationsAreTheSameStatement() {
    qt().forAll(ModelGenerators.graphs(), SourceDSL.longs().all())
        .checkAssert(
            (graph, seed) -> {
              Random random = new Random(seed);
              List<Relation> relations = new ArrayList<>(graph.relations());
              int copies = relations.isEmpty() ? 0 : random.nextInt(3);
              for (int i = 0; i < copies; i++) {
                relations.add(relations.get(random.nextInt(relations.size())));
              }
              Collections.shuffle(relations, random);
              boolean repeated = false;
              for (int i = 0; i < relations.size() && !repeated; i++) {
                for (int j = 0; j < i && !repeated; j++) {
                  repeated = relations.get(i).sameStatementAs(relations.get(j));
                }
              }
              List<Relation> expected = new ArrayList<>(relations);
              Collections.sort(expected);
              // by comparisons, and by the ranks of the ids (which large inputs use)
              for (int rankSortSize : new int[] {Integer.MAX_VALUE, 0}) {
                Relation[] sorted = relations.toArray(new Relation[0]);
                boolean tie = GraphValidator.sort(sorted, rankSortSize);
                assertThat(sorted).as("rank sort from %d", rankSortSize).containsExactlyElementsOf(expected);
                assertThat(tie).as("rank sort from %d", rankSortSize).isEqualTo(repeated);
              }
            });
  }
}
