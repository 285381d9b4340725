package io.github.southsouth.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.diagram.DiagramFormat;
import io.github.southsouth.serialization.diagram.DiagramOptions;
import io.github.southsouth.serialization.diagram.Diagrams;
import io.github.southsouth.serialization.jsonld.JsonLdWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Entities named only in Spanish or in an undetermined language (as imports make them) are
 * labelled in the language they have by every export, never with an empty label.
 */
class LabelsInTheLanguageGivenTest {

  private static final String SPANISH = "Fortalecimiento de la cadena de frío";
  private static final String UNDETERMINED = "Salud Rural";

  private static final CooperationGraph GRAPH = CooperationGraph.builder()
      .addEntity(Initiative.builder().id(EntityId.parse("initiative:xx-test-3-a"))
          .initiativeKind(InitiativeKind.PROJECT).name(LocalizedText.of("es", SPANISH)).build())
      .addEntity(Actor.builder().id(EntityId.parse("actor:salud-rural")).actorType(ActorType.ORGANIZATION)
          .name(LocalizedText.of("und", UNDETERMINED)).build())
      .addRelation(Relation.of(EntityId.parse("actor:salud-rural"), RelationType.IMPLEMENTS,
          EntityId.parse("initiative:xx-test-3-a")))
      .build();

  @ParameterizedTest
  @EnumSource(DiagramFormat.class)
  void diagramsLabelInTheLanguageGiven(DiagramFormat format) {
    for (DiagramOptions options : new DiagramOptions[] {
        DiagramOptions.defaults(), DiagramOptions.builder().languages("zh-Hans").build()}) {
      String diagram = Diagrams.writer(format).with(options).writeToString(GRAPH);
      assertThat(diagram).contains(SPANISH, UNDETERMINED);
    }
  }

  @Test
  void jsonLdKeepsTheLanguageGiven() {
    String jsonLd = JsonLdWriter.defaults().writeToString(GRAPH);
    assertThat(jsonLd).contains("\"es\" : \"" + SPANISH + "\"").contains("\"und\" : \"" + UNDETERMINED + "\"");
  }

  @Test
  void csvTablesRoundTripNamesWithoutEnglish(@TempDir Path directory) throws Exception {
    CsvTables.writer().write(GRAPH, directory);
    ByteArrayOutputStream entities = new ByteArrayOutputStream();
    CsvTables.writer().writeEntities(GRAPH, entities);
    assertThat(entities.toString(StandardCharsets.UTF_8)).contains("name.es", "name.und", SPANISH, UNDETERMINED);
    assertThat(CsvTables.reader().read(directory)).isEqualTo(GRAPH);
  }
}
