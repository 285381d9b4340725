package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For each principle of the bundled dataset: the initiatives that embody it, grouped by the
 * continent they benefit (Africa, Americas, Asia, Europe, Oceania).
 *
 * <p>Run it with {@code java -cp examples/target/southsouth.jar
 * io.github.southsouth.examples.PrincipleReport}.
 */
public final class PrincipleReport {

  /** The world region of UN M49; the continents are the regions directly part of it. */
  static final EntityId WORLD = EntityId.parse("actor:m49-001");

  private PrincipleReport() {}

  /**
   * Prints the report.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    print(Seeds.load(), out);
    out.flush();
  }

  /**
   * Prints the report for any graph.
   *
   * @param graph the dataset
   * @param out where to print
   */
  public static void print(CooperationGraph graph, PrintWriter out) {
    Grouping<EntityId> continent = continents(graph);
    for (Principle principle : graph.principles()) {
      LocalizedText name = principle.name();
      out.println(name.english() + "  " + name.get(LocalizedText.CHINESE).orElse("")
          + name.get(LocalizedText.PINYIN).map(p -> " (" + p + ")").orElse(""));

      // The typed query: initiatives that embody this principle, in id order.
      List<Initiative> initiatives = graph.initiativeQuery().embodying(principle.id()).list();
      if (initiatives.isEmpty()) {
        out.println("  no initiative in the dataset embodies it");
      }

      // Group them by continent. An initiative benefiting no region lands under "no region given";
      // one benefiting countries on two continents is listed under both.
      Map<String, Set<String>> byContinent = new TreeMap<>();
      for (Initiative initiative : initiatives) {
        Set<EntityId> keys = continent.keys(graph, initiative);
        if (keys.isEmpty()) {
          byContinent.computeIfAbsent("(no region given)", k -> new TreeSet<>()).add(initiative.name().english());
        }
        for (EntityId key : keys) {
          byContinent.computeIfAbsent(graph.get(key).name().english(), k -> new TreeSet<>())
              .add(initiative.name().english());
        }
      }
      byContinent.forEach((region, names) -> {
        out.println("  " + region);
        names.forEach(n -> out.println("    - " + n));
      });
      out.println();
    }
  }

  /**
   * Groups initiatives by continent: the regions that are directly part of the world region and
   * that contain what the initiative benefits. {@link Grouping#byRegion()} gives every enclosing
   * region (Eastern Africa, Sub-Saharan Africa, Africa, World); this keeps the continents.
   *
   * @param graph the dataset
   * @return the grouping, with the continents' ids as keys
   */
  static Grouping<EntityId> continents(CooperationGraph graph) {
    Set<EntityId> continents = new TreeSet<>();
    if (graph.contains(WORLD)) {
      for (Relation part : graph.incoming(WORLD, RelationType.PART_OF)) {
        continents.add(part.from());
      }
    }
    return (g, initiative) -> {
      Set<EntityId> keys = new TreeSet<>(Grouping.byRegion().keys(g, initiative));
      keys.retainAll(continents);
      return keys;
    };
  }
}
