package io.github.southsouth.graph;

import static io.github.southsouth.graph.QueryFixture.BRI;
import static io.github.southsouth.graph.QueryFixture.CHN;
import static io.github.southsouth.graph.QueryFixture.DEBT_VIEW;
import static io.github.southsouth.graph.QueryFixture.KEN;
import static io.github.southsouth.graph.QueryFixture.SGR;
import static io.github.southsouth.graph.QueryFixture.essay;
import static io.github.southsouth.graph.QueryFixture.id;
import static io.github.southsouth.graph.QueryFixture.rel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.model.Concept;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Stance;
import org.junit.jupiter.api.Test;

/** Perspectives found by what they are about, their stance towards it and who holds them. */
class PerspectiveQueryTest {

  private static final EntityId LABEL = id("concept:debt-trap-label");
  private static final EntityId REJECTS_LABEL = id("perspective:chn-rejects-label");
  private static final EntityId SUPPORTS_BRI = id("perspective:chn-supports-bri");

  /**
   * One holder who rejects a label applied to an initiative and supports the initiative: two
   * perspectives, one per stance, each about what that stance is towards.
   */
  private static final CooperationGraph GRAPH = graph();

  private static CooperationGraph graph() {
    CooperationGraph.Builder g = QueryFixture.builder();
    g.addEntity(Concept.builder().id(LABEL).name(LocalizedText.english("A label")).build());
    g.addEntity(perspective(REJECTS_LABEL, Stance.CRITICAL, LABEL));
    g.addEntity(perspective(SUPPORTS_BRI, Stance.SUPPORTIVE, BRI));
    for (EntityId[] edge : new EntityId[][] {{REJECTS_LABEL, LABEL}, {SUPPORTS_BRI, BRI}}) {
      g.addRelation(rel(CHN, RelationType.HOLDS, edge[0]));
      g.addRelation(rel(edge[0], RelationType.CONCERNS, edge[1]));
    }
    return g.build();
  }

  private static Perspective perspective(EntityId id, Stance stance, EntityId about) {
    return Perspective.builder()
        .id(id)
        .name(LocalizedText.english(id.slug()))
        .holder(CHN)
        .stance(stance)
        .claim(LocalizedText.english("A claim."))
        .addAbout(about)
        .addCitation(essay("Perspectives"))
        .build();
  }

  @Test
  void criticsOfAnInitiativeLeaveOutCriticsOfALabelForIt() {
    PerspectiveQuery critics = GRAPH.perspectiveQuery().about(BRI).withStance(Stance.CRITICAL);
    assertThat(critics.list()).isEmpty();
    assertThat(GRAPH.perspectiveQuery().about(LABEL).withStance(Stance.CRITICAL).list())
        .extracting(Perspective::id)
        .containsExactly(REJECTS_LABEL);
    assertThat(GRAPH.perspectiveQuery().about(BRI).list()).extracting(Perspective::id).containsExactly(SUPPORTS_BRI);
    assertThat(critics.toString()).isEqualTo("critical perspectives about initiative:belt-and-road");
  }

  @Test
  void criteriaCombineWithAndTheirValuesWithOr() {
    assertThat(GRAPH.perspectiveQuery().about(BRI, LABEL).list())
        .extracting(Perspective::id)
        .containsExactly(REJECTS_LABEL, SUPPORTS_BRI);
    assertThat(GRAPH.perspectiveQuery().withStance(Stance.CRITICAL, Stance.SUPPORTIVE).heldBy(CHN).list())
        .extracting(Perspective::id)
        .containsExactly(REJECTS_LABEL, SUPPORTS_BRI);
    assertThat(GRAPH.perspectiveQuery().withStance(Stance.CRITICAL).list())
        .extracting(Perspective::id)
        .containsExactly(REJECTS_LABEL, DEBT_VIEW);
    assertThat(GRAPH.perspectiveQuery().heldBy(KEN).about(SGR).list()).extracting(Perspective::id).containsExactly(DEBT_VIEW);
    assertThat(GRAPH.perspectiveQuery().list()).hasSize(GRAPH.perspectives().size());
    assertThat(GRAPH.perspectiveQuery().toString()).isEqualTo("all perspectives");
  }

  @Test
  void unknownOrMissingArgumentsAreRejected() {
    assertThatThrownBy(() -> GRAPH.perspectiveQuery().about(id("concept:nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concept:nowhere");
    assertThatThrownBy(() -> GRAPH.perspectiveQuery().heldBy(BRI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no actor");
    assertThatThrownBy(() -> GRAPH.perspectiveQuery().withStance())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
