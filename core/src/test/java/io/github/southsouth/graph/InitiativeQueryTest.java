package io.github.southsouth.graph;

import static io.github.southsouth.graph.QueryFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.RelationType;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitiativeQueryTest {

  private final CooperationGraph graph = QueryFixture.graph();

  @Test
  void withoutCriteriaFindsEveryInitiativeInIdOrder() {
    assertThat(graph.initiativeQuery().ids()).containsExactly(BRI, CPEC, GARISSA, SGR);
    assertThat(graph.initiativeQuery()).hasToString("all initiatives");
  }

  @Test
  void findsByPrincipleGoalAndTheme() {
    assertThat(graph.initiativeQuery().embodying(MUTUAL_BENEFIT).ids()).containsExactly(BRI, CPEC, GARISSA, SGR);
    assertThat(graph.initiativeQuery().embodying(NON_CONDITIONALITY).ids()).containsExactly(GARISSA);
    assertThat(graph.initiativeQuery().advancing(CONNECTIVITY).ids()).containsExactly(CPEC, SGR);
    assertThat(graph.initiativeQuery().addressing(ENERGY).ids()).containsExactly(CPEC, GARISSA);
  }

  @Test
  void valuesOfOneCriterionAreAlternativesAndCriteriaCombine() {
    assertThat(graph.initiativeQuery().addressing(ENERGY, INFRASTRUCTURE).ids()).containsExactly(BRI, CPEC, GARISSA, SGR);
    assertThat(graph.initiativeQuery().addressing(ENERGY).addressing(INFRASTRUCTURE).ids()).containsExactly(CPEC);
    assertThat(graph.initiativeQuery().embodying(MUTUAL_BENEFIT).advancing(SHARED_DEVELOPMENT).addressing(ENERGY).ids())
        .containsExactly(GARISSA);
  }

  @Test
  void regionMatchesEveryActorItContainsTransitively() {
    assertThat(graph.initiativeQuery().inRegion(KEN).ids()).containsExactly(GARISSA, SGR);
    assertThat(graph.initiativeQuery().inRegion(EASTERN_AFRICA).ids()).containsExactly(GARISSA, SGR);
    assertThat(graph.initiativeQuery().inRegion(AFRICA).ids()).containsExactly(GARISSA, SGR);
    assertThat(graph.initiativeQuery().inRegion(ASIA).ids()).containsExactly(CPEC);
    assertThat(graph.initiativeQuery().inRegion(WORLD).ids()).containsExactly(CPEC, GARISSA, SGR);
    assertThat(graph.initiativeQuery().inRegion(G77).ids()).containsExactly(CPEC, GARISSA, SGR);
    assertThat(graph.initiativeQuery().inRegion(CHN).ids()).isEmpty();
    assertThat(graph.initiativeQuery().inRegion(AFRICA, ASIA).ids()).containsExactly(CPEC, GARISSA, SGR);
  }

  @Test
  void theIssueExampleNonConditionalityInAfricaSince2013() {
    InitiativeQuery query =
        graph.initiativeQuery()
            .embodying(NON_CONDITIONALITY)
            .inRegion(AFRICA)
            .overlapping(Period.from(PartialDate.of(2013)));
    assertThat(query.ids()).containsExactly(GARISSA);
    assertThat(query.count()).isEqualTo(1);
    assertThat(query)
        .hasToString("initiatives embodying principle:non-conditionality, in region actor:m49-002, overlapping 2013/..");
  }

  @Test
  void involvingMatchesRolesAndFinanciers() {
    // China leads the BRI, and is the financier of CPEC's pledge (in its financing, not a relation).
    assertThat(graph.initiativeQuery().involving(CHN).ids()).containsExactly(BRI, CPEC);
    assertThat(graph.initiativeQuery().involving(CHN, RelationType.LEADS).ids()).containsExactly(BRI);
    assertThat(graph.initiativeQuery().involving(CHN, RelationType.FUNDS).ids()).containsExactly(CPEC);
    // China Exim funds the SGR by relation and Garissa by financing.
    assertThat(graph.initiativeQuery().involving(CHEXIM, RelationType.FUNDS).ids()).containsExactly(GARISSA, SGR);
    assertThat(graph.initiativeQuery().involving(KEN, RelationType.BENEFITS).ids()).containsExactly(GARISSA, SGR);
    assertThat(graph.initiativeQuery().involving(KEN, RelationType.LEADS, RelationType.FUNDS).ids()).isEmpty();
    // An actor is matched as itself: a region is not involved through its members.
    assertThat(graph.initiativeQuery().involving(EASTERN_AFRICA).ids()).isEmpty();
    assertThat(graph.initiativeQuery().involving(CHN, RelationType.FUNDS))
        .hasToString("initiatives involving actor:chn as funds");
  }

  @Test
  void throughProgrammesAlsoFindsThePartsOfWhatMatches() {
    // The Belt and Road, Garissa and the SGR advance shared development; CPEC is part of the BRI.
    assertThat(graph.initiativeQuery().advancing(SHARED_DEVELOPMENT).ids()).containsExactly(BRI, GARISSA, SGR);
    assertThat(graph.initiativeQuery().advancing(InitiativeQuery.Reach.THROUGH_PROGRAMMES, SHARED_DEVELOPMENT).ids())
        .containsExactly(BRI, CPEC, GARISSA, SGR);
    assertThat(graph.initiativeQuery().advancing(InitiativeQuery.Reach.DIRECT, SHARED_DEVELOPMENT).ids())
        .containsExactly(BRI, GARISSA, SGR);
    // Garissa embodies non-conditionality and has no parts: nothing more to find.
    assertThat(graph.initiativeQuery().embodying(InitiativeQuery.Reach.THROUGH_PROGRAMMES, NON_CONDITIONALITY).ids())
        .containsExactly(GARISSA);
    InitiativeQuery inAsia =
        graph.initiativeQuery().advancing(InitiativeQuery.Reach.THROUGH_PROGRAMMES, SHARED_DEVELOPMENT).inRegion(ASIA);
    assertThat(inAsia.ids()).containsExactly(CPEC);
    assertThat(inAsia).hasToString("initiatives advancing goal:shared-development, directly or as part of a programme"
        + " that does, in region actor:m49-142");
  }

  @Test
  void partOfIsTransitive() {
    assertThat(graph.initiativeQuery().partOf(BRI).ids()).containsExactly(CPEC, GARISSA);
    assertThat(graph.initiativeQuery().partOf(CPEC).ids()).isEmpty();
  }

  @Test
  void fieldCriteria() {
    assertThat(graph.initiativeQuery().withInstrument(Instrument.CONCESSIONAL_LOAN).ids()).containsExactly(GARISSA, SGR);
    assertThat(graph.initiativeQuery().withInstrument(Instrument.COMMERCIAL_LOAN).ids()).containsExactly(SGR);
    assertThat(graph.initiativeQuery().withConditionality(ConditionalityState.NONE_ATTACHED).ids()).containsExactly(GARISSA);
    assertThat(graph.initiativeQuery().withConditionality(ConditionalityState.NOT_REPORTED).ids()).containsExactly(BRI, CPEC);
    assertThat(graph.initiativeQuery().withStatus(InitiativeStatus.COMPLETED).ids()).containsExactly(GARISSA, SGR);
    assertThat(graph.initiativeQuery().ofKind(InitiativeKind.FRAMEWORK, InitiativeKind.PROGRAMME).ids()).containsExactly(BRI, CPEC);
    assertThat(graph.initiativeQuery().overlapping(Period.of(PartialDate.of(2018), PartialDate.of(2020))).ids())
        .containsExactly(BRI, CPEC, GARISSA);
    assertThat(graph.initiativeQuery().overlapping(Period.until(PartialDate.of(2012))).ids()).isEmpty();
    assertThat(graph.initiativeQuery().matching("with a railway", i -> i.name().english().contains("Railway")).ids())
        .containsExactly(SGR);
  }

  @Test
  void queriesAreImmutableAndReusable() {
    InitiativeQuery inAfrica = graph.initiativeQuery().inRegion(AFRICA);
    InitiativeQuery energy = inAfrica.addressing(ENERGY);
    InitiativeQuery infrastructure = inAfrica.addressing(INFRASTRUCTURE);
    assertThat(energy.ids()).containsExactly(GARISSA);
    assertThat(infrastructure.ids()).containsExactly(SGR);
    assertThat(inAfrica.ids()).containsExactly(GARISSA, SGR);
    assertThat(inAfrica.test(graph.get(GARISSA, io.github.southsouth.model.Initiative.class))).isTrue();
    assertThat(energy.graph()).isSameAs(graph);
  }

  @Test
  void unknownIdsAndWrongKindsAreNamed() {
    EntityId nowhere = EntityId.parse("actor:atlantis");
    assertThatThrownBy(() -> graph.initiativeQuery().inRegion(nowhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no actor with id actor:atlantis in this graph");
    assertThatThrownBy(() -> graph.initiativeQuery().embodying(SHARED_DEVELOPMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a principle id, got goal:shared-development (a goal)");
    assertThatThrownBy(() -> graph.initiativeQuery().involving(KEN, RelationType.EMBODIES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got embodies");
    assertThatThrownBy(() -> graph.initiativeQuery().withStatus())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("withStatus needs at least one value");
  }

  @Test
  void countsByPrincipleThemeAndRegion() {
    assertThat(graph.initiativeQuery().countBy(Grouping.byPrinciple()))
        .containsExactly(Map.entry(MUTUAL_BENEFIT, 4), Map.entry(NON_CONDITIONALITY, 1));
    assertThat(graph.initiativeQuery().countBy(Grouping.byTheme()))
        .containsExactly(Map.entry(ENERGY, 2), Map.entry(INFRASTRUCTURE, 3));
    assertThat(graph.initiativeQuery().countBy(Grouping.byRegion()))
        .containsExactly(
            Map.entry(WORLD, 3),
            Map.entry(AFRICA, 2),
            Map.entry(EASTERN_AFRICA, 2),
            Map.entry(SOUTHERN_ASIA, 1),
            Map.entry(ASIA, 1),
            Map.entry(SUB_SAHARAN_AFRICA, 2));
    assertThat(graph.initiativeQuery().countBy(Grouping.byStatus()))
        .containsExactly(
            Map.entry(InitiativeStatus.IMPLEMENTATION, 1),
            Map.entry(InitiativeStatus.COMPLETED, 2),
            Map.entry(InitiativeStatus.ONGOING, 1));
  }

  @Test
  void financeByGoalAndRegionSumsPerCurrencyAndBasis() {
    FinanceTable<EntityId, EntityId> table =
        graph.initiativeQuery().financeBy(Grouping.byGoal(), Grouping.byRegion());
    assertThat(table.stage()).isEqualTo(FinancingStage.COMMITMENT);
    assertThat(table.rows()).containsExactly(CONNECTIVITY, SHARED_DEVELOPMENT);
    assertThat(table.columns()).containsExactly(WORLD, AFRICA, EASTERN_AFRICA, SOUTHERN_ASIA, ASIA, SUB_SAHARAN_AFRICA);
    // Shared development in Africa: Garissa (USD nominal and constant 2021) and the SGR (USD, CNY).
    assertThat(table.cell(SHARED_DEVELOPMENT, AFRICA))
        .containsExactly(
            Map.entry(CurrencyBasis.of("CNY", MoneyBasis.nominal()), new BigDecimal("10500000000")),
            Map.entry(CurrencyBasis.of("USD", MoneyBasis.constant(2021)), new BigDecimal("152300000")),
            Map.entry(CurrencyBasis.of("USD", MoneyBasis.nominal()), new BigDecimal("1735700000")));
    assertThat(table.count(SHARED_DEVELOPMENT, AFRICA)).isEqualTo(2);
    // CPEC has only a pledge: counted, but no committed finance.
    assertThat(table.count(CONNECTIVITY, ASIA)).isEqualTo(1);
    assertThat(table.cell(CONNECTIVITY, ASIA)).isEmpty();
    assertThat(table.cellAsMoney(CONNECTIVITY, AFRICA)).extracting(Object::toString)
        .containsExactly("10500000000 CNY (nominal)", "1600000000 USD (nominal)");

    FinanceTable<EntityId, EntityId> pledges =
        graph.initiativeQuery().financeBy(Grouping.byGoal(), Grouping.byRegion(), FinancingStage.PLEDGE);
    assertThat(pledges.cell(CONNECTIVITY, SOUTHERN_ASIA))
        .containsExactly(Map.entry(CurrencyBasis.of("USD", MoneyBasis.nominal()), new BigDecimal("46000000000")));
    FinanceTable<EntityId, EntityId> disbursed =
        graph.initiativeQuery().financeBy(Grouping.byGoal(), Grouping.byRegion(), FinancingStage.DISBURSEMENT);
    assertThat(disbursed.cell(SHARED_DEVELOPMENT, EASTERN_AFRICA))
        .containsExactly(Map.entry(CurrencyBasis.of("USD", MoneyBasis.nominal()), new BigDecimal("100000000")));
    assertThat(table).isEqualTo(graph.initiativeQuery().financeBy(Grouping.byGoal(), Grouping.byRegion()));
    assertThat(table).isNotEqualTo(pledges);
  }

  @Test
  void conditionalityViewForNonConditionality() {
    ConditionalitySummary all = graph.initiativeQuery().conditionality();
    assertThat(all.count(ConditionalityState.NONE_ATTACHED)).isEqualTo(1);
    assertThat(all.count(ConditionalityState.ATTACHED)).isEqualTo(1);
    assertThat(all.count(ConditionalityState.NOT_REPORTED)).isEqualTo(2);
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.finance(ConditionalityState.NONE_ATTACHED))
        .containsEntry(CurrencyBasis.of("USD", MoneyBasis.nominal()), new BigDecimal("135700000"));
    assertThat(all.finance(ConditionalityState.NOT_REPORTED)).isEmpty();

    var byRegion = graph.initiativeQuery().embodying(MUTUAL_BENEFIT).conditionalityBy(Grouping.byRegion());
    ConditionalitySummary africa = byRegion.get(AFRICA);
    assertThat(africa.counts())
        .containsExactly(
            Map.entry(ConditionalityState.NOT_REPORTED, 0),
            Map.entry(ConditionalityState.NONE_ATTACHED, 1),
            Map.entry(ConditionalityState.ATTACHED, 1));
    assertThat(africa.finance(ConditionalityState.ATTACHED))
        .containsExactly(
            Map.entry(CurrencyBasis.of("CNY", MoneyBasis.nominal()), new BigDecimal("10500000000")),
            Map.entry(CurrencyBasis.of("USD", MoneyBasis.nominal()), new BigDecimal("1600000000")));
    assertThat(byRegion.get(SOUTHERN_ASIA).count(ConditionalityState.NOT_REPORTED)).isEqualTo(1);
    assertThat(graph.initiativeQuery().withStatus(InitiativeStatus.CANCELLED).conditionality().total()).isZero();
    assertThat(graph.initiativeQuery().conditionality(FinancingStage.PLEDGE).finance(ConditionalityState.NOT_REPORTED))
        .containsEntry(CurrencyBasis.of("USD", MoneyBasis.nominal()), new BigDecimal("46000000000"));
  }
}
