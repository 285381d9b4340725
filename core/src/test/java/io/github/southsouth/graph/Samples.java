package io.github.southsouth.graph;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.Stance;
import io.github.southsouth.model.Theme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, hand-written, valid graph about the Mombasa–Nairobi railway, for the unit tests of the
 * validator and the graph queries: each test changes one thing in it and looks at what is reported.
 */
final class Samples {

  static final EntityId WHITE_PAPER = id("source:white-paper-2021");
  static final EntityId CHN = id("actor:chn");
  static final EntityId KEN = id("actor:ken");
  static final EntityId IDN = id("actor:idn");
  static final EntityId AU = id("actor:african-union");
  static final EntityId MUTUAL_BENEFIT = id("principle:mutual-benefit");
  static final EntityId SHARED_DEVELOPMENT = id("goal:shared-development");
  static final EntityId INFRASTRUCTURE = id("theme:infrastructure");
  static final EntityId GLOBAL_SOUTH = id("concept:global-south");
  static final EntityId BRI = id("initiative:belt-and-road");
  static final EntityId SGR = id("initiative:mombasa-nairobi-sgr");
  static final EntityId BANDUNG = id("event:bandung-1955");
  static final EntityId DEBT_VIEW = id("perspective:ken-sgr-debt");

  private Samples() {}

  static EntityId id(String text) {
    return EntityId.parse(text);
  }

  static LocalizedText en(String text) {
    return LocalizedText.english(text);
  }

  static Period period(String start, String end) {
    return Period.of(PartialDate.parse(start), PartialDate.parse(end));
  }

  static Source whitePaper() {
    return Source.builder()
        .id(WHITE_PAPER)
        .name(en("China's International Development Cooperation in the New Era"))
        .uri("https://english.www.gov.cn/archive/whitepaper/202101/10/content_WS5ffa6bbbc6d0f72576943922.html")
        .date(PartialDate.of(2021, 1))
        .build();
  }

  static Actor.Builder actor(EntityId id, String name) {
    return Actor.builder().id(id).name(en(name)).actorType(ActorType.COUNTRY);
  }

  static Principle mutualBenefit() {
    return Principle.builder()
        .id(MUTUAL_BENEFIT)
        .name(LocalizedText.of(Map.of("en", "Mutual Benefit", "zh-Hans", "互利", "zh-Latn-pinyin", "Hùlì")))
        .addCitation(Citation.of(WHITE_PAPER, "Key principles"))
        .build();
  }

  static Initiative.Builder belt() {
    return Initiative.builder()
        .id(BRI)
        .name(en("Belt and Road Initiative"))
        .initiativeKind(InitiativeKind.FRAMEWORK)
        .period(Period.from(PartialDate.of(2013, 9)));
  }

  /** The railway: financed by China, 90 % + 10 % in two DAC sectors. */
  static Initiative.Builder railway() {
    return Initiative.builder()
        .id(SGR)
        .name(en("Mombasa–Nairobi Standard Gauge Railway"))
        .initiativeKind(InitiativeKind.PROJECT)
        .period(period("2014-10", "2017-05-31"))
        .addFinancing(
            Financing.builder()
                .instrument(Instrument.CONCESSIONAL_LOAN)
                .addAmount(Money.of(new BigDecimal("3233000000"), "USD"))
                .financier(CHN)
                .build())
        .addSector(sector("21030", SectorVocabulary.DAC_5, "90"))
        .addSector(sector("21010", SectorVocabulary.DAC_5, "10"));
  }

  static Sector sector(String code, SectorVocabulary vocabulary, String share) {
    return Sector.builder().code(code).vocabulary(vocabulary).share(new BigDecimal(share)).build();
  }

  static Event.Builder bandung() {
    return Event.builder()
        .id(BANDUNG)
        .name(en("Asian-African Conference"))
        .period(period("1955-04-18", "1955-04-24"))
        .place(IDN);
  }

  static Perspective.Builder debtView() {
    return Perspective.builder()
        .id(DEBT_VIEW)
        .name(en("Debt concerns about the railway"))
        .holder(KEN)
        .stance(Stance.CRITICAL)
        .claim(en("The railway's loans weigh on public debt."))
        .addAbout(SGR);
  }

  static List<Entity> entities() {
    return List.of(
        whitePaper(),
        actor(CHN, "China").build(),
        actor(KEN, "Kenya").build(),
        actor(IDN, "Indonesia").build(),
        actor(AU, "African Union").actorType(ActorType.ORGANIZATION).build(),
        mutualBenefit(),
        Goal.builder().id(SHARED_DEVELOPMENT).name(en("Promoting Shared Development")).build(),
        Theme.builder().id(INFRASTRUCTURE).name(en("Infrastructure")).addDacSector("210").build(),
        Concept.builder().id(GLOBAL_SOUTH).name(en("Global South")).build(),
        belt().build(),
        railway().build(),
        bandung().build(),
        debtView().build());
  }

  static List<Relation> relations() {
    return List.of(
        Relation.of(SGR, RelationType.PART_OF, BRI),
        Relation.builder()
            .from(SGR)
            .type(RelationType.EMBODIES)
            .to(MUTUAL_BENEFIT)
            .addCitation(Citation.of(WHITE_PAPER))
            .build(),
        Relation.of(SGR, RelationType.ADVANCES, SHARED_DEVELOPMENT),
        Relation.of(SGR, RelationType.ADDRESSES, INFRASTRUCTURE),
        Relation.builder().from(CHN).type(RelationType.FUNDS).to(SGR).period(period("2014", "2017")).build(),
        Relation.builder().from(SGR).type(RelationType.BENEFITS).to(KEN).share(new BigDecimal("100")).build(),
        Relation.of(KEN, RelationType.MEMBER_OF, AU),
        Relation.of(KEN, RelationType.HOLDS, DEBT_VIEW),
        Relation.of(DEBT_VIEW, RelationType.CONCERNS, SGR),
        Relation.of(MUTUAL_BENEFIT, RelationType.ORIGINATES_IN, BANDUNG),
        Relation.of(IDN, RelationType.PARTICIPATES_IN, BANDUNG));
  }

  static DatasetInfo info() {
    return DatasetInfo.builder()
        .title(en("Railway sample"))
        .version("1")
        .license("CC-BY-4.0")
        .addSource(WHITE_PAPER)
        .build();
  }

  /** Returns a builder of the valid sample. */
  static CooperationGraph.Builder valid() {
    return replacing();
  }

  /**
   * Returns a builder of the sample in which each given entity replaces the sample's entity of the
   * same id, or is added if the sample has none.
   */
  static CooperationGraph.Builder replacing(Entity... replacements) {
    Map<EntityId, Entity> byId = new LinkedHashMap<>();
    for (Entity entity : entities()) {
      byId.put(entity.id(), entity);
    }
    for (Entity entity : replacements) {
      byId.put(entity.id(), entity);
    }
    return CooperationGraph.builder().info(info()).addEntities(new ArrayList<>(byId.values())).addRelations(relations());
  }

  static CooperationGraph graph() {
    return valid().build();
  }
}
