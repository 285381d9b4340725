package io.github.southsouth.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LoanTerms;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.testing.ApiContracts;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guava's contract testers over every public type of core's exported packages: no public method
 * or constructor accepts {@code null} (each throws {@code NullPointerException} where the argument
 * is given, not later), and equality is structural and consistent with {@code hashCode}.
 */
class ExportedApiContractTest {

  private static final List<String> EXPORTED =
      List.of("io.github.southsouth.model", "io.github.southsouth.graph", "io.github.southsouth.problem");

  private static final CooperationGraph GRAPH = QueryFixture.graph();

  static Stream<Class<?>> publicTypes() {
    List<Class<?>> types = ApiContracts.publicTypes(CooperationGraph.class, EXPORTED);
    assertThat(types).contains(CooperationGraph.class, Initiative.class, Initiative.Builder.class, Problem.class);
    return types.stream();
  }

  /** Defaults for the parameters NullPointerTester cannot make itself. */
  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(EntityId.class, QueryFixture.KEN)
        .setDefault(LocalizedText.class, LocalizedText.english("x"))
        .setDefault(PartialDate.class, PartialDate.of(2013))
        .setDefault(Period.class, Period.from(PartialDate.of(2013)))
        .setDefault(Money.class, Money.of(BigDecimal.ONE, "USD"))
        .setDefault(MoneyBasis.class, MoneyBasis.nominal())
        .setDefault(Relation.class, GRAPH.relations().get(0))
        .setDefault(Entity.class, GRAPH.get(QueryFixture.KEN))
        .setDefault(CooperationGraph.class, GRAPH)
        .setDefault(DatasetInfo.class, GRAPH.info())
        .setDefault(Location.class, Location.ofSubject("x"))
        .setDefault(ProblemReport.class, ProblemReport.empty())
        .setDefault(Problem.class, Problem.error(ProblemCode.INVALID_VALUE, "x", Location.ofSubject("x")))
        .setDefault(Grouping.class, Grouping.byPrinciple());
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void staticMethodsAndConstructorsRefuseNull(Class<?> type) {
    ApiContracts.testStaticMethodsAndConstructors(tester(), type);
  }

  @Test
  void instanceMethodsRefuseNull() {
    NullPointerTester tester = tester();
    ApiContracts.testInstanceMethods(tester, CooperationGraph.class, GRAPH);
    ApiContracts.testInstanceMethods(tester, CooperationGraph.Builder.class, GRAPH.toBuilder());
    ApiContracts.testInstanceMethods(tester, InitiativeQuery.class, GRAPH.initiativeQuery());
    ApiContracts.testInstanceMethods(tester, GraphDiff.class, GRAPH.diff(GRAPH));
    ApiContracts.testInstanceMethods(tester, Initiative.class, GRAPH.get(QueryFixture.SGR));
    ApiContracts.testInstanceMethods(tester, LocalizedText.class, LocalizedText.english("x"));
    ApiContracts.testInstanceMethods(tester, PartialDate.class, PartialDate.of(2013, 9));
    ApiContracts.testInstanceMethods(tester, Period.class, Period.from(PartialDate.of(2013)));
    ApiContracts.testInstanceMethods(tester, Relation.class, GRAPH.relations().get(0));
    ApiContracts.testInstanceMethods(tester, ProblemReport.class, ProblemReport.empty());
    ApiContracts.testInstanceMethods(tester, ProblemReport.Collector.class, ProblemReport.collector());
    // every value builder: the methods an application calls with its own data
    ApiContracts.testInstanceMethods(tester, Initiative.Builder.class, Initiative.builder());
    ApiContracts.testInstanceMethods(tester, Actor.Builder.class, Actor.builder());
    ApiContracts.testInstanceMethods(tester, Goal.Builder.class, Goal.builder());
    ApiContracts.testInstanceMethods(tester, Perspective.Builder.class, Perspective.builder());
    ApiContracts.testInstanceMethods(tester, Relation.Builder.class, Relation.builder());
    ApiContracts.testInstanceMethods(tester, Financing.Builder.class, Financing.builder());
    ApiContracts.testInstanceMethods(tester, Sector.Builder.class, Sector.builder());
    ApiContracts.testInstanceMethods(tester, Citation.Builder.class, Citation.builder());
    ApiContracts.testInstanceMethods(tester, Conditionality.Builder.class, Conditionality.builder());
    ApiContracts.testInstanceMethods(tester, Condition.Builder.class, Condition.builder());
    ApiContracts.testInstanceMethods(tester, LoanTerms.Builder.class, LoanTerms.builder());
    ApiContracts.testInstanceMethods(tester, DatasetInfo.Builder.class, DatasetInfo.builder());
    ApiContracts.testInstanceMethods(tester, Problem.Builder.class, Problem.builder());
    ApiContracts.testInstanceMethods(tester, Location.Builder.class, Location.builder());
  }

  @Test
  void valuesAreEqualWhenTheirContentIs() {
    EntityId ken = EntityId.parse("actor:ken");
    new EqualsTester()
        .addEqualityGroup(ken, EntityId.of(Kind.ACTOR, "ken"))
        .addEqualityGroup(EntityId.parse("actor:chn"))
        .addEqualityGroup(LocalizedText.english("Kenya"), LocalizedText.of("en", "Kenya"))
        .addEqualityGroup(PartialDate.of(2013, 9), PartialDate.parse("2013-09"))
        .addEqualityGroup(Period.from(PartialDate.of(2013)), Period.from(PartialDate.parse("2013")))
        .addEqualityGroup(Money.of(new BigDecimal("1.5"), "USD"), Money.of(new BigDecimal("1.5"), "USD"))
        .addEqualityGroup(
            Relation.of(QueryFixture.SGR, RelationType.BENEFITS, ken),
            Relation.builder().from(QueryFixture.SGR).type(RelationType.BENEFITS).to(ken).build())
        .addEqualityGroup(
            Sector.builder().code("21030").vocabulary(SectorVocabulary.DAC_5).build(),
            Sector.builder().code("21030").vocabulary(SectorVocabulary.DAC_5).build())
        .addEqualityGroup(Conditionality.notReported(), Conditionality.builder().from(Conditionality.notReported()).build())
        .addEqualityGroup(
            Condition.builder().type(ConditionType.POLICY).build(),
            Condition.builder().type(ConditionType.POLICY).build())
        .addEqualityGroup(GRAPH.get(QueryFixture.SGR), Initiative.builder().from((Initiative) GRAPH.get(QueryFixture.SGR)).build())
        .addEqualityGroup(GRAPH.get(QueryFixture.KEN), Actor.builder().from((Actor) GRAPH.get(QueryFixture.KEN)).build())
        .addEqualityGroup(GRAPH, GRAPH.toBuilder().build(), QueryFixture.graph())
        .addEqualityGroup(GRAPH.subgraph(e -> e.kind() != Kind.PERSPECTIVE))
        .addEqualityGroup(GRAPH.info(), DatasetInfo.builder().from(GRAPH.info()).build())
        .addEqualityGroup(ProblemReport.empty(), ProblemReport.collector(10).build())
        .addEqualityGroup(Instrument.GRANT)
        .testEquals();
  }

  @Test
  void noPublicSignatureNamesAGeneratedType() {
    ApiContracts.assertNoGeneratedTypeInSignatures(publicTypes().toList());
  }
}
