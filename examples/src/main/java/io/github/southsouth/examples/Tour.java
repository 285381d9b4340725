package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.seeds.Seeds;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A walk through a southsouth dataset, the bundled one by default: the principles with their
 * Chinese names and pinyin, the goals, the initiatives with what they embody, advance and whom they
 * benefit, the forums with their member counts, and the perspectives with their holders and their
 * stance towards what they are about. What the tour states is followed by where it is stated: the
 * source and its locator (for the seed essay, a heading of the essay or a quote from it).
 *
 * <p>Run it with {@code java -cp examples/target/southsouth.jar
 * io.github.southsouth.examples.Tour}, or as the command line's default command {@code java -jar
 * examples/target/southsouth.jar tour}.
 */
public final class Tour {

  private Tour() {}

  /**
   * Prints the tour of the bundled dataset.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    print(Seeds.load(), out);
    out.flush();
  }

  /**
   * Prints a tour of any graph.
   *
   * @param graph the dataset
   * @param out where to print
   */
  public static void print(CooperationGraph graph, PrintWriter out) {
    LocalizedText title = graph.info().title();
    out.println(title.isEmpty() ? "A southsouth dataset" : title.english() + bilingual(title));
    graph.info().version().ifPresent(v -> out.println("version " + v + graph.info().license().map(l -> ", licence " + l).orElse("")));
    out.printf(Locale.ROOT, "%d entities, %d relations, %d sources%n", graph.entityCount(), graph.relationCount(), graph.sources().size());

    heading(out, "Principles");
    for (Principle principle : graph.principles()) {
      out.println("  " + principle.name().english() + "  " + principle.name().get(LocalizedText.CHINESE).orElse("")
          + principle.name().get(LocalizedText.PINYIN).map(p -> " (" + p + ")").orElse(""));
      line(out, "    ", principle.summary().english());
      line(out, "    ", sources(graph, principle.citations()));
      int count = graph.incoming(principle.id(), RelationType.EMBODIES).size();
      if (count > 0) {
        out.println("    embodied by " + count + (count == 1 ? " initiative" : " initiatives"));
      }
    }

    heading(out, "Goals");
    graph.goals().forEach(goal -> {
      out.println("  " + goal.name().english() + bilingual(goal.name()));
      line(out, "    ", goal.summary().english());
      line(out, "    ", sources(graph, goal.citations()));
    });

    heading(out, "Areas of contribution");
    graph.themes().forEach(theme -> out.println("  " + theme.name().english() + bilingual(theme.name())));

    heading(out, "Initiatives");
    for (Initiative initiative : graph.initiatives()) {
      if (!graph.outgoing(initiative.id(), RelationType.PART_OF).isEmpty()) {
        continue; // shown under the initiative they belong to
      }
      printInitiative(graph, initiative, out, "  ");
    }

    heading(out, "Forums");
    for (Actor forum : graph.actors()) {
      if (forum.actorType() != ActorType.FORUM) {
        continue;
      }
      List<Relation> members = graph.incoming(forum.id(), RelationType.MEMBER_OF);
      StringBuilder line = new StringBuilder("  " + forum.name().english() + bilingual(forum.name()) + ": ");
      if (members.isEmpty()) {
        line.append("no members recorded");
      } else {
        line.append(members.size()).append(members.size() == 1 ? " member" : " members");
        // Members that are themselves groups (CELAC in the China-CELAC Forum) say how many they have.
        List<String> groups = new java.util.ArrayList<>();
        for (Relation member : members) {
          int inner = graph.incoming(member.from(), RelationType.MEMBER_OF).size();
          Actor actor = graph.get(member.from(), Actor.class);
          if (inner > 0 && actor.actorType() != ActorType.REGION) {
            groups.add(actor.name().english() + " with " + inner + " members");
          }
        }
        if (!groups.isEmpty()) {
          line.append(" (").append(String.join(", ", groups)).append(")");
        }
      }
      out.println(line);
    }

    heading(out, "Perspectives");
    for (Perspective perspective : graph.perspectives()) {
      out.println("  " + name(graph, perspective.holder()) + ", " + perspective.stance().code() + " towards "
          + perspective.about().stream().map(id -> name(graph, id)).collect(Collectors.joining(", ")) + ": "
          + perspective.claim().english());
      line(out, "    ", sources(graph, perspective.citations()));
    }
  }

  private static void printInitiative(CooperationGraph graph, Initiative initiative, PrintWriter out, String indent) {
    out.println(indent + initiative.name().english() + bilingual(initiative.name())
        + " [" + initiative.initiativeKind().code()
        + initiative.period().map(p -> ", " + p.start().map(Object::toString).orElse("?") + p.end().map(e -> "–" + e).orElse("")).orElse("")
        + "]");
    claims(out, indent + "  embodies: ", graph, graph.outgoing(initiative.id(), RelationType.EMBODIES));
    claims(out, indent + "  advances: ", graph, graph.outgoing(initiative.id(), RelationType.ADVANCES));
    names(out, indent + "  benefits: ", graph, graph.outgoing(initiative.id(), RelationType.BENEFITS), true);
    names(out, indent + "  funded by: ", graph, graph.incoming(initiative.id(), RelationType.FUNDS), false);
    for (Relation part : graph.incoming(initiative.id(), RelationType.PART_OF)) {
      printInitiative(graph, graph.get(part.from(), Initiative.class), out, indent + "    ");
    }
  }

  private static void names(PrintWriter out, String label, CooperationGraph graph, List<Relation> relations, boolean target) {
    if (relations.isEmpty()) {
      return;
    }
    out.println(label + relations.stream().map(r -> name(graph, target ? r.to() : r.from())).collect(Collectors.joining(", ")));
  }

  /** An interpretive relation is a claim: each target is followed by who makes it, and where. */
  private static void claims(PrintWriter out, String label, CooperationGraph graph, List<Relation> relations) {
    for (Relation relation : relations) {
      out.println(label + name(graph, relation.to()) + " (" + sources(graph, relation.citations()) + ")");
    }
  }

  /** The sources of a statement with their locators, e.g. {@code according to: the essay "Scale and Scope"}. */
  private static String sources(CooperationGraph graph, List<Citation> citations) {
    return citations.isEmpty()
        ? ""
        : "according to: " + citations.stream()
            .map(c -> (graph.find(c.source()).filter(Source.class::isInstance).map(Source.class::cast)
                    .filter(source -> source.sourceKind() == SourceKind.ESSAY).isPresent()
                    ? "the essay" : name(graph, c.source()))
                + c.locator().map(l -> " \"" + l + "\"").orElse(""))
            .collect(Collectors.joining("; "));
  }

  private static String name(CooperationGraph graph, EntityId id) {
    Entity entity = graph.get(id);
    return entity.name().english();
  }

  private static String bilingual(LocalizedText text) {
    return text.get(LocalizedText.CHINESE).map(zh -> " · " + zh).orElse("");
  }

  private static void heading(PrintWriter out, String heading) {
    out.println();
    out.println(heading);
    out.println("-".repeat(heading.length()));
  }

  private static void line(PrintWriter out, String indent, String text) {
    if (!text.isEmpty()) {
      out.println(indent + text);
    }
  }
}
