package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.graph.GraphDiff;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.json.NativeFormat;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Compares two versions of a dataset: what was added, removed and changed, field by field; then
 * applies the difference as a patch to the first version and checks that it gives the second.
 *
 * <p>Run it with {@code java -cp examples/target/southsouth.jar
 * io.github.southsouth.examples.DatasetDiff old.yaml new.yaml}; without arguments it compares the
 * bundled dataset with a changed copy it makes itself.
 */
public final class DatasetDiff {

  private DatasetDiff() {}

  /**
   * Prints the difference.
   *
   * @param args two dataset files, or none; another number is a usage error (exit code 2), an
   *     invalid dataset ends with exit code 1
   */
  public static void main(String[] args) {
    ProgramExit.exitOnFailure(run(args));
  }

  static final String USAGE = "DatasetDiff [BEFORE AFTER]";

  /** Prints the difference; returns the exit code. */
  static int run(String[] args) {
    return ProgramExit.run(() -> diff(args));
  }

  private static void diff(String[] args) throws ProgramExit {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    CooperationGraph before;
    CooperationGraph after;
    if (args.length == 2) {
      try {
        before = NativeFormat.reader().read(Path.of(args[0]));
        after = NativeFormat.reader().read(Path.of(args[1]));
      } catch (ModelReadException e) {
        throw ProgramExit.failed(e);
      } catch (IllegalArgumentException e) {
        throw ProgramExit.usage(e.getMessage(), USAGE);
      }
    } else if (args.length != 0) {
      throw ProgramExit.usage("expected two dataset files or none, got " + args.length, USAGE);
    } else {
      before = Seeds.load();
      after = changedCopy(before);
    }

    GraphDiff diff = before.diff(after);
    out.println(diff); // the counts, e.g. +1 -0 ~1 entities, +2 -0 ~0 relations
    diff.lines().forEach(line -> out.println("  " + line));

    // A diff is also a patch: applied to the first version it gives the second.
    out.println("patch applied to the first version gives the second: " + diff.applyTo(before).equals(after));
    out.flush();
  }

  /**
   * Makes the next version of a dataset the way an editor would: a new version number, an
   * initiative whose status changed, and a new project with its relations.
   *
   * @param graph the dataset, with the bundled initiatives
   * @return the changed copy
   */
  static CooperationGraph changedCopy(CooperationGraph graph) {
    EntityId garissa = EntityId.parse("initiative:garissa-solar-power-plant");
    Initiative old = graph.get(garissa, Initiative.class);
    Initiative updated = Initiative.builder().from(old).status(InitiativeStatus.ONGOING).build();
    Initiative added = Initiative.builder()
        .id(EntityId.parse("initiative:garissa-solar-extension"))
        .name(LocalizedText.english("Garissa solar power plant extension").with(LocalizedText.CHINESE, "加里萨光伏电站扩建"))
        .initiativeKind(InitiativeKind.PROJECT)
        .status(InitiativeStatus.PIPELINE)
        .build();

    CooperationGraph.Builder next = CooperationGraph.builder()
        .info(DatasetInfo.builder().from(graph.info()).version("next").build());
    graph.entities().forEach(e -> next.addEntity(e.id().equals(garissa) ? updated : e));
    next.addEntity(added);
    next.addRelations(graph.relations());
    next.addRelation(Relation.of(added.id(), RelationType.PART_OF, garissa));
    next.addRelation(Relation.of(added.id(), RelationType.BENEFITS, EntityId.parse("actor:ken")));
    return next.build();
  }
}
