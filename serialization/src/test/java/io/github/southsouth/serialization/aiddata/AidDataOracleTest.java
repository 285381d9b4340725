package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.Aggregation;
import io.github.southsouth.graph.ConditionalitySummary;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.FinanceTable;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fidelity of every AidData project table in the test resources, against an oracle that reads the
 * raw CSV with Apache Commons CSV (not the importer's reader): the count of records, and the sums
 * of the amount columns per "Recommended For Aggregates" value and per "Flow Type", must equal
 * what the imported graph holds; the graph's aggregates must equal the oracle's recommended sums by
 * default and its all-records sums with {@link Aggregation#ALL_RECORDS}.
 */
class AidDataOracleTest {

  private static final CurrencyBasis CONSTANT_USD = CurrencyBasis.of("USD", AidData.CONSTANT_2021);
  private static final CurrencyBasis NOMINAL_USD = CurrencyBasis.of("USD", MoneyBasis.nominal());

  /** Sums of the oracle or the graph: group → "constant" / "nominal" / currency → sum. */
  private static final class Sums {
    final Map<String, Map<String, BigDecimal>> byGroup = new TreeMap<>();

    void add(String group, String unit, BigDecimal amount) {
      byGroup.computeIfAbsent(group, g -> new TreeMap<>()).merge(unit, amount, BigDecimal::add);
    }

    /** Compares by value, so 1.50 equals 1.5. */
    Map<String, Map<String, BigDecimal>> normalised() {
      Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
      byGroup.forEach((g, units) -> units.forEach(
          (u, a) -> out.computeIfAbsent(g, k -> new TreeMap<>()).put(u, a.stripTrailingZeros())));
      return out;
    }
  }

  private static final class Oracle {
    int records;
    /** Per header, the records whose cell holds a value. */
    final Map<String, Long> filled = new TreeMap<>();
    final Sums byRecommended = new Sums();
    final Sums byFlowType = new Sums();
  }

  private static Oracle oracle(String resource) throws Exception {
    Oracle oracle = new Oracle();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(GcdfCsv.resource(resource), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        oracle.records++;
        record.toMap().forEach((column, cell) -> {
          if (!cell.isEmpty()) {
            oracle.filled.merge(column, 1L, Long::sum);
          }
        });
        String recommended = record.get("Recommended For Aggregates");
        String flowType = record.get("Flow Type");
        for (String[] column : new String[][] {
            {"Amount (Constant USD 2021)", "constant"}, {"Amount (Nominal USD)", "nominal"}}) {
          String cell = record.get(column[0]);
          if (!cell.isEmpty()) {
            oracle.byRecommended.add(recommended, column[1], new BigDecimal(cell));
            oracle.byFlowType.add(flowType, column[1], new BigDecimal(cell));
          }
        }
        String original = record.get("Amount (Original Currency)");
        String currency = record.get("Original Currency");
        if (!original.isEmpty() && !currency.isEmpty() && !currency.equals("USD")) {
          oracle.byRecommended.add(recommended, currency, new BigDecimal(original));
          oracle.byFlowType.add(flowType, currency, new BigDecimal(original));
        }
      }
    }
    return oracle;
  }

  /** The graph's amounts, grouped like the oracle by the record's own cells kept as attributes. */
  private static Sums graphSums(CooperationGraph graph, String attribute) {
    Sums sums = new Sums();
    for (Initiative initiative : graph.initiatives()) {
      String group = initiative.attributes().get(attribute);
      for (Financing financing : initiative.financing()) {
        for (Money money : financing.amounts()) {
          String unit = money.basis().equals(AidData.CONSTANT_2021) ? "constant"
              : money.currency().equals("USD") ? "nominal" : money.currency();
          sums.add(group, unit, money.amount());
        }
      }
    }
    return sums;
  }

  @ParameterizedTest
  @ValueSource(strings = {"gcdf3_ports_projects.csv", "gcdf3_malaysia_projects.csv",
      "written/gcdf3_recommended_no.csv", "written/gcdf3_collateral.csv"})
  void theImportHoldsEveryRecordAndEveryAmountOfTheFile(String resource) throws Exception {
    Oracle oracle = oracle(resource);
    AidDataImport result = AidDataImporter.reader()
        .readResult(GcdfCsv.resource(resource));
    CooperationGraph graph = result.graph();

    assertThat(result.recordsImported()).isEqualTo(oracle.records);
    assertThat(graph.initiatives()).hasSize(oracle.records);
    assertThat(graphSums(graph, AidData.RECOMMENDED_FOR_AGGREGATES).normalised())
        .isEqualTo(oracle.byRecommended.normalised());
    assertThat(graphSums(graph, AidData.FLOW_TYPE).normalised()).isEqualTo(oracle.byFlowType.normalised());

    // nothing lost silently: each column kept verbatim only is accounted for, with its rows
    for (GcdfColumn column : GcdfColumn.values()) {
      String item = column.header() + " (kept verbatim as " + column.attributeKey() + ")";
      assertThat(result.account().count(item)).as(item)
          .isEqualTo(column.keptVerbatimOnly() ? oracle.filled.getOrDefault(column.header(), 0L) : 0L);
    }
    assertThat(result.summary()).contains("Not mapped to the model");

    // the aggregates count the records AidData recommends, by default, and say so
    Map<String, BigDecimal> yes = oracle.byRecommended.byGroup.getOrDefault("Yes", Map.of());
    ConditionalitySummary recommended = graph.initiativeQuery().conditionality();
    assertThat(recommended.aggregation()).isEqualTo(Aggregation.RECOMMENDED);
    assertThat(recommended.total()).isEqualTo(result.recommendedForAggregates());
    assertThat(recommended.excluded()).isEqualTo(oracle.records - result.recommendedForAggregates());
    assertThat(committed(recommended, CONSTANT_USD)).isEqualByComparingTo(yes.getOrDefault("constant", BigDecimal.ZERO));
    assertThat(committed(recommended, NOMINAL_USD)).isEqualByComparingTo(yes.getOrDefault("nominal", BigDecimal.ZERO));
    FinanceTable<String, String> table = graph.initiativeQuery().financeBy(Grouping.all(), Grouping.all());
    assertThat(table.cell("all", "all").getOrDefault(CONSTANT_USD, BigDecimal.ZERO))
        .isEqualByComparingTo(yes.getOrDefault("constant", BigDecimal.ZERO));
    assertThat(table.excluded()).isEqualTo(recommended.excluded());

    // every record, committed and pledged together, adds up to the whole column
    BigDecimal all = BigDecimal.ZERO;
    for (Map<String, BigDecimal> units : oracle.byRecommended.byGroup.values()) {
      all = all.add(units.getOrDefault("constant", BigDecimal.ZERO));
    }
    var everything = graph.initiativeQuery().aggregating(Aggregation.ALL_RECORDS);
    assertThat(everything.conditionality().total()).isEqualTo(oracle.records);
    assertThat(everything.conditionality().excluded()).isZero();
    assertThat(committed(everything.conditionality(), CONSTANT_USD)
            .add(committed(everything.conditionality(FinancingStage.PLEDGE), CONSTANT_USD)))
        .isEqualByComparingTo(all);
  }

  @org.junit.jupiter.api.Test
  void aColumnGcdfDoesNotDefineIsCountedAsDropped() throws Exception {
    java.util.List<String> header = new java.util.ArrayList<>(GcdfCsv.header());
    header.add("Analyst Notes");
    var noted = GcdfCsv.row("1", "noted");
    noted.put("Analyst Notes", "check the amount");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("extra", ".csv");
    try {
      java.nio.file.Files.writeString(file, GcdfCsv.write(header, java.util.List.of(noted, GcdfCsv.row("2", "plain"))));
      AidDataImport result = AidDataImporter.reader(ReadOptions.lenient()).readResult(file);
      assertThat(result.account().count("Analyst Notes (not a GCDF 3.0 column; dropped)")).isEqualTo(1);
      assertThat(result.account().count("Sector Name (kept verbatim as aiddata.sectorName)")).isEqualTo(2);
      assertThat(result.summary()).contains("  Analyst Notes (not a GCDF 3.0 column; dropped): 1\n");
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static BigDecimal committed(ConditionalitySummary summary, CurrencyBasis unit) {
    BigDecimal sum = BigDecimal.ZERO;
    for (var state : io.github.southsouth.model.ConditionalityState.values()) {
      sum = sum.add(summary.finance(state).getOrDefault(unit, BigDecimal.ZERO));
    }
    return sum;
  }
}
