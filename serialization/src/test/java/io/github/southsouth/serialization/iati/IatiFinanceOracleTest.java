package io.github.southsouth.serialization.iati;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the money, recipients and conditions of every IATI file in the test resources against an
 * oracle: the same figures computed here from the raw XML with DOM, following the IATI Standard
 * (TransactionType and BudgetType codelists, default-currency inheritance, "country and region
 * percentages together sum to 100"), never with the importer's code.
 */
class IatiFinanceOracleTest {

  private static final BigDecimal HUNDRED = new BigDecimal(100);
  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  /** IATI TransactionType (2.03) to the stage it means. */
  private static final Map<String, FinancingStage> TRANSACTION_STAGE = Map.ofEntries(
      Map.entry("1", FinancingStage.INCOMING_FUNDS),
      Map.entry("2", FinancingStage.COMMITMENT),
      Map.entry("3", FinancingStage.DISBURSEMENT),
      Map.entry("4", FinancingStage.EXPENDITURE),
      Map.entry("5", FinancingStage.INTEREST_REPAYMENT),
      Map.entry("6", FinancingStage.LOAN_REPAYMENT),
      Map.entry("7", FinancingStage.REIMBURSEMENT),
      Map.entry("8", FinancingStage.EQUITY_PURCHASE),
      Map.entry("9", FinancingStage.EQUITY_SALE),
      Map.entry("10", FinancingStage.CREDIT_GUARANTEE),
      Map.entry("11", FinancingStage.INCOMING_COMMITMENT),
      Map.entry("12", FinancingStage.INCOMING_PLEDGE),
      Map.entry("13", FinancingStage.PLEDGE));

  static Stream<String> files() {
    return Stream.of(
        "flattener-canada-activity.xml",
        "flattener-ec-intpa-activity.xml",
        "flattener-fcdo-activity.xml",
        "flattener-ifad-activity.xml",
        "flattener-unops-at-activity.xml",
        "flattener-usaid-activity.xml",
        "flattener-usaid-humanitarian-activity.xml",
        "iati-standard-example-annotated-203.xml",
        "iaticloud-nl-mfa-example-203.xml",
        "finance/budgets-original-revised.xml",
        "finance/planned-disbursements.xml",
        "finance/incoming-funds.xml",
        "finance/country-and-dac-region.xml",
        "finance/withdrawn-codes.xml");
  }

  @ParameterizedTest
  @MethodSource("files")
  void importAgreesWithTheOracle(String file) throws Exception {
    Document dom = dom(file);
    IatiImport result = IatiImporter.reader(ReadOptions.lenient())
        .readResult(IatiFilesTest.resource(file));
    CooperationGraph graph = result.graph();
    List<Element> activities = children(dom.getDocumentElement(), "iati-activity");

    assertThat(result.activities()).isEqualTo(activities.size());
    assertThat(graph.initiatives()).hasSize(activities.size());

    Map<String, BigDecimal> fileTotals = new TreeMap<>();
    for (Element activity : activities) {
      String identifier = text(children(activity, "iati-identifier").get(0));
      Initiative initiative = graph.get(EntityId.encode(Kind.INITIATIVE, identifier), Initiative.class);
      String defaultCurrency = activity.getAttribute("default-currency").trim();

      // transactions: count and sum per stage (from the type) and currency
      Map<String, Integer> transactionCounts = new TreeMap<>();
      Map<String, BigDecimal> transactionSums = new TreeMap<>();
      for (Element transaction : children(activity, "transaction")) {
        String type = children(transaction, "transaction-type").get(0).getAttribute("code").trim();
        String stage = TRANSACTION_STAGE.getOrDefault(type, FinancingStage.OTHER).code();
        transactionCounts.merge(stage, 1, Integer::sum);
        add(transactionSums, stage, children(transaction, "value").get(0), defaultCurrency);
      }
      // budgets and planned disbursements: count and sum per type and currency, and the revised view
      Map<String, Integer> plannedCounts = new TreeMap<>();
      Map<String, BigDecimal> plannedSums = new TreeMap<>();
      for (String element : List.of("budget", "planned-disbursement")) {
        Map<String, BigDecimal> original = new TreeMap<>();
        Map<String, BigDecimal> revised = new TreeMap<>();
        Set<String> revisedPeriods = new HashSet<>();
        for (Element planned : children(activity, element)) {
          if (planned.getAttribute("type").trim().equals("2")) {
            revisedPeriods.add(period(planned));
          }
        }
        for (Element planned : children(activity, element)) {
          String type = planned.getAttribute("type").trim();
          String kind = element + " " + (type.equals("2") ? "revised" : type.isEmpty() || type.equals("1") ? "original" : "");
          plannedCounts.merge(kind, 1, Integer::sum);
          Element value = children(planned, "value").get(0);
          add(plannedSums, kind, value, defaultCurrency);
          if (type.equals("2") || !revisedPeriods.contains(period(planned))) {
            add(fileTotals, element, value, defaultCurrency);
          }
        }
      }
      for (Element transaction : children(activity, "transaction")) {
        String type = children(transaction, "transaction-type").get(0).getAttribute("code").trim();
        if (type.equals("2") || type.equals("3")) {
          add(fileTotals, TRANSACTION_STAGE.get(type).code(), children(transaction, "value").get(0), defaultCurrency);
        }
      }

      Map<String, Integer> importedTransactionCounts = new TreeMap<>();
      Map<String, BigDecimal> importedTransactionSums = new TreeMap<>();
      Map<String, Integer> importedPlannedCounts = new TreeMap<>();
      Map<String, BigDecimal> importedPlannedSums = new TreeMap<>();
      for (Financing financing : initiative.financing()) {
        Money money = financing.amounts().get(0);
        if (financing.stage() == FinancingStage.BUDGET || financing.stage() == FinancingStage.PLANNED_DISBURSEMENT) {
          String kind = (financing.stage() == FinancingStage.BUDGET ? "budget" : "planned-disbursement") + " "
              + financing.budgetKind().map(k -> k.code()).orElse("");
          importedPlannedCounts.merge(kind, 1, Integer::sum);
          importedPlannedSums.merge(kind + " " + money.currency(), money.amount(), BigDecimal::add);
        } else {
          importedTransactionCounts.merge(financing.stage().code(), 1, Integer::sum);
          importedTransactionSums.merge(financing.stage().code() + " " + money.currency(), money.amount(), BigDecimal::add);
        }
      }
      assertThat(importedTransactionCounts).as(identifier + " transactions by stage").isEqualTo(transactionCounts);
      assertThat(importedTransactionSums).as(identifier + " sums by stage and currency").isEqualTo(transactionSums);
      assertThat(importedPlannedCounts).as(identifier + " budgets by kind").isEqualTo(plannedCounts);
      assertThat(importedPlannedSums).as(identifier + " budget sums by kind").isEqualTo(plannedSums);

      assertThat(recipients(graph, initiative)).as(identifier + " recipients").isEqualTo(expectedRecipients(activity));
      assertThat(conditions(initiative)).as(identifier + " conditions").isEqualTo(expectedConditions(activity));
    }

    // the library's aggregations: outgoing commitments and disbursements only, revised budgets
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (FinancingStage stage : List.of(FinancingStage.COMMITMENT, FinancingStage.DISBURSEMENT,
        FinancingStage.BUDGET, FinancingStage.PLANNED_DISBURSEMENT)) {
      Map<CurrencyBasis, BigDecimal> cell =
          graph.initiativeQuery().financeBy(Grouping.all(), Grouping.all(), stage).cell("all", "all");
      cell.forEach((unit, sum) -> totals.put(stage.code() + " " + unit.currency(), sum));
    }
    assertThat(totals).as("totals").isEqualTo(fileTotals);
    Map<String, BigDecimal> committed = new TreeMap<>();
    for (ConditionalityState state : ConditionalityState.values()) {
      graph.initiativeQuery().conditionality().finance(state)
          .forEach((unit, sum) -> committed.merge(FinancingStage.COMMITMENT.code() + " " + unit.currency(), sum, BigDecimal::add));
    }
    Map<String, BigDecimal> expectedCommitted = new TreeMap<>(fileTotals);
    expectedCommitted.keySet().removeIf(k -> !k.startsWith(FinancingStage.COMMITMENT.code() + " "));
    assertThat(committed).as("committed, by conditionality").isEqualTo(expectedCommitted);
  }

  // ---- the oracle's reading of the raw file

  /**
   * The recipients as IATI defines them: those of the activity, else those of its transactions
   * (without percentages); a region beside countries whose percentages reach 100 is set aside;
   * percentages are kept when those counted sum to at most 100.
   */
  private static Set<String> expectedRecipients(Element activity) {
    List<Element> countries = children(activity, "recipient-country");
    List<Element> regions = children(activity, "recipient-region");
    boolean transactionLevel = countries.isEmpty() && regions.isEmpty();
    if (transactionLevel) {
      for (Element transaction : children(activity, "transaction")) {
        countries.addAll(children(transaction, "recipient-country"));
        regions.addAll(children(transaction, "recipient-region"));
      }
    }
    BigDecimal countrySum = BigDecimal.ZERO;
    for (Element country : countries) {
      countrySum = countrySum.add(percentage(country).orElse(BigDecimal.ZERO));
    }
    boolean regionsAside = !transactionLevel && !regions.isEmpty()
        && countrySum.compareTo(HUNDRED.subtract(TOLERANCE)) >= 0;
    Map<String, String> counted = new TreeMap<>();
    Set<String> other = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Element country : countries) {
      String key = "country " + country.getAttribute("code").trim();
      String share = transactionLevel ? "" : percentage(country).map(BigDecimal::toPlainString).orElse("");
      counted.putIfAbsent(key, share);
    }
    for (Element region : regions) {
      String vocabulary = region.getAttribute("vocabulary").trim().isEmpty() ? "1" : region.getAttribute("vocabulary").trim();
      String code = region.getAttribute("code").trim();
      String share = transactionLevel ? "" : percentage(region).map(BigDecimal::toPlainString).orElse("");
      if (regionsAside) {
        other.add("aside " + vocabulary + ":" + code + (share.isEmpty() ? "" : "=" + share));
      } else if (vocabulary.equals("1") || vocabulary.equals("2")) {
        counted.putIfAbsent("region " + vocabulary + ":" + Integer.parseInt(code), share);
      } else {
        other.add("unresolved " + vocabulary + ":" + code);
      }
    }
    boolean inRange = true;
    for (String share : counted.values()) {
      if (!share.isEmpty()) {
        BigDecimal value = new BigDecimal(share);
        sum = sum.add(value);
        inRange &= value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
      }
    }
    boolean keepShares = inRange && sum.compareTo(HUNDRED.add(TOLERANCE)) <= 0;
    Set<String> expected = new HashSet<>(other);
    counted.forEach((key, share) -> expected.add(key + (keepShares && !share.isEmpty() ? "=" + share : "")));
    return expected;
  }

  /** The conditions: {@code @attached} as the state, each condition as {@code type: texts}. */
  private static List<String> expectedConditions(Element activity) {
    List<Element> conditions = children(activity, "conditions");
    List<String> expected = new ArrayList<>();
    if (conditions.isEmpty()) {
      expected.add(ConditionalityState.NOT_REPORTED.code());
      return expected;
    }
    List<Element> listed = children(conditions.get(0), "condition");
    String attached = conditions.get(0).getAttribute("attached").trim();
    // listed conditions are attached whatever @attached says; without any, @attached decides
    boolean yes = attached.equals("1") || attached.equals("true");
    boolean no = attached.equals("0") || attached.equals("false");
    expected.add(yes || !listed.isEmpty() ? ConditionalityState.ATTACHED.code()
        : no ? ConditionalityState.NONE_ATTACHED.code() : ConditionalityState.NOT_REPORTED.code());
    for (Element condition : listed) {
      List<String> texts = new ArrayList<>();
      for (Element narrative : children(condition, "narrative")) {
        if (!text(narrative).isEmpty()) {
          texts.add(text(narrative));
        }
      }
      texts.sort(null);
      String type = switch (condition.getAttribute("type").trim()) {
        case "1" -> "policy";
        case "2" -> "performance";
        case "3" -> "fiduciary";
        default -> "other";
      };
      expected.add(type + ": " + String.join(" | ", texts));
    }
    return expected;
  }

  // ---- the same, read from the imported graph

  private static Set<String> recipients(CooperationGraph graph, Initiative initiative) {
    Set<String> found = new HashSet<>();
    for (Relation benefits : graph.outgoing(initiative.id(), RelationType.BENEFITS)) {
      Actor actor = graph.get(benefits.to(), Actor.class);
      String key = actor.actorType() == ActorType.COUNTRY ? "country " + actor.iso2().orElseThrow()
          : actor.externalIds().containsKey("oecd-dac-region") ? "region 1:" + actor.externalIds().get("oecd-dac-region")
          : "region 2:" + Integer.parseInt(actor.m49().orElseThrow());
      found.add(key + benefits.share().map(s -> "=" + s.toPlainString()).orElse(""));
    }
    for (String unresolved : split(initiative.attributes().get("iati.unresolvedRecipients"), "; ")) {
      found.add("unresolved " + unresolved.split(" ")[0]);
    }
    for (String aside : split(initiative.attributes().get("iati.recipientRegionsBesideCountries"), " ")) {
      found.add("aside " + aside);
    }
    return found;
  }

  private static List<String> conditions(Initiative initiative) {
    List<String> found = new ArrayList<>();
    found.add(initiative.conditionality().state().code());
    for (Condition condition : initiative.conditionality().conditions()) {
      List<String> texts = new ArrayList<>();
      condition.description().texts().values().forEach(t -> texts.addAll(Arrays.asList(t.split("\n"))));
      texts.sort(null);
      found.add(condition.type().code() + ": " + String.join(" | ", texts));
    }
    return found;
  }

  // ---- DOM helpers

  private static Document dom(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(IatiFilesTest.resource(file).toFile());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getNamespaceURI() == null && e.getLocalName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element element) {
    return element.getTextContent().trim();
  }

  private static java.util.Optional<BigDecimal> percentage(Element element) {
    String raw = element.getAttribute("percentage").trim();
    return raw.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new BigDecimal(raw));
  }

  /** The period of a budget or planned disbursement, as start and end dates. */
  private static String period(Element planned) {
    return children(planned, "period-start").get(0).getAttribute("iso-date").trim() + "/"
        + children(planned, "period-end").get(0).getAttribute("iso-date").trim();
  }

  /** Adds a value to the sum of its key and currency: its own, else the activity's default (IATI rule 7.8.1). */
  private static void add(Map<String, BigDecimal> sums, String key, Element value, String defaultCurrency) {
    String currency = value.getAttribute("currency").trim();
    sums.merge(key + " " + (currency.isEmpty() ? defaultCurrency : currency), new BigDecimal(text(value)), BigDecimal::add);
  }

  private static List<String> split(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
  }
}
