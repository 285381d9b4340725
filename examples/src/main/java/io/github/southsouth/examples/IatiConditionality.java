package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads IATI activity files (or folders of them) and prints, for each recipient region, the share of
 * activities and of committed value in each conditions state: not reported, none attached,
 * attached. Committed value is summed per currency; currencies are never added together.
 *
 * <pre>{@code
 * java ... io.github.southsouth.examples.IatiConditionality path/to/iati-folder
 * }</pre>
 */
public final class IatiConditionality {

  private IatiConditionality() {}

  /**
   * Runs the example.
   *
   * @param args IATI activity files, or folders of them; a failed import or a folder that cannot
   *     be listed ends with exit code 1
   */
  public static void main(String[] args) {
    ProgramExit.exitOnFailure(run(args));
  }

  /** Runs the example; returns the exit code. */
  static int run(String[] args) {
    return ProgramExit.run(() -> report(args));
  }

  private static void report(String[] args) throws ProgramExit {
    // Each argument is an IATI file or a folder of them (default: the current folder).
    List<Path> files = new ArrayList<>();
    for (String arg : args.length > 0 ? args : new String[] {"."}) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw ProgramExit.failed("cannot list the folder " + path + ": " + e.getMessage());
        }
      } else {
        files.add(path);
      }
    }
    // Reference data from the bundled dataset links recipient countries to the seeds' countries
    // and so to their UN M49 regions (Eastern Africa, Africa, ...).
    ReferenceData reference = ReferenceData.of(Seeds.load());
    IatiImport result;
    try {
      result = IatiImporter.reader(ReadOptions.lenient()).with(reference).readResult(files);
    } catch (ModelReadException e) {
      throw ProgramExit.failed(e); // every problem, located by file, line and path; exit code 1
    }
    System.out.println(result.summary());
    CooperationGraph graph = result.graph();

    // region -> state -> number of activities, and region -> state -> currency -> committed value
    Map<String, Map<ConditionalityState, Integer>> activities = new TreeMap<>();
    Map<String, Map<ConditionalityState, Map<String, BigDecimal>>> committed = new TreeMap<>();
    for (Initiative initiative : graph.initiatives()) {
      ConditionalityState state = initiative.conditionality().state();
      for (String region : regionsOf(graph, initiative)) {
        activities.computeIfAbsent(region, r -> new TreeMap<>()).merge(state, 1, Integer::sum);
        // Outgoing commitments only: incoming commitments (IATI type 11) have a stage of their own.
        for (Financing financing : initiative.financingForTotals()) {
          if (financing.stage() == FinancingStage.COMMITMENT) {
            Money money = financing.amounts().get(0);
            committed.computeIfAbsent(region, r -> new TreeMap<>()).computeIfAbsent(state, s -> new TreeMap<>())
                .merge(money.currency(), money.amount(), BigDecimal::add);
          }
        }
      }
    }
    activities.forEach((region, byState) -> {
      int total = byState.values().stream().mapToInt(Integer::intValue).sum();
      System.out.println("\n" + region + " (" + total + " activities)");
      for (ConditionalityState state : ConditionalityState.values()) {
        int count = byState.getOrDefault(state, 0);
        System.out.printf(Locale.ROOT, "  %-14s %3d activities (%5.1f%%)%s%n", state.code(), count, 100.0 * count / total,
            valueShares(committed.getOrDefault(region, Map.of()), state));
      }
    });
  }

  /** The regions an initiative benefits: regions directly, and the regions its countries belong to. */
  private static Set<String> regionsOf(CooperationGraph graph, Initiative initiative) {
    Set<String> regions = new TreeSet<>();
    for (Relation benefits : graph.outgoing(initiative.id(), RelationType.BENEFITS)) {
      Actor recipient = graph.get(benefits.to(), Actor.class);
      if (recipient.actorType() == ActorType.REGION) {
        regions.add(recipient.name().english());
      } else {
        int before = regions.size();
        for (RelationType up : List.of(RelationType.MEMBER_OF, RelationType.PART_OF)) {
          for (Relation membership : graph.outgoing(recipient.id(), up)) {
            Actor group = graph.get(membership.to(), Actor.class);
            if (group.actorType() == ActorType.REGION) {
              regions.add(group.name().english());
            }
          }
        }
        if (regions.size() == before) {
          regions.add("(no region data)");
        }
      }
    }
    return regions.isEmpty() ? Set.of("(no recipient reported)") : regions;
  }

  /** Formats the state's share of the region's committed value, per currency. */
  private static String valueShares(Map<ConditionalityState, Map<String, BigDecimal>> byState, ConditionalityState state) {
    StringBuilder text = new StringBuilder();
    Map<String, BigDecimal> totals = new TreeMap<>();
    byState.values().forEach(m -> m.forEach((currency, v) -> totals.merge(currency, v, BigDecimal::add)));
    totals.forEach((currency, total) -> {
      BigDecimal value = byState.getOrDefault(state, Map.of()).getOrDefault(currency, BigDecimal.ZERO);
      String share = total.signum() == 0 ? "-" : value.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP) + "%";
      text.append(String.format(Locale.ROOT, "  %s %s committed (%s)", value.toPlainString(), currency, share));
    });
    return text.toString();
  }
}
