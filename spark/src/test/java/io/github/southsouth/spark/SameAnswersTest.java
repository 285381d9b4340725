package io.github.southsouth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.ConditionalitySummary;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.FinanceTable;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The frames and analyses of an import on Spark equal, row by row and with exact decimals, what
 * one JVM's API gives for the same files: the graph of the importer, its warnings, {@code
 * InitiativeQuery.conditionalityBy} and {@code financeBy}. Each subclass gives the files and the
 * single-JVM import; the values on the single-JVM side are read from the graph through the model's
 * accessors and the query API, never from the Spark module's code.
 */
abstract class SameAnswersTest extends WithLocalSpark {

  private SouthSouthFrames frames;
  private CooperationGraph graph;
  private ProblemReport warnings;

  /** The input files, in the order Spark lists them (sorted by URI). */
  abstract List<Path> files();

  /** Imports the files in one JVM, as the frames document it. */
  abstract OneJvm importOneJvm(List<Path> files);

  /** Imports the files on Spark. */
  abstract SouthSouthFrames importOnSpark(SparkSession spark, List<String> paths);

  /** The graph and warnings of a single-JVM import. */
  record OneJvm(CooperationGraph graph, ProblemReport warnings) {}

  @BeforeAll
  void importBoth() {
    List<Path> files = files();
    OneJvm oneJvm = importOneJvm(files);
    graph = oneJvm.graph();
    warnings = oneJvm.warnings();
    frames = importOnSpark(spark, files.stream().map(Path::toString).toList());
  }

  @AfterAll
  void unpersist() {
    frames.unpersist();
  }

  @Test
  void initiativesAreTheSame() {
    Grouping<EntityId> regions = Grouping.byRegion();
    List<String> expected = new ArrayList<>();
    for (Initiative i : graph.initiatives()) {
      expected.add(String.join(" | ", i.id().toString(), i.initiativeKind().code(), i.name().english(),
          String.valueOf(i.status().map(s -> s.code()).orElse(null)),
          String.valueOf(i.period().flatMap(Period::start).map(PartialDate::year).orElse(null)),
          i.conditionality().state().code(), String.valueOf(i.conditionality().conditions().size()),
          String.valueOf(i.collateral().map(c -> c.collateralised()).orElse(false)), String.valueOf(i.inAggregates()),
          sorted(i.allInstruments().stream().map(x -> x.code()).toList()),
          sorted(i.sectors().stream().map(s -> s.vocabulary().code() + " " + s.code()).toList()),
          sorted(graph.outgoing(i.id(), RelationType.BENEFITS).stream().map(r -> r.to().toString()).toList()),
          sorted(regions.keys(graph, i).stream().map(EntityId::toString).toList())));
    }
    List<String> actual = lines(frames.initiatives(), r -> String.join(" | ", r.getAs("id"), r.getAs("kind"),
        r.getAs("name"), String.valueOf((Object) r.getAs("status")), String.valueOf((Object) r.getAs("year")),
        r.getAs("conditionality"), String.valueOf((Object) r.getAs("conditions")),
        String.valueOf((Object) r.getAs("collateralised")), String.valueOf((Object) r.getAs("in_aggregates")),
        sorted(r.getList(r.fieldIndex("instruments"))),
        sorted(r.<Row>getList(r.fieldIndex("sectors")).stream().map(s -> s.getString(0) + " " + s.getString(1)).toList()),
        sorted(r.getList(r.fieldIndex("recipients"))), sorted(r.getList(r.fieldIndex("regions")))));
    assertThat(actual).isNotEmpty().containsExactlyElementsOf(sortedList(expected));
  }

  @Test
  void financingIsTheSameToTheLastDigit() {
    List<String> expected = new ArrayList<>();
    for (Initiative i : graph.initiatives()) {
      Set<Financing> inTotals = Collections.newSetFromMap(new IdentityHashMap<>());
      inTotals.addAll(i.financingForTotals());
      int flow = 0;
      for (Financing f : i.financing()) {
        int n = 0;
        for (Money m : f.amounts()) {
          expected.add(String.join(" | ", i.id().toString(), String.valueOf(flow), String.valueOf(n++),
              f.stage().code(), f.instrument().code(), String.valueOf(f.date().orElse(null)), m.currency(),
              m.basis().code(), m.amount().stripTrailingZeros().toPlainString(), String.valueOf(inTotals.contains(f))));
        }
        flow++;
      }
    }
    List<String> actual = lines(frames.financing(), r -> String.join(" | ", r.getAs("initiative"),
        String.valueOf((Object) r.getAs("flow")), String.valueOf((Object) r.getAs("amount_index")), r.getAs("stage"),
        r.getAs("instrument"), String.valueOf((Object) r.getAs("date")), r.getAs("currency"), r.getAs("basis"),
        r.<BigDecimal>getAs("amount").stripTrailingZeros().toPlainString(),
        String.valueOf((Object) r.getAs("in_totals"))));
    assertThat(actual).isNotEmpty().containsExactlyElementsOf(sortedList(expected));
  }

  /**
   * The one documented difference (SouthSouthFrames): an organisation ref that two files use for
   * different organisations is two actors in one JVM, the second with the id {@code REF.HASH}, and
   * one actor on Spark, the first file's. Returns those second ids, each with the first's.
   */
  private Map<String, String> organisationsSplitAcrossFiles() {
    Set<String> onSpark = new TreeSet<>(lines(frames.actors(), r -> r.getAs("id")));
    Map<String, String> split = new java.util.TreeMap<>();
    for (Actor actor : graph.actors()) {
      String id = actor.id().toString();
      java.util.regex.Matcher hashed = java.util.regex.Pattern.compile("(.+)\\.[0-9a-f]{8}").matcher(id);
      if (!onSpark.contains(id) && hashed.matches() && onSpark.contains(hashed.group(1))) {
        split.put(id, hashed.group(1));
      }
    }
    return split;
  }

  @Test
  void actorsRelationsAndConditionsAreTheSame() {
    Map<String, String> split = organisationsSplitAcrossFiles();
    assertThat(lines(frames.actors(), r -> r.getAs("id") + " " + r.getAs("type") + " " + r.getAs("name")))
        .containsExactlyElementsOf(sortedList(graph.actors().stream()
            .filter(a -> !split.containsKey(a.id().toString()))
            .map((Actor a) -> a.id() + " " + a.actorType().code() + " " + a.name().english()).toList()));
    assertThat(lines(frames.relations(), r -> r.getAs("from") + " " + r.getAs("type") + " " + r.getAs("to")))
        .containsExactlyElementsOf(sortedList(graph.relations().stream()
            .map((Relation r) -> split.getOrDefault(r.from().toString(), r.from().toString()) + " " + r.type().code()
                + " " + split.getOrDefault(r.to().toString(), r.to().toString()))
            .distinct().toList()));
    List<String> conditions = new ArrayList<>();
    for (Initiative i : graph.initiatives()) {
      for (Condition c : i.conditionality().conditions()) {
        conditions.add(i.id() + " " + c.type().code());
      }
    }
    assertThat(lines(frames.conditions(), r -> r.getAs("initiative") + " " + r.getAs("type")))
        .containsExactlyElementsOf(sortedList(conditions));
  }

  @Test
  void problemsAreTheWarningsOfTheImport() {
    // Where one JVM splits an organisation across files (a duplicate-key warning naming the second
    // id), Spark reports a merge-conflict for the first id in the same file.
    Map<String, String> split = organisationsSplitAcrossFiles();
    List<String> expected = new ArrayList<>();
    for (Problem p : warnings.problems()) {
      Optional<String> second = split.keySet().stream()
          .filter(id -> p.code() == ProblemCode.DUPLICATE_KEY && p.message().contains(" and " + id)).findFirst();
      expected.add(second.isPresent()
          ? String.join(" | ", p.location().source().orElse("-"), split.get(second.get()), "merge-conflict", "warning")
          : String.join(" | ", p.location().source().orElse("-"),
              p.location().line().isPresent() ? "" + p.location().line().getAsInt() : "-",
              p.location().column().isPresent() ? "" + p.location().column().getAsInt() : "-",
              p.location().pointer().orElse("-"), p.location().subject().orElse("-"), p.code().code(),
              p.severity().code(), p.message()));
    }
    List<String> actual = lines(frames.problems(), r -> r.getAs("code").equals("merge-conflict")
        ? String.join(" | ", r.<String>getAs("file"), r.getAs("subject"), r.getAs("code"), r.getAs("severity"))
        : String.join(" | ", r.<String>getAs("file"),
            String.valueOf(r.isNullAt(r.fieldIndex("line")) ? "-" : r.getAs("line")),
            String.valueOf(r.isNullAt(r.fieldIndex("column")) ? "-" : r.getAs("column")),
            r.isNullAt(r.fieldIndex("path")) ? "-" : r.getAs("path"),
            r.isNullAt(r.fieldIndex("subject")) ? "-" : r.getAs("subject"),
            r.getAs("code"), r.getAs("severity"), r.getAs("message")));
    assertThat(actual).containsExactlyElementsOf(sortedList(expected));
  }

  @Test
  void conditionalityViewEqualsConditionalityByRegionAndYear() {
    // One JVM: the summaries of InitiativeQuery, grouped by region and start year.
    Grouping<String> regionAndYear = (g, i) -> Grouping.byRegion().keys(g, i).stream()
        .map(region -> region + " " + i.period().flatMap(Period::start).map(d -> String.valueOf(d.year())).orElse("-"))
        .collect(Collectors.toSet());
    Map<String, ConditionalitySummary> summaries = graph.initiativeQuery().conditionalityBy(regionAndYear);
    List<String> expected = new ArrayList<>();
    summaries.forEach((key, summary) -> {
      for (ConditionalityState state : ConditionalityState.values()) {
        expected.add(String.join(" | ", key, state.code(), String.valueOf(summary.count(state)),
            String.valueOf(summary.total()), String.valueOf(summary.excluded()), String.valueOf(summary.collateralised()),
            money(summary.finance(state))));
      }
    });
    Dataset<Row> view = SouthSouthAnalyses.conditionality(frames);
    List<String> actual = lines(view, r -> String.join(" | ",
        r.getAs("region") + " " + (r.isNullAt(r.fieldIndex("year")) ? "-" : r.getAs("year").toString()),
        r.getAs("state"), r.getAs("activities").toString(), r.getAs("group_activities").toString(),
        r.getAs("excluded").toString(), r.getAs("collateralised").toString(),
        r.<Row>getList(r.fieldIndex("committed")).stream()
            .map(c -> c.getString(0) + "/" + c.getString(1) + "=" + c.getDecimal(2).stripTrailingZeros().toPlainString())
            .collect(Collectors.joining(", "))));
    assertThat(actual).isNotEmpty().containsExactlyElementsOf(sortedList(expected));
    // Shares are the counts and amounts divided by their group's totals.
    for (Row r : view.collectAsList()) {
      long total = r.getAs("group_activities");
      if (total > 0) {
        assertThat((double) r.getAs("activity_share")).isEqualTo((long) r.getAs("activities") / (double) total);
      }
    }
  }

  @Test
  void financeByRegionAndSectorEqualsFinanceBy() {
    Grouping<String> sectors = (g, i) -> i.sectors().stream()
        .map(s -> s.vocabulary().code() + " " + s.code()).collect(Collectors.toSet());
    FinanceTable<EntityId, String> table = graph.initiativeQuery().financeBy(Grouping.byRegion(), sectors);
    List<String> expected = new ArrayList<>();
    table.counts().cellSet().forEach(cell -> expected.add(String.join(" | ", cell.getRowKey().toString(),
        cell.getColumnKey(), cell.getValue().toString(), money(table.cell(cell.getRowKey(), cell.getColumnKey())))));
    List<String> actual = lines(SouthSouthAnalyses.financeByRegionAndSector(frames), r -> String.join(" | ",
        r.getAs("region"), r.getAs("vocabulary") + " " + r.getAs("sector"), r.getAs("activities").toString(),
        r.<Row>getList(r.fieldIndex("committed")).stream()
            .map(c -> c.getString(0) + "/" + c.getString(1) + "=" + c.getDecimal(2).stripTrailingZeros().toPlainString())
            .collect(Collectors.joining(", "))));
    assertThat(actual).containsExactlyElementsOf(sortedList(expected));
  }

  private static String money(Map<CurrencyBasis, BigDecimal> sums) {
    return sums.entrySet().stream()
        .map(e -> e.getKey().currency() + "/" + e.getKey().basis().code() + "=" + e.getValue().stripTrailingZeros().toPlainString())
        .collect(Collectors.joining(", "));
  }

  static List<String> lines(Dataset<Row> frame, java.util.function.Function<Row, String> line) {
    return sortedList(frame.collectAsList().stream().map(line).toList());
  }

  private static String sorted(List<?> values) {
    return new TreeSet<>(values.stream().map(String::valueOf).toList()).toString();
  }

  static List<String> sortedList(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }
}
