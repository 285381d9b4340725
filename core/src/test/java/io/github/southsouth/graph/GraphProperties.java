package io.github.southsouth.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.testing.ModelGenerators;
import io.github.southsouth.testing.ModelGenerators.Fault;
import io.github.southsouth.testing.ModelGenerators.Faulty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Validator soundness and the equality laws of CooperationGraph over generated graphs. */
class GraphProperties {

  @Test
  void validGeneratedGraphsHaveNoProblems() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              ProblemReport report = graph.toBuilder().validate();
              assertThat(report.problems()).as(report.toString()).isEmpty();
              assertThat(report.isEmpty()).isTrue();
            });
  }

  @Test
  void oneInjectedFaultYieldsExactlyItsProblem() {
    Set<Fault> seen = Collections.synchronizedSet(EnumSet.noneOf(Fault.class));
    qt().forAll(ModelGenerators.faultyGraphs())
        .checkAssert(
            faulty -> {
              seen.add(faulty.fault());
              assertExactlyItsProblem(faulty);
            });
    assertThat(seen).containsExactlyInAnyOrder(Fault.values());
  }

  /** Runs each kind of fault on its own too, so that no kind is left to chance. */
  @Test
  void everyKindOfFaultYieldsExactlyItsProblem() {
    for (Fault fault : Fault.values()) {
      qt().forAll(ModelGenerators.faultyGraphs(fault)).checkAssert(GraphProperties::assertExactlyItsProblem);
    }
  }

  private static void assertExactlyItsProblem(Faulty faulty) {
    ProblemReport report = faulty.builder().validate();
    assertThat(report.problems()).as(faulty + "\n" + report).hasSize(1);
    Problem problem = report.problems().get(0);
    assertThat(problem.code()).as(faulty + "\n" + report).isEqualTo(faulty.expected());
    assertThat(problem.isError()).isTrue();
    for (Object named : faulty.named()) {
      // the subject or the message names each id involved; for a cycle, each member
      assertThat(problem.toString()).as(faulty.toString()).contains(named.toString());
    }
  }

  @Test
  void equalContentMakesEqualGraphsAndHashCodes() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              // fresh copies of every value: equality must not depend on identity
              List<Entity> entities =
                  graph.entities().stream().map(e -> ModelGenerators.withName(e, e.name())).collect(Collectors.toList());
              List<Relation> relations =
                  graph.relations().stream().map(r -> ModelGenerators.copy(r).build()).collect(Collectors.toList());
              CooperationGraph copy =
                  CooperationGraph.builder()
                      .info(DatasetInfo.builder().from(graph.info()).build())
                      .addEntities(entities)
                      .addRelations(relations)
                      .build();
              assertThat(copy).isEqualTo(graph);
              assertThat(graph).isEqualTo(copy);
              assertThat(copy.hashCode()).isEqualTo(graph.hashCode());
              assertThat(copy.toString()).isEqualTo(graph.toString());
            });
  }

  @Test
  void differentContentMakesUnequalGraphs() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              List<Relation> fewer = new ArrayList<>(graph.relations());
              if (!fewer.isEmpty()) {
                fewer.remove(fewer.size() - 1);
                CooperationGraph smaller =
                    CooperationGraph.builder().info(graph.info()).addEntities(graph.entities()).addRelations(fewer).build();
                assertThat(smaller).isNotEqualTo(graph);
              }
              Entity first = graph.entities().get(0);
              Entity renamed = ModelGenerators.withName(first, first.name().with("en", "renamed " + first.name().english()));
              List<Entity> entities = new ArrayList<>(graph.entities());
              entities.set(0, renamed);
              CooperationGraph changed =
                  CooperationGraph.builder().info(graph.info()).addEntities(entities).addRelations(graph.relations()).build();
              assertThat(changed).isNotEqualTo(graph);
            });
  }

  @Test
  void buildOrderDoesNotMatter() {
    qt().forAll(ModelGenerators.graphs(), SourceDSL.longs().all())
        .checkAssert(
            (graph, seed) -> {
              Random random = new Random(seed);
              List<Entity> entities = new ArrayList<>(graph.entities());
              List<Relation> relations = new ArrayList<>(graph.relations());
              Collections.shuffle(entities, random);
              Collections.shuffle(relations, random);
              CooperationGraph.Builder builder = CooperationGraph.builder().info(graph.info());
              // interleave entities and relations, as a streaming reader might add them
              int e = 0;
              int r = 0;
              while (e < entities.size() || r < relations.size()) {
                if (r >= relations.size() || (e < entities.size() && random.nextBoolean())) {
                  builder.addEntity(entities.get(e++));
                } else {
                  builder.addRelation(relations.get(r++));
                }
              }
              CooperationGraph shuffled = builder.build();
              assertThat(shuffled).isEqualTo(graph);
              assertThat(shuffled.hashCode()).isEqualTo(graph.hashCode());
              assertThat(shuffled.entities()).containsExactlyElementsOf(graph.entities());
              assertThat(shuffled.relations()).containsExactlyElementsOf(graph.relations());
              for (Entity entity : graph.entities()) {
                assertThat(shuffled.outgoing(entity.id())).isEqualTo(graph.outgoing(entity.id()));
                assertThat(shuffled.incoming(entity.id())).isEqualTo(graph.incoming(entity.id()));
              }
            });
  }
}
