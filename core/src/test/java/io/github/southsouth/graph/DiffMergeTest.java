package io.github.southsouth.graph;

import static io.github.southsouth.graph.QueryFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DiffMergeTest {

  private final CooperationGraph graph = QueryFixture.graph();

  /** A builder holding everything of a relation but its share and note. */
  static Relation.Builder copy(Relation r) {
    Relation.Builder b = Relation.builder().from(r.from()).type(r.type()).to(r.to()).addAllCitations(r.citations());
    r.period().ifPresent(b::period);
    return b;
  }

  /** The graph with a changed status, a changed share, a removed event and an added relation. */
  private CooperationGraph changed() {
    CooperationGraph.Builder b = CooperationGraph.builder().info(graph.info());
    for (Entity e : graph.entities()) {
      if (e.id().equals(SGR)) {
        b.addEntity(Initiative.builder().from((Initiative) e).status(InitiativeStatus.SUSPENDED).build());
      } else if (!e.id().equals(BANDUNG)) {
        b.addEntity(e);
      }
    }
    for (Relation r : graph.relations()) {
      if (r.to().equals(BANDUNG)) {
        continue;
      }
      if (r.from().equals(GARISSA) && r.type() == RelationType.BENEFITS) {
        b.addRelation(copy(r).share(new BigDecimal("90")).build());
      } else {
        b.addRelation(r);
      }
    }
    b.addRelation(rel(CHN, RelationType.FUNDS, CPEC));
    return b.build();
  }

  @Test
  void diffOfAGraphWithItselfIsEmpty() {
    GraphDiff diff = graph.diff(QueryFixture.graph());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.lines()).isEmpty();
    assertThat(diff).hasToString("+0 -0 ~0 entities, +0 -0 ~0 relations");
  }

  @Test
  void diffReportsEveryChangeFieldByField() {
    GraphDiff diff = graph.diff(changed());
    assertThat(diff.removedEntities()).extracting(Entity::id).containsExactly(BANDUNG);
    assertThat(diff.addedEntities()).isEmpty();
    assertThat(diff.changedEntities()).extracting(EntityChange::id).containsExactly(SGR);
    assertThat(diff.changedEntities().get(0).changes()).containsExactly(FieldChange.of("status", "completed", "suspended"));
    assertThat(diff.removedRelations()).extracting(Relation::describe)
        .containsExactly("principle:mutual-benefit originates-in event:bandung-conference");
    assertThat(diff.addedRelations()).extracting(Relation::describe).containsExactly("actor:chn funds initiative:cpec");
    assertThat(diff.changedRelations()).singleElement()
        .satisfies(c -> assertThat(c.changes()).containsExactly(FieldChange.of("share", "100", "90")));
    assertThat(diff.infoChanges()).isEmpty();
    assertThat(diff.lines())
        .containsExactly(
            "- entity event:bandung-conference",
            "~ entity initiative:mombasa-nairobi-sgr status: completed -> suspended",
            "- relation principle:mutual-benefit originates-in event:bandung-conference",
            "+ relation actor:chn funds initiative:cpec",
            "~ relation initiative:garissa-solar benefits actor:ken share: 100 -> 90");
    assertThat(diff).hasToString("+0 -1 ~1 entities, +1 -1 ~1 relations");
  }

  @Test
  void diffIsAPatch() {
    CooperationGraph changed = changed();
    assertThat(graph.diff(changed).applyTo(graph)).isEqualTo(changed);
    assertThat(changed.diff(graph).applyTo(changed)).isEqualTo(graph);
  }

  @Test
  void aPatchRefusesAGraphItWasNotMadeFrom() {
    GraphDiff diff = graph.diff(changed());
    assertThatThrownBy(() -> diff.applyTo(changed()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the diff does not apply to this graph: it removes the entity event:bandung-conference,"
                + " which is not there as the diff saw it");
  }

  @Test
  void diffOfDatasetInfo() {
    CooperationGraph newer =
        graph.toBuilder().info(DatasetInfo.builder().from(graph.info()).version("2027.01").build()).build();
    GraphDiff diff = graph.diff(newer);
    assertThat(diff.infoChanges()).containsExactly(FieldChange.of("version", "2026.11", "2027.01"));
    assertThat(diff.lines()).containsExactly("~ dataset version: 2026.11 -> 2027.01");
    assertThat(diff.applyTo(graph)).isEqualTo(newer);
  }

  @Test
  void entityFieldsCoverEveryAttribute() {
    // Every accessor of every entity type must be compared by diff and merge.
    for (Kind kind : Kind.values()) {
      Set<String> accessors = new TreeSet<>();
      for (Method m : kind.type().getMethods()) {
        boolean modelAccessor =
            m.getParameterCount() == 0
                && !Modifier.isStatic(m.getModifiers())
                // final methods are views derived from the attributes, e.g. allInstruments()
                && !Modifier.isFinal(m.getModifiers())
                && m.getDeclaringClass().getPackageName().equals("io.github.southsouth.model");
        if (modelAccessor && !Set.of("id", "kind").contains(m.getName())) {
          accessors.add(m.getName());
        }
      }
      Entity sample = graph.ofKind(kind).isEmpty() ? null : graph.ofKind(kind).get(0);
      if (sample != null) {
        assertThat(new TreeSet<>(Fields.of(sample).keySet())).as(kind.code()).isEqualTo(accessors);
      }
    }
  }

  @Test
  void mergeOfAGraphWithItselfIsTheGraph() {
    MergeResult result = graph.merge(graph);
    assertThat(result.isMerged()).isTrue();
    assertThat(result.graph()).contains(graph);
    assertThat(result.problems().isEmpty()).isTrue();
  }

  @Test
  void mergeOfTwoPartsIsTheirUnion() {
    CooperationGraph africa = graph.subgraph(e -> e.kind() != Kind.PERSPECTIVE);
    CooperationGraph views = graph.subgraph(e -> e.kind() == Kind.PERSPECTIVE || e.kind() == Kind.ACTOR);
    CooperationGraph merged = africa.merge(views).orElseThrow();
    assertThat(merged.ids()).containsExactlyElementsOf(graph.ids());
    assertThat(merged.contains(DEBT_VIEW)).isTrue();
    assertThat(merged.outgoing(KEN, RelationType.HOLDS)).hasSize(1);
  }

  @Test
  void mergeReportsEveryConflictAndNeverResolvesOne() {
    CooperationGraph.Builder other = CooperationGraph.builder()
        .info(DatasetInfo.builder().from(graph.info()).version("2027.01").build());
    for (Entity e : graph.entities()) {
      if (e.id().equals(KEN)) {
        other.addEntity(Actor.builder().from((Actor) e).name(LocalizedText.english("Republic of Kenya")).build());
      } else {
        other.addEntity(e);
      }
    }
    for (Relation r : graph.relations()) {
      if (r.from().equals(GARISSA) && r.type() == RelationType.BENEFITS) {
        other.addRelation(copy(r).share(new BigDecimal("50")).note("half").build());
      } else {
        other.addRelation(r);
      }
    }
    MergeResult result = graph.merge(other.build());
    assertThat(result.isMerged()).isFalse();
    assertThat(result.graph()).isEmpty();
    assertThat(result.problems().problems()).extracting(Problem::code).containsOnly(ProblemCode.MERGE_CONFLICT);
    assertThat(result.problems().problems()).extracting(Problem::toString)
        .containsExactly(
            "dataset: merge-conflict the dataset info differs: version is \"2026.11\" in the first graph and"
                + " \"2027.01\" in the second",
            "actor:ken: merge-conflict the entity actor:ken differs: name is \"{en=Kenya, zh-Hans=肯尼亚}\" in the"
                + " first graph and \"{en=Republic of Kenya}\" in the second",
            "initiative:garissa-solar benefits actor:ken: merge-conflict the relation initiative:garissa-solar"
                + " benefits actor:ken differs: share is \"100\" in the first graph and \"50\" in the second;"
                + " note is \"\" in the first graph and \"half\" in the second");
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("3 errors");
  }

  @Test
  void emptyDatasetInfoGivesWay() {
    CooperationGraph bare = graph.toBuilder().info(DatasetInfo.empty()).build();
    assertThat(bare.merge(graph).orElseThrow().info()).isEqualTo(graph.info());
    assertThat(graph.merge(bare).orElseThrow().info()).isEqualTo(graph.info());
  }

  @Test
  void aUnionThatBreaksARuleFailsWithThatRule() {
    // Each graph gives Kenya a share of Garissa at a different period: 100 + 60 > 100 in sum.
    Relation extra =
        Relation.builder()
            .from(GARISSA)
            .type(RelationType.BENEFITS)
            .to(KEN)
            .period(io.github.southsouth.model.Period.from(io.github.southsouth.model.PartialDate.of(2020)))
            .share(new BigDecimal("60"))
            .build();
    CooperationGraph.Builder withExtra = CooperationGraph.builder().info(graph.info()).addEntities(graph.entities());
    graph.relations().stream()
        .filter(r -> !(r.from().equals(GARISSA) && r.type() == RelationType.BENEFITS))
        .forEach(withExtra::addRelation);
    MergeResult result = graph.merge(withExtra.addRelation(extra).build());
    assertThat(result.isMerged()).isFalse();
    assertThat(result.problems().problems()).extracting(Problem::code).containsExactly(ProblemCode.SHARE_SUM);
  }

  @Test
  void eventWithoutItsPlaceIsNotAValidSubgraphSoThePlaceIsPulledIn() {
    CooperationGraph events = graph.subgraph(e -> e instanceof Event);
    assertThat(events.ids()).containsExactly(IDN, BANDUNG, ESSAY);
  }
}
