package io.github.southsouth.graph;

import static io.github.southsouth.graph.Samples.AU;
import static io.github.southsouth.graph.Samples.BANDUNG;
import static io.github.southsouth.graph.Samples.BRI;
import static io.github.southsouth.graph.Samples.CHN;
import static io.github.southsouth.graph.Samples.DEBT_VIEW;
import static io.github.southsouth.graph.Samples.GLOBAL_SOUTH;
import static io.github.southsouth.graph.Samples.IDN;
import static io.github.southsouth.graph.Samples.KEN;
import static io.github.southsouth.graph.Samples.MUTUAL_BENEFIT;
import static io.github.southsouth.graph.Samples.SGR;
import static io.github.southsouth.graph.Samples.SHARED_DEVELOPMENT;
import static io.github.southsouth.graph.Samples.WHITE_PAPER;
import static io.github.southsouth.graph.Samples.en;
import static io.github.southsouth.graph.Samples.id;
import static io.github.southsouth.graph.Samples.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.problem.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per dataset rule of {@link CooperationGraph}: each breaks the valid sample in one place
 * and expects exactly one problem, with the rule's code and the subject it names, and checks that
 * the valid neighbour of that change (the same change kept within the rule) passes.
 */
class GraphValidatorTest {

  /** Asserts that the content has exactly one problem, an error with this code and subject. */
  static Problem assertOnly(CooperationGraph.Builder content, ProblemCode code, String subject, String... mentioned) {
    ProblemReport report = content.validate();
    assertThat(report.problems()).as(report.toString()).hasSize(1);
    Problem problem = report.problems().get(0);
    assertThat(problem.code()).as(report.toString()).isEqualTo(code);
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.location().subject()).as(report.toString()).contains(subject);
    for (String text : mentioned) {
      assertThat(problem.message()).contains(text);
    }
    assertThatThrownBy(content::build)
        .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.report()).isEqualTo(report));
    return problem;
  }

  /** Asserts that the content has no problem at all and builds. */
  static void assertValid(CooperationGraph.Builder content) {
    ProblemReport report = content.validate();
    assertThat(report.isEmpty()).as(report.toString()).isTrue();
    assertThat(content.build().entityCount()).isEqualTo(content.entities().size());
  }

  static List<ProblemCode> codes(ProblemReport report) {
    return report.problems().stream().map(Problem::code).collect(Collectors.toList());
  }

  static String describe(EntityId from, RelationType type, EntityId to) {
    return Relation.of(from, type, to).describe();
  }

  @Test
  void theSampleIsValid() {
    assertValid(Samples.valid());
  }

  @Nested
  class DuplicateId {
    @Test
    void twoEntitiesWithOneId() {
      Actor secondKenya = Samples.actor(KEN, "Republic of Kenya").build();
      Problem problem = assertOnly(Samples.valid().addEntity(secondKenya), ProblemCode.DUPLICATE_ID, "actor:ken", "actor:ken");
      assertThat(problem.toString()).startsWith("actor:ken: duplicate-id ");
    }

    @Test
    void anIdenticalCopyIsStillADuplicate() {
      assertOnly(Samples.valid().addEntity(Samples.mutualBenefit()), ProblemCode.DUPLICATE_ID, "principle:mutual-benefit");
    }

    @Test
    void eachExtraCopyIsReported() {
      ProblemReport report =
          Samples.valid().addEntity(Samples.actor(KEN, "Kenya 2").build()).addEntity(Samples.actor(KEN, "Kenya 3").build()).validate();
      assertThat(codes(report)).containsExactly(ProblemCode.DUPLICATE_ID, ProblemCode.DUPLICATE_ID);
    }

    @Test
    void theSameSlugInAnotherKindIsNotADuplicate() {
      assertValid(Samples.valid().addEntity(Concept.builder().id(id("concept:ken")).name(en("Kenyan concept")).build()));
    }
  }

  @Nested
  class DuplicateRelation {
    @Test
    void theSameStatementTwice() {
      Relation again =
          Relation.builder().from(SGR).type(RelationType.EMBODIES).to(MUTUAL_BENEFIT).note("stated again").build();
      assertOnly(
          Samples.valid().addRelation(again),
          ProblemCode.DUPLICATE_RELATION,
          describe(SGR, RelationType.EMBODIES, MUTUAL_BENEFIT));
    }

    @Test
    void theSameStatementWithTheSamePeriodTwice() {
      Relation again = Relation.builder().from(CHN).type(RelationType.FUNDS).to(SGR).period(period("2014", "2017")).build();
      assertOnly(Samples.valid().addRelation(again), ProblemCode.DUPLICATE_RELATION, again.describe());
    }

    @Test
    void anotherPeriodOrTypeIsAnotherStatement() {
      assertValid(
          Samples.valid()
              .addRelation(Relation.builder().from(CHN).type(RelationType.FUNDS).to(SGR).period(period("2018", "2020")).build())
              .addRelation(Relation.of(CHN, RelationType.FUNDS, SGR))
              .addRelation(Relation.of(CHN, RelationType.LEADS, SGR)));
    }
  }

  /** A place where an id is referenced, the subject a problem there names, and a way to refer. */
  static Stream<Arguments> referencePlaces() {
    Map<String, Function<EntityId, CooperationGraph.Builder>> places =
        Map.of(
            "relation from", ref -> Samples.valid().addRelation(Relation.of(ref, RelationType.FUNDS, SGR)),
            "relation to", ref -> Samples.valid().addRelation(Relation.of(SGR, RelationType.BENEFITS, ref)),
            "perspective holder", ref -> Samples.replacing(Samples.debtView().holder(ref).build()),
            "perspective about", ref -> Samples.replacing(Samples.debtView().addAbout(ref).build()),
            "entity citation", ref -> Samples.replacing(Principle.builder().from(Samples.mutualBenefit()).addCitation(Citation.of(ref)).build()),
            "relation citation",
                ref ->
                    Samples.valid()
                        .addRelation(Relation.builder().from(KEN).type(RelationType.MEMBER_OF).to(AU).note("x").period(period("2000", "2001")).addCitation(Citation.of(ref)).build()),
            "financier",
                ref ->
                    Samples.replacing(
                        Samples.railway()
                            .addFinancing(Financing.builder().instrument(Instrument.GRANT).addAmount(Money.of(BigDecimal.TEN, "CNY")).financier(ref).build())
                            .build()),
            "event place", ref -> Samples.replacing(Samples.bandung().place(ref).build()),
            "dataset source",
                ref -> Samples.valid().info(DatasetInfo.builder().from(Samples.info()).addSource(ref).build()));
    String memberOf2000 = Relation.builder().from(KEN).type(RelationType.MEMBER_OF).to(AU).period(period("2000", "2001")).build().describe();
    return Stream.of(
        Arguments.of("relation from", places.get("relation from"), id("actor:bra"), CHN, describe(id("actor:bra"), RelationType.FUNDS, SGR)),
        Arguments.of("relation to", places.get("relation to"), id("actor:eth"), AU, describe(SGR, RelationType.BENEFITS, id("actor:eth"))),
        Arguments.of("perspective holder", places.get("perspective holder"), id("actor:eth"), CHN, DEBT_VIEW.toString()),
        Arguments.of("perspective about", places.get("perspective about"), id("initiative:nowhere"), BRI, DEBT_VIEW.toString()),
        Arguments.of("entity citation", places.get("entity citation"), id("source:lost-book"), WHITE_PAPER, MUTUAL_BENEFIT.toString()),
        Arguments.of("relation citation", places.get("relation citation"), id("source:lost-book"), WHITE_PAPER, memberOf2000),
        Arguments.of("financier", places.get("financier"), id("actor:exim-bank"), KEN, SGR.toString()),
        Arguments.of("event place", places.get("event place"), id("actor:atlantis"), KEN, BANDUNG.toString()),
        Arguments.of("dataset source", places.get("dataset source"), id("source:lost-book"), WHITE_PAPER, "dataset"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referencePlaces")
  void danglingReference(String place, Function<EntityId, CooperationGraph.Builder> referTo, EntityId missing, EntityId existing, String subject) {
    assertOnly(referTo.apply(missing), ProblemCode.DANGLING_REFERENCE, subject, missing.toString());
    assertValid(referTo.apply(existing));
  }

  static Stream<Arguments> kindedPlaces() {
    Map<String, Arguments> all =
        referencePlaces().collect(Collectors.toMap(a -> (String) a.get()[0], a -> a));
    // places that want one kind, and an existing entity of another kind to put there
    return Stream.of(
        Arguments.of(all.get("perspective holder").get()[1], MUTUAL_BENEFIT, "an actor", DEBT_VIEW.toString()),
        Arguments.of(all.get("entity citation").get()[1], CHN, "a source", MUTUAL_BENEFIT.toString()),
        Arguments.of(all.get("relation citation").get()[1], BRI, "a source", (String) all.get("relation citation").get()[4]),
        Arguments.of(all.get("financier").get()[1], BRI, "an actor", SGR.toString()),
        Arguments.of(all.get("event place").get()[1], BANDUNG, "an actor", BANDUNG.toString()),
        Arguments.of(all.get("dataset source").get()[1], KEN, "a source", "dataset"));
  }

  @ParameterizedTest(name = "{2} expected, {1} given")
  @MethodSource("kindedPlaces")
  void wrongKind(Function<EntityId, CooperationGraph.Builder> referTo, EntityId wrong, String expectedKind, String subject) {
    assertOnly(referTo.apply(wrong), ProblemCode.WRONG_KIND, subject, wrong.toString(), "expected " + expectedKind);
  }

  @Test
  void aMissingIdOfTheWrongKindIsReportedOnceAsWrongKind() {
    assertOnly(
        Samples.replacing(Samples.debtView().holder(id("principle:nowhere")).build()),
        ProblemCode.WRONG_KIND,
        DEBT_VIEW.toString(),
        "principle:nowhere");
  }

  @Test
  void aPerspectiveMayBeAboutAnyKind() {
    assertValid(
        Samples.replacing(
            Samples.debtView().addAbout(MUTUAL_BENEFIT, KEN, BANDUNG, GLOBAL_SOUTH, WHITE_PAPER, SHARED_DEVELOPMENT).build()));
  }

  @Nested
  class RelationKinds {
    @Test
    void reversedEmbodies() {
      Problem problem =
          assertOnly(
              Samples.valid().addRelation(Relation.of(MUTUAL_BENEFIT, RelationType.EMBODIES, SGR)),
              ProblemCode.RELATION_KINDS,
              describe(MUTUAL_BENEFIT, RelationType.EMBODIES, SGR));
      assertThat(problem.message()).contains("an embodies relation cannot go from a principle to an initiative", "expected from initiative");
    }

    @Test
    void fromTheDomainToTheWrongRange() {
      Problem problem =
          assertOnly(
              Samples.valid().addRelation(Relation.of(SGR, RelationType.ADVANCES, MUTUAL_BENEFIT)),
              ProblemCode.RELATION_KINDS,
              describe(SGR, RelationType.ADVANCES, MUTUAL_BENEFIT));
      assertThat(problem.message()).contains("to goal");
    }

    @Test
    void everyAllowedPairIsAccepted() {
      assertValid(
          Samples.valid()
              .addRelation(Relation.of(SGR, RelationType.RELATED_TO, BANDUNG))
              .addRelation(Relation.of(GLOBAL_SOUTH, RelationType.RELATED_TO, WHITE_PAPER))
              .addRelation(Relation.of(KEN, RelationType.ADDRESSES, Samples.INFRASTRUCTURE))
              .addRelation(Relation.of(DEBT_VIEW, RelationType.CONCERNS, WHITE_PAPER))
              .addRelation(Relation.of(KEN, RelationType.OPPOSES, GLOBAL_SOUTH)));
    }

    @Test
    void danglingEndsOfWrongKindsAreAllReported() {
      ProblemReport report =
          Samples.valid().addRelation(Relation.of(id("goal:x"), RelationType.LEADS, id("theme:y"))).validate();
      assertThat(codes(report))
          .containsExactlyInAnyOrder(ProblemCode.DANGLING_REFERENCE, ProblemCode.DANGLING_REFERENCE, ProblemCode.RELATION_KINDS);
    }
  }

  @Nested
  class SelfRelation {
    @Test
    void memberOfItself() {
      assertOnly(
          Samples.valid().addRelation(Relation.of(KEN, RelationType.MEMBER_OF, KEN)),
          ProblemCode.SELF_RELATION,
          describe(KEN, RelationType.MEMBER_OF, KEN),
          "actor:ken");
    }

    @Test
    void relatedToItself() {
      assertOnly(
          Samples.valid().addRelation(Relation.of(GLOBAL_SOUTH, RelationType.RELATED_TO, GLOBAL_SOUTH)),
          ProblemCode.SELF_RELATION,
          describe(GLOBAL_SOUTH, RelationType.RELATED_TO, GLOBAL_SOUTH));
    }

    @Test
    void memberOfAnother() {
      assertValid(Samples.valid().addRelation(Relation.of(IDN, RelationType.MEMBER_OF, AU)));
    }
  }

  @Nested
  class PartOfCycle {
    final EntityId a = id("initiative:a");
    final EntityId b = id("initiative:b");
    final EntityId c = id("initiative:c");
    final EntityId d = id("initiative:d");
    final EntityId e = id("initiative:e");

    CooperationGraph.Builder withInitiatives(EntityId... ids) {
      CooperationGraph.Builder content = Samples.valid();
      for (EntityId id : ids) {
        content.addEntity(Initiative.builder().id(id).name(en("Project " + id.slug())).initiativeKind(InitiativeKind.PROJECT).build());
      }
      return content;
    }

    CooperationGraph.Builder partOf(CooperationGraph.Builder content, EntityId... chain) {
      for (int i = 0; i + 1 < chain.length; i++) {
        content.addRelation(Relation.of(chain[i], RelationType.PART_OF, chain[i + 1]));
      }
      return content;
    }

    @Test
    void oneMemberCycleIsASelfRelation() {
      // a part-of relation from an entity to itself is reported once, as a self-relation naming it
      assertOnly(
          Samples.valid().addRelation(Relation.of(BRI, RelationType.PART_OF, BRI)),
          ProblemCode.SELF_RELATION,
          describe(BRI, RelationType.PART_OF, BRI),
          BRI.toString());
    }

    @Test
    void twoMemberCycle() {
      Problem problem =
          assertOnly(
              Samples.valid().addRelation(Relation.of(BRI, RelationType.PART_OF, SGR)),
              ProblemCode.PART_OF_CYCLE,
              BRI.toString(),
              "members: [" + BRI + ", " + SGR + "]");
      assertThat(problem.message()).containsAnyOf(BRI + " -> " + SGR + " -> " + BRI, SGR + " -> " + BRI + " -> " + SGR);
    }

    @Test
    void threeMemberCycle() {
      Problem problem =
          assertOnly(
              partOf(withInitiatives(a, b, c), c, a, b, c), ProblemCode.PART_OF_CYCLE, a.toString(), "members: [" + a + ", " + b + ", " + c + "]");
      assertThat(problem.message()).contains("a -> initiative:b -> initiative:c -> initiative:a");
    }

    @Test
    void threeMemberCycleOfActors() {
      CooperationGraph.Builder content =
          Samples.valid()
              .addRelation(Relation.of(KEN, RelationType.PART_OF, AU))
              .addRelation(Relation.of(AU, RelationType.PART_OF, CHN))
              .addRelation(Relation.of(CHN, RelationType.PART_OF, KEN));
      assertOnly(content, ProblemCode.PART_OF_CYCLE, AU.toString(), "members: [" + AU + ", " + CHN + ", " + KEN + "]");
    }

    @Test
    void twoDisjointCyclesAreEachReportedWithTheirOwnMembers() {
      CooperationGraph.Builder content = partOf(partOf(withInitiatives(a, b, c, d, e), a, b, a), c, d, e, c);
      ProblemReport report = content.validate();
      assertThat(codes(report)).as(report.toString()).containsExactly(ProblemCode.PART_OF_CYCLE, ProblemCode.PART_OF_CYCLE);
      assertThat(report.problems())
          .extracting(p -> p.location().subject().orElseThrow())
          .containsExactlyInAnyOrder(a.toString(), c.toString());
      Problem first = report.problems().stream().filter(p -> p.location().subject().get().equals(a.toString())).findFirst().orElseThrow();
      Problem second = report.problems().stream().filter(p -> p.location().subject().get().equals(c.toString())).findFirst().orElseThrow();
      assertThat(first.message()).contains("members: [" + a + ", " + b + "]").doesNotContain(c.toString(), d.toString());
      assertThat(second.message()).contains("members: [" + c + ", " + d + ", " + e + "]").doesNotContain("initiative:a ", b.toString());
    }

    @Test
    void theLeadInToACycleIsNotAMember() {
      // e -> a -> b -> c -> b: the cycle is b, c; e and a only lead into it
      Problem problem =
          assertOnly(partOf(withInitiatives(a, b, c, e), e, a, b, c, b), ProblemCode.PART_OF_CYCLE, b.toString(), "members: [" + b + ", " + c + "]");
      assertThat(problem.message()).doesNotContain(e.toString(), "initiative:a ");
    }

    @Test
    void chainsAndDiamondsAreNotCycles() {
      // a chain a -> b -> c -> BRI, and a diamond d -> a, d -> e, e -> b: b is reached twice
      CooperationGraph.Builder content = partOf(withInitiatives(a, b, c, d, e), a, b, c, BRI);
      partOf(content, d, a);
      partOf(content, d, e, b);
      assertValid(content);
    }

    @Test
    void otherRelationTypesDoNotMakeCycles() {
      assertValid(
          Samples.valid()
              .addRelation(Relation.of(AU, RelationType.MEMBER_OF, KEN))
              .addRelation(Relation.of(BRI, RelationType.RELATED_TO, SGR)));
    }
  }

  @Nested
  class PeriodOrder {
    @Test
    void initiativeEndsBeforeItStarts() {
      assertOnly(
          Samples.replacing(Samples.railway().period(period("2017", "2014-10")).build()),
          ProblemCode.PERIOD_ORDER,
          SGR.toString(),
          "2014-10",
          "2017");
    }

    @Test
    void eventEndsBeforeItStarts() {
      assertOnly(
          Samples.replacing(Samples.bandung().period(period("1955-04-24", "1955-04-18")).build()),
          ProblemCode.PERIOD_ORDER,
          BANDUNG.toString(),
          "1955-04-18");
    }

    @Test
    void relationEndsBeforeItStarts() {
      Relation membership = Relation.builder().from(IDN).type(RelationType.MEMBER_OF).to(AU).period(period("2001-01", "2000-12-31")).build();
      assertOnly(Samples.valid().addRelation(membership), ProblemCode.PERIOD_ORDER, membership.describe(), "2000-12-31");
    }

    @Test
    void periodsOfOneDayOrWithinOnePartialDateAreInOrder() {
      Relation membership = Relation.builder().from(IDN).type(RelationType.MEMBER_OF).to(AU).period(period("2014-05", "2014")).build();
      assertValid(
          Samples.replacing(
                  Samples.railway().period(period("2014-10-01", "2014-10-01")).build(),
                  Samples.bandung().period(Period.until(PartialDate.of(1955))).build())
              .addRelation(membership));
    }
  }

  @Nested
  class ShareRange {
    @ParameterizedTest
    @ValueSource(strings = {"100.5", "-1", "250", "-0.01"})
    void sectorShareOutOfRange(String share) {
      Initiative railway = Samples.railway().addSector(Samples.sector("24010", SectorVocabulary.DAC_3, share)).build();
      assertOnly(Samples.replacing(railway), ProblemCode.SHARE_RANGE, SGR.toString(), share + "%", "24010");
    }

    @Test
    void relationShareOutOfRange() {
      Relation funds = Relation.builder().from(CHN).type(RelationType.FUNDS).to(SGR).share(new BigDecimal("101")).build();
      assertOnly(Samples.valid().addRelation(funds), ProblemCode.SHARE_RANGE, funds.describe(), "101%");
    }

    @Test
    void benefitsShareOutOfRangeIsNotAlsoASumProblem() {
      Relation benefits = Relation.builder().from(BRI).type(RelationType.BENEFITS).to(KEN).share(new BigDecimal("-5")).build();
      assertOnly(Samples.valid().addRelation(benefits), ProblemCode.SHARE_RANGE, benefits.describe());
    }

    @Test
    void zeroAndHundredAreInRange() {
      assertValid(
          Samples.replacing(
                  Samples.railway()
                      .addSector(Samples.sector("24010", SectorVocabulary.DAC_3, "0"))
                      .addSector(Samples.sector("240", SectorVocabulary.OTHER, "100"))
                      .build())
              .addRelation(Relation.builder().from(CHN).type(RelationType.LEADS).to(SGR).share(BigDecimal.ZERO).build())
              .addRelation(Relation.builder().from(KEN).type(RelationType.IMPLEMENTS).to(SGR).share(new BigDecimal("100.00")).build()));
    }
  }

  @Nested
  class ShareSum {
    @Test
    void sectorSharesOfOneVocabularyOver100() {
      // the railway has 90 + 10 in DAC 5 already
      Initiative railway = Samples.railway().addSector(Samples.sector("21020", SectorVocabulary.DAC_5, "5")).build();
      assertOnly(Samples.replacing(railway), ProblemCode.SHARE_SUM, SGR.toString(), "dac-5", "105%");
    }

    @Test
    void sectorSharesOfDifferentVocabulariesAreSummedApart() {
      Initiative railway =
          Samples.railway()
              .addSector(Samples.sector("210", SectorVocabulary.DAC_3, "100"))
              .addSector(Samples.sector("T", SectorVocabulary.OTHER, "60"))
              .addSector(Samples.sector("U", SectorVocabulary.OTHER, "40"))
              .build();
      assertValid(Samples.replacing(railway));
    }

    @Test
    void roundingUpTo100Point01IsTolerated() {
      Initiative thirds =
          Samples.belt()
              .addSector(Samples.sector("A", SectorVocabulary.OTHER, "33.34"))
              .addSector(Samples.sector("B", SectorVocabulary.OTHER, "33.34"))
              .addSector(Samples.sector("C", SectorVocabulary.OTHER, "33.33"))
              .build();
      assertValid(Samples.replacing(thirds));
      Initiative over =
          Samples.belt()
              .addSector(Samples.sector("A", SectorVocabulary.OTHER, "33.34"))
              .addSector(Samples.sector("B", SectorVocabulary.OTHER, "33.34"))
              .addSector(Samples.sector("C", SectorVocabulary.OTHER, "33.34"))
              .build();
      assertOnly(Samples.replacing(over), ProblemCode.SHARE_SUM, BRI.toString(), "100.02%");
    }

    @Test
    void benefitsSharesOfOneInitiativeOver100() {
      // the railway benefits Kenya with 100 already
      Relation au = Relation.builder().from(SGR).type(RelationType.BENEFITS).to(AU).share(new BigDecimal("0.5")).build();
      assertOnly(Samples.valid().addRelation(au), ProblemCode.SHARE_SUM, SGR.toString(), "100.5%");
    }

    @Test
    void benefitsSharesOfDifferentInitiativesAndOtherRelationsAreSummedApart() {
      assertValid(
          Samples.valid()
              .addRelation(Relation.builder().from(BRI).type(RelationType.BENEFITS).to(KEN).share(new BigDecimal("70")).build())
              .addRelation(Relation.builder().from(BRI).type(RelationType.BENEFITS).to(AU).share(new BigDecimal("30")).build())
              .addRelation(Relation.builder().from(SGR).type(RelationType.BENEFITS).to(AU).build())
              .addRelation(Relation.builder().from(CHN).type(RelationType.LEADS).to(SGR).share(new BigDecimal("80")).build())
              .addRelation(Relation.builder().from(KEN).type(RelationType.IMPLEMENTS).to(SGR).share(new BigDecimal("80")).build()));
    }
  }

  @Nested
  class UnknownCurrency {
    Initiative railwayPaidIn(String currency) {
      return Samples.railway()
          .addFinancing(
              Financing.builder()
                  .instrument(Instrument.GRANT)
                  .addAmount(Money.of(new BigDecimal("1000000"), "USD", MoneyBasis.constant(2021)))
                  .addAmount(Money.of(new BigDecimal("6500000"), currency))
                  .build())
          .build();
    }

    @Test
    void renminbiIsNotTheIsoCode() {
      assertOnly(Samples.replacing(railwayPaidIn("RMB")), ProblemCode.UNKNOWN_CURRENCY, SGR.toString(), "RMB", "ISO 4217");
    }

    @Test
    void isoCodesAreAccepted() {
      assertValid(Samples.replacing(railwayPaidIn("CNY")));
      assertValid(Samples.replacing(railwayPaidIn("XOF")));
    }

    @Test
    void malformedCodesAreRefusedWhenMade() {
      assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "cny")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"cny\"");
      assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "US")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class MissingName {
    @Test
    void aNameOnlyInChineseIsAName() {
      Principle principle = Principle.builder().id(id("principle:non-interference")).name(LocalizedText.of("zh-Hans", "不干涉内政")).build();
      assertValid(Samples.replacing(principle));
    }

    @Test
    void aNameOnlyInBritishEnglishIsAName() {
      Actor actor = Samples.actor(id("actor:gbr"), "x").name(LocalizedText.of("en-GB", "United Kingdom")).build();
      assertValid(Samples.replacing(actor));
    }

    @Test
    void aNameInAnUndeterminedLanguageIsAName() {
      Concept concept = Concept.builder().id(id("concept:und")).name(LocalizedText.of("und", "Sin idioma")).build();
      assertValid(Samples.replacing(concept));
    }

    @Test
    void noNameAtAll() {
      Concept concept = Concept.builder().id(id("concept:nameless")).name(LocalizedText.empty()).build();
      Problem problem = assertOnly(Samples.replacing(concept), ProblemCode.MISSING_NAME, "concept:nameless");
      assertThat(problem.message()).contains("at least one language");
    }

    @Test
    void englishAmongOthers() {
      Principle principle =
          Principle.builder()
              .id(id("principle:non-interference"))
              .name(LocalizedText.of(Map.of("zh-Hans", "不干涉内政", "EN", "Non-interference")))
              .build();
      assertValid(Samples.replacing(principle));
    }
  }

  @Nested
  class MissingClaim {
    @Test
    void claimOnlyInFrench() {
      assertOnly(
          Samples.replacing(Samples.debtView().claim(LocalizedText.of("fr", "La dette pèse.")).build()),
          ProblemCode.MISSING_CLAIM,
          DEBT_VIEW.toString(),
          "claim.en");
    }

    @Test
    void emptyClaim() {
      assertOnly(Samples.replacing(Samples.debtView().claim(LocalizedText.empty()).build()), ProblemCode.MISSING_CLAIM, DEBT_VIEW.toString());
    }

    @Test
    void claimInEnglishAndFrench() {
      assertValid(Samples.replacing(Samples.debtView().claim(LocalizedText.of(Map.of("fr", "La dette pèse.", "en", "Debt weighs."))).build()));
    }
  }

  /** Content that breaks six rules at once, each in one place. */
  static CooperationGraph.Builder sixFaults() {
    return Samples.replacing(
            Samples.railway().period(period("2017", "2014")).build(),
            Samples.debtView().holder(id("actor:nobody")).build(),
            Principle.builder().id(id("principle:unnamed")).name(LocalizedText.empty()).build())
        .addEntity(Samples.actor(KEN, "Kenya again").build())
        .addRelation(Relation.of(KEN, RelationType.MEMBER_OF, KEN))
        .addRelation(Relation.of(BRI, RelationType.ADVANCES, KEN));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ProblemReport report = sixFaults().validate();
    assertThat(codes(report))
        .as(report.toString())
        .containsExactlyInAnyOrder(
            ProblemCode.DUPLICATE_ID,
            ProblemCode.PERIOD_ORDER,
            ProblemCode.DANGLING_REFERENCE,
            ProblemCode.MISSING_NAME,
            ProblemCode.SELF_RELATION,
            ProblemCode.RELATION_KINDS);
    assertThat(report.errorCount()).isEqualTo(6);
    assertThat(report.isTruncated()).isFalse();
    assertThatThrownBy(() -> sixFaults().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("6 errors")
        .hasMessageContaining("duplicate-id")
        .hasMessageContaining("relation-kinds");
  }

  @Test
  void theProblemLimitKeepsTheFirstAndCountsTheRest() {
    ProblemReport report = sixFaults().problemLimit(4).validate();
    assertThat(report.problems()).hasSize(4);
    assertThat(report.omittedErrors()).isEqualTo(2);
    assertThat(report.errorCount()).isEqualTo(6);
    assertThat(report.isTruncated()).isTrue();
    assertThat(report.summary()).isEqualTo("6 errors, 0 warnings (only the first 4 errors shown)");
    assertThat(report.problems()).isEqualTo(sixFaults().validate().problems().subList(0, 4));
    assertThatThrownBy(() -> sixFaults().problemLimit(1).build())
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.report().problems()).hasSize(1);
              assertThat(e.report().omittedErrors()).isEqualTo(5);
            });
  }

  @Test
  void aProblemLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> Samples.valid().problemLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
