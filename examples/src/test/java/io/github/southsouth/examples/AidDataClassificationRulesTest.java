package io.github.southsouth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidData;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification rules of the AidData import with the bundled dataset as reference data, on
 * real GCDF 3.0 records of the Malaysia sample: each rule matches a record and leaves one alone,
 * and each derived relation names its rule and the cells that made it. Where no record of the
 * samples satisfies a programme's rule (no African agriculture, no development-intent debt relief),
 * the matching record is a real one with only the cells the rule reads changed, as the test says.
 */
class AidDataClassificationRulesTest {

  private static final Path MALAYSIA = resourcePath("aiddata-malaysia/gcdf3_malaysia_projects.csv");
  private static final ReferenceData SEEDS = ReferenceData.of(Seeds.load());
  private static CooperationGraph real;

  @TempDir Path dir;

  private static Path resourcePath(String name) {
    try {
      return Path.of(AidDataClassificationRulesTest.class.getResource("/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(name, e);
    }
  }

  @BeforeAll
  static void importRealSample() throws Exception {
    real = AidDataImporter.reader().with(SEEDS).read(MALAYSIA);
  }

  private static List<Relation> outgoing(CooperationGraph graph, String record, RelationType type) {
    return graph.outgoing(AidData.initiativeId(record), type);
  }

  @Test
  void sectorToThemeMatchesAGcdfSectorGroupAndSaysSo() {
    // 96085, HEALTH (GCDF 120): theme:health lists the DAC codes 121, 122, 12250, 12264 of group 12x
    assertThat(outgoing(real, "96085", RelationType.ADDRESSES)).singleElement().satisfies(r -> {
      assertThat(r.to()).isEqualTo(EntityId.parse("theme:health"));
      assertThat(r.note()).hasValue("rule sector-to-theme: Sector Code 120 (HEALTH) is the sector group of DAC"
          + " codes 12x, and theme:health lists 121, 122, 12250, 12264");
      assertThat(r.citations()).containsExactly(
          Citation.of(AidData.DATASET_SOURCE, "AidData Record ID 96085, column Sector Code"));
    });
    // 92499, ENERGY (GCDF 230): listed by theme:energy itself
    assertThat(outgoing(real, "92499", RelationType.ADDRESSES)).extracting(Relation::to, r -> r.note().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityId.parse("theme:energy"),
            "rule sector-to-theme: Sector Code 230 (ENERGY) is listed by theme:energy"));
    // 96151, EDUCATION (GCDF 110): no theme of the essay covers education
    assertThat(outgoing(real, "96151", RelationType.ADDRESSES)).isEmpty();
  }

  @Test
  void noRecordOfTheRealSampleFallsUnderAProgrammeRule() {
    // 92505 is an interest-free loan, but a commercial one; 90823 is technical assistance, in health, in Asia
    assertThat(outgoing(real, "92505", RelationType.PART_OF)).isEmpty();
    assertThat(outgoing(real, "90823", RelationType.PART_OF)).isEmpty();
    assertThat(real.relations()).noneMatch(r -> r.note().orElse("").startsWith("classified by rule"));
  }

  @Test
  void debtReliefRuleMatchesARealInterestFreeLoanWithDevelopmentIntent() throws Exception {
    CooperationGraph graph = importChanged("92505", Map.of("Intent", "Development"));
    assertThat(outgoing(graph, "92505", RelationType.PART_OF)).singleElement().satisfies(r -> {
      assertThat(r.to()).isEqualTo(EntityId.parse("initiative:debt-relief-interest-free-loans"));
      assertThat(r.note().orElseThrow()).startsWith("classified by rule match.attribute.aiddata.financierCountry"
              + " + match.attribute.aiddata.intent + match.instruments of initiative:debt-relief-interest-free-loans")
          .endsWith("; cells: Financier Country = China (People's Republic of); Intent = Development;"
              + " Flow Type = Loan; Flow Class = OOF-like; Interest-Free Loan = Yes;"
              + " Supplier's Credit/Export Seller's Credit = Yes");
      assertThat(r.citations()).contains(Citation.of(AidData.DATASET_SOURCE,
          "AidData Record ID 92505, columns Financier Country, Intent, Flow Type, Flow Class, Interest-Free Loan,"
              + " Supplier's Credit/Export Seller's Credit"));
    });
  }

  @Test
  void agriculturalAssistanceRuleMatchesRealTechnicalAssistanceMovedToAfricanAgriculture() throws Exception {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("Recipient", "Kenya");
    changes.put("Recipient ISO-3", "KEN");
    changes.put("Recipient Region", "Africa");
    changes.put("Sector Code", "310");
    changes.put("Sector Name", "AGRICULTURE, FORESTRY AND FISHING");
    CooperationGraph graph = importChanged("90823", changes);
    assertThat(outgoing(graph, "90823", RelationType.PART_OF)).singleElement().satisfies(r -> {
      assertThat(r.to()).isEqualTo(EntityId.parse("initiative:agricultural-assistance-africa"));
      assertThat(r.note().orElseThrow()).contains("; cells: Financier Country = China (People's Republic of);"
          + " Recipient Region = Africa; Sector Code = 310; Flow Type = Free-standing technical assistance");
    });
    assertThat(outgoing(graph, "90823", RelationType.ADDRESSES)).extracting(Relation::to)
        .containsExactly(EntityId.parse("theme:agriculture"));
  }

  /** Imports one real record of the Malaysia sample with some cells changed. */
  private CooperationGraph importChanged(String recordId, Map<String, String> changes) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    Path file = dir.resolve("changed-" + recordId + ".csv");
    try (Reader reader = Files.newBufferedReader(MALAYSIA, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format);
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      printer.printRecord(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        if (record.get("AidData Record ID").equals(recordId)) {
          List<String> cells = new ArrayList<>();
          for (String column : parser.getHeaderNames()) {
            cells.add(changes.getOrDefault(column, record.get(column)));
          }
          printer.printRecord(cells);
        }
      }
    }
    return AidDataImporter.reader(ReadOptions.lenient()).with(SEEDS).read(file);
  }
}
