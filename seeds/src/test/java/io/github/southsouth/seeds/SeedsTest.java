package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.json.ReadResult;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled dataset: complete, valid, bilingual, sourced and faithful to the essay. */
class SeedsTest {

  private static final CooperationGraph SEEDS = Seeds.load();

  private static EntityId id(String text) {
    return EntityId.parse(text);
  }

  @Test
  void loadsWithZeroProblemsNotEvenWarnings() throws Exception {
    ReadResult result = Seeds.load(ReadOptions.defaults());
    assertThat(result.warnings().isEmpty()).as(result.warnings().toString()).isTrue();
    assertThat(result.graph()).isEqualTo(SEEDS);
  }

  @Test
  void theCompactCopyHoldsExactlyTheYamlDocuments() throws Exception {
    assertThat(Seeds.class.getResource(Seeds.RESOURCE_ROOT + Seeds.BUNDLE)).as("the build made the bundle").isNotNull();
    ReadResult documents = Seeds.loadDocuments(ReadOptions.defaults());
    assertThat(documents.warnings().isEmpty()).as(documents.warnings().toString()).isTrue();
    assertThat(documents.graph()).isEqualTo(SEEDS);
  }

  @Test
  void loadIsCachedAndDescribesItself() {
    assertThat(Seeds.load()).isSameAs(SEEDS);
    assertThat(SEEDS.info().title().get("en")).contains("South-South Cooperation");
    assertThat(SEEDS.info().version()).isPresent();
    assertThat(SEEDS.info().license()).contains("CC-BY-4.0");
    assertThat(SEEDS.info().sources()).contains(id("source:essay"));
  }

  @Test
  void everyEntityHasEnglishAndChineseNamesAndSummaries() {
    for (Entity entity : SEEDS.entities()) {
      assertThat(entity.name().get(LocalizedText.ENGLISH)).as("English name of %s", entity.id()).isPresent();
      assertThat(entity.name().get(LocalizedText.CHINESE)).as("Chinese name of %s", entity.id()).isPresent();
      assertThat(entity.summary().get(LocalizedText.ENGLISH)).as("English summary of %s", entity.id()).isPresent();
      assertThat(entity.summary().get(LocalizedText.CHINESE)).as("Chinese summary of %s", entity.id()).isPresent();
    }
  }

  @Test
  void principlesInitiativesAndForumsAlsoHavePinyin() {
    List<Entity> needPinyin =
        SEEDS.entities().stream()
            .filter(e -> e instanceof Principle || e instanceof Initiative
                || (e instanceof Actor && ((Actor) e).actorType() == ActorType.FORUM))
            .collect(Collectors.toList());
    assertThat(needPinyin).hasSizeGreaterThan(10);
    for (Entity entity : needPinyin) {
      assertThat(entity.name().get(LocalizedText.PINYIN)).as("pinyin of %s", entity.id()).isPresent();
    }
  }

  @Test
  void everyEntityAndRelationCitesASource() {
    for (Entity entity : SEEDS.entities()) {
      assertThat(entity.citations()).as("citations of %s", entity.id()).isNotEmpty();
    }
    for (Relation relation : SEEDS.relations()) {
      assertThat(relation.citations()).as("citations of %s", relation.describe()).isNotEmpty();
    }
  }

  @Test
  void everyPerspectiveHasAHolderWhoHoldsIt() {
    assertThat(SEEDS.perspectives()).hasSizeGreaterThanOrEqualTo(10);
    for (Perspective perspective : SEEDS.perspectives()) {
      assertThat(SEEDS.get(perspective.holder())).isInstanceOf(Actor.class);
      assertThat(SEEDS.outgoing(perspective.holder(), RelationType.HOLDS))
          .extracting(Relation::to)
          .as("holds relation of %s", perspective.id())
          .contains(perspective.id());
      assertThat(perspective.citations()).isNotEmpty();
    }
    Set<EntityId> holders = SEEDS.perspectives().stream().map(Perspective::holder).collect(Collectors.toSet());
    assertThat(holders).as("no single view stands alone").hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theEssaysPrinciplesAreThereWithItsChineseAndPinyin() {
    assertName("principle:mutual-benefit", "Mutual Benefit", "互利", "Hùlì");
    assertName("principle:respect-for-sovereignty", "Respect for Sovereignty", "尊重主权", "Zūnzhòng Zhǔquán");
    assertName("principle:non-conditionality", "Non-Conditionality", "无附加条件", "Wú Fùjiā Tiáojiàn");
    assertThat(SEEDS.principles()).hasSize(3);
  }

  @Test
  void theEssaysGoalsThemesAndInitiativesArePresent() {
    for (String goal : List.of("shared-development", "global-solidarity", "reduced-dependency", "cultural-exchange")) {
      assertThat(SEEDS.contains(EntityId.of(Kind.GOAL, goal))).as(goal).isTrue();
    }
    for (String theme : List.of("infrastructure-investment", "technological-assistance", "multilateral-platforms")) {
      assertThat(SEEDS.contains(EntityId.of(Kind.THEME, theme))).as(theme).isTrue();
    }
    for (String initiative :
        List.of("belt-and-road", "agricultural-assistance-africa", "covid-19-vaccine-supply",
            "renewable-energy-kenya-pakistan", "debt-relief-interest-free-loans")) {
      EntityId initiativeId = EntityId.of(Kind.INITIATIVE, initiative);
      assertThat(SEEDS.contains(initiativeId)).as(initiative).isTrue();
      assertThat(SEEDS.outgoing(initiativeId, RelationType.ADDRESSES)).as("%s addresses", initiative).isNotEmpty();
      assertThat(SEEDS.outgoing(initiativeId, RelationType.BENEFITS)).as("%s benefits", initiative).isNotEmpty();
    }
    // Only the principles and goals the essay itself links an initiative to: no editorial mapping.
    assertThat(SEEDS.outgoing(id("initiative:debt-relief-interest-free-loans"), RelationType.EMBODIES))
        .extracting(Relation::to)
        .containsExactly(id("principle:non-conditionality"));
    assertThat(SEEDS.outgoing(id("initiative:belt-and-road"), RelationType.ADVANCES))
        .extracting(Relation::to)
        .containsExactly(id("goal:shared-development"));
    assertThat(SEEDS.outgoing(id("initiative:covid-19-vaccine-supply"), RelationType.ADVANCES))
        .extracting(Relation::to)
        .containsExactly(id("goal:global-solidarity"));
    assertThat(SEEDS.outgoing(id("initiative:agricultural-assistance-africa"), RelationType.EMBODIES)).isEmpty();
  }

  @Test
  void theHistoryAndTheConceptsAreModelled() {
    assertThat(SEEDS.get(id("concept:south-south-cooperation")).name().get("zh-Hans")).contains("南南合作");
    for (String concept : List.of("north-south-cooperation", "global-south", "global-north", "multipolar-world")) {
      assertThat(SEEDS.contains(EntityId.of(Kind.CONCEPT, concept))).as(concept).isTrue();
    }
    EntityId bandung = id("event:bandung-conference-1955");
    assertThat(SEEDS.get(bandung, io.github.southsouth.model.Event.class).period().orElseThrow().toString())
        .isEqualTo("1955-04-18/1955-04-24");
    assertThat(SEEDS.incoming(bandung, RelationType.PARTICIPATES_IN)).extracting(Relation::from).contains(id("actor:chn"));
  }

  @Test
  void referenceDataCoversTheWorld() {
    long countries = SEEDS.actors().stream().filter(a -> a.actorType() == ActorType.COUNTRY).count();
    assertThat(countries).isEqualTo(249);
    Actor kenya = SEEDS.get(id("actor:ken"), Actor.class);
    assertThat(kenya.iso2()).contains("KE");
    assertThat(kenya.m49()).contains("404");
    assertThat(kenya.name().get("zh-Hans")).contains("肯尼亚");
    assertThat(SEEDS.get(id("actor:m49-002")).name().get("zh-Hans")).contains("非洲");
    assertThat(SEEDS.incoming(id("actor:ldc"), RelationType.MEMBER_OF)).hasSize(45);
    assertThat(SEEDS.incoming(id("actor:lldc"), RelationType.MEMBER_OF)).hasSize(32);
    assertThat(SEEDS.incoming(id("actor:sids"), RelationType.MEMBER_OF)).hasSize(53);
    assertThat(SEEDS.incoming(id("actor:focac"), RelationType.MEMBER_OF))
        .hasSize(55)
        .extracting(Relation::from)
        .contains(id("actor:chn"), id("actor:african-union-commission"), id("actor:ken"))
        .doesNotContain(id("actor:swz"));
    assertThat(SEEDS.incoming(id("actor:celac"), RelationType.MEMBER_OF)).hasSize(33);
    // Kenya is in Africa through Eastern Africa and Sub-Saharan Africa
    assertThat(SEEDS.shortestPath(id("actor:ken"), id("actor:m49-002"))).isPresent();
  }

  @Test
  void summariesUseNeutralWording() {
    // Contested words may be mentioned in quotation marks (as a term someone used), never used.
    Pattern normative = Pattern.compile("(?i)win-win|predatory|debt[- ]trap|exploitat|neo-?colonial|generous|genuine");
    Pattern quoted = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    for (Entity entity : SEEDS.entities()) {
      if (entity instanceof Perspective) {
        continue; // claims are held by someone, in their words
      }
      String summary = quoted.matcher(entity.summary().best("en")).replaceAll("");
      assertThat(normative.matcher(summary).find()).as("normative wording in %s: %s", entity.id(), summary).isFalse();
    }
  }

  @Test
  void lakeTurkanaWindIsNotListedAsChineseFunded() {
    for (Initiative initiative : SEEDS.initiatives()) {
      if (initiative.name().english().toLowerCase(java.util.Locale.ROOT).contains("turkana")) {
        assertThat(SEEDS.incoming(initiative.id(), RelationType.FUNDS))
            .extracting(r -> r.from().slug())
            .noneMatch(slug -> slug.equals("chn") || slug.startsWith("china") || slug.contains("exim"));
      }
    }
  }

  private static void assertName(String id, String english, String chinese, String pinyin) {
    LocalizedText name = SEEDS.get(id(id)).name();
    assertThat(name.get("en")).contains(english);
    assertThat(name.get("zh-Hans")).contains(chinese);
    assertThat(name.get("zh-Latn-pinyin")).contains(pinyin);
  }

  @Test
  void threeProgrammesCarryMatchingRulesThatParseAndAddressATheme() {
    CooperationGraph graph = Seeds.load();
    ReferenceData reference = ReferenceData.of(graph);
    assertThat(reference.programmesWithRules()).extracting(e -> e.id().toString()).containsExactly(
        "initiative:agricultural-assistance-africa",
        "initiative:debt-relief-interest-free-loans",
        "initiative:renewable-energy-kenya-pakistan");
    for (Initiative programme : reference.programmesWithRules()) {
      assertThat(programme.attributes()).as(programme.id().toString())
          .containsEntry("match.attribute.aiddata.financierCountry", "China (People's Republic of)");
      assertThat(graph.outgoing(programme.id(), RelationType.ADDRESSES)).as(programme.id().toString()).isNotEmpty();
    }
    assertThat(graph.get(EntityId.parse("initiative:belt-and-road")).attributes()).isEmpty();
    assertThat(graph.get(EntityId.parse("initiative:covid-19-vaccine-supply")).attributes()).isEmpty();
  }
}
