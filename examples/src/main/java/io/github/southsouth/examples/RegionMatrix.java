package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.FinanceTable;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A goals × continents table of the bundled dataset: how many initiatives advance each goal in
 * each continent (themselves or through the programme they are part of), and the finance committed to them, summed per currency and basis (amounts in
 * different currencies, or nominal and constant dollars, are never added together).
 *
 * <p>Run it with {@code java -cp examples/target/southsouth.jar
 * io.github.southsouth.examples.RegionMatrix}.
 */
public final class RegionMatrix {

  private RegionMatrix() {}

  /**
   * Prints the table.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    print(Seeds.load(), out);
    out.flush();
  }

  /**
   * Prints the table for any graph.
   *
   * @param graph the dataset
   * @param out where to print
   */
  public static void print(CooperationGraph graph, PrintWriter out) {
    // One aggregation over all initiatives: rows by goal, columns by continent. Each cell holds
    // the count and the committed finance per currency and basis.
    FinanceTable<EntityId, EntityId> table =
        graph.initiativeQuery().financeBy(goalsWithParts(), PrincipleReport.continents(graph));

    List<EntityId> columns = table.columns();
    int width = 12;
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-40s", "Goal \\ initiatives in"));
    for (EntityId column : columns) {
      header.append(String.format(Locale.ROOT, "%" + width + "s", graph.get(column).name().english()));
    }
    out.println(header);
    for (EntityId row : table.rows()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s", graph.get(row).name().english()));
      for (EntityId column : columns) {
        line.append(String.format(Locale.ROOT, "%" + width + "d", table.count(row, column)));
      }
      out.println(line);
    }

    out.println();
    out.println("Committed finance (per currency and basis, never converted):");
    boolean any = false;
    for (EntityId row : table.rows()) {
      for (EntityId column : columns) {
        List<Money> money = table.cellAsMoney(row, column);
        if (!money.isEmpty()) {
          any = true;
          out.println("  " + graph.get(row).name().english() + " × " + graph.get(column).name().english() + ": "
              + money.stream().map(RegionMatrix::format).collect(Collectors.joining(" + ")));
        }
      }
    }
    if (!any) {
      out.println("  none recorded: no initiative that advances a goal here records committed finance");
    }
  }

  /**
   * Groups by goal like {@link Grouping#byGoal()}, but a project also counts under the goals of
   * the programmes and frameworks it is part of: in the dataset, finance is recorded on projects
   * (Garissa solar plant) while the goal is stated for the programme (renewable energy in Kenya
   * and Pakistan).
   *
   * @return the grouping, with goal ids as keys
   */
  static Grouping<EntityId> goalsWithParts() {
    return (graph, initiative) -> {
      Set<EntityId> goals = new TreeSet<>();
      Deque<EntityId> todo = new ArrayDeque<>(List.of(initiative.id()));
      Set<EntityId> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        EntityId id = todo.poll();
        if (seen.add(id)) {
          graph.outgoing(id, RelationType.ADVANCES).forEach(r -> goals.add(r.to()));
          graph.outgoing(id, RelationType.PART_OF).forEach(r -> todo.add(r.to()));
        }
      }
      return goals;
    };
  }

  private static String format(Money money) {
    return String.format(Locale.ROOT, "%,.0f %s (%s)", money.amount(), money.currency(), money.basis().code());
  }
}
