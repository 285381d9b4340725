package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.ConditionalitySummary;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code southsouth stats FILE}: counts that show what a dataset holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    header = "Count what a dataset holds.",
    description = {
      "Show what a dataset holds: entities by kind, relations by type, how many names and summaries each language covers, sources and citations, initiatives by instrument, finance by stage (outgoing, incoming and planned apart; revised budgets in place of the originals they revise), and initiatives by conditionality state (with their outgoing committed finance per currency)."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth stats                  (the bundled dataset)",
      "  southsouth stats imported.json",
      "  southsouth import-aiddata gcdf.csv | southsouth stats --from json -"
    })
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CliSupport.DatasetInput input;

  @Override
  public Integer call() {
    CooperationGraph graph = input.graph(spec);
    PrintWriter out = spec.commandLine().getOut();
    DatasetInfo info = graph.info();
    out.println((info.title().isEmpty() ? String.join(" ", input.files) : info.title().english())
        + info.version().map(v -> ", version " + v).orElse("")
        + info.license().map(l -> ", licence " + l).orElse(""));

    heading(out, "Entities by kind", graph.entityCount());
    for (Kind kind : Kind.values()) {
      row(out, kind.code(), graph.ofKind(kind).size());
    }

    heading(out, "Relations by type", graph.relationCount());
    Map<RelationType, Integer> byType = new EnumMap<>(RelationType.class);
    for (Relation relation : graph.relations()) {
      byType.merge(relation.type(), 1, Integer::sum);
    }
    byType.forEach((type, n) -> row(out, type.code(), n));

    heading(out, "Languages (names, summaries, of " + graph.entityCount() + " entities)", -1);
    Map<String, int[]> languages = new TreeMap<>();
    for (Entity entity : graph.entities()) {
      entity.name().texts().keySet().forEach(tag -> languages.computeIfAbsent(tag, t -> new int[2])[0]++);
      entity.summary().texts().keySet().forEach(tag -> languages.computeIfAbsent(tag, t -> new int[2])[1]++);
    }
    languages.forEach((tag, n) -> out.printf(Locale.ROOT, "  %-24s %6d names  %6d summaries%n", tag, n[0], n[1]));

    heading(out, "Sources", graph.sources().size());
    int onEntities = 0;
    int onRelations = 0;
    int uncited = 0;
    for (Entity entity : graph.entities()) {
      onEntities += entity.citations().size();
      if (entity.citations().isEmpty() && !(entity instanceof Source)) {
        uncited++;
      }
    }
    for (Relation relation : graph.relations()) {
      onRelations += relation.citations().size();
    }
    row(out, "citations on entities", onEntities);
    row(out, "citations on relations", onRelations);
    row(out, "entities citing nothing", uncited);
    Map<String, Integer> cited = new TreeMap<>();
    for (Entity entity : graph.entities()) {
      for (Citation citation : entity.citations()) {
        cited.merge(citation.source().toString(), 1, Integer::sum);
      }
    }
    for (Relation relation : graph.relations()) {
      for (Citation citation : relation.citations()) {
        cited.merge(citation.source().toString(), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> most = new ArrayList<>(cited.entrySet());
    most.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    if (!most.isEmpty()) {
      out.println("  most cited: " + most.stream().limit(5)
          .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
    }

    heading(out, "Initiatives by instrument", graph.initiatives().size());
    Map<Instrument, Integer> byInstrument = graph.initiativeQuery().countBy(Grouping.byInstrument());
    byInstrument.forEach((instrument, n) -> row(out, instrument.code(), n));
    int none = (int) graph.initiatives().stream()
        .filter(i -> i.instruments().isEmpty() && i.financing().isEmpty()).count();
    if (none > 0) {
      row(out, "(none given)", none);
    }

    heading(out, "Finance by stage (flows; a revised budget replaces the original of its period)", -1);
    for (FinancingStage stage : FinancingStage.values()) {
      long flows = graph.initiatives().stream()
          .flatMap(i -> i.financingForTotals().stream()).filter(f -> f.stage() == stage).count();
      if (flows > 0) {
        Map<CurrencyBasis, BigDecimal> sums =
            graph.initiativeQuery().financeBy(Grouping.all(), Grouping.all(), stage).cell("all", "all");
        out.printf(Locale.ROOT, "  %-24s %6d  %-9s %s%n", stage.code(), flows, stage.direction().code(), money(sums));
      }
    }

    heading(out, "Initiatives by conditionality (committed finance, outgoing only)", graph.initiatives().size());
    ConditionalitySummary summary = graph.initiativeQuery().conditionality();
    for (ConditionalityState state : ConditionalityState.values()) {
      out.printf(Locale.ROOT, "  %-24s %6d  %s%n", state.code(), summary.count(state), money(summary.finance(state)));
    }
    out.flush();
    return 0;
  }

  /** Sums per currency and basis, never added across them. */
  static String money(Map<CurrencyBasis, BigDecimal> sums) {
    return sums.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%,.0f %s", e.getValue(), e.getKey()))
        .collect(Collectors.joining("; "));
  }

  private static void heading(PrintWriter out, String title, int total) {
    out.println();
    out.println(title + (total >= 0 ? " (" + total + ")" : ""));
  }

  private static void row(PrintWriter out, String label, int count) {
    out.printf(Locale.ROOT, "  %-24s %6d%n", label, count);
  }
}
