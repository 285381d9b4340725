package io.github.southsouth.graph;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Stance;
import io.github.southsouth.model.Theme;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A small, hand-built graph with realistic content for the query tests: China, Kenya, Pakistan and
 * Indonesia; Kenya in Eastern Africa, in Sub-Saharan Africa, in Africa, in the World; Pakistan in
 * Southern Asia, in Asia; both members of the Group of 77. The Belt and Road Initiative with two
 * parts, the China-Pakistan Economic Corridor and the Garissa solar plant; and the Mombasa-Nairobi
 * railway, outside it.
 */
final class QueryFixture {

  private QueryFixture() {}

  static final EntityId ESSAY = id("source:essay");
  static final EntityId AIDDATA = id("source:aiddata-gcdf-3");
  static final EntityId MUTUAL_BENEFIT = id("principle:mutual-benefit");
  static final EntityId NON_CONDITIONALITY = id("principle:non-conditionality");
  static final EntityId SHARED_DEVELOPMENT = id("goal:shared-development");
  static final EntityId CONNECTIVITY = id("goal:connectivity");
  static final EntityId INFRASTRUCTURE = id("theme:infrastructure");
  static final EntityId ENERGY = id("theme:energy");
  static final EntityId GLOBAL_SOUTH = id("concept:global-south");
  static final EntityId CHN = id("actor:chn");
  static final EntityId KEN = id("actor:ken");
  static final EntityId PAK = id("actor:pak");
  static final EntityId IDN = id("actor:idn");
  static final EntityId CHEXIM = id("actor:china-exim-bank");
  static final EntityId WORLD = id("actor:m49-001");
  static final EntityId AFRICA = id("actor:m49-002");
  static final EntityId SUB_SAHARAN_AFRICA = id("actor:m49-202");
  static final EntityId EASTERN_AFRICA = id("actor:m49-014");
  static final EntityId ASIA = id("actor:m49-142");
  static final EntityId SOUTHERN_ASIA = id("actor:m49-034");
  static final EntityId G77 = id("actor:g77");
  static final EntityId BRI = id("initiative:belt-and-road");
  static final EntityId CPEC = id("initiative:cpec");
  static final EntityId GARISSA = id("initiative:garissa-solar");
  static final EntityId SGR = id("initiative:mombasa-nairobi-sgr");
  static final EntityId BANDUNG = id("event:bandung-conference");
  static final EntityId DEBT_VIEW = id("perspective:sgr-debt-concern");

  static EntityId id(String text) {
    return EntityId.parse(text);
  }

  static Citation essay(String locator) {
    return Citation.builder().source(ESSAY).locator(locator).build();
  }

  static Citation aiddata(String row) {
    return Citation.builder().source(AIDDATA).locator(row).build();
  }

  static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }

  static Money usd2021(String amount) {
    return Money.of(new BigDecimal(amount), "USD", MoneyBasis.constant(2021));
  }

  static LocalizedText names(String en, String zh, String pinyin) {
    return LocalizedText.of(Map.of("en", en, "zh-Hans", zh, "zh-Latn-pinyin", pinyin));
  }

  static Actor country(EntityId id, String en, String zh, String iso2, String m49) {
    return Actor.builder()
        .id(id)
        .name(LocalizedText.of(Map.of("en", en, "zh-Hans", zh)))
        .actorType(ActorType.COUNTRY)
        .iso2(iso2)
        .iso3(id.slug().toUpperCase(java.util.Locale.ROOT))
        .m49(m49)
        .build();
  }

  static Actor region(EntityId id, String en, String zh) {
    return Actor.builder()
        .id(id)
        .name(LocalizedText.of(Map.of("en", en, "zh-Hans", zh)))
        .actorType(ActorType.REGION)
        .m49(id.slug().substring(4))
        .build();
  }

  static Relation rel(EntityId from, RelationType type, EntityId to) {
    return Relation.builder().from(from).type(type).to(to).addCitation(essay("Key principles")).build();
  }

  static CooperationGraph.Builder builder() {
    CooperationGraph.Builder g = CooperationGraph.builder();
    g.info(
        DatasetInfo.builder()
            .title(LocalizedText.of(Map.of("en", "South-South Cooperation", "zh-Hans", "南南合作")))
            .version("2026.11")
            .license("CC-BY-4.0")
            .addSource(ESSAY)
            .build());
    g.addEntity(
        Source.builder()
            .id(ESSAY)
            .name(LocalizedText.english("South-South Cooperation: principles, goals and contributions"))
            .sourceKind(SourceKind.ESSAY)
            .build());
    g.addEntity(
        Source.builder()
            .id(AIDDATA)
            .name(LocalizedText.english("AidData's Global Chinese Development Finance Dataset, Version 3.0"))
            .sourceKind(SourceKind.DATASET)
            .publisher("AidData at William & Mary")
            .date(PartialDate.of(2023, 11))
            .uri("https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0")
            .build());

    g.addEntity(
        Principle.builder()
            .id(MUTUAL_BENEFIT)
            .name(names("Mutual Benefit", "互利", "Hùlì"))
            .summary(LocalizedText.english("Cooperation should benefit every party to it."))
            .addCitation(essay("Key principles"))
            .build());
    g.addEntity(
        Principle.builder()
            .id(NON_CONDITIONALITY)
            .name(names("Non-Conditionality", "不附加条件", "Bù Fùjiā Tiáojiàn"))
            .addCitation(essay("Key principles"))
            .build());
    g.addEntity(Goal.builder().id(SHARED_DEVELOPMENT).name(names("Promoting Shared Development", "促进共同发展", "Cùjìn Gòngtóng Fāzhǎn")).build());
    g.addEntity(Goal.builder().id(CONNECTIVITY).name(LocalizedText.english("Connectivity")).build());
    g.addEntity(Theme.builder().id(INFRASTRUCTURE).name(LocalizedText.of(Map.of("en", "Infrastructure Investment", "zh-Hans", "基础设施投资"))).addDacSector("210").build());
    g.addEntity(Theme.builder().id(ENERGY).name(LocalizedText.of(Map.of("en", "Energy", "zh-Hans", "能源"))).addDacSector("230").build());
    g.addEntity(Concept.builder().id(GLOBAL_SOUTH).name(LocalizedText.of(Map.of("en", "Global South", "zh-Hans", "全球南方"))).build());

    g.addEntity(country(CHN, "China", "中国", "CN", "156"));
    g.addEntity(country(KEN, "Kenya", "肯尼亚", "KE", "404"));
    g.addEntity(country(PAK, "Pakistan", "巴基斯坦", "PK", "586"));
    g.addEntity(country(IDN, "Indonesia", "印度尼西亚", "ID", "360"));
    g.addEntity(
        Actor.builder()
            .id(CHEXIM)
            .name(LocalizedText.of(Map.of("en", "Export-Import Bank of China", "zh-Hans", "中国进出口银行")))
            .actorType(ActorType.ORGANIZATION)
            .build());
    g.addEntity(region(WORLD, "World", "世界"));
    g.addEntity(region(AFRICA, "Africa", "非洲"));
    g.addEntity(region(SUB_SAHARAN_AFRICA, "Sub-Saharan Africa", "撒哈拉以南非洲"));
    g.addEntity(region(EASTERN_AFRICA, "Eastern Africa", "东部非洲"));
    g.addEntity(region(ASIA, "Asia", "亚洲"));
    g.addEntity(region(SOUTHERN_ASIA, "Southern Asia", "南亚"));
    g.addEntity(
        Actor.builder()
            .id(G77)
            .name(LocalizedText.of(Map.of("en", "Group of 77", "zh-Hans", "七十七国集团")))
            .actorType(ActorType.GROUP)
            .build());
    g.addRelations(
        java.util.List.of(
            rel(KEN, RelationType.PART_OF, EASTERN_AFRICA),
            rel(EASTERN_AFRICA, RelationType.PART_OF, SUB_SAHARAN_AFRICA),
            rel(SUB_SAHARAN_AFRICA, RelationType.PART_OF, AFRICA),
            rel(AFRICA, RelationType.PART_OF, WORLD),
            rel(PAK, RelationType.PART_OF, SOUTHERN_ASIA),
            rel(SOUTHERN_ASIA, RelationType.PART_OF, ASIA),
            rel(ASIA, RelationType.PART_OF, WORLD),
            rel(KEN, RelationType.MEMBER_OF, G77),
            rel(PAK, RelationType.MEMBER_OF, G77)));

    g.addEntity(
        Event.builder()
            .id(BANDUNG)
            .name(LocalizedText.of(Map.of("en", "Asian-African Conference", "zh-Hans", "亚非会议")))
            .period(Period.of(PartialDate.of(1955, 4, 18), PartialDate.of(1955, 4, 24)))
            .place(IDN)
            .build());
    g.addRelation(rel(MUTUAL_BENEFIT, RelationType.ORIGINATES_IN, BANDUNG));

    g.addEntity(
        Initiative.builder()
            .id(BRI)
            .name(names("Belt and Road Initiative", "一带一路", "Yídài Yílù"))
            .initiativeKind(InitiativeKind.FRAMEWORK)
            .status(InitiativeStatus.ONGOING)
            .period(Period.from(PartialDate.of(2013, 9)))
            .addCitation(essay("Belt and Road Initiative"))
            .build());
    g.addRelations(
        java.util.List.of(
            rel(CHN, RelationType.LEADS, BRI),
            rel(BRI, RelationType.EMBODIES, MUTUAL_BENEFIT),
            rel(BRI, RelationType.ADVANCES, SHARED_DEVELOPMENT),
            rel(BRI, RelationType.ADDRESSES, INFRASTRUCTURE)));

    g.addEntity(
        Initiative.builder()
            .id(CPEC)
            .name(names("China-Pakistan Economic Corridor", "中巴经济走廊", "Zhōng Bā Jīngjì Zǒuláng"))
            .initiativeKind(InitiativeKind.PROGRAMME)
            .status(InitiativeStatus.IMPLEMENTATION)
            .period(Period.of(PartialDate.of(2015, 4), PartialDate.of(2030)))
            .addInstrument(Instrument.INVESTMENT)
            .addFinancing(
                Financing.builder()
                    .instrument(Instrument.INVESTMENT)
                    .stage(FinancingStage.PLEDGE)
                    .addAmount(usd("46000000000"))
                    .financier(CHN)
                    .date(PartialDate.of(2015, 4))
                    .build())
            .build());
    g.addRelations(
        java.util.List.of(
            rel(CPEC, RelationType.PART_OF, BRI),
            rel(CPEC, RelationType.BENEFITS, PAK),
            rel(CPEC, RelationType.EMBODIES, MUTUAL_BENEFIT),
            rel(CPEC, RelationType.ADVANCES, CONNECTIVITY),
            rel(CPEC, RelationType.ADDRESSES, ENERGY),
            rel(CPEC, RelationType.ADDRESSES, INFRASTRUCTURE)));

    g.addEntity(
        Initiative.builder()
            .id(GARISSA)
            .name(LocalizedText.of(Map.of("en", "Garissa Solar Power Plant", "zh-Hans", "加里萨光伏电站")))
            .initiativeKind(InitiativeKind.PROJECT)
            .status(InitiativeStatus.COMPLETED)
            .period(Period.of(PartialDate.of(2017, 5), PartialDate.of(2019, 12)))
            .addInstrument(Instrument.CONCESSIONAL_LOAN)
            .addFinancing(
                Financing.builder()
                    .instrument(Instrument.CONCESSIONAL_LOAN)
                    .addAmount(usd("135700000"))
                    .addAmount(usd2021("152300000"))
                    .financier(CHEXIM)
                    .date(PartialDate.of(2016))
                    .build())
            .addFinancing(
                Financing.builder()
                    .instrument(Instrument.CONCESSIONAL_LOAN)
                    .stage(FinancingStage.DISBURSEMENT)
                    .addAmount(usd("100000000"))
                    .financier(CHEXIM)
                    .build())
            .conditionality(Conditionality.noneAttached())
            .addCitation(aiddata("Garissa 50 MW solar power plant"))
            .build());
    g.addRelations(
        java.util.List.of(
            rel(GARISSA, RelationType.PART_OF, BRI),
            Relation.builder().from(GARISSA).type(RelationType.BENEFITS).to(KEN).share(new BigDecimal("100")).addCitation(aiddata("Garissa 50 MW solar power plant")).build(),
            rel(GARISSA, RelationType.EMBODIES, MUTUAL_BENEFIT),
            rel(GARISSA, RelationType.EMBODIES, NON_CONDITIONALITY),
            rel(GARISSA, RelationType.ADVANCES, SHARED_DEVELOPMENT),
            rel(GARISSA, RelationType.ADDRESSES, ENERGY)));

    g.addEntity(
        Initiative.builder()
            .id(SGR)
            .name(LocalizedText.of(Map.of("en", "Mombasa-Nairobi Standard Gauge Railway", "zh-Hans", "蒙内铁路")))
            .initiativeKind(InitiativeKind.PROJECT)
            .status(InitiativeStatus.COMPLETED)
            .period(Period.of(PartialDate.of(2014, 12), PartialDate.of(2017, 5, 31)))
            .addFinancing(
                Financing.builder()
                    .instrument(Instrument.CONCESSIONAL_LOAN)
                    .addAmount(usd("1600000000"))
                    .financier(CHEXIM)
                    .build())
            .addFinancing(
                Financing.builder()
                    .instrument(Instrument.COMMERCIAL_LOAN)
                    .addAmount(Money.of(new BigDecimal("10500000000"), "CNY"))
                    .financier(CHEXIM)
                    .build())
            .conditionality(Conditionality.attached(java.util.List.of(Condition.of(ConditionType.FIDUCIARY))))
            .build());
    g.addRelations(
        java.util.List.of(
            rel(CHEXIM, RelationType.FUNDS, SGR),
            rel(SGR, RelationType.BENEFITS, KEN),
            rel(SGR, RelationType.EMBODIES, MUTUAL_BENEFIT),
            rel(SGR, RelationType.ADVANCES, CONNECTIVITY),
            rel(SGR, RelationType.ADVANCES, SHARED_DEVELOPMENT),
            rel(SGR, RelationType.ADDRESSES, INFRASTRUCTURE)));

    g.addEntity(
        Perspective.builder()
            .id(DEBT_VIEW)
            .name(LocalizedText.english("Debt concerns over the SGR"))
            .holder(KEN)
            .stance(Stance.CRITICAL)
            .claim(LocalizedText.english("Critics in Kenya question whether the railway's loans can be repaid from its revenue."))
            .addAbout(SGR)
            .addCitation(essay("Perspectives"))
            .build());
    g.addRelation(rel(KEN, RelationType.HOLDS, DEBT_VIEW));
    g.addRelation(rel(DEBT_VIEW, RelationType.CONCERNS, SGR));
    return g;
  }

  static CooperationGraph graph() {
    return builder().build();
  }
}
