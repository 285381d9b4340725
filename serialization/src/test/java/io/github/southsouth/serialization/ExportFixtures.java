package io.github.southsouth.serialization;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
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
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Stance;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A small, fixed graph for the export tests: a few entities of most kinds drawn from the seed
 * essay, with names in English, simplified Chinese and pinyin, a perspective, citations and
 * Wikidata ids. One label carries the characters the diagram syntaxes must escape.
 */
public final class ExportFixtures {

  public static final EntityId ESSAY = EntityId.parse("source:essay");
  public static final EntityId NON_CONDITIONALITY = EntityId.parse("principle:non-conditionality");
  public static final EntityId MUTUAL_BENEFIT = EntityId.parse("principle:mutual-benefit");
  public static final EntityId SHARED_DEVELOPMENT = EntityId.parse("goal:shared-development");
  public static final EntityId BRI = EntityId.parse("initiative:belt-and-road");
  public static final EntityId SGR = EntityId.parse("initiative:mombasa-nairobi-sgr");
  public static final EntityId CHINA = EntityId.parse("actor:chn");
  public static final EntityId KENYA = EntityId.parse("actor:ken");
  public static final EntityId AIDDATA = EntityId.parse("actor:aiddata");
  public static final EntityId BANDUNG = EntityId.parse("event:bandung-1955");
  public static final EntityId HIDDEN_DEBT = EntityId.parse("perspective:aiddata-hidden-debt");

  private ExportFixtures() {}

  /** Returns the fixed graph: 10 entities and 9 relations. */
  public static CooperationGraph small() {
    return CooperationGraph.builder()
        .info(
            DatasetInfo.builder()
                .title(LocalizedText.of(Map.of("en", "South-South Cooperation", "zh-Hans", "南南合作")))
                .version("2026.11")
                .license("CC-BY-4.0")
                .addSources(ESSAY)
                .build())
        .addEntity(
            Source.builder()
                .id(ESSAY)
                .name(LocalizedText.english("South-South Cooperation: principles and practice"))
                .sourceKind(SourceKind.ESSAY)
                .date(PartialDate.of(2024))
                .build())
        .addEntity(
            Principle.builder()
                .id(NON_CONDITIONALITY)
                .name(names("Non-Conditionality", "不附加条件", "Bù fùjiā tiáojiàn"))
                .summary(LocalizedText.english("Aid and loans come without political conditions."))
                .addCitations(Citation.of(ESSAY, "Key principles"))
                .build())
        .addEntity(
            Principle.builder()
                .id(MUTUAL_BENEFIT)
                .name(names("Mutual Benefit", "互利", "Hùlì"))
                .addCitations(Citation.of(ESSAY))
                .build())
        .addEntity(
            Goal.builder()
                .id(SHARED_DEVELOPMENT)
                .name(LocalizedText.of(Map.of("en", "Promoting Shared Development", "zh-Hans", "促进共同发展")))
                .build())
        .addEntity(
            Initiative.builder()
                .id(BRI)
                .name(names("Belt and Road Initiative", "一带一路", "Yídài Yílù"))
                .initiativeKind(InitiativeKind.FRAMEWORK)
                .period(Period.from(PartialDate.of(2013, 9)))
                .build())
        .addEntity(
            Initiative.builder()
                .id(SGR)
                .name(LocalizedText.of(Map.of("en", "Mombasa–Nairobi \"SGR\" railway\n(Kenya)", "zh-Hans", "蒙内铁路")))
                .initiativeKind(InitiativeKind.PROJECT)
                .addInstruments(Instrument.CONCESSIONAL_LOAN)
                .addFinancing(
                    Financing.builder()
                        .instrument(Instrument.CONCESSIONAL_LOAN)
                        .stage(FinancingStage.COMMITMENT)
                        .addAmounts(Money.of(new BigDecimal("3200000000"), "USD"))
                        .financier(CHINA)
                        .date(PartialDate.of(2014, 5, 11))
                        .build())
                .build())
        .addEntity(country(CHINA, "China", "中国", "CN", "CHN", "156", "Q148"))
        .addEntity(country(KENYA, "Kenya", "肯尼亚", "KE", "KEN", "404", "Q114"))
        .addEntity(
            Actor.builder()
                .id(AIDDATA)
                .name(LocalizedText.english("AidData"))
                .actorType(ActorType.ORGANIZATION)
                .build())
        .addEntity(
            Event.builder()
                .id(BANDUNG)
                .name(LocalizedText.of(Map.of("en", "Asian-African Conference", "zh-Hans", "亚非会议")))
                .period(Period.of(PartialDate.of(1955, 4, 18), PartialDate.of(1955, 4, 24)))
                .build())
        .addEntity(
            Perspective.builder()
                .id(HIDDEN_DEBT)
                .name(LocalizedText.english("Hidden debt"))
                .holder(AIDDATA)
                .stance(Stance.CRITICAL)
                .claim(LocalizedText.english("Much debt owed to China is not reported."))
                .addAbout(BRI)
                .build())
        .addRelation(
            Relation.builder()
                .from(BRI)
                .type(RelationType.EMBODIES)
                .to(MUTUAL_BENEFIT)
                .addCitations(Citation.of(ESSAY, "Belt and Road Initiative"))
                .build())
        .addRelation(Relation.of(BRI, RelationType.EMBODIES, NON_CONDITIONALITY))
        .addRelation(Relation.of(BRI, RelationType.ADVANCES, SHARED_DEVELOPMENT))
        .addRelation(Relation.of(SGR, RelationType.PART_OF, BRI))
        .addRelation(
            Relation.builder().from(SGR).type(RelationType.BENEFITS).to(KENYA).share(new BigDecimal("100")).build())
        .addRelation(Relation.of(CHINA, RelationType.FUNDS, SGR))
        .addRelation(Relation.of(CHINA, RelationType.PARTICIPATES_IN, BANDUNG))
        .addRelation(Relation.of(AIDDATA, RelationType.HOLDS, HIDDEN_DEBT))
        .addRelation(Relation.of(HIDDEN_DEBT, RelationType.CONCERNS, BRI))
        .build();
  }

  private static LocalizedText names(String en, String zh, String pinyin) {
    return LocalizedText.of(Map.of("en", en, "zh-Hans", zh, "zh-Latn-pinyin", pinyin));
  }

  private static Actor country(EntityId id, String en, String zh, String iso2, String iso3, String m49, String qid) {
    return Actor.builder()
        .id(id)
        .name(LocalizedText.of(Map.of("en", en, "zh-Hans", zh)))
        .actorType(ActorType.COUNTRY)
        .iso2(iso2)
        .iso3(iso3)
        .m49(m49)
        .putExternalId("wikidata", qid)
        .build();
}
}
