package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Collateral;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.MatchingRules;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import io.github.southsouth.testing.SilentStreams;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real GCDF 3.0 samples and checks the result against the raw CSV, parsed apart. */
@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class AidDataImporterTest {

  private static final String PORTS = "gcdf3_ports_projects.csv";
  private static final String MALAYSIA = "gcdf3_malaysia_projects.csv";
  private static final String ADM1 = "gcdf3_adm1_locations_KEN_PAK.csv";

  private static List<Map<String, String>> raw;
  private static AidDataImport result;
  private static CooperationGraph graph;

  @BeforeAll
  static void importSamples() throws Exception {
    raw = new ArrayList<>(GcdfCsv.records(PORTS));
    raw.addAll(GcdfCsv.records(MALAYSIA));
    result =
        AidDataImporter.reader()
            .readResult(List.of(GcdfCsv.resource(PORTS), GcdfCsv.resource(MALAYSIA), GcdfCsv.resource(ADM1)));
    graph = result.graph();
  }

  private static Initiative record(String id) {
    return graph.get(AidData.initiativeId(id), Initiative.class);
  }

  @Test
  void everyRowOfEverySampleImportsStrictly() {
    assertThat(raw).hasSize(196);
    assertThat(result.rowsRead()).isEqualTo(196);
    assertThat(result.recordsImported()).isEqualTo(196);
    assertThat(result.recordsSkipped()).isZero();
    assertThat(result.projectFiles()).isEqualTo(2);
    assertThat(result.locationFiles()).isEqualTo(1);
    assertThat(graph.initiatives()).hasSize(196);
    Set<String> ids = raw.stream().map(r -> r.get("AidData Record ID")).collect(Collectors.toSet());
    assertThat(graph.initiatives().stream().map(i -> AidData.recordId(i).orElseThrow()))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(result.warnings().hasErrors()).isFalse();
  }

  @Test
  void theWarningsAreTheKnownQuirksOfTheSamples() {
    // 3 records whose source titles contain "|", 3 source URLs written "https:// https://...",
    // and one note per file about parent ids outside the import
    assertThat(result.warnings().warnings())
        .extracting(Problem::code)
        .containsExactlyInAnyOrder(
            ProblemCode.INVALID_VALUE, ProblemCode.INVALID_VALUE, ProblemCode.INVALID_VALUE,
            ProblemCode.INVALID_VALUE, ProblemCode.INVALID_VALUE, ProblemCode.INVALID_VALUE,
            ProblemCode.DANGLING_REFERENCE, ProblemCode.DANGLING_REFERENCE);
    for (Problem p : result.warnings().warnings()) {
      assertThat(p.location().source()).isPresent();
      assertThat(p.location().line()).isPresent();
      assertThat(p.location().pointer().orElseThrow()).matches("row \\d+, column \".+\"");
    }
    Set<String> withParent =
        raw.stream().filter(r -> !r.get("AidData Parent ID").isEmpty())
            .map(r -> r.get("AidData Record ID")).collect(Collectors.toSet());
    assertThat(result.warnings().toString()).contains("8 records name an AidData Parent ID")
        .contains("42 records name an AidData Parent ID");
    assertThat(withParent).hasSize(50);
  }

  @Test
  void recommendedCountAndConstantUsdSumMatchTheRawCsv() {
    BigDecimal expected = BigDecimal.ZERO;
    int recommended = 0;
    for (Map<String, String> r : raw) {
      if (r.get("Recommended For Aggregates").equals("Yes")) {
        recommended++;
        String amount = r.get("Amount (Constant USD 2021)");
        if (!amount.isEmpty()) {
          expected = expected.add(new BigDecimal(amount));
        }
      }
    }
    BigDecimal imported = BigDecimal.ZERO;
    for (Initiative initiative : graph.initiatives()) {
      if (AidData.isRecommendedForAggregates(initiative)) {
        imported = imported.add(AidData.constantUsd2021(initiative).orElse(BigDecimal.ZERO));
      }
    }
    assertThat(recommended).isEqualTo(182);
    assertThat(result.recommendedForAggregates()).isEqualTo(182);
    assertThat(imported).isEqualByComparingTo(expected);
    assertThat(expected.signum()).isPositive();
  }

  @Test
  void recipientsAreTheRawIso3CodesAsCountries() {
    Set<String> expected = raw.stream().map(r -> r.get("Recipient ISO-3")).collect(Collectors.toCollection(TreeSet::new));
    assertThat(expected)
        .containsExactly("ATG", "BHS", "BRA", "CUB", "DMA", "ECU", "GRD", "JAM", "MEX", "MYS", "SLV", "TTO", "URY", "VEN");
    Set<String> recipients = new TreeSet<>();
    for (Initiative initiative : graph.initiatives()) {
      List<Relation> benefits = graph.outgoing(initiative.id(), RelationType.BENEFITS);
      assertThat(benefits).as("benefits of %s", initiative.id()).hasSize(1);
      Actor country = graph.get(benefits.get(0).to(), Actor.class);
      assertThat(country.actorType()).isEqualTo(ActorType.COUNTRY);
      assertThat(country.id()).isEqualTo(EntityId.of(Kind.ACTOR, country.iso3().orElseThrow().toLowerCase(Locale.ROOT)));
      recipients.add(country.iso3().orElseThrow());
    }
    assertThat(recipients).isEqualTo(expected);
    assertThat(graph.get(EntityId.parse("actor:mys"), Actor.class).name().english()).isEqualTo("Malaysia");
  }

  @Test
  void statusesAndInstrumentsFollowTheMapping() {
    Map<InitiativeStatus, Long> statuses =
        graph.initiatives().stream().collect(Collectors.groupingBy(i -> i.status().orElseThrow(), Collectors.counting()));
    assertThat(statuses)
        .containsEntry(InitiativeStatus.COMPLETED, 142L)
        .containsEntry(InitiativeStatus.IMPLEMENTATION, 21L)
        .containsEntry(InitiativeStatus.COMMITTED, 20L)
        .containsEntry(InitiativeStatus.PLEDGED, 11L)
        .containsEntry(InitiativeStatus.CANCELLED, 2L)
        .hasSize(5);
    long grants = graph.initiatives().stream().filter(i -> i.instruments().contains(Instrument.GRANT)).count();
    long training = graph.initiatives().stream().filter(i -> i.instruments().contains(Instrument.TRAINING)).count();
    long assistance =
        graph.initiatives().stream().filter(i -> i.instruments().contains(Instrument.TECHNICAL_ASSISTANCE)).count();
    assertThat(grants).isEqualTo(109);
    assertThat(training).isEqualTo(7);
    assertThat(assistance).isEqualTo(4);
    for (Map<String, String> r : raw) {
      Initiative initiative = record(r.get("AidData Record ID"));
      assertThat(initiative.attributes()).containsEntry(AidData.FLOW_TYPE, r.get("Flow Type"));
      assertThat(initiative.attributes()).containsEntry(AidData.STATUS, r.get("Status"));
      if (r.get("Flow Type").equals("Loan")) {
        Set<Instrument> expected = new HashSet<>();
        if (r.get("Interest-Free Loan").equals("Yes")) {
          expected.add(Instrument.INTEREST_FREE_LOAN);
        }
        if (r.get("GCL").equals("Yes") || r.get("PBC").equals("Yes")) {
          expected.add(Instrument.CONCESSIONAL_LOAN);
        }
        if (r.get("Export Buyer's Credit").equals("Yes") || r.get("PBC").equals("Yes")
            || r.get("Supplier’s Credit/Export Seller’s Credit").equals("Yes")) {
          expected.add(Instrument.EXPORT_CREDIT);
        }
        if (expected.isEmpty()) {
          expected.add(
              r.get("Flow Class").equals("ODA-like") ? Instrument.CONCESSIONAL_LOAN
                  : r.get("Flow Class").equals("OOF-like") ? Instrument.COMMERCIAL_LOAN : Instrument.OTHER);
        }
        assertThat(initiative.instruments()).as(r.get("AidData Record ID")).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
    assertThat(graph.initiatives().stream().filter(i -> i.instruments().contains(Instrument.INTEREST_FREE_LOAN)))
        .hasSize(1);
  }

  @Test
  void aGrantRecordIsMappedFieldByField() {
    Initiative grant = record("89653");
    assertThat(grant.id()).isEqualTo(EntityId.parse("initiative:aiddata-89653"));
    assertThat(grant.initiativeKind()).isEqualTo(InitiativeKind.PROJECT);
    assertThat(grant.externalIds()).containsEntry("aiddata", "89653");
    assertThat(grant.name().english()).startsWith("Chinese Government provides $1.5 million grant for Port of La Libertad");
    assertThat(grant.summary().english()).startsWith("On August 20, 2018, the Government of El Salvador");
    assertThat(grant.status()).contains(InitiativeStatus.IMPLEMENTATION);
    assertThat(grant.period()).contains(Period.of(PartialDate.parse("2019-02-27"), PartialDate.parse("2022-08-26")));
    assertThat(grant.instruments()).containsExactly(Instrument.GRANT);
    assertThat(grant.sectors()).containsExactly(Sector.builder().code("160").vocabulary(SectorVocabulary.DAC_3).build());
    assertThat(grant.conditionality().state()).isEqualTo(ConditionalityState.NOT_REPORTED);
    assertThat(grant.attributes())
        .containsEntry("aiddata.recommendedForAggregates", "Yes")
        .containsEntry("aiddata.parentId", "425")
        .containsEntry("aiddata.umbrella", "No")
        .containsEntry("aiddata.intent", "Development")
        .containsEntry("aiddata.flowClass", "ODA-like")
        .containsEntry("aiddata.infrastructure", "Yes")
        .containsEntry("aiddata.recipientRegion", "America")
        .containsEntry("aiddata.sectorName", "OTHER SOCIAL INFRASTRUCTURE AND SERVICES")
        .containsEntry("aiddata.commitmentDate", "2019-12-03")
        .containsEntry("aiddata.plannedCompletionDate", "2021-12-31")
        .containsEntry("aiddata.actualCompletionDate", "2022-08-26")
        .containsEntry("aiddata.deviationFromPlannedCompletionDate", "-238.0")
        .doesNotContainKeys("aiddata.title", "aiddata.description", "aiddata.fundingAgencies", "aiddata.sourceUrls");

    Financing financing = grant.financing().get(0);
    assertThat(grant.financing()).hasSize(1);
    assertThat(financing.instrument()).isEqualTo(Instrument.GRANT);
    assertThat(financing.stage()).isEqualTo(FinancingStage.COMMITMENT);
    assertThat(financing.amounts())
        .containsExactly(
            Money.of(new BigDecimal("1500000.0"), "USD"),
            Money.of(new BigDecimal("1685346.9183932"), "USD", MoneyBasis.constant(2021)));
    assertThat(financing.date()).contains(PartialDate.parse("2019-12-03"));
    assertThat(financing.attributes()).containsEntry("aiddata.adjustedAmountConstantUsd2021", "1685346.9183932");

    EntityId funder = financing.financier().orElseThrow();
    Actor ministry = graph.get(funder, Actor.class);
    assertThat(ministry.name().english()).isEqualTo("China Ministry of Commerce");
    assertThat(ministry.actorType()).isEqualTo(ActorType.ORGANIZATION);
    assertThat(ministry.attributes()).containsEntry("aiddata.agencyType", "Government Agency");
    assertThat(graph.outgoing(funder, RelationType.FUNDS)).extracting(Relation::to).contains(grant.id());
    Relation receiving =
        graph.incoming(grant.id(), RelationType.PARTICIPATES_IN).stream()
            .filter(r -> graph.get(r.from()).name().english().equals("Government of El Salvador"))
            .findFirst().orElseThrow();
    assertThat(receiving.note()).contains("direct receiving agency");
    assertThat(graph.outgoing(grant.id(), RelationType.BENEFITS)).extracting(Relation::to)
        .containsExactly(EntityId.parse("actor:slv"));

    // 19 source URLs, each a cited Source; titles do not pair (22 titles), so raw titles are kept
    List<Citation> cited = grant.citations();
    assertThat(cited.get(0)).isEqualTo(Citation.of(AidData.DATASET_SOURCE, "AidData Record ID 89653"));
    assertThat(cited).hasSize(20);
    Source bbc = graph.get(cited.get(1).source(), Source.class);
    assertThat(bbc.uri()).contains("https://www.bbc.com/mundo/noticias-america-latina-50666592");
    assertThat(grant.attributes()).containsKey("aiddata.sourceTitles");
  }

  @Test
  void aCollateralizedLoanKeepsItsCollateralApartFromConditionalityWithLoanTerms() {
    Initiative swap = record("96203");
    assertThat(swap.conditionality().state()).isEqualTo(ConditionalityState.NOT_REPORTED);
    Collateral collateral = swap.collateral().orElseThrow();
    assertThat(collateral.collateralised()).isTrue();
    assertThat(collateral.securedBy().english())
        .isEqualTo("BNM deposit of MYR 4,416,000,000 in a bank account accessible to the PBOC");
    assertThat(collateral.providers()).singleElement().satisfies(id -> {
      Actor provider = graph.get(id, Actor.class);
      assertThat(provider.name().english()).isEqualTo("Bank Negara Malaysia");
      assertThat(provider.attributes()).containsEntry("aiddata.agencyType", "Recipient State-owned Bank");
    });
    assertThat(collateral.agents()).isEmpty();
    Financing financing = swap.financing().get(0);
    assertThat(financing.instrument()).isEqualTo(Instrument.COMMERCIAL_LOAN);
    assertThat(financing.amounts())
        .containsExactly(
            Money.of(new BigDecimal("6558437637.0"), "CNY"),
            Money.of(new BigDecimal("1016812036.74418"), "USD"),
            Money.of(new BigDecimal("1016812036.74418"), "USD", MoneyBasis.constant(2021)));
    assertThat(financing.terms().orElseThrow().maturityYears()).contains(new BigDecimal("1.0"));
    assertThat(financing.attributes()).containsEntry("aiddata.adjustedAmountConstantUsd2021", "0.0");
    assertThat(swap.attributes())
        .doesNotContainKey("aiddata.collateralized")
        .doesNotContainKey("aiddata.collateralProvider")
        .containsEntry("aiddata.fxslBop", "Yes")
        .containsEntry("aiddata.levelOfPublicLiability", "Other public sector debt");

    long collateralized = raw.stream().filter(r -> r.get("Collateralized").equals("Yes")).count();
    Map<ConditionalityState, Long> states =
        graph.initiatives().stream().collect(Collectors.groupingBy(i -> i.conditionality().state(), Collectors.counting()));
    assertThat(states).containsOnly(Map.entry(ConditionalityState.NOT_REPORTED, 196L));
    assertThat(graph.initiatives().stream().filter(i -> i.collateral().map(Collateral::collateralised).orElse(false)))
        .hasSize((int) collateralized);
  }

  @Test
  void amountsAreTheRawAmountsAndEmptyAmountsMeanNoFinancing() {
    int withAmount = 0;
    for (Map<String, String> r : raw) {
      Initiative initiative = record(r.get("AidData Record ID"));
      String constant = r.get("Amount (Constant USD 2021)");
      if (constant.isEmpty()) {
        assertThat(AidData.constantUsd2021(initiative)).isEmpty();
      } else {
        withAmount++;
        assertThat(AidData.constantUsd2021(initiative)).contains(new BigDecimal(constant));
        String currency = r.get("Original Currency");
        assertThat(initiative.financing().get(0).amounts())
            .contains(Money.of(new BigDecimal(r.get("Amount (Original Currency)")), currency));
      }
    }
    assertThat(withAmount).isEqualTo(167);
    assertThat(record("85813").financing()).isEmpty();
  }

  @Test
  void agenciesAreDeduplicatedByNameAndType() {
    Set<List<String>> expected = new HashSet<>();
    for (Map<String, String> r : raw) {
      for (String column :
          List.of("Funding Agencies", "Co-financing Agencies", "Direct Receiving Agencies",
              "Indirect Receiving Agencies", "Implementing Agencies")) {
        String[] names = r.get(column).split("\\|", -1);
        String[] types = r.get(column + " Type").split("\\|", -1);
        for (int i = 0; i < names.length; i++) {
          if (!names[i].strip().isEmpty()) {
            expected.add(List.of(names[i].strip(), i < types.length ? types[i].strip() : ""));
          }
        }
      }
    }
    List<Actor> organisations =
        graph.actors().stream().filter(a -> a.actorType() == ActorType.ORGANIZATION).collect(Collectors.toList());
    Set<List<String>> imported = new HashSet<>();
    for (Actor a : organisations) {
      imported.add(List.of(a.name().english(), a.attributes().getOrDefault("aiddata.agencyType", "")));
    }
    assertThat(organisations).hasSize(expected.size());
    assertThat(imported).isEqualTo(expected);
  }

  @Test
  void sourcesAreDeduplicatedByUrlAndTheDatasetIsCitedByEverything() {
    Set<String> urls = new HashSet<>();
    for (Map<String, String> r : raw) {
      for (String url : r.get("Source URLs").split("\\|")) {
        if (!url.strip().isEmpty()) {
          urls.add(url.strip());
        }
      }
    }
    assertThat(graph.sources()).hasSize(urls.size() + 1);
    Source dataset = graph.get(AidData.DATASET_SOURCE, Source.class);
    assertThat(dataset.sourceKind()).isEqualTo(SourceKind.DATASET);
    assertThat(dataset.attributes()).containsEntry("license", "ODC-By-1.0");
    assertThat(dataset.summary().english()).contains("AidData. 2023. Global Chinese Development Finance Dataset, Version 3.0.");
    assertThat(graph.info().license()).contains("ODC-By-1.0");
    assertThat(graph.info().sources()).containsExactly(AidData.DATASET_SOURCE);
    for (Entity entity : graph.entities()) {
      if (!entity.id().equals(AidData.DATASET_SOURCE)) {
        assertThat(entity.citations()).as("citations of %s", entity.id())
            .extracting(Citation::source).contains(AidData.DATASET_SOURCE);
      }
    }
    for (Relation relation : graph.relations()) {
      assertThat(relation.citations()).extracting(Citation::source).contains(AidData.DATASET_SOURCE);
    }
    Source broken =
        graph.sources().stream()
            .filter(s -> s.attributes().getOrDefault("aiddata.url", "").startsWith("https:// https://www.google.com/maps"))
            .findFirst().orElseThrow();
    assertThat(broken.uri()).isEmpty();
    assertThat(graph.sources().stream().filter(s -> s.attributes().containsKey("aiddata.url"))).hasSize(3);
  }

  @Test
  void recordsTheEssayMentionsAreNotInTheseSamples() {
    // Garissa solar (47008) and the Mombasa-Nairobi railway (31777, 37103, 47025) are Kenyan
    // records; the samples cover Latin American ports and Malaysia. AidDataKenyaTest finds them.
    for (String id : List.of("47008", "31777", "37103", "47025")) {
      assertThat(graph.find(AidData.initiativeId(id))).isEmpty();
    }
    assertThat(result.locationRowsRead()).isEqualTo(494);
    assertThat(result.locationRowsLinked()).isZero();
    assertThat(graph.actors()).noneMatch(a -> a.actorType() == ActorType.REGION);
  }

  @Test
  void progressCountsRowsAndBytesOfEveryFile() throws Exception {
    List<long[]> calls = new ArrayList<>();
    List<Path> files = List.of(GcdfCsv.resource(PORTS), GcdfCsv.resource(MALAYSIA), GcdfCsv.resource(ADM1));
    long size = 0;
    for (Path file : files) {
      size += Files.size(file);
    }
    AidDataImporter.reader(ReadOptions.defaults().withProgress((r, b, t) -> calls.add(new long[] {r, b, t}))).readResult(files);
    long[] last = calls.get(calls.size() - 1);
    assertThat(last).containsExactly(196 + 494, size, size);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
      assertThat(calls.get(i)[1]).isGreaterThanOrEqualTo(calls.get(i - 1)[1]).isLessThanOrEqualTo(size);
    }
  }

  @Test
  void referenceDataIsLinkedAndItsClosureIncluded() throws Exception {
    EntityId essay = EntityId.parse("source:reference-atlas");
    EntityId asia = EntityId.parse("actor:m49-142");
    EntityId southEast = EntityId.parse("actor:m49-035");
    EntityId health = EntityId.parse("theme:health");
    CooperationGraph reference =
        CooperationGraph.builder()
            .addEntity(Source.builder().id(essay).name(LocalizedText.english("Reference atlas")).build())
            .addEntity(Actor.builder().id(EntityId.parse("actor:mys")).actorType(ActorType.COUNTRY)
                .name(LocalizedText.english("Malaysia").with("zh-Hans", "马来西亚")).iso2("MY").iso3("MYS")
                .m49("458").addCitations(Citation.of(essay)).build())
            .addEntity(Actor.builder().id(southEast).actorType(ActorType.REGION)
                .name(LocalizedText.english("South-eastern Asia")).m49("035").build())
            .addEntity(Actor.builder().id(asia).actorType(ActorType.REGION).name(LocalizedText.english("Asia"))
                .m49("142").build())
            .addEntity(Theme.builder().id(health).name(LocalizedText.english("Health")).addDacSectors("120").build())
            .addRelation(Relation.of(EntityId.parse("actor:mys"), RelationType.MEMBER_OF, southEast))
            .addRelation(Relation.of(southEast, RelationType.PART_OF, asia))
            .build();
    CooperationGraph imported =
        AidDataImporter.reader().with(ReferenceData.of(reference))
            .read(GcdfCsv.resource(MALAYSIA));
    Actor malaysia = imported.get(EntityId.parse("actor:mys"), Actor.class);
    assertThat(malaysia.name().get("zh-Hans")).contains("马来西亚");
    assertThat(imported.contains(southEast)).isTrue();
    assertThat(imported.contains(asia)).isTrue();
    assertThat(imported.contains(essay)).isTrue();
    assertThat(imported.outgoing(southEast, RelationType.PART_OF)).extracting(Relation::to).containsExactly(asia);
    long healthRecords =
        GcdfCsv.records(MALAYSIA).stream().filter(r -> r.get("Sector Code").equals("120")).count();
    assertThat(imported.incoming(health, RelationType.ADDRESSES)).hasSize((int) healthRecords);
    assertThat(healthRecords).isEqualTo(74);
  }

  // ---- classification into reference programmes (match. rules)

  private static List<EntityId> programmesOf(CooperationGraph graph, EntityId record) {
    List<EntityId> programmes = new ArrayList<>();
    for (Relation relation : graph.outgoing(record, RelationType.PART_OF)) {
      if (graph.find(relation.to()).map(e -> !AidData.recordId((Initiative) e).isPresent()).orElse(false)) {
        programmes.add(relation.to());
      }
    }
    return programmes;
  }

  @Test
  void theOnlyInterestFreeLoanOfTheSamplesIsCommercialAndStaysUnclassified() throws Exception {
    List<Map<String, String>> interestFree =
        raw.stream().filter(r -> r.get("Interest-Free Loan").equals("Yes")).collect(Collectors.toList());
    assertThat(interestFree).extracting(r -> r.get("AidData Record ID")).containsExactly("92505");
    assertThat(interestFree.get(0).get("Intent")).isEqualTo("Commercial");

    CooperationGraph classified =
        AidDataImporter.reader().with(ReferenceData.of(MatchingRules.graph()))
            .read(List.of(GcdfCsv.resource(PORTS), GcdfCsv.resource(MALAYSIA)));
    Initiative loan = classified.get(AidData.initiativeId("92505"), Initiative.class);
    assertThat(loan.instruments()).contains(Instrument.INTEREST_FREE_LOAN);
    assertThat(loan.attributes()).containsEntry("aiddata.intent", "Commercial")
        .containsEntry("aiddata.financierCountry", MatchingRules.CHINA);
    for (Initiative initiative : classified.initiatives()) {
      if (AidData.recordId(initiative).isPresent()) {
        assertThat(programmesOf(classified, initiative.id())).as(initiative.id().toString()).isEmpty();
      }
    }
    assertThat(classified.contains(MatchingRules.DEBT_RELIEF)).isFalse();
  }

  @Test
  void developmentInterestFreeLoansAndDebtReliefArePartOfTheProgramme(@TempDir Path dir) throws Exception {
    // synthetic rows in the real GCDF layout: the samples hold no record of this kind
    Map<String, String> loan = GcdfCsv.row("900001", "Chinese Government provides interest-free loan (synthetic)");
    loan.put("Recipient", "Malaysia");
    loan.put("Recipient ISO-3", "MYS");
    loan.put("Recipient Region", "Asia");
    loan.put("Intent", "Development");
    loan.put("Flow Class", "ODA-like");
    loan.put("Interest-Free Loan", "Yes");
    loan.put("Sector Code", "210");
    loan.put("Funding Agencies", "China Ministry of Commerce");
    loan.put("Funding Agencies Type", "Government Agency");
    Map<String, String> forgiveness = GcdfCsv.row("900002", "China cancels matured interest-free loan debt (synthetic)");
    forgiveness.put("Intent", "Development");
    forgiveness.put("Flow Type", "Debt Forgiveness");
    forgiveness.put("Sector Code", "600");
    Map<String, String> commercial = new java.util.LinkedHashMap<>(loan);
    commercial.put("AidData Record ID", "900003");
    commercial.put("Title", "A company's interest-free supplier's credit (synthetic)");
    commercial.put("Intent", "Commercial");
    Path file = dir.resolve("synthetic.csv");
    Files.writeString(file, GcdfCsv.write(GcdfCsv.header(), List.of(loan, forgiveness, commercial)));

    AidDataImport imported =
        AidDataImporter.reader().with(ReferenceData.of(MatchingRules.graph()))
            .readResult(List.of(GcdfCsv.resource(MALAYSIA), file));
    CooperationGraph classified = imported.graph();
    EntityId loanId = AidData.initiativeId("900001");
    EntityId forgivenessId = AidData.initiativeId("900002");
    assertThat(programmesOf(classified, loanId)).containsExactly(MatchingRules.DEBT_RELIEF);
    assertThat(programmesOf(classified, forgivenessId)).containsExactly(MatchingRules.DEBT_RELIEF);
    assertThat(programmesOf(classified, AidData.initiativeId("900003"))).isEmpty();
    Relation link = classified.outgoing(loanId, RelationType.PART_OF).get(0);
    assertThat(link.note()).hasValueSatisfying(note -> assertThat(note).startsWith("classified by rule ")
        .contains("match.instruments").contains("match.attribute.aiddata.intent")
        .contains("of initiative:debt-relief-interest-free-loans; cells: ")
        .endsWith("Intent = Development; Flow Type = Loan; Flow Class = ODA-like; Interest-Free Loan = Yes"));
    assertThat(link.citations()).containsExactly(
        Citation.of(MatchingRules.ESSAY, "Initiatives"), Citation.of(AidData.DATASET_SOURCE,
            "AidData Record ID 900001, columns Financier Country, Intent, Flow Type, Flow Class, Interest-Free Loan"));

    // the principle travels with the programme, so the imported file answers principle queries alone
    assertThat(classified.contains(MatchingRules.NON_CONDITIONALITY)).isTrue();
    assertThat(classified.outgoing(MatchingRules.DEBT_RELIEF, RelationType.EMBODIES)).extracting(Relation::to)
        .containsExactly(MatchingRules.NON_CONDITIONALITY);
    assertThat(classified.initiativeQuery().partOf(MatchingRules.DEBT_RELIEF).inRegion(EntityId.parse("actor:mys")).ids())
        .containsExactly(loanId);
    assertThat(classified.contains(MatchingRules.RENEWABLE)).isFalse();

    // and the output validates once written and read back
    Path out = dir.resolve("out.json");
    NativeFormat.writer().write(classified, out, Syntax.JSON);
    assertThat(NativeFormat.reader().read(out)).isEqualTo(classified);
  }
}
