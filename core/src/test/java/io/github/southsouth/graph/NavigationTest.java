package io.github.southsouth.graph;

import static io.github.southsouth.graph.QueryFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NavigationTest {

  private final CooperationGraph graph = QueryFixture.graph();

  private static EntityId[] ids(java.util.List<Entity> entities) {
    return entities.stream().map(Entity::id).toArray(EntityId[]::new);
  }

  @Test
  void neighboursByTypeAndDirection() {
    assertThat(ids(graph.neighbours(KEN, RelationType.PART_OF, Direction.OUTGOING))).containsExactly(EASTERN_AFRICA);
    assertThat(ids(graph.neighbours(BRI, RelationType.PART_OF, Direction.INCOMING))).containsExactly(CPEC, GARISSA);
    assertThat(ids(graph.neighbours(KEN, RelationType.BENEFITS, Direction.OUTGOING))).isEmpty();
    assertThat(ids(graph.neighbours(KEN, RelationType.BENEFITS, Direction.BOTH))).containsExactly(GARISSA, SGR);
    assertThat(ids(graph.neighbours(KEN, Direction.OUTGOING))).containsExactly(G77, EASTERN_AFRICA, DEBT_VIEW);
    assertThat(ids(graph.neighbours(SGR, Direction.INCOMING))).containsExactly(CHEXIM, DEBT_VIEW);
    assertThatThrownBy(() -> graph.neighbours(EntityId.parse("actor:atlantis"), Direction.BOTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no entity with id actor:atlantis in this graph");
  }

  @Test
  void shortestPathFollowsRelationsBothWaysWithFixedTieBreaking() {
    GraphPath path = graph.shortestPath(KEN, MUTUAL_BENEFIT).orElseThrow();
    // Two paths of length 2 (through Garissa or the SGR): relations are followed in natural order.
    assertThat(path.ids()).containsExactly(KEN, GARISSA, MUTUAL_BENEFIT);
    assertThat(path.relations())
        .containsExactly(
            graph.outgoing(GARISSA, RelationType.BENEFITS).get(0),
            graph.outgoing(GARISSA, RelationType.EMBODIES).get(0));
    assertThat(path.length()).isEqualTo(2);
    assertThat(path).hasToString("actor:ken <-benefits- initiative:garissa-solar -embodies-> principle:mutual-benefit");
    assertThat(graph.shortestPath(KEN, MUTUAL_BENEFIT)).contains(path);

    assertThat(graph.shortestPath(KEN, BANDUNG).orElseThrow().ids())
        .containsExactly(KEN, GARISSA, MUTUAL_BENEFIT, BANDUNG);
    // The conference's place is an attribute, not a relation: no path leads to Indonesia.
    assertThat(graph.shortestPath(KEN, IDN)).isEmpty();
  }

  @Test
  void shortestPathOverChosenTypes() {
    assertThat(graph.shortestPath(KEN, WORLD, Set.of(RelationType.PART_OF)).orElseThrow().ids())
        .containsExactly(KEN, EASTERN_AFRICA, SUB_SAHARAN_AFRICA, AFRICA, WORLD);
    assertThat(graph.shortestPath(KEN, PAK).orElseThrow().ids()).containsExactly(KEN, G77, PAK);
    assertThat(graph.shortestPath(KEN, PAK, Set.of(RelationType.BENEFITS))).isEmpty();
  }

  @Test
  void shortestPathEdgeCases() {
    assertThat(graph.shortestPath(KEN, KEN).orElseThrow().length()).isZero();
    assertThat(graph.shortestPath(KEN, GLOBAL_SOUTH)).isEmpty(); // the concept has no relation
    assertThatThrownBy(() -> graph.shortestPath(KEN, EntityId.parse("goal:nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goal:nowhere");
  }

  @Test
  void pathRefusesRelationsThatDoNotLink() {
    Relation unrelated = graph.outgoing(SGR, RelationType.BENEFITS).get(0);
    assertThatThrownBy(() -> GraphPath.of(java.util.List.of(graph.get(GARISSA), graph.get(KEN)), java.util.List.of(unrelated)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not link initiative:garissa-solar and actor:ken");
  }

  @Test
  void subgraphKeepsRelationsAmongSelectedAndPullsInReferences() {
    CooperationGraph initiatives =
        graph.subgraph(e -> e.kind() == Kind.INITIATIVE || e.kind() == Kind.PRINCIPLE);
    // Relations among the selected entities only.
    assertThat(initiatives.relations())
        .allMatch(r -> r.from().kind() != Kind.ACTOR && r.to().kind() != Kind.ACTOR)
        .contains(graph.outgoing(GARISSA, RelationType.EMBODIES).toArray(new Relation[0]))
        .contains(graph.outgoing(CPEC, RelationType.PART_OF).get(0));
    // Pulled in: financiers (China, China Exim), cited sources, the dataset's source.
    assertThat(initiatives.contains(CHEXIM)).isTrue();
    assertThat(initiatives.contains(CHN)).isTrue();
    assertThat(initiatives.contains(AIDDATA)).isTrue();
    assertThat(initiatives.contains(ESSAY)).isTrue();
    assertThat(initiatives.outgoing(CHEXIM)).isEmpty();
    // Not pulled in: Kenya (only a relation end), the goals, the event.
    assertThat(initiatives.contains(KEN)).isFalse();
    assertThat(initiatives.contains(SHARED_DEVELOPMENT)).isFalse();
    assertThat(initiatives.contains(BANDUNG)).isFalse();
    assertThat(initiatives.info()).isEqualTo(graph.info());

    // A perspective pulls in its holder and subjects.
    CooperationGraph view = graph.subgraph(e -> e.kind() == Kind.PERSPECTIVE);
    assertThat(view.ids()).containsExactly(CHEXIM, KEN, SGR, DEBT_VIEW, ESSAY);
    assertThat(view.relations()).isEmpty();

    assertThat(graph.subgraph(e -> true)).isEqualTo(graph);
  }

  @Test
  void findsNamesInAnyLanguageIgnoringAccentsTonesCaseAndSpaces() {
    for (String query : new String[] {"hu li", "Hùlì", "huli", "HULI", "互利", "mutual benefit", "Mutual-Benefit", "Hu\u0300li\u0300"}) {
      assertThat(ids(graph.findByName(query))).as(query).startsWith(MUTUAL_BENEFIT);
    }
    assertThat(ids(graph.findByName("互"))).containsExactly(MUTUAL_BENEFIT);
    assertThat(ids(graph.findByName("yidai yilu"))).containsExactly(BRI);
    assertThat(ids(graph.findByName("一带一路"))).containsExactly(BRI);
    assertThat(ids(graph.findByName("bu fujia tiaojian"))).containsExactly(NON_CONDITIONALITY);
    assertThat(ids(graph.findByName("ＫＥＮＹＡ"))).containsExactly(KEN); // full-width letters
  }

  @Test
  void nameFormIsTheFormTheSearchComparesNamesIn() {
    for (String text : new String[] {"hu li", "Hùlì", "HU-LI", "Hu\u0300li\u0300", "ｈｕｌｉ"}) {
      assertThat(CooperationGraph.nameForm(text)).as(text).isEqualTo("huli");
    }
    assertThat(CooperationGraph.nameForm("一带一路 (BRI)")).isEqualTo("一带一路bri");
    assertThat(CooperationGraph.nameForm(" -.,")).isEmpty();
  }

  @Test
  void matchesStartAtWordsNotInsideThem() {
    EntityId mutualBenefit = EntityId.parse("principle:mutual-benefit");
    EntityId framework = EntityId.parse("initiative:common-framework");
    CooperationGraph g =
        CooperationGraph.builder()
            .addEntity(
                io.github.southsouth.model.Principle.builder()
                    .id(mutualBenefit)
                    .name(io.github.southsouth.model.LocalizedText.of(java.util.Map.of("en", "Mutual Benefit", "zh-Latn-pinyin", "Hùlì")))
                    .build())
            .addEntity(
                io.github.southsouth.model.Initiative.builder()
                    .id(framework)
                    .name(io.github.southsouth.model.LocalizedText.of(
                        java.util.Map.of("en", "Common Framework", "zh-Latn-pinyin", "Zhàiwù Chǔlǐ Gòngtóng Kuàngjià")))
                    .initiativeKind(io.github.southsouth.model.InitiativeKind.FRAMEWORK)
                    .build())
            .build();
    // "chǔlǐ" contains "huli", but not where a word starts
    assertThat(ids(g.findByName("hu li"))).containsExactly(mutualBenefit);
    assertThat(ids(g.findByName("chu li"))).containsExactly(framework);
    assertThat(ids(g.findByName("framework"))).containsExactly(framework);
    assertThat(ids(g.findByName("ramework"))).isEmpty();
  }

  @Test
  void ranksExactThenPrefixThenSubstringMatches() {
    // "Asian-African Conference" contains "africa" too.
    assertThat(ids(graph.findByName("africa")))
        .containsExactly(AFRICA, EASTERN_AFRICA, SUB_SAHARAN_AFRICA, BANDUNG);
    assertThat(ids(graph.findByName("非洲"))).containsExactly(AFRICA, EASTERN_AFRICA, SUB_SAHARAN_AFRICA);
    // Exact "China", then "China-Pakistan ...", then "Export-Import Bank of China".
    assertThat(ids(graph.findByName("china"))).containsExactly(CHN, CPEC, CHEXIM);
  }

  @Test
  void findsByNameWithinAKind() {
    assertThat(ids(graph.findByName("dev", Kind.GOAL))).containsExactly(SHARED_DEVELOPMENT);
    assertThat(ids(graph.findByName("china", Kind.INITIATIVE))).containsExactly(CPEC);
    assertThat(graph.findByName("atlantis")).isEmpty();
    assertThatThrownBy(() -> graph.findByName(" - "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot search for the name \" - \": it has no letters or digits");
  }

  @Test
  void indexesBuiltLazilyAreSafeToShareBetweenThreads() throws Exception {
    CooperationGraph fresh = QueryFixture.graph();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            pool.submit(
                () -> fresh.initiativeQuery().inRegion(AFRICA).ids() + " " + java.util.Arrays.toString(ids(fresh.findByName("hu li")))));
      }
      for (java.util.concurrent.Future<String> result : results) {
        assertThat(result.get())
            .isEqualTo("[initiative:garissa-solar, initiative:mombasa-nairobi-sgr] [principle:mutual-benefit]");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
