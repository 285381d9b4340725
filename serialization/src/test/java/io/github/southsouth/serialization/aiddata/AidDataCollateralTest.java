package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Collateral;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collateral columns ({@code written/gcdf3_collateral.csv}, one case per row) become typed
 * {@link Collateral}, never conditionality; the conditionality summary reports them beside it.
 */
class AidDataCollateralTest {

  private static AidDataImport result;
  private static CooperationGraph graph;

  @BeforeAll
  static void importFile() throws Exception {
    result = AidDataImporter.reader()
        .readResult(GcdfCsv.resource("written/gcdf3_collateral.csv"));
    graph = result.graph();
  }

  private static Initiative record(String id) {
    return graph.get(AidData.initiativeId(id), Initiative.class);
  }

  @Test
  void aDescribedCollateralKeepsProvidersAgentsAndWhatSecuresIt() {
    Collateral collateral = record("11").collateral().orElseThrow();
    assertThat(collateral.collateralised()).isTrue();
    assertThat(collateral.providers()).extracting(id -> graph.get(id, Actor.class).name().english())
        .containsExactly("Kenya Power", "Ministry of Energy");
    assertThat(collateral.providers()).extracting(id -> graph.get(id, Actor.class).attributes().get("aiddata.agencyType"))
        .containsExactly("Recipient State-owned Company", "Recipient Government Agency");
    assertThat(collateral.agents()).extracting(id -> graph.get(id, Actor.class).name().english())
        .containsExactly("Bank of China");
    assertThat(collateral.securedBy().english())
        .isEqualTo("Future electricity sales revenue deposited into an escrow account");
    assertThat(record("11").attributes()).doesNotContainKeys("aiddata.collateral", "aiddata.collateralized");
  }

  @Test
  void yesNoAndNothingAreThreeDifferentFacts() {
    assertThat(record("12").collateral()).hasValueSatisfying(c -> {
      assertThat(c.collateralised()).isTrue();
      assertThat(c.providers()).isEmpty();
      assertThat(c.securedBy().isEmpty()).isTrue();
    });
    assertThat(record("13").collateral()).hasValue(Collateral.none());
    assertThat(record("14").collateral()).isEmpty();
  }

  @Test
  void collateralNeverAttachesConditionsAndIsReportedBesideThem() {
    for (String id : List.of("11", "12", "13", "14")) {
      assertThat(record(id).conditionality().state()).isEqualTo(ConditionalityState.NOT_REPORTED);
    }
    var summary = graph.initiativeQuery().conditionality();
    assertThat(summary.count(ConditionalityState.ATTACHED)).isZero();
    assertThat(summary.count(ConditionalityState.NOT_REPORTED)).isEqualTo(4);
    assertThat(summary.collateralised()).isEqualTo(2);
  }

  @Test
  void theRealCollateralisedRecordsAreCollateralNotConditions() throws Exception {
    CooperationGraph ports = AidDataImporter.reader().read(GcdfCsv.resource("gcdf3_ports_projects.csv"));
    Initiative lien = ports.get(AidData.initiativeId("88899"), Initiative.class);
    assertThat(lien.collateral().orElseThrow().securedBy().english()).startsWith("First-priority lien");
    assertThat(lien.conditionality().state()).isEqualTo(ConditionalityState.NOT_REPORTED);
    assertThat(ports.get(AidData.initiativeId("41465"), Initiative.class).collateral())
        .hasValueSatisfying(c -> assertThat(c.securedBy().isEmpty()).isTrue());
    assertThat(ports.initiativeQuery().conditionality().collateralised()).isEqualTo(3);
  }

  @Test
  void aContradictoryOrUnknownFlagIsReportedAndItsCellsKept() throws Exception {
    var no = GcdfCsv.row("31", "no, yet described");
    no.put("Collateralized", "No");
    no.put("Collateral", "a deposit");
    var odd = GcdfCsv.row("32", "odd flag");
    odd.put("Collateralized", "Partly");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("collateral", ".csv");
    try {
      java.nio.file.Files.writeString(file, GcdfCsv.write(GcdfCsv.header(), List.of(no, odd)));
      AidDataImport lenient = AidDataImporter.reader(ReadOptions.lenient()).readResult(file);
      Initiative first = lenient.graph().get(AidData.initiativeId("31"), Initiative.class);
      assertThat(first.collateral()).hasValue(Collateral.none());
      assertThat(first.attributes()).containsEntry("aiddata.collateral", "a deposit");
      Initiative second = lenient.graph().get(AidData.initiativeId("32"), Initiative.class);
      assertThat(second.collateral()).isEmpty();
      assertThat(second.attributes()).containsEntry("aiddata.collateralized", "Partly");
      assertThat(lenient.warnings().warnings()).extracting(Problem::code)
          .containsExactly(ProblemCode.INVALID_VALUE, ProblemCode.UNKNOWN_CODE);
      assertThat(lenient.warnings().warnings().get(1).location().pointer())
          .hasValue("row 3, column \"Collateralized\"");
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
