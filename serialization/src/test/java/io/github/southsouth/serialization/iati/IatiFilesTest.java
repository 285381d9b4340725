package io.github.southsouth.serialization.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.testing.SilentStreams;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Imports every real IATI file in the test resources and checks the result against facts computed
 * independently from the same file with a DOM pass.
 */
@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class IatiFilesTest {

  static Path resource(String name) {
    try {
      return Path.of(IatiFilesTest.class.getResource("/iati/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each 2.0x file and the warnings its known quirks produce, as {@code code pointer}. */
  static Stream<Arguments> files() {
    String a1 = "/iati-activities/iati-activity[1]";
    return Stream.of(
        Arguments.of("flattener-canada-activity.xml", List.of(
            "invalid-value " + a1 + "/@xml:lang",
            "invalid-value " + a1 + "/title/narrative[1]/@xml:lang",
            "duplicate-key " + a1 + "/participating-org[3]/@ref")),
        Arguments.of("flattener-ec-intpa-activity.xml", List.of(
            "missing-field " + a1,
            "duplicate-key " + a1 + "/participating-org[1]/@ref",
            // the publisher's planned disbursements end before they start
            "period-order " + a1 + "/planned-disbursement[1]",
            "period-order " + a1 + "/planned-disbursement[2]",
            "period-order " + a1 + "/planned-disbursement[3]",
            "period-order " + a1 + "/planned-disbursement[4]",
            "dangling-reference " + a1 + "/related-activity[1]/@ref")),
        Arguments.of("flattener-fcdo-activity.xml", List.of(
            "duplicate-key " + a1 + "/transaction[1]/provider-org/@ref",
            "dangling-reference " + a1 + "/related-activity[1]/@ref",
            "dangling-reference " + a1 + "/related-activity[2]/@ref")),
        Arguments.of("flattener-ifad-activity.xml", List.of(
            "missing-field " + a1,
            "unknown-code " + a1 + "/transaction[1]/flow-type/@code")), // FlowType 20, withdrawn
        Arguments.of("flattener-unops-at-activity.xml", List.of()),
        Arguments.of("flattener-usaid-activity.xml", List.of(
            "invalid-value " + a1 + "/@xml:lang",
            "invalid-value " + a1 + "/title/narrative[1]/@xml:lang",
            "missing-field " + a1,
            "missing-field " + a1)),
        Arguments.of("flattener-usaid-humanitarian-activity.xml", List.of(
            "missing-field " + a1, "missing-field " + a1, "missing-field " + a1)),
        Arguments.of("iati-standard-example-annotated-203.xml", List.of(
            "duplicate-key " + a1 + "/participating-org[3]/@ref",
            "duplicate-key " + a1 + "/transaction[1]/provider-org/@ref",
            "unknown-code " + a1 + "/recipient-region[2]/@code",
            "dangling-reference " + a1 + "/related-activity[1]/@ref")),
        Arguments.of("iaticloud-nl-mfa-example-203.xml", List.of()));
  }

  @ParameterizedTest
  @MethodSource("files")
  void importsWithItsKnownWarningsOnly(String file, List<String> expectedWarnings) throws Exception {
    IatiImport result = IatiImporter.reader(ReadOptions.lenient()).readResult(resource(file));

    assertThat(result.warnings().errorCount()).isZero();
    List<String> warnings = new ArrayList<>();
    List<String> withdrawn = new ArrayList<>();
    for (Problem warning : result.warnings().warnings()) {
      warnings.add(warning.code().code() + " " + warning.location().pointer().orElse(""));
      assertThat(warning.location().source()).hasValueSatisfying(s -> assertThat(s).endsWith(file));
      assertThat(warning.location().line()).isPresent();
      // a code withdrawn from its codelist, or a period that ends before it starts, loses meaning
      if (warning.message().contains(" is withdrawn from the IATI ") || warning.code() == ProblemCode.PERIOD_ORDER) {
        withdrawn.add(warning.message());
      }
    }
    assertThat(warnings).containsExactlyInAnyOrderElementsOf(expectedWarnings);

    // strict: the same, except that a withdrawn code or a reversed period is an error
    if (withdrawn.isEmpty()) {
      assertThat(IatiImporter.reader().readResult(resource(file))
          .warnings().warningCount()).isEqualTo(expectedWarnings.size());
    } else {
      ModelReadException e = catchThrowableOfType(ModelReadException.class,
          () -> IatiImporter.reader().readResult(resource(file)));
      assertThat(e).isNotNull();
      assertThat(e.report().errors()).extracting(Problem::message).containsExactlyElementsOf(withdrawn);
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void matchesAnIndependentDomReadingOfTheFile(String file, List<String> ignored) throws Exception {
    Document dom = dom(file);
    IatiImport result = IatiImporter.reader(ReadOptions.lenient()).readResult(resource(file));
    List<Element> activities = children(dom.getDocumentElement(), "iati-activity");

    // activities
    assertThat(result.activities()).isEqualTo(activities.size());
    assertThat(result.graph().initiatives()).hasSize(activities.size());

    Map<String, BigDecimal> expectedTransactionSums = new TreeMap<>();
    Map<String, BigDecimal> expectedBudgetSums = new TreeMap<>();
    Map<String, Integer> expectedTitleLanguages = new TreeMap<>();
    Map<String, Integer> expectedSummaryLanguages = new TreeMap<>();
    Set<String> expectedOrgRelations = new HashSet<>();
    int expectedTransactions = 0;
    for (Element activity : activities) {
      String identifier = children(activity, "iati-identifier").get(0).getTextContent().trim();
      EntityId id = EntityId.encode(Kind.INITIATIVE, identifier);
      Initiative initiative = result.graph().get(id, Initiative.class);
      String defaultLang = activity.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
      String defaultCurrency = activity.getAttribute("default-currency");

      // conditions: three states, absent element = not reported
      List<Element> conditions = children(activity, "conditions");
      ConditionalityState expectedState = conditions.isEmpty() ? ConditionalityState.NOT_REPORTED
          : Set.of("1", "true").contains(conditions.get(0).getAttribute("attached").trim())
              ? ConditionalityState.ATTACHED : ConditionalityState.NONE_ATTACHED;
      assertThat(initiative.conditionality().state()).as(identifier).isEqualTo(expectedState);
      if (expectedState == ConditionalityState.ATTACHED) {
        assertThat(initiative.conditionality().conditions())
            .hasSize(children(conditions.get(0), "condition").size());
      }

      // transactions and budgets: sums per currency, the activity default applied
      for (Element transaction : children(activity, "transaction")) {
        expectedTransactions++;
        add(expectedTransactionSums, children(transaction, "value").get(0), defaultCurrency);
      }
      for (Element budget : children(activity, "budget")) {
        add(expectedBudgetSums, children(budget, "value").get(0), defaultCurrency);
      }

      // narratives per language, inherited from the activity
      for (String lang : languages(children(activity, "title"), defaultLang)) {
        expectedTitleLanguages.merge(lang, 1, Integer::sum);
      }
      List<Element> general = new ArrayList<>();
      for (Element description : children(activity, "description")) {
        String type = description.getAttribute("type");
        if (type.isEmpty() || type.equals("1")) {
          general.add(description);
        }
      }
      for (String lang : languages(general, defaultLang)) {
        expectedSummaryLanguages.merge(lang, 1, Integer::sum);
      }

      // participating organisations and their roles
      for (Element org : children(activity, "participating-org")) {
        String ref = org.getAttribute("ref").trim();
        if (ref.isEmpty()) {
          continue;
        }
        String role = switch (org.getAttribute("role")) {
          case "1" -> "funds";
          case "2" -> "leads";
          case "4" -> "implements";
          default -> "participates-in";
        };
        expectedOrgRelations.add(ref + " " + role + " " + id);
      }
    }

    Map<String, BigDecimal> transactionSums = new TreeMap<>();
    Map<String, BigDecimal> budgetSums = new TreeMap<>();
    Map<String, Integer> titleLanguages = new TreeMap<>();
    Map<String, Integer> summaryLanguages = new TreeMap<>();
    int transactions = 0;
    for (Initiative initiative : result.graph().initiatives()) {
      for (Financing financing : initiative.financing()) {
        Money money = financing.amounts().get(0);
        if (financing.attributes().containsKey("iati.transactionType")) {
          transactions++;
          transactionSums.merge(money.currency(), money.amount(), BigDecimal::add);
        } else if (financing.stage() == FinancingStage.BUDGET) {
          budgetSums.merge(money.currency(), money.amount(), BigDecimal::add);
        }
      }
      String identifier = initiative.externalIds().get("iati");
      initiative.name().texts().forEach((lang, text) -> {
        assertThat(text).as("a name is never made from the identifier").isNotEqualTo(identifier);
        titleLanguages.merge(lang, 1, Integer::sum);
      });
      initiative.summary().texts().keySet().forEach(lang -> summaryLanguages.merge(lang, 1, Integer::sum));
    }
    assertThat(transactions).isEqualTo(expectedTransactions);
    assertThat(result.transactions()).isEqualTo(expectedTransactions);
    assertThat(transactionSums).isEqualTo(expectedTransactionSums);
    assertThat(budgetSums).isEqualTo(expectedBudgetSums);
    assertThat(titleLanguages).isEqualTo(expectedTitleLanguages);
    assertThat(summaryLanguages).isEqualTo(expectedSummaryLanguages);

    Set<String> orgRelations = new HashSet<>();
    for (Relation relation : result.graph().relations()) {
      if (Set.of(RelationType.FUNDS, RelationType.LEADS, RelationType.IMPLEMENTS, RelationType.PARTICIPATES_IN)
          .contains(relation.type())) {
        // an organisation's ref is its external id; a government's, read as its country, is in the note
        String ref = result.graph().get(relation.from()).externalIds().getOrDefault("iati",
            relation.note().filter(n -> n.contains(", ref ")).map(n -> n.replaceAll(".*, ref ([^,]*).*", "$1")).orElse(""));
        orgRelations.add(ref + " " + relation.type().code() + " " + relation.to());
      }
    }
    assertThat(orgRelations).containsAll(expectedOrgRelations);

    // one source per file, cited by every imported initiative and actor
    assertThat(result.graph().sources()).hasSize(1);
    EntityId source = result.graph().sources().get(0).id();
    for (Entity entity : result.graph().entities()) {
      if (entity.kind() == Kind.INITIATIVE || entity.kind() == Kind.ACTOR) {
        assertThat(entity.citations()).as(entity.id().toString()).anySatisfy(c -> assertThat(c.source()).isEqualTo(source));
      }
    }
  }

  @Test
  void refusesTheLegacyVersionOneFile() {
    ModelReadException e = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader(ReadOptions.lenient())
            .readResult(resource("iatischemas-legacy-v1-dfid-out.xml")));
    assertThat(e).isNotNull();
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNSUPPORTED_VERSION);
      assertThat(p.message()).contains("1.0").contains("2.01").contains("2.02").contains("2.03");
      assertThat(p.location().line()).hasValue(2);
      assertThat(p.location().pointer()).hasValue("/iati-activities/@version");
    });
  }

  @Test
  void importsAllFilesTogether() throws Exception {
    List<Path> paths = new ArrayList<>();
    files().forEach(a -> paths.add(resource((String) a.get()[0])));
    List<long[]> progress = new ArrayList<>();
    IatiImport result = IatiImporter.reader(
            ReadOptions.lenient().withProgress((records, bytes, total) -> progress.add(new long[] {records, bytes, total})))
        .readResult(paths);

    assertThat(result.files()).isEqualTo(9);
    assertThat(result.activities()).isEqualTo(23);
    assertThat(result.graph().sources()).hasSize(9);
    assertThat(result.graph().info().sources()).hasSize(9);
    long[] last = progress.get(progress.size() - 1);
    assertThat(last[0]).isEqualTo(23);
    assertThat(last[1]).isEqualTo(last[2]).isPositive();
    // the same organisation reported by two files is one actor citing both files
    assertThat(result.graph().get(EntityId.encode(Kind.ACTOR, "iati-org-US-GOV-1")).citations()).hasSize(2);
  }

  @Test
  void readsTheStandardExampleConditionsAndClassifications() throws Exception {
    IatiImport result = IatiImporter.reader()
        .readResult(resource("iati-standard-example-annotated-203.xml"));
    Initiative initiative = result.graph().initiatives().get(0);
    assertThat(initiative.conditionality().state()).isEqualTo(ConditionalityState.ATTACHED);
    assertThat(initiative.conditionality().conditions()).extracting(c -> c.type())
        .containsExactly(ConditionType.POLICY);
    assertThat(initiative.name().texts().keySet()).contains("en", "fr");
    assertThat(initiative.attributes()).containsKeys("iati.tags", "iati.policyMarkers", "iati.collaborationType");
  }

  // ---- the independent DOM pass

  static Document dom(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(resource(file).toFile());
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && node.getNamespaceURI() == null && node.getLocalName().equals(name)) {
        found.add((Element) node);
      }
    }
    return found;
  }

  private static void add(Map<String, BigDecimal> sums, Element value, String defaultCurrency) {
    String currency = value.getAttribute("currency").isEmpty() ? defaultCurrency : value.getAttribute("currency");
    sums.merge(currency.toUpperCase(Locale.ROOT), new BigDecimal(value.getTextContent().trim()), BigDecimal::add);
  }

  /** The distinct languages of the non-empty narratives of some elements. */
  private static Set<String> languages(List<Element> elements, String defaultLang) {
    Set<String> languages = new HashSet<>();
    for (Element element : elements) {
      for (Element narrative : children(element, "narrative")) {
        if (narrative.getTextContent().isBlank()) {
          continue;
        }
        String lang = narrative.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        languages.add((lang.isEmpty() ? defaultLang : lang).toLowerCase(Locale.ROOT));
      }
    }
    return languages;
  }

}
