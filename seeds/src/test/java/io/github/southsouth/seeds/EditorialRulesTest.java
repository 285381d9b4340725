package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Stance;
import io.github.southsouth.serialization.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules a reviewer holds the bundled dataset to: essay citations a reader can find, claims
 * attributed to whoever makes them, stances per target, the essay's items typed, and complete
 * reference data.
 */
class EditorialRulesTest {

  private static final CooperationGraph SEEDS = Seeds.load();
  private static final EntityId ESSAY = id("source:essay");
  private static final String ESSAY_TEXT = readEssay();

  private static EntityId id(String text) {
    return EntityId.parse(text);
  }

  private static String readEssay() {
    try (InputStream in = EditorialRulesTest.class.getResourceAsStream("/essay/south-south-cooperation-essay.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The essay's headings: the lines that end with a colon, without it. */
  private static Set<String> headings() {
    return ESSAY_TEXT.lines()
        .map(String::strip)
        .filter(line -> line.endsWith(":"))
        .map(line -> line.substring(0, line.length() - 1))
        .collect(Collectors.toSet());
  }

  /** Every citation in the dataset, each with what carries it. */
  private static List<String[]> citationsOf(EntityId source) {
    List<String[]> found = new ArrayList<>();
    for (Entity entity : SEEDS.entities()) {
      for (Citation c : entity.citations()) {
        if (c.source().equals(source)) {
          found.add(new String[] {entity.id().toString(), c.locator().orElse(""), c.quote().orElse("")});
        }
      }
    }
    for (Relation relation : SEEDS.relations()) {
      for (Citation c : relation.citations()) {
        if (c.source().equals(source)) {
          found.add(new String[] {relation.describe(), c.locator().orElse(""), c.quote().orElse("")});
        }
      }
    }
    return found;
  }

  @Test
  void everyEssayCitationHasAHeadingOrAVerbatimQuoteAsLocator() {
    Set<String> headings = headings();
    assertThat(headings).contains("Key Contributions", "Scale and Scope", "1. Promoting Shared Development");
    List<String[]> citations = citationsOf(ESSAY);
    assertThat(citations).hasSizeGreaterThan(100);
    for (String[] c : citations) {
      String locator = c[1];
      assertThat(locator).as("locator of the essay citation of %s", c[0]).isNotEmpty();
      boolean heading = headings.contains(locator);
      boolean quote = ESSAY_TEXT.contains(locator) && locator.split(" ").length >= 3;
      assertThat(heading || quote)
          .as("the essay citation of %s: \"%s\" is neither a heading of the essay nor a quote of three words or more", c[0], locator)
          .isTrue();
      if (!c[2].isEmpty()) {
        assertThat(ESSAY_TEXT).as("quote of the essay citation of %s", c[0]).contains(c[2]);
      }
    }
  }

  @Test
  void everyItemTheEssayNamesCitesTheEssay() {
    List<String> named = List.of(
        "concept:south-south-cooperation", "concept:north-south-cooperation", "concept:global-south",
        "concept:global-north", "concept:multipolar-world", "concept:cold-war", "concept:colonialism",
        "concept:imperialism", "concept:western-led-development-models", "concept:western-aid-models",
        "concept:food-security", "event:bandung-conference-1955", "actor:focac", "actor:china-celac-forum",
        "actor:american-public", "actor:chinese-citizens", "actor:chn", "actor:ken", "actor:pak",
        "actor:m49-002", "actor:m49-142", "actor:m49-419", "actor:m49-035",
        "initiative:infrastructure-projects-africa-asia", "initiative:digital-infrastructure-africa");
    Stream<EntityId> essayItems = Stream.of(
            named.stream().map(EditorialRulesTest::id),
            SEEDS.principles().stream().map(Entity::id),
            SEEDS.goals().stream().map(Entity::id),
            Stream.of("belt-and-road", "agricultural-assistance-africa", "covid-19-vaccine-supply",
                    "renewable-energy-kenya-pakistan", "debt-relief-interest-free-loans")
                .map(slug -> id("initiative:" + slug)))
        .flatMap(s -> s);
    essayItems.forEach(item ->
        assertThat(SEEDS.get(item).citations()).extracting(Citation::source).as("citations of %s", item).contains(ESSAY));
    for (String forum : List.of("actor:focac", "actor:china-celac-forum")) {
      Relation member = SEEDS.outgoing(id("actor:chn"), RelationType.MEMBER_OF).stream()
          .filter(r -> r.to().equals(id(forum)))
          .findFirst()
          .orElseThrow();
      assertThat(member.citations()).extracting(Citation::source).as(member.describe()).contains(ESSAY);
    }
  }

  @Test
  void forumMembershipCitesTheForumsOwnPublications() {
    for (Relation relation : SEEDS.relations()) {
      if (relation.type() == RelationType.MEMBER_OF
          && Set.of(id("actor:focac"), id("actor:celac"), id("actor:china-celac-forum")).contains(relation.to())) {
        assertThat(relation.citations())
            .extracting(Citation::source)
            .as(relation.describe())
            .containsAnyOf(id("source:focac-official-site"), id("source:celac-declaration-of-caracas-2011"),
                id("source:china-daily-2015-01-09"));
      }
    }
    assertThat(SEEDS.sources()).extracting(Entity::id).noneMatch(s -> s.slug().startsWith("ref-"));
  }

  @Test
  void interpretiveRelationsNameWhoMakesTheClaimWhereItCanBeFound() {
    List<Relation> interpretive = SEEDS.relations().stream()
        .filter(r -> Set.of(RelationType.EMBODIES, RelationType.ADVANCES, RelationType.CONTRASTS_WITH).contains(r.type()))
        .collect(Collectors.toList());
    assertThat(interpretive).hasSizeGreaterThanOrEqualTo(5);
    for (Relation relation : interpretive) {
      assertThat(relation.citations()).as(relation.describe()).isNotEmpty();
      assertThat(relation.citations()).as("a citation with a locator on %s", relation.describe())
          .anyMatch(c -> c.locator().isPresent());
      assertThat(relation.note().orElse("")).as(relation.describe()).doesNotContain("Editorial");
    }
    for (Relation relation : SEEDS.relations()) {
      assertThat(relation.note().orElse("")).as(relation.describe()).doesNotStartWith("Editorial mapping");
    }
  }

  @Test
  void perspectivesCriticalOfTheBeltAndRoadAreOnlyThoseCriticalOfIt() {
    EntityId bri = id("initiative:belt-and-road");
    List<Perspective> critics = SEEDS.perspectiveQuery().about(bri).withStance(Stance.CRITICAL).list();
    assertThat(critics).extracting(Perspective::id).contains(
        id("perspective:us-government-debt-trap"), id("perspective:chellaney-debt-trap-diplomacy"));
    assertThat(critics).extracting(Perspective::id).doesNotContain(
        id("perspective:prc-government-rejects-debt-trap-label"), id("perspective:brautigam-debt-trap-meme"),
        id("perspective:chatham-house-debt-trap-myth"));
    EntityId label = id("concept:debt-trap-diplomacy");
    assertThat(SEEDS.perspectiveQuery().about(label).withStance(Stance.CRITICAL).list())
        .extracting(Perspective::id)
        .contains(id("perspective:prc-government-rejects-debt-trap-label"), id("perspective:brautigam-debt-trap-meme"),
            id("perspective:chatham-house-debt-trap-myth"));
  }

  @Test
  void concernsRelationsMirrorEachPerspectivesTargets() {
    for (Perspective perspective : SEEDS.perspectives()) {
      assertThat(SEEDS.outgoing(perspective.id(), RelationType.CONCERNS))
          .extracting(Relation::to)
          .as("concerns of %s", perspective.id())
          .containsExactlyInAnyOrderElementsOf(perspective.about());
    }
  }

  @Test
  void idsCarryNoEvaluativeWords() {
    for (Entity entity : SEEDS.entities()) {
      assertThat(entity.id().slug()).as(entity.id().toString())
          .doesNotContain("debunk", "myth-busting", "flagship", "landmark", "win-win", "predatory");
    }
  }

  @Test
  void theEssaysProseIsTyped() {
    assertThat(SEEDS.outgoing(id("initiative:agricultural-assistance-africa"), RelationType.AIMS_AT))
        .extracting(Relation::to).contains(id("concept:food-security"));
    assertThat(SEEDS.outgoing(id("principle:non-conditionality"), RelationType.CONTRASTS_WITH))
        .extracting(Relation::to).contains(id("concept:western-aid-models"));
    assertThat(SEEDS.outgoing(id("initiative:infrastructure-projects-africa-asia"), RelationType.BENEFITS))
        .extracting(Relation::to).contains(id("actor:m49-002"), id("actor:m49-142"));
    assertThat(SEEDS.outgoing(id("initiative:digital-infrastructure-africa"), RelationType.ADDRESSES))
        .extracting(Relation::to).contains(id("theme:technological-assistance"));
    assertThat(SEEDS.outgoing(id("initiative:digital-infrastructure-africa"), RelationType.BENEFITS))
        .extracting(Relation::to).contains(id("actor:m49-002"));
    Perspective underestimate = SEEDS.get(id("perspective:american-public-underestimates-scale"), Perspective.class);
    assertThat(underestimate.holder()).isEqualTo(id("actor:american-public"));
    assertThat(underestimate.citations()).extracting(Citation::locator).contains(java.util.Optional.of("Scale and Scope"));
  }

  @Test
  void everyCountryHasItsWikidataItemNamibiaIncluded() {
    List<Actor> countries = SEEDS.actors().stream()
        .filter(a -> a.actorType() == ActorType.COUNTRY)
        .collect(Collectors.toList());
    assertThat(countries).hasSize(249);
    assertThat(countries).allSatisfy(c -> assertThat(c.externalIds()).as(c.id().toString()).containsKey("wikidata"));
    Actor namibia = ReferenceData.of(SEEDS).countryByIso2("NA").orElseThrow();
    assertThat(namibia.id()).isEqualTo(id("actor:nam"));
    assertThat(namibia.externalIds()).containsEntry("wikidata", "Q1030");
  }
}
