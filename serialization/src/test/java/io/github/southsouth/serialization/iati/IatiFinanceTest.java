package io.github.southsouth.serialization.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.southsouth.graph.ConditionalitySummary;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.BudgetKind;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.FlowDirection;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The meaning of imported figures, one small file per case (see {@code iati/finance/}): original
 * and revised budgets, planned disbursements, incoming and outgoing flows, a region beside
 * countries at 100 %, and codes withdrawn from their codelists.
 */
class IatiFinanceTest {

  private static IatiImport importLeniently(String file, ReferenceData reference) throws Exception {
    return IatiImporter.reader(ReadOptions.lenient()).with(reference).readResult(IatiFilesTest.resource("finance/" + file));
  }

  private static Initiative only(IatiImport result) {
    assertThat(result.graph().initiatives()).hasSize(1);
    return result.graph().initiatives().get(0);
  }

  private static Map<CurrencyBasis, BigDecimal> total(CooperationGraph graph, FinancingStage stage) {
    return graph.initiativeQuery().financeBy(Grouping.all(), Grouping.all(), stage).cell("all", "all");
  }

  private static Map<CurrencyBasis, BigDecimal> amount(String amount, String currency) {
    return Map.of(CurrencyBasis.of(Money.of(new BigDecimal(amount), currency)), new BigDecimal(amount));
  }

  @Test
  void keepsOriginalAndRevisedBudgetsAndSumsTheRevisedOneOfAPeriod() throws Exception {
    IatiImport result = importLeniently("budgets-original-revised.xml", ReferenceData.none());
    Initiative initiative = only(result);

    assertThat(initiative.financing()).filteredOn(f -> f.stage() == FinancingStage.BUDGET)
        .extracting(f -> f.budgetKind().orElseThrow() + " " + f.period().orElseThrow().start().orElseThrow()
            + "/" + f.period().orElseThrow().end().orElseThrow() + " " + f.amounts().get(0).amount().toPlainString())
        .containsExactly("ORIGINAL 2020-01-01/2020-12-31 1000000", "REVISED 2020-01-01/2020-12-31 1200000",
            "ORIGINAL 2021-01-01/2021-12-31 500000");
    assertThat(initiative.financingForTotals()).filteredOn(f -> f.stage() == FinancingStage.BUDGET).hasSize(2);
    assertThat(total(result.graph(), FinancingStage.BUDGET)).isEqualTo(amount("1700000", "EUR"));
    assertThat(result.budgets()).isEqualTo(3);
  }

  @Test
  void importsPlannedDisbursementsTypedWithTheirParties() throws Exception {
    IatiImport result = importLeniently("planned-disbursements.xml", ReferenceData.none());
    Initiative initiative = only(result);

    assertThat(result.plannedDisbursements()).isEqualTo(3);
    assertThat(initiative.financing()).hasSize(3).allSatisfy(f -> {
      assertThat(f.stage()).isEqualTo(FinancingStage.PLANNED_DISBURSEMENT);
      assertThat(f.stage().direction()).isEqualTo(FlowDirection.PLANNED);
    });
    Financing first = initiative.financing().get(0);
    assertThat(first.budgetKind()).hasValue(BudgetKind.ORIGINAL);
    assertThat(first.period()).hasValue(Period.of(PartialDate.parse("2022-01-01"), PartialDate.parse("2022-03-31")));
    assertThat(first.financier()).hasValue(EntityId.encode(Kind.ACTOR, "iati-org-XM-TEST"));
    assertThat(first.attributes()).containsEntry("iati.receiverOrg", "XM-TEST-PARTNER");
    assertThat(initiative.financing().get(1).budgetKind()).hasValue(BudgetKind.REVISED);
    // the revised amount replaces the original of its quarter; currencies stay apart
    Map<CurrencyBasis, BigDecimal> planned = total(result.graph(), FinancingStage.PLANNED_DISBURSEMENT);
    assertThat(planned).containsEntry(CurrencyBasis.of(Money.of(BigDecimal.ONE, "USD")), new BigDecimal("300000"))
        .containsEntry(CurrencyBasis.of(Money.of(BigDecimal.ONE, "EUR")), new BigDecimal("100000")).hasSize(2);
    // plans deliver nothing yet: no instrument
    assertThat(initiative.instruments()).isEmpty();
    assertThat(result.graph().initiativeQuery().countBy(Grouping.byInstrument())).isEmpty();
  }

  @Test
  void incomingFundsAndCommitmentsAreNotCountedAsMoneyGiven() throws Exception {
    IatiImport result = importLeniently("incoming-funds.xml", ReferenceData.none());
    Initiative initiative = only(result);

    assertThat(initiative.financing()).extracting(f -> f.attributes().get("iati.transactionType") + " " + f.stage().code())
        .containsExactly("11 incoming-commitment", "1 incoming-funds", "2 commitment", "3 disbursement",
            "3 disbursement", "4 expenditure", "5 interest-repayment", "6 loan-repayment", "7 reimbursement",
            "8 equity-purchase", "9 equity-sale", "10 credit-guarantee", "12 incoming-pledge", "13 pledge");
    assertThat(initiative.financing().get(0).stage().direction()).isEqualTo(FlowDirection.INCOMING);
    assertThat(initiative.financing().get(1).financier()).hasValue(EntityId.encode(Kind.ACTOR, "iati-org-XM-TEST-DONOR"));

    assertThat(total(result.graph(), FinancingStage.COMMITMENT)).isEqualTo(amount("3000", "GBP"));
    assertThat(total(result.graph(), FinancingStage.DISBURSEMENT)).hasSize(2)
        .containsEntry(CurrencyBasis.of(Money.of(BigDecimal.ONE, "GBP")), new BigDecimal("1000"))
        .containsEntry(CurrencyBasis.of(Money.of(BigDecimal.ONE, "USD")), new BigDecimal("700"));
    ConditionalitySummary summary = result.graph().initiativeQuery().conditionality();
    assertThat(summary.finance(ConditionalityState.ATTACHED)).isEqualTo(amount("3000", "GBP"));
  }

  @Test
  void aRegionBesideCountriesAtHundredPercentIsReportedAndNotCountedTwice() throws Exception {
    EntityId indonesia = EntityId.of(Kind.ACTOR, "idn");
    EntityId southEasternAsia = EntityId.of(Kind.ACTOR, "m49-035");
    CooperationGraph reference = CooperationGraph.builder()
        .addEntity(Actor.builder().id(indonesia).actorType(ActorType.COUNTRY).name(LocalizedText.english("Indonesia"))
            .iso2("ID").iso3("IDN").m49("360").build())
        .addEntity(Actor.builder().id(southEasternAsia).actorType(ActorType.REGION)
            .name(LocalizedText.english("South-eastern Asia")).m49("035").build())
        .addRelation(Relation.builder().from(indonesia).type(RelationType.MEMBER_OF).to(southEasternAsia).build())
        .build();
    IatiImport result = importLeniently("country-and-dac-region.xml", ReferenceData.of(reference));
    CooperationGraph graph = result.graph();
    EntityId farEastAsia = EntityId.encode(Kind.ACTOR, "dac-region-789");

    String a = "/iati-activities/iati-activity";
    assertThat(result.warnings().warnings()).filteredOn(p -> p.code() == ProblemCode.SHARE_SUM)
        .extracting(p -> p.location().pointer().orElseThrow())
        .containsExactly(a + "[1]/recipient-region[1]", a + "[2]/recipient-region[1]");
    assertThat(result.warnings().warnings()).filteredOn(p -> p.code() == ProblemCode.SHARE_SUM).first()
        .extracting(Problem::message).asString().contains("1:789=100").contains("sum to 100");
    for (String id : new String[] {"ES-DIR3-TEST-1", "ES-DIR3-TEST-2"}) {
      Initiative initiative = graph.get(EntityId.encode(Kind.INITIATIVE, id), Initiative.class);
      assertThat(graph.outgoing(initiative.id(), RelationType.BENEFITS)).singleElement().satisfies(r -> {
        assertThat(r.to()).isEqualTo(indonesia);
        assertThat(r.share()).hasValue(new BigDecimal("100"));
      });
      assertThat(initiative.attributes()).containsKey("iati.recipientRegionsBesideCountries");
    }
    assertThat(graph.initiativeQuery().countBy(Grouping.byRegion()))
        .isEqualTo(Map.of(southEasternAsia, 3, farEastAsia, 1));
    // the region view: each activity counted once under its country's UN M49 region
    assertThat(graph.initiativeQuery().financeBy(Grouping.byRegion(), Grouping.all()).cell(southEasternAsia, "all"))
        .isEqualTo(amount("110000", "EUR"));
    assertThat(graph.initiativeQuery().financeBy(Grouping.byRegion(), Grouping.all()).cell(farEastAsia, "all"))
        .isEqualTo(amount("10000", "EUR"));
  }

  @Test
  void withdrawnAndUnknownCodesAreWarningsNamingCodeAndCodelistAndTheValueIsKept() throws Exception {
    IatiImport result = importLeniently("withdrawn-codes.xml", ReferenceData.none());
    Initiative initiative = only(result);

    assertThat(result.warnings().warnings()).filteredOn(p -> p.code() == ProblemCode.UNKNOWN_CODE)
        .extracting(Problem::message)
        .containsExactlyInAnyOrder(
            "the code \"410\" is withdrawn from the IATI FinanceType codelist (since 2015-12-31): kept as given"
                + " (reported once per file)",
            "the code \"B05\" is not in the IATI AidType codelist: kept as given");
    assertThat(initiative.attributes()).containsEntry("iati.defaultFinanceType", "410")
        .containsEntry("iati.defaultAidType", "B05");
    assertThat(initiative.financing()).allSatisfy(f -> {
      assertThat(f.attributes()).containsEntry("iati.financeType", "410");
      assertThat(f.instrument()).isEqualTo(Instrument.CONCESSIONAL_LOAN);
    });

    ModelReadException strict = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader()
            .readResult(IatiFilesTest.resource("finance/withdrawn-codes.xml")));
    assertThat(strict).isNotNull();
    assertThat(strict.report().errors()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("\"410\" is withdrawn from the IATI FinanceType codelist"))
        .anySatisfy(m -> assertThat(m).contains("\"B05\" is not in the IATI AidType codelist"));
  }
}
