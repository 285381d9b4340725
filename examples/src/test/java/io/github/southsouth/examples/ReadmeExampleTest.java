package io.github.southsouth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.InitiativeQuery.Reach;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Principle;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.json.NativeFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code example on the README's first screen, as written there, so it stays true. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAndSaysWhatItsCommentsSay(@TempDir Path dir) throws Exception {
    List<String> printed = new ArrayList<>();

    // --- as in README.md ---
    CooperationGraph graph = Seeds.load();                      // validated, cached, immutable
    for (Principle p : graph.principles()) {
      printed.add(p.name().english() + " " + p.name().best("zh-Hans"));  // Mutual Benefit 互利
    }
    List<Initiative> found = graph.initiativeQuery()          // the 4 the command line below finds
        .embodying(Reach.THROUGH_PROGRAMMES,                    // directly or as part of a programme
            EntityId.parse("principle:non-conditionality"))
        .inRegion(EntityId.parse("actor:m49-002"))             // Africa, through member-of / part-of
        .list();
    NativeFormat.writer().write(graph, dir.resolve("southsouth.yaml"));   // canonical, written atomically
    // ---

    assertThat(printed).contains("Mutual Benefit 互利");
    assertThat(found).extracting(i -> i.id().toString()).containsExactly(
        "initiative:debt-relief-interest-free-loans",
        "initiative:ifl-exemption-focac-2018",
        "initiative:ifl-forgiveness-covid-summit-2020",
        "initiative:ifl-waiver-africa-2022");
    // the same question on the command line, as the README shows it, gives the same answer
    java.io.StringWriter out = new java.io.StringWriter();
    int exit = io.github.southsouth.examples.cli.SouthSouth.execute(
        new String[] {"query", "--principle", "non-conditionality", "--region", "africa"},
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true));
    assertThat(exit).isZero();
    for (Initiative initiative : found) {
      assertThat(out.toString()).contains(initiative.id().toString());
    }
    assertThat(out.toString()).contains(found.size() + " of " + graph.initiatives().size() + " initiatives");
    assertThat(NativeFormat.reader().read(dir.resolve("southsouth.yaml"))).isEqualTo(graph);
    assertThat(Files.size(dir.resolve("southsouth.yaml"))).isPositive();
  }

  @Test
  void theReadmeExtensionOfTheBundledDatasetIsOneCall() {
    // --- as in README.md ---
    Initiative clinic = Initiative.builder()
        .id(EntityId.parse("initiative:garissa-rural-clinic"))
        .name(LocalizedText.english("Rural clinic in Garissa"))
        .initiativeKind(InitiativeKind.PROJECT)
        .build();
    CooperationGraph mine = Seeds.load().toBuilder()           // the dataset, plus:
        .addEntity(clinic)
        .addRelation(Relation.of(clinic.id(), RelationType.EMBODIES, EntityId.parse("principle:mutual-benefit")))
        .addRelation(Relation.of(clinic.id(), RelationType.BENEFITS, EntityId.parse("actor:ken")))
        .build();                                               // validated as a whole
    // ---

    assertThat(mine.entities()).hasSize(Seeds.load().entities().size() + 1);
    assertThat(mine.initiativeQuery()
            .embodying(EntityId.parse("principle:mutual-benefit"))
            .inRegion(EntityId.parse("actor:m49-002"))
            .ids())
        .contains(clinic.id());
    // the same additions merged instead, with conflicts reported rather than thrown
    CooperationGraph merged = Seeds.load().merge(CooperationGraph.builder()
            .addEntity(clinic)
            .addRelations(mine.outgoing(clinic.id())))
        .orElseThrow();
    assertThat(merged).isEqualTo(mine);
  }
}
