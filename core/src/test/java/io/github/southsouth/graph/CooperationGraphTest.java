package io.github.southsouth.graph;

import static io.github.southsouth.graph.Samples.AU;
import static io.github.southsouth.graph.Samples.BANDUNG;
import static io.github.southsouth.graph.Samples.BRI;
import static io.github.southsouth.graph.Samples.CHN;
import static io.github.southsouth.graph.Samples.DEBT_VIEW;
import static io.github.southsouth.graph.Samples.GLOBAL_SOUTH;
import static io.github.southsouth.graph.Samples.IDN;
import static io.github.southsouth.graph.Samples.INFRASTRUCTURE;
import static io.github.southsouth.graph.Samples.KEN;
import static io.github.southsouth.graph.Samples.MUTUAL_BENEFIT;
import static io.github.southsouth.graph.Samples.SGR;
import static io.github.southsouth.graph.Samples.SHARED_DEVELOPMENT;
import static io.github.southsouth.graph.Samples.WHITE_PAPER;
import static io.github.southsouth.graph.Samples.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CooperationGraphTest {

  private final CooperationGraph graph = Samples.graph();

  @Test
  void holdsWhatWasAddedWithItsInfo() {
    assertThat(graph.entityCount()).isEqualTo(Samples.entities().size());
    assertThat(graph.relationCount()).isEqualTo(Samples.relations().size());
    assertThat(graph.info()).isEqualTo(Samples.info());
    assertThat(graph.info().sources()).containsExactly(WHITE_PAPER);
    assertThat(graph).hasToString("CooperationGraph{Railway sample, 13 entities, 11 relations}");
  }

  @Test
  void entitiesAreInIdOrderAndRelationsInNaturalOrder() {
    List<EntityId> sorted = new ArrayList<>(graph.ids());
    Collections.sort(sorted);
    assertThat(graph.ids()).isEqualTo(sorted);
    assertThat(graph.entities()).extracting(Entity::id).isEqualTo(sorted);
    List<Relation> relations = new ArrayList<>(Samples.relations());
    relations.sort(null);
    assertThat(graph.relations()).isEqualTo(relations);
    assertThat(graph.ids().get(0)).isEqualTo(AU);
  }

  @Test
  void getFindAndContains() {
    assertThat(graph.get(KEN).name().english()).isEqualTo("Kenya");
    assertThat(graph.find(KEN)).containsSame(graph.get(KEN));
    assertThat(graph.contains(KEN)).isTrue();
    EntityId brazil = id("actor:bra");
    assertThat(graph.find(brazil)).isEmpty();
    assertThat(graph.contains(brazil)).isFalse();
    assertThatThrownBy(() -> graph.get(brazil))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no entity with id actor:bra in this graph");
  }

  @Test
  void typedGet() {
    Initiative railway = graph.get(SGR, Initiative.class);
    assertThat(railway.financing()).hasSize(1);
    assertThat(graph.get(SGR, Entity.class)).isSameAs(railway);
    assertThatThrownBy(() -> graph.get(KEN, Initiative.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the entity actor:ken is an actor, not an initiative");
    assertThatThrownBy(() -> graph.get(SGR, Principle.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the entity initiative:mombasa-nairobi-sgr is an initiative, not a principle");
    assertThatThrownBy(() -> graph.get(id("initiative:none"), Initiative.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initiative:none");
  }

  @Test
  void entitiesByKindAndType() {
    assertThat(graph.ofKind(Kind.ACTOR)).extracting(Entity::id).containsExactly(AU, CHN, IDN, KEN);
    assertThat(graph.actors()).extracting(Actor::id).containsExactly(AU, CHN, IDN, KEN);
    assertThat(graph.principles()).extracting(Principle::id).containsExactly(MUTUAL_BENEFIT);
    assertThat(graph.goals()).extracting(Goal::id).containsExactly(SHARED_DEVELOPMENT);
    assertThat(graph.themes()).extracting(Theme::id).containsExactly(INFRASTRUCTURE);
    assertThat(graph.concepts()).extracting(Concept::id).containsExactly(GLOBAL_SOUTH);
    assertThat(graph.initiatives()).extracting(Initiative::id).containsExactly(BRI, SGR);
    assertThat(graph.events()).extracting(Event::id).containsExactly(BANDUNG);
    assertThat(graph.perspectives()).extracting(Perspective::id).containsExactly(DEBT_VIEW);
    assertThat(graph.sources()).extracting(Source::id).containsExactly(WHITE_PAPER);
    assertThat(graph.all(Initiative.class)).isEqualTo(graph.initiatives());
    assertThat(graph.all(Entity.class)).isEqualTo(graph.entities());
    for (Kind kind : Kind.values()) {
      assertThat(graph.ofKind(kind)).isEqualTo(graph.all(kind.type())).allMatch(e -> e.kind() == kind);
    }
    assertThat(CooperationGraph.builder().build().ofKind(Kind.EVENT)).isEmpty();
  }

  @Test
  void outgoingAndIncoming() {
    assertThat(graph.outgoing(SGR)).extracting(Relation::type)
        .containsExactly(
            RelationType.ADDRESSES, RelationType.ADVANCES, RelationType.BENEFITS, RelationType.EMBODIES, RelationType.PART_OF);
    assertThat(graph.outgoing(SGR, RelationType.PART_OF)).containsExactly(Relation.of(SGR, RelationType.PART_OF, BRI));
    assertThat(graph.outgoing(SGR, RelationType.FUNDS)).isEmpty();
    assertThat(graph.incoming(SGR)).extracting(Relation::from).containsExactly(CHN, DEBT_VIEW);
    assertThat(graph.incoming(SGR, RelationType.FUNDS)).extracting(Relation::from).containsExactly(CHN);
    assertThat(graph.incoming(BRI, RelationType.PART_OF)).extracting(Relation::from).containsExactly(SGR);
    assertThat(graph.incoming(KEN)).extracting(Relation::type).containsExactly(RelationType.BENEFITS);
    // every relation is seen once from each end
    for (Relation relation : graph.relations()) {
      assertThat(graph.outgoing(relation.from(), relation.type())).contains(relation);
      assertThat(graph.incoming(relation.to(), relation.type())).contains(relation);
    }
  }

  @Test
  void entitiesWithoutRelationsHaveEmptyNeighbourhoods() {
    assertThat(graph.outgoing(GLOBAL_SOUTH)).isEmpty();
    assertThat(graph.incoming(GLOBAL_SOUTH)).isEmpty();
    assertThat(graph.outgoing(GLOBAL_SOUTH, RelationType.PART_OF)).isEmpty();
    assertThat(graph.incoming(WHITE_PAPER, RelationType.CONCERNS)).isEmpty();
  }

  @Test
  void unknownIdsInNeighbourhoodQueriesAreNamed() {
    EntityId unknown = id("actor:atlantis");
    List<Function<EntityId, List<Relation>>> queries =
        List.of(
            graph::outgoing,
            graph::incoming,
            i -> graph.outgoing(i, RelationType.MEMBER_OF),
            i -> graph.incoming(i, RelationType.MEMBER_OF));
    for (Function<EntityId, List<Relation>> query : queries) {
      assertThatThrownBy(() -> query.apply(unknown))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no entity with id actor:atlantis in this graph");
    }
  }

  @Test
  void toBuilderRebuildsAnEqualGraph() {
    CooperationGraph again = graph.toBuilder().build();
    assertThat(again).isEqualTo(graph).hasSameHashCodeAs(graph).isNotSameAs(graph);
    CooperationGraph bigger = graph.toBuilder().addRelation(Relation.of(IDN, RelationType.MEMBER_OF, AU)).build();
    assertThat(bigger).isNotEqualTo(graph);
    assertThat(bigger.relationCount()).isEqualTo(graph.relationCount() + 1);
  }

  @Test
  void aBuilderCanBeReusedAndShowsWhatItHolds() {
    CooperationGraph.Builder builder = Samples.valid();
    assertThat(builder.entities()).hasSize(13);
    assertThat(builder.relations()).hasSize(11);
    CooperationGraph first = builder.build();
    CooperationGraph second = builder.build();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void theEmptyGraphIsValid() {
    CooperationGraph empty = CooperationGraph.builder().build();
    assertThat(empty.entities()).isEmpty();
    assertThat(empty.relations()).isEmpty();
    assertThat(empty.info()).isEqualTo(DatasetInfo.empty());
    assertThat(empty).isEqualTo(CooperationGraph.builder().build());
  }

  @Test
  void graphsDifferWhenInfoDiffers() {
    CooperationGraph other = graph.toBuilder().info(DatasetInfo.builder().from(Samples.info()).version("2").build()).build();
    assertThat(other).isNotEqualTo(graph);
    assertThat(graph.equals(null)).isFalse();
    assertThat(graph).isNotEqualTo("graph");
  }
}
