package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.Grouping;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinancingTest {

  private static final Period Y2020 = Period.of(PartialDate.parse("2020-01-01"), PartialDate.parse("2020-12-31"));
  private static final Period Y2021 = Period.of(PartialDate.parse("2021-01-01"), PartialDate.parse("2021-12-31"));

  private static Financing flow(FinancingStage stage, String amount) {
    return Financing.builder().instrument(Instrument.GRANT).stage(stage).addAmount(Money.of(new BigDecimal(amount), "EUR"))
        .build();
  }

  private static Financing planned(FinancingStage stage, BudgetKind kind, Period period, String amount) {
    return Financing.builder().instrument(Instrument.OTHER).stage(stage).budgetKind(kind).period(period)
        .addAmount(Money.of(new BigDecimal(amount), "EUR")).build();
  }

  @Test
  void everyStageHasADirectionAndIncomingFlowsAreNotOutgoingOnes() {
    assertThat(FinancingStage.COMMITMENT.direction()).isEqualTo(FlowDirection.OUTGOING);
    assertThat(FinancingStage.DISBURSEMENT.direction()).isEqualTo(FlowDirection.OUTGOING);
    assertThat(FinancingStage.INCOMING_FUNDS.direction()).isEqualTo(FlowDirection.INCOMING);
    assertThat(FinancingStage.INCOMING_COMMITMENT.direction()).isEqualTo(FlowDirection.INCOMING);
    assertThat(FinancingStage.BUDGET.direction()).isEqualTo(FlowDirection.PLANNED);
    assertThat(FinancingStage.PLANNED_DISBURSEMENT.direction()).isEqualTo(FlowDirection.PLANNED);
    assertThat(FinancingStage.OTHER.direction()).isEqualTo(FlowDirection.UNSPECIFIED);
  }

  @Test
  void aBudgetKindIsOnlyForBudgetsAndPlannedDisbursements() {
    assertThatThrownBy(() -> Financing.builder().instrument(Instrument.GRANT).stage(FinancingStage.COMMITMENT)
            .budgetKind(BudgetKind.REVISED).addAmount(Money.of(BigDecimal.ONE, "EUR")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budgetKind").hasMessageContaining("commitment");
  }

  @Test
  void totalsUseTheRevisedAmountOfAPeriodAndKeepBoth() {
    Initiative initiative = Initiative.builder()
        .id(EntityId.of(Kind.INITIATIVE, "budgets"))
        .name(LocalizedText.english("Budgets"))
        .initiativeKind(InitiativeKind.PROJECT)
        .addFinancing(planned(FinancingStage.BUDGET, BudgetKind.ORIGINAL, Y2020, "1000"))
        .addFinancing(planned(FinancingStage.BUDGET, BudgetKind.REVISED, Y2020, "1200"))
        .addFinancing(planned(FinancingStage.BUDGET, BudgetKind.ORIGINAL, Y2021, "500"))
        // an original planned disbursement of 2020 is not revised by the 2020 budget
        .addFinancing(planned(FinancingStage.PLANNED_DISBURSEMENT, BudgetKind.ORIGINAL, Y2020, "300"))
        .addFinancing(flow(FinancingStage.COMMITMENT, "2000"))
        .addFinancing(flow(FinancingStage.INCOMING_COMMITMENT, "9000"))
        .build();

    assertThat(initiative.financing()).hasSize(6);
    assertThat(initiative.financingForTotals()).extracting(f -> f.amounts().get(0).amount().toPlainString())
        .containsExactly("1200", "500", "300", "2000", "9000");

    CooperationGraph graph = CooperationGraph.builder().addEntity(initiative).build();
    CurrencyBasis eur = CurrencyBasis.of(Money.of(BigDecimal.ONE, "EUR"));
    assertThat(graph.initiativeQuery().financeBy(Grouping.all(), Grouping.all(), FinancingStage.BUDGET).cell("all", "all"))
        .isEqualTo(Map.of(eur, new BigDecimal("1700")));
    assertThat(graph.initiativeQuery().conditionality().finance(ConditionalityState.NOT_REPORTED))
        .isEqualTo(Map.of(eur, new BigDecimal("2000")));
    // plans name no instrument
    assertThat(graph.initiativeQuery().countBy(Grouping.byInstrument())).containsOnlyKeys(Instrument.GRANT);
  }
}
