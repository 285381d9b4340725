package io.github.southsouth.serialization.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ImportAccount;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Small files written for the questions real publishers' files raise: one ref for two
 * organisations, {@code xml:lang} inherited from an enclosing element or the file, a title only in
 * Spanish, governments as participating organisations, no language anywhere, and what the import
 * reads but does not keep.
 */
class IatiNamesAndOrganisationsTest {

  private static IatiImport lenient(String file) throws ModelReadException {
    return IatiImporter.reader(ReadOptions.lenient())
        .readResult(IatiFilesTest.resource("fidelity/" + file));
  }

  private static EntityId actor(String slug) {
    return EntityId.encode(Kind.ACTOR, slug);
  }

  private static EntityId initiative(String identifier) {
    return EntityId.encode(Kind.INITIATIVE, identifier);
  }

  private static List<Actor> actorsWithRef(IatiImport result, String ref) {
    return result.graph().actors().stream()
        .filter(a -> ref.equals(a.externalIds().get("iati")))
        .collect(Collectors.toList());
  }

  private static List<Problem> warnings(IatiImport result, ProblemCode code) {
    return result.warnings().warnings().stream().filter(p -> p.code() == code).collect(Collectors.toList());
  }

  @Test
  void aRefUsedForTwoOrganisationsMakesTwoActorsWithAWarning() throws Exception {
    IatiImport result = lenient("reused-refs.xml");

    List<Actor> fao = actorsWithRef(result, "XM-DAC-41301");
    assertThat(fao).extracting(a -> (Map<String, String>) a.name().texts())
        .containsExactlyInAnyOrder(Map.of("en", "FAO"), Map.of("en", "Ministry of Agriculture and Livestock"));
    Actor ministry = fao.stream().filter(a -> a.name().texts().containsValue("Ministry of Agriculture and Livestock"))
        .findFirst().orElseThrow();
    assertThat(ministry.id()).isNotEqualTo(actor("iati-org-XM-DAC-41301"));
    assertThat(ministry.id().slug()).startsWith("iati-org-XM-DAC-41301.");
    // the ministry implements, FAO funds: relations point at the organisation each element names
    EntityId a = initiative("XX-TEST-1-A");
    assertThat(result.graph().relations()).anySatisfy(r -> {
      assertThat(r.from()).isEqualTo(actor("iati-org-XM-DAC-41301"));
      assertThat(r.type()).isEqualTo(RelationType.FUNDS);
      assertThat(r.to()).isEqualTo(a);
    });
    assertThat(result.graph().relations()).anySatisfy(r -> {
      assertThat(r.from()).isEqualTo(ministry.id());
      assertThat(r.type()).isEqualTo(RelationType.IMPLEMENTS);
      assertThat(r.to()).isEqualTo(a);
    });

    List<Actor> agencies = actorsWithRef(result, "XX-AGENCY-9");
    assertThat(agencies).extracting(x -> (Map<String, String>) x.name().texts())
        .containsExactlyInAnyOrder(Map.of("en", "Agency North"), Map.of("en", "Agency South"));
    // the element with the ref and no name is the first organisation of the ref
    assertThat(result.graph().relations()).anySatisfy(r -> {
      assertThat(r.from()).isEqualTo(actor("iati-org-XX-AGENCY-9"));
      assertThat(r.type()).isEqualTo(RelationType.LEADS);
      assertThat(r.to()).isEqualTo(initiative("XX-TEST-1-B"));
    });

    List<Problem> reused = warnings(result, ProblemCode.DUPLICATE_KEY);
    assertThat(reused).hasSize(2);
    assertThat(reused.get(0).message()).contains("XM-DAC-41301", "\"FAO\"", "\"Ministry of Agriculture and Livestock\"");
    assertThat(reused.get(0).location().line()).hasValue(9);
    assertThat(reused.get(1).message()).contains("XX-AGENCY-9", "\"Agency North\"", "\"Agency South\"");
    assertThat(reused.get(1).location().line()).hasValue(19);
  }

  @Test
  void organisationsWithoutRefAreOneByNameWithinThePublisher() throws Exception {
    IatiImport result = lenient("reused-refs.xml");
    List<Actor> unions = result.graph().actors().stream()
        .filter(a -> a.name().texts().values().stream().anyMatch(n -> n.toLowerCase().startsWith("farmers")))
        .collect(Collectors.toList());
    assertThat(unions).singleElement().satisfies(union -> {
      assertThat(union.id().slug()).contains("XX-TEST-1");
      assertThat(union.name().texts()).isEqualTo(Map.of("en", "Farmers'  Union"));
    });
  }

  @Test
  void anOrganisationNeverNamedIsNotMadeAnActorButItsRefIsKept() throws Exception {
    IatiImport result = lenient("reused-refs.xml");
    assertThat(actorsWithRef(result, "XX-NAMELESS-1")).isEmpty();
    assertThat(result.graph().actors()).noneMatch(x -> x.name().texts().containsValue("XX-NAMELESS-1"));
    Initiative b = result.graph().get(initiative("XX-TEST-1-B"), Initiative.class);
    assertThat(b.attributes()).containsEntry("iati.unnamedOrganisations.funds", "XX-NAMELESS-1");
    Financing disbursement = b.financing().get(0);
    assertThat(disbursement.financier()).isEmpty();
    assertThat(disbursement.attributes()).containsEntry("iati.providerOrg", "XX-NAMELESS-1");
    assertThat(warnings(result, ProblemCode.MISSING_NAME)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("XX-NAMELESS-1", "never named"));
  }

  @Test
  void narrativesInheritTheLanguageOfTheNearestElementThenTheActivityThenTheFile() throws Exception {
    IatiImport result = lenient("inherited-lang.xml");
    Initiative a = result.graph().get(initiative("XX-TEST-2-A"), Initiative.class);
    assertThat(a.name().texts()).isEqualTo(Map.of("en", "Water points", "es", "Puntos de agua"));
    assertThat(a.summary().texts()).isEqualTo(Map.of("pt", "Pontos de água", "en", "Water points for villages"));
    assertThat(actorsWithRef(result, "XX-ORG-ES")).singleElement()
        .satisfies(org -> assertThat(org.name().texts()).isEqualTo(Map.of("es", "Agua para Todos")));
    Initiative b = result.graph().get(initiative("XX-TEST-2-B"), Initiative.class);
    assertThat(b.name().texts()).isEqualTo(Map.of("fr", "Points d'eau"));
    assertThat(result.warnings().warnings()).isEmpty();
  }

  @Test
  void aTitleOnlyInSpanishStaysSpanishAndNoNameIsMadeFromTheIdentifier() throws Exception {
    IatiImport result = lenient("spanish-only.xml");
    Initiative a = result.graph().get(initiative("XX-TEST-3-A"), Initiative.class);
    assertThat(a.name().texts()).isEqualTo(Map.of("es", "Fortalecimiento de la cadena de frío"));
    assertThat(a.name().best("en")).isEqualTo("Fortalecimiento de la cadena de frío");
    for (var entity : result.graph().entities()) {
      assertThat(entity.name().texts().values()).as(entity.id().toString())
          .doesNotContain("XX-TEST-3-A", "XX-TEST-3-B", "XX-ONG-7", "XX-TEST-3");
    }
    assertThat(actorsWithRef(result, "XX-ONG-7")).singleElement()
        .satisfies(org -> assertThat(org.name().texts()).isEqualTo(Map.of("es", "Salud Rural")));
    // the activity without a title is left out, and says why
    assertThat(result.graph().contains(initiative("XX-TEST-3-B"))).isFalse();
    assertThat(result.skippedActivities()).isEqualTo(1);
    assertThat(warnings(result, ProblemCode.MISSING_FIELD)).anySatisfy(p -> {
      assertThat(p.message()).contains("no title");
      assertThat(p.location().pointer()).hasValue("/iati-activities/iati-activity[2]/title");
    });
  }

  @Test
  void anActivityWithoutATitleIsAnErrorWhenStrict() {
    ModelReadException e = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader()
            .readResult(IatiFilesTest.resource("fidelity/spanish-only.xml")));
    assertThat(e).isNotNull();
    assertThat(e.report().errors()).anySatisfy(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MISSING_FIELD);
      assertThat(p.location().line()).hasValue(19);
    });
  }

  @Test
  void whatIsNotKeptIsCounted() throws Exception {
    IatiImport result = lenient("spanish-only.xml");
    ImportAccount account = result.account();
    assertThat(account.notKept()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
        "document-link", 1L, "iati-activity", 1L, "result", 2L, "sector/narrative", 1L)));
  }

  @Test
  void governmentsAreTheirCountries() throws Exception {
    IatiImport result = lenient("government.xml");
    EntityId a = initiative("XX-TEST-4-A");
    Relation kenya = result.graph().relations().stream()
        .filter(r -> r.from().equals(actor("ken")) && r.type() == RelationType.LEADS).findFirst().orElseThrow();
    assertThat(kenya.to()).isEqualTo(a);
    assertThat(kenya.note()).hasValueSatisfying(n -> assertThat(n).contains("ref KE", "\"Government of Kenya\""));
    Relation honduras = result.graph().relations().stream()
        .filter(r -> r.from().equals(actor("hnd")) && r.type() == RelationType.IMPLEMENTS).findFirst().orElseThrow();
    assertThat(honduras.note()).hasValueSatisfying(n -> assertThat(n)
        .contains("ref XX-MOH-HN", "(es) \"Secretaría de Salud de Honduras\""));
    assertThat(result.graph().get(actor("ken"), Actor.class).actorType()).isEqualTo(ActorType.COUNTRY);
    assertThat(actorsWithRef(result, "KE")).isEmpty();
    assertThat(actorsWithRef(result, "XX-MOH-HN")).isEmpty();
    // a ministry that names no recipient country stays an organisation
    assertThat(actorsWithRef(result, "XX-MINFIN")).singleElement()
        .satisfies(org -> assertThat(org.actorType()).isEqualTo(ActorType.ORGANIZATION));
    // naming a government does not make a country a recipient
    assertThat(result.countries()).isEqualTo(2);
    // a government receiving a transaction is linked to its country; it is no organisation
    Financing received = result.graph().get(a, Initiative.class).financing().stream()
        .filter(f -> f.stage() == FinancingStage.DISBURSEMENT).findFirst().orElseThrow();
    assertThat(received.attributes()).containsEntry("iati.receiverActor", "actor:ken")
        .containsEntry("iati.receiverOrg", "XX-TREASURY-KE");
    assertThat(actorsWithRef(result, "XX-TREASURY-KE")).isEmpty();
  }

  @Test
  void noLanguageAnywhereIsUndeterminedWithOneWarning() throws Exception {
    IatiImport result = lenient("no-lang.xml");
    for (Initiative initiative : result.graph().initiatives()) {
      assertThat(initiative.name().texts().keySet()).containsExactly("und");
    }
    assertThat(result.graph().get(initiative("XX-TEST-5-A"), Initiative.class).summary().texts())
        .isEqualTo(Map.of("und", "Kiosks that charge phones."));
    assertThat(actorsWithRef(result, "XX-TEST-5")).singleElement()
        .satisfies(org -> assertThat(org.name().texts()).isEqualTo(Map.of("und", "Publisher Five")));
    assertThat(result.warnings().warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MISSING_FIELD);
      assertThat(p.message()).contains("und");
      assertThat(p.location().line()).hasValue(7);
    });
  }
}
