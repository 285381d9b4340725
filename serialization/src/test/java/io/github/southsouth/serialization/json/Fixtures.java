package io.github.southsouth.serialization.json;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import java.math.BigDecimal;
import java.util.Map;

/** A small, hand-made graph with one of most things, for example-based tests. */
final class Fixtures {
  private Fixtures() {}

  static final EntityId ESSAY = EntityId.parse("source:essay");
  static final EntityId KEN = EntityId.parse("actor:ken");
  static final EntityId CHN = EntityId.parse("actor:chn");
  static final EntityId SGR = EntityId.parse("initiative:sgr");
  static final EntityId BENEFIT = EntityId.parse("principle:mutual-benefit");

  static Initiative sgr() {
    return Initiative.builder()
        .id(SGR)
        .name(LocalizedText.of(Map.of("en", "Mombasa–Nairobi Standard Gauge Railway", "zh-Hans", "蒙内铁路")))
        .initiativeKind(InitiativeKind.PROJECT)
        .status(InitiativeStatus.COMPLETED)
        .period(Period.of(PartialDate.of(2014), PartialDate.of(2017, 5, 31)))
        .addInstrument(Instrument.CONCESSIONAL_LOAN)
        .addFinancing(
            Financing.builder()
                .instrument(Instrument.CONCESSIONAL_LOAN)
                .stage(FinancingStage.COMMITMENT)
                .addAmount(Money.of(new BigDecimal("1600000000"), "USD"))
                .addAmount(Money.of(new BigDecimal("2107563004.50"), "USD", MoneyBasis.constant(2021)))
                .financier(CHN)
                .date(PartialDate.of(2014, 5))
                .build())
        .addCitation(Citation.of(ESSAY, "Infrastructure"))
        .build();
  }

  static CooperationGraph graph() {
    return CooperationGraph.builder()
        .info(
            DatasetInfo.builder()
                .title(LocalizedText.of(Map.of("en", "Test data", "zh-Hans", "测试")))
                .version("2026.11")
                .license("CC-BY-4.0")
                .addSource(ESSAY)
                .build())
        .addEntity(
            Source.builder()
                .id(ESSAY)
                .name(LocalizedText.english("South-South Cooperation"))
                .sourceKind(SourceKind.ESSAY)
                .build())
        .addEntity(Actor.builder().id(KEN).name(LocalizedText.english("Kenya")).actorType(ActorType.COUNTRY).iso2("KE").iso3("KEN").m49("404").build())
        .addEntity(Actor.builder().id(CHN).name(LocalizedText.english("China")).actorType(ActorType.COUNTRY).iso3("CHN").build())
        .addEntity(Principle.builder().id(BENEFIT).name(LocalizedText.of(Map.of("en", "Mutual Benefit", "zh-Hans", "互利", "zh-Latn-pinyin", "Hùlì"))).build())
        .addEntity(sgr())
        .addRelation(Relation.builder().from(SGR).type(RelationType.BENEFITS).to(KEN).share(new BigDecimal("100")).build())
        .addRelation(Relation.of(CHN, RelationType.FUNDS, SGR))
        .addRelation(Relation.builder().from(SGR).type(RelationType.EMBODIES).to(BENEFIT).addCitation(Citation.of(ESSAY, "Key principles")).build())
        .build();
  }
}
