package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Collateral;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidData;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Collateral and the "in aggregates" flag in the native format: written, valid against the JSON
 * Schema, read back equal, in JSON and YAML; malformed collateral is a located problem.
 */
class CollateralAndAggregatesFormatTest {

  private static CooperationGraph imported(String file) throws Exception {
    Path path = Path.of(CollateralAndAggregatesFormatTest.class.getResource("/aiddata/written/" + file).toURI());
    return AidDataImporter.reader().read(path);
  }

  @Test
  void collateralAndAggregatesRoundTripAndConformToTheSchema() throws Exception {
    for (String file : List.of("gcdf3_collateral.csv", "gcdf3_recommended_no.csv")) {
      CooperationGraph graph = imported(file);
      for (Syntax syntax : List.of(Syntax.JSON, Syntax.YAML)) {
        String text = NativeFormat.writer().writeToString(graph, syntax);
        assertThat(SchemaSupport.errors(text, syntax)).as(file + " " + syntax).isEmpty();
        CooperationGraph back = NativeFormat.reader()
            .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file, syntax);
        assertThat(back).as(file + " " + syntax).isEqualTo(graph);
      }
    }
    String json = NativeFormat.writer().writeToString(imported("gcdf3_collateral.csv"), Syntax.JSON);
    assertThat(json).contains("\"collateral\"", "\"collateralised\": true", "\"collateralised\": false",
        "\"securedBy\"", "Future electricity sales revenue");
    String recommended = NativeFormat.writer().writeToString(imported("gcdf3_recommended_no.csv"), Syntax.JSON);
    assertThat(recommended.split("\"inAggregates\": false", -1)).hasSize(4); // records 22, 23, 24
  }

  @Test
  void initiativesReadWithoutTheFlagCountInAggregates() throws Exception {
    CooperationGraph graph = imported("gcdf3_recommended_no.csv");
    Initiative counted = graph.get(AidData.initiativeId("21"), Initiative.class);
    assertThat(counted.inAggregates()).isTrue();
    assertThat(NativeFormat.writer().writeToString(graph, Syntax.JSON).split("\"inAggregates\"", -1)).hasSize(4);
  }

  @Test
  void malformedCollateralIsALocatedProblem() {
    String document = "{\"format\": \"southsouth\", \"formatVersion\": 1, \"entities\": [{\"id\":"
        + " \"initiative:x\", \"name\": {\"en\": \"X\"}, \"initiativeKind\": \"project\","
        + " \"collateral\": {\"providers\": [\"actor:a\"], \"securedBy\": \"a deposit\"}}]}";
    try {
      NativeFormat.reader().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "bad.json",
          Syntax.JSON);
      throw new AssertionError("expected the read to fail");
    } catch (ModelReadException e) {
      assertThat(e.report().errors()).extracting(p -> p.code())
          .contains(ProblemCode.WRONG_TYPE, ProblemCode.MISSING_FIELD);
      assertThat(e.report().errors()).allSatisfy(p -> {
        assertThat(p.location().source()).hasValue("bad.json");
        assertThat(p.location().line()).hasValue(1);
      });
    }
  }

  @Test
  void notCollateralisedIsOneValue() {
    assertThat(Collateral.none().collateralised()).isFalse();
    assertThat(Collateral.builder().collateralised(false).build()).isEqualTo(Collateral.none());
  }
}
