package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.diagram.DiagramOptions;
import io.github.southsouth.serialization.diagram.DiagramFormat;
import io.github.southsouth.serialization.diagram.Diagrams;
import java.util.EnumSet;
import java.util.Set;

/**
 * Draws part of the bundled dataset as Graphviz DOT and as a Mermaid flowchart.
 *
 * <pre>
 * java -cp examples/target/southsouth.jar io.github.southsouth.examples.DrawNeighbourhood
 *     [ENTITY [HOPS [LANGUAGE]]]       # default: principle:non-conditionality 1 en
 * java -cp examples/target/southsouth.jar io.github.southsouth.examples.DrawNeighbourhood --essay
 * </pre>
 *
 * <p>With an entity, it draws that entity and everything within HOPS relations of it. With {@code
 * --essay}, it draws the essay's principles, goals and initiatives and how they are linked: the
 * picture in the README.
 */
public final class DrawNeighbourhood {

  private DrawNeighbourhood() {}

  /**
   * Prints the diagrams.
   *
   * @param args {@code [ENTITY [HOPS [LANGUAGE]]]} or {@code --essay}; an unknown entity or a
   *     malformed number of hops ends the program with exit code 2
   */
  public static void main(String[] args) {
    ProgramExit.exitOnFailure(run(args));
  }

  static final String USAGE = "DrawNeighbourhood [ENTITY [HOPS [LANGUAGE]]] | --essay";

  /** Prints the diagrams; returns the exit code. */
  static int run(String[] args) {
    return ProgramExit.run(() -> draw(args));
  }

  private static void draw(String[] args) throws ProgramExit {
    CooperationGraph graph = Seeds.load();

    DiagramOptions options;
    if (args.length > 0 && args[0].equals("--essay")) {
      // The essay's core: its principles and goals, and the initiatives the essay links to them
      // (what they embody and advance, as cited). Projects below the initiatives are left out to
      // keep it readable.
      Set<Kind> kinds = EnumSet.of(Kind.PRINCIPLE, Kind.GOAL, Kind.INITIATIVE);
      options =
          DiagramOptions.builder()
              .entities(e -> kinds.contains(e.kind())
                  && (e.kind() != Kind.INITIATIVE || !graph.outgoing(e.id(), RelationType.EMBODIES).isEmpty()
                      || !graph.outgoing(e.id(), RelationType.ADVANCES).isEmpty()))
              .relations(r -> r.type() == RelationType.EMBODIES || r.type() == RelationType.ADVANCES)
              .build();
      System.out.println(Diagrams.writer(DiagramFormat.MERMAID).with(options).writeToString(graph));
      return;
    }

    EntityId center;
    try {
      center = EntityId.parse(args.length > 0 ? args[0] : "principle:non-conditionality");
    } catch (IllegalArgumentException e) {
      throw ProgramExit.usage(e.getMessage(), USAGE);
    }
    if (!graph.contains(center)) {
      throw ProgramExit.usage("the bundled dataset has no entity " + center, USAGE);
    }
    int hops;
    try {
      hops = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    } catch (NumberFormatException e) {
      throw ProgramExit.usage("HOPS must be a whole number, got \"" + args[1] + "\"", USAGE);
    }
    if (hops < 0) {
      throw ProgramExit.usage("HOPS must be 0 or more, got " + hops, USAGE);
    }
    String language = args.length > 2 ? args[2] : "en";
    options = DiagramOptions.builder().around(center, hops).languages(language, "en").build();

    System.out.println("// Graphviz: save as a .dot file and run  dot -Tsvg file.dot -o file.svg");
    System.out.println(Diagrams.writer(DiagramFormat.DOT).with(options).writeToString(graph));
    System.out.println("%% Mermaid: paste into a Markdown ```mermaid block");
    System.out.println(Diagrams.writer(DiagramFormat.MERMAID).with(options).writeToString(graph));
  }
}
