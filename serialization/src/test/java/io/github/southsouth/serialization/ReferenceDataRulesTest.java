package io.github.southsouth.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules of reference initiatives ({@code match.} attributes) and their closure. */
class ReferenceDataRulesTest {

  private static final ReferenceData REFERENCE = ReferenceData.of(MatchingRules.graph());
  private static final EntityId KENYA = EntityId.parse("actor:ken");
  private static final EntityId MALAYSIA = EntityId.parse("actor:mys");

  private static Initiative.Builder record(String slug) {
    return Initiative.builder().id(EntityId.parse("initiative:" + slug)).initiativeKind(InitiativeKind.PROJECT)
        .name(LocalizedText.english(slug)).putAttribute("aiddata.financierCountry", MatchingRules.CHINA);
  }

  @Test
  void everyCriterionOfARuleMustHold() {
    Initiative loan = record("loan").addInstruments(Instrument.INTEREST_FREE_LOAN)
        .putAttribute("aiddata.intent", "Development").build();
    assertThat(REFERENCE.programmesFor(loan, List.of(MALAYSIA))).extracting(Entity::id)
        .containsExactly(MatchingRules.DEBT_RELIEF);
    Initiative commercial = record("commercial").addInstruments(Instrument.INTEREST_FREE_LOAN)
        .putAttribute("aiddata.intent", "Commercial").build();
    assertThat(REFERENCE.programmesFor(commercial, List.of(MALAYSIA))).isEmpty();
    Initiative noIntent = record("no-intent").addInstruments(Instrument.DEBT_FORGIVENESS).build();
    assertThat(REFERENCE.programmesFor(noIntent, List.of(MALAYSIA))).isEmpty();
    Initiative grant = record("grant").addInstruments(Instrument.GRANT).putAttribute("aiddata.intent", "Development").build();
    assertThat(REFERENCE.programmesFor(grant, List.of(MALAYSIA))).isEmpty();
  }

  @Test
  void aFinancingFlowsInstrumentCountsLikeTheListedInstruments() {
    Initiative rescheduled = record("rescheduled").putAttribute("aiddata.intent", "Development")
        .addFinancing(io.github.southsouth.model.Financing.builder().instrument(Instrument.DEBT_RESCHEDULING)
            .addAmounts(io.github.southsouth.model.Money.of(java.math.BigDecimal.TEN, "USD")).build())
        .build();
    assertThat(REFERENCE.programmesFor(rescheduled, List.of())).extracting(Entity::id)
        .containsExactly(MatchingRules.DEBT_RELIEF);
  }

  @Test
  void sectorsMatchByCodeOrThreeDigitCategoryButAreNeverWidened() {
    Initiative solar = record("solar").addSectors(Sector.dac("23230")).build();
    assertThat(REFERENCE.programmesFor(solar, List.of(KENYA))).extracting(Entity::id)
        .containsExactly(MatchingRules.RENEWABLE);
    assertThat(REFERENCE.programmesFor(solar, List.of(MALAYSIA))).as("recipient not listed").isEmpty();
    Initiative energy = record("energy").addSectors(Sector.builder().code("230").vocabulary(SectorVocabulary.DAC_3).build()).build();
    assertThat(REFERENCE.programmesFor(energy, List.of(KENYA))).as("230 covers coal and gas too").isEmpty();
    Initiative notChinese = Initiative.builder().from(solar).attributes(java.util.Map.of()).build();
    assertThat(REFERENCE.programmesFor(notChinese, List.of(KENYA))).isEmpty();

    Initiative programme = Initiative.builder().id(EntityId.parse("initiative:any-renewable"))
        .initiativeKind(InitiativeKind.PROGRAMME).name(LocalizedText.english("Any renewable energy"))
        .putAttribute("match.dacSectors", "232").build();
    ReferenceData byCategory = ReferenceData.of(MatchingRules.graph(programme));
    Initiative multiple = record("multiple").addSectors(Sector.dac("23210")).build();
    assertThat(byCategory.programmesFor(multiple, List.of())).extracting(Entity::id)
        .containsExactly(programme.id());
  }

  @Test
  void classifyNamesTheRuleAndCitesTheProgrammeAndTheRecord() {
    Initiative loan = record("loan").addInstruments(Instrument.INTEREST_FREE_LOAN)
        .putAttribute("aiddata.intent", "Development").build();
    Citation cite = Citation.of(EntityId.parse("source:dataset"), "record 1");
    List<Relation> relations = REFERENCE.classify(loan, List.of(), cite);
    assertThat(relations).hasSize(1);
    Relation relation = relations.get(0);
    assertThat(relation.from()).isEqualTo(loan.id());
    assertThat(relation.type()).isEqualTo(RelationType.PART_OF);
    assertThat(relation.to()).isEqualTo(MatchingRules.DEBT_RELIEF);
    assertThat(relation.note()).contains("classified by rule match.attribute.aiddata.financierCountry"
        + " + match.attribute.aiddata.intent + match.instruments of initiative:debt-relief-interest-free-loans");
    assertThat(relation.citations()).containsExactly(Citation.of(MatchingRules.ESSAY, "Initiatives"), cite);
    assertThat(REFERENCE.programmesWithRules()).extracting(Entity::id)
        .containsExactly(MatchingRules.DEBT_RELIEF, MatchingRules.RENEWABLE);
  }

  @Test
  void theClosureOfAProgrammeCarriesItsPrinciplesGoalsAndSources() {
    ReferenceData.Closure closure = REFERENCE.closure(List.of(MatchingRules.RENEWABLE));
    assertThat(closure.entities()).extracting(Entity::id).containsExactlyInAnyOrder(
        MatchingRules.RENEWABLE, MatchingRules.ESSAY, MatchingRules.MUTUAL_BENEFIT, MatchingRules.SHARED_DEVELOPMENT);
    assertThat(closure.relations()).extracting(Relation::type)
        .containsExactlyInAnyOrder(RelationType.EMBODIES, RelationType.ADVANCES);
    CooperationGraph alone = CooperationGraph.builder().addEntities(closure.entities())
        .addRelations(closure.relations()).build();
    assertThat(alone.initiativeQuery().embodying(MatchingRules.MUTUAL_BENEFIT).ids())
        .containsExactly(MatchingRules.RENEWABLE);
  }

  @Test
  void aMalformedRuleIsRejectedNamingTheInitiativeAndTheAttribute() {
    for (String[] bad : new String[][] {
        {"match.instruments", "gift", "\"gift\" is not an instrument code"},
        {"match.dacSectors", "23", "\"23\" is not an OECD-DAC code"},
        {"match.recipients", "KE", "\"KE\" is not an ISO 3166-1 alpha-3 code"},
        {"match.instruments", " ", "no value given"},
        {"match.attribute.aiddata.intent", "|", "no value given"},
        {"match.title", "solar", "unknown matching rule"}}) {
      Initiative programme = Initiative.builder().id(EntityId.parse("initiative:bad"))
          .initiativeKind(InitiativeKind.PROGRAMME).name(LocalizedText.english("Bad")).putAttribute(bad[0], bad[1])
          .build();
      CooperationGraph graph = MatchingRules.graph(programme);
      assertThatThrownBy(() -> ReferenceData.of(graph)).as(bad[0] + ": " + bad[1])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the matching rule " + bad[0] + " of initiative:bad is malformed")
          .hasMessageContaining(bad[2]);
    }
  }
}
