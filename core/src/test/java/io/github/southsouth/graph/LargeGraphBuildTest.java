package io.github.southsouth.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Graphs large enough to be validated and indexed on two threads give the same graph, and the
 * same problems in the same order, as when they are built one piece at a time.
 */
class LargeGraphBuildTest {

  private static final int ACTORS = 30_000;

  private static EntityId actor(int n) {
    return EntityId.parse("actor:a" + n);
  }

  private static List<Actor> actors() {
    List<Actor> actors = new ArrayList<>();
    for (int n = 0; n < ACTORS; n++) {
      actors.add(Actor.builder().id(actor(n)).actorType(ActorType.ORGANIZATION)
          .name(LocalizedText.english("Actor " + n)).build());
    }
    return actors;
  }

  /** Each actor is a member of the next two, listed in a shuffled order. */
  private static List<Relation> memberships(long seed) {
    List<Relation> relations = new ArrayList<>();
    for (int n = 0; n < ACTORS; n++) {
      for (int step = 1; step <= 2; step++) {
        relations.add(Relation.builder().from(actor(n)).type(RelationType.MEMBER_OF)
            .to(actor((n + step) % ACTORS)).build());
      }
    }
    Collections.shuffle(relations, new Random(seed));
    return relations;
  }

  @Test
  void aShuffledLargeGraphEqualsTheSameGraphBuiltFromSortedParts() {
    List<Actor> actors = actors();
    List<Relation> shuffled = memberships(7);
    CooperationGraph graph = CooperationGraph.builder().addEntities(actors).addRelations(shuffled).build();

    List<Relation> sorted = new ArrayList<>(shuffled);
    Collections.sort(sorted);
    assertThat(graph.relations()).containsExactlyElementsOf(sorted);
    assertThat(graph.entities()).hasSize(ACTORS);
    assertThat(graph.outgoing(actor(5), RelationType.MEMBER_OF))
        .extracting(Relation::to)
        .containsExactly(actor(6), actor(7));
    assertThat(graph.incoming(actor(5), RelationType.MEMBER_OF))
        .extracting(Relation::from)
        .containsExactly(actor(3), actor(4));

    CooperationGraph again = graph.toBuilder().build();
    assertThat(again).isEqualTo(graph);
  }

  @Test
  void problemsOfALargeGraphAreReportedInTheOrderOfItsRelations() {
    List<Relation> relations = memberships(11);
    Relation first = relations.get(100);
    Relation dangling = Relation.builder().from(actor(1)).type(RelationType.MEMBER_OF)
        .to(EntityId.parse("actor:nobody")).build();
    relations.add(500, dangling);
    relations.add(first); // stated again, last

    InvalidModelException e = catchThrowableOfType(
        () -> CooperationGraph.builder().addEntities(actors()).addRelations(relations).build(),
        InvalidModelException.class);

    assertThat(e).isNotNull();
    assertThat(e.report().problems()).extracting(Problem::code)
        .containsExactly(ProblemCode.DANGLING_REFERENCE, ProblemCode.DUPLICATE_RELATION);
    assertThat(e.report().problems().get(1).message()).contains(first.describe());
    assertThat(e.report().problems())
        .isEqualTo(CooperationGraph.builder().addEntities(actors()).addRelations(relations).validate().problems());
  }

  @Test
  void aDuplicateEntityInALargeGraphIsReportedNotThrownByTheIndex() {
    List<Actor> actors = actors();
    actors.add(Actor.builder().from(actors.get(42)).name(LocalizedText.english("Another name")).build());

    InvalidModelException e = catchThrowableOfType(
        () -> CooperationGraph.builder().addEntities(actors).addRelations(memberships(3)).build(),
        InvalidModelException.class);

    assertThat(e).isNotNull();
    assertThat(e.report().problems()).extracting(Problem::code).containsExactly(ProblemCode.DUPLICATE_ID);
  }

  @Test
  void aLargeSortByRanksIsStableAndFindsEveryRepetition() {
    for (int repeated : new int[] {0, 1, 3}) {
      List<Relation> relations = memberships(11 + repeated);
      Random random = new Random(repeated);
      for (int i = 0; i < repeated; i++) {
        // the same statement again, at a random place
        Relation again = relations.get(random.nextInt(relations.size()));
        relations.add(random.nextInt(relations.size()), Relation.builder().from(again.from())
            .type(again.type()).to(again.to()).note("again " + i).build());
      }
      Relation[] sorted = relations.toArray(new Relation[0]);
      boolean tie = GraphValidator.sort(sorted);
      List<Relation> expected = new ArrayList<>(relations);
      Collections.sort(expected); // stable: a repeated statement keeps its place after the first
      assertThat(sorted).as("%d repeated", repeated).containsExactlyElementsOf(expected);
      assertThat(tie).as("%d repeated", repeated).isEqualTo(repeated > 0);
    }
  }
}
