package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links records to provinces through the real ADM1 locations file. The Kenyan records the essay
 * names are not in the samples, so this test writes synthetic rows that carry only their real
 * record ids (titles say they are synthetic); every location comes from AidData's file.
 */
class AidDataKenyaTest {

  @TempDir static Path dir;
  private static AidDataImport result;
  private static CooperationGraph graph;

  @BeforeAll
  static void importSyntheticKenyaRows() throws Exception {
    Map<String, String> garissa = GcdfCsv.row("47008", "Garissa solar power plant (synthetic test row)");
    garissa.put("Amount (Constant USD 2021)", "154858625.2");
    Map<String, String> phase1a = GcdfCsv.row("31777", "Mombasa-Nairobi railway, phase 1, PBC (synthetic test row)");
    phase1a.put("PBC", "Yes");
    phase1a.put("Sector Code", "210");
    phase1a.put("Sector Name", "TRANSPORT AND STORAGE");
    Map<String, String> phase1b = GcdfCsv.row("37103", "Mombasa-Nairobi railway, phase 1, buyer's credit (synthetic test row)");
    phase1b.put("Export Buyer's Credit", "Yes");
    phase1b.put("Sector Code", "210");
    Map<String, String> phase2a = GcdfCsv.row("47025", "Nairobi-Naivasha railway, phase 2A (synthetic test row)");
    phase2a.put("Sector Code", "210");
    phase2a.put("AidData Parent ID", "31777");
    Path projects = dir.resolve("kenya.csv");
    Files.writeString(projects, GcdfCsv.write(GcdfCsv.header(), List.of(garissa, phase1a, phase1b, phase2a)),
        StandardCharsets.UTF_8);
    // the ADM1 file first: the importer reads project tables before linking locations
    result = AidDataImporter.reader()
        .readResult(List.of(GcdfCsv.resource("gcdf3_adm1_locations_KEN_PAK.csv"), projects));
    graph = result.graph();
  }

  private static Set<String> provinces(String recordId) {
    return graph.outgoing(AidData.initiativeId(recordId), RelationType.BENEFITS).stream()
        .map(r -> graph.get(r.to(), Actor.class))
        .filter(a -> a.actorType() == ActorType.REGION)
        .map(a -> a.name().english())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theEssaysRecordsAreFound() {
    for (String id : List.of("47008", "31777", "37103", "47025")) {
      Initiative initiative = graph.get(AidData.initiativeId(id), Initiative.class);
      assertThat(AidData.recordId(initiative)).contains(id);
    }
    assertThat(graph.get(AidData.initiativeId("31777"), Initiative.class).instruments())
        .containsExactlyInAnyOrder(Instrument.CONCESSIONAL_LOAN, Instrument.EXPORT_CREDIT);
    assertThat(graph.get(AidData.initiativeId("37103"), Initiative.class).instruments())
        .containsExactly(Instrument.EXPORT_CREDIT);
  }

  @Test
  void garissaSolarLiesWhollyInGarissa() {
    assertThat(provinces("47008")).containsExactly("Garissa");
    Relation link =
        graph.outgoing(AidData.initiativeId("47008"), RelationType.BENEFITS).stream()
            .filter(r -> graph.get(r.to(), Actor.class).actorType() == ActorType.REGION)
            .findFirst().orElseThrow();
    assertThat(link.share().orElseThrow()).isEqualByComparingTo(new BigDecimal("100"));
    assertThat(link.note().orElseThrow()).contains("commitment value 154858625.2 constant 2021 USD");
    Actor garissa = graph.get(link.to(), Actor.class);
    assertThat(garissa.externalIds()).containsKey("geoboundaries");
    assertThat(garissa.attributes()).containsKeys("geoboundaries.centroidLongitude", "geoboundaries.centroidLatitude");
    assertThat(graph.outgoing(garissa.id(), RelationType.PART_OF)).extracting(Relation::to)
        .containsExactly(EntityId.parse("actor:ken"));
  }

  @Test
  void theRailwayRunsThroughItsProvinces() {
    Set<String> phase1 = Set.of("Machakos", "Kajiado", "Makueni", "Taita Taveta", "Kwale");
    assertThat(provinces("31777")).containsExactlyInAnyOrderElementsOf(phase1);
    assertThat(provinces("37103")).containsExactlyInAnyOrderElementsOf(phase1);
    assertThat(provinces("47025")).containsExactlyInAnyOrder("Nairobi", "Kiambu", "Nakuru", "Narok", "Kajiado");
    // Kajiado is one actor, shared by both phases
    assertThat(graph.actors().stream().filter(a -> a.name().english().equals("Kajiado"))).hasSize(1);
    // phase 2A names phase 1 as its parent, which is in this import
    assertThat(graph.outgoing(AidData.initiativeId("47025"), RelationType.PART_OF)).extracting(Relation::to)
        .containsExactly(AidData.initiativeId("31777"));
  }

  @Test
  void onlyRowsOfImportedRecordsAreLinked() throws Exception {
    Set<String> ids = Set.of("47008", "31777", "37103", "47025");
    long expected =
        GcdfCsv.parse(Files.readString(GcdfCsv.resource("gcdf3_adm1_locations_KEN_PAK.csv"))).stream()
            .skip(1).filter(r -> ids.contains(r.get(0))).count();
    assertThat(result.locationRowsRead()).isEqualTo(494);
    assertThat(result.locationRowsLinked()).isEqualTo((int) expected);
    assertThat(expected).isEqualTo(1 + 5 + 5 + 5);
  }

  @Test
  void roundedRatiosThatExceedOneStayInTheNotes() {
    // AidData rounds intersection ratios to two decimals: 47025's add up to 1.01
    assertThat(result.warnings().problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo(io.github.southsouth.problem.ProblemCode.SHARE_SUM);
          assertThat(p.message()).contains("initiative:aiddata-47025").contains("1.01");
          assertThat(p.location().source().orElseThrow()).endsWith("gcdf3_adm1_locations_KEN_PAK.csv");
        });
    List<Relation> phase2a = graph.outgoing(AidData.initiativeId("47025"), RelationType.BENEFITS);
    assertThat(phase2a).hasSize(6);
    assertThat(phase2a).allSatisfy(r -> assertThat(r.share()).isEmpty());
    assertThat(phase2a).filteredOn(r -> r.note().isPresent()).extracting(r -> r.note().get())
        .anySatisfy(n -> assertThat(n).contains("intersection ratio 0.39"));
    BigDecimal phase1 =
        graph.outgoing(AidData.initiativeId("31777"), RelationType.BENEFITS).stream()
            .map(r -> r.share().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(phase1).isEqualByComparingTo("96");
  }
}
