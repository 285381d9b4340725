package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.model.BudgetKind;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ProblemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the money of one {@code iati-activity} (its transactions, budgets and planned
 * disbursements) to {@link Financing} flows, and its finance and aid types to instruments. Part of
 * an {@link ActivityMapper}, whose problems and attributes it adds to. Not thread-safe; one per
 * activity.
 */
final class FinanceMapper {

  private final ActivityMapper mapper;

  FinanceMapper(ActivityMapper mapper) {
    this.mapper = mapper;
  }

  /** Adds the instruments the activity's default aid types name (technical assistance, training, debt relief). */
  void aidTypeInstruments(Set<Instrument> instruments) {
    for (String code : mapper.attributes.getOrDefault("iati.defaultAidType", "").split(" ")) {
      aidTypeInstrument(code).ifPresent(instruments::add);
    }
  }

  private static Optional<Instrument> aidTypeInstrument(String code) {
    if (code.startsWith("D")) {
      return Optional.of(Instrument.TECHNICAL_ASSISTANCE);
    }
    if (code.startsWith("E")) {
      return Optional.of(Instrument.TRAINING);
    }
    if (code.equals("F01")) {
      return Optional.of(Instrument.DEBT_FORGIVENESS);
    }
    return Optional.empty();
  }

  /** Maps each transaction to a financing whose stage keeps the transaction type's meaning. */
  void transactions(List<Financing> financing) {
    for (XmlNode transaction : mapper.activity.all("transaction")) {
      mapper.out.transactions++;
      Map<String, String> attrs = new LinkedHashMap<>();
      Optional<XmlNode> typeNode = transaction.child("transaction-type");
      Optional<String> type = typeNode.flatMap(t -> mapper.code(t, "code", "TransactionType"));
      if (type.isEmpty()) {
        mapper.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.MISSING_FIELD,
            "the transaction has no transaction-type code: expected e.g. 2 (outgoing commitment) or 3 (disbursement)",
            typeNode.orElse(transaction), typeNode.isPresent() ? "code" : null);
        continue;
      }
      attrs.put("iati.transactionType", type.get());
      transaction.attr("ref").ifPresent(v -> attrs.put("iati.ref", v));
      mapper.bool(transaction, "humanitarian").ifPresent(v -> attrs.put("iati.humanitarian", v.toString()));
      Optional<Money> money = value(transaction, attrs);
      if (money.isEmpty()) {
        continue;
      }
      Optional<PartialDate> date = transaction.child("transaction-date").flatMap(d -> mapper.date(d, "iso-date"));
      String flowType = transaction.child("flow-type").flatMap(c -> mapper.code(c, "code", "FlowType"))
          .orElse(mapper.attributes.getOrDefault("iati.defaultFlowType", ""));
      String financeType = transaction.child("finance-type").flatMap(c -> mapper.code(c, "code", "FinanceType"))
          .orElse(mapper.attributes.getOrDefault("iati.defaultFinanceType", ""));
      String tiedStatus = transaction.child("tied-status").flatMap(c -> mapper.code(c, "code", "TiedStatus"))
          .orElse(mapper.attributes.getOrDefault("iati.defaultTiedStatus", ""));
      String aidType = mapper.aidTypes(transaction.all("aid-type")).orElse(mapper.attributes.getOrDefault("iati.defaultAidType", ""));
      ActivityMapper.put(attrs, "iati.flowType", flowType);
      ActivityMapper.put(attrs, "iati.financeType", financeType);
      ActivityMapper.put(attrs, "iati.aidType", aidType);
      ActivityMapper.put(attrs, "iati.tiedStatus", tiedStatus);
      transaction.child("disbursement-channel").flatMap(c -> mapper.code(c, "code", "DisbursementChannel"))
          .ifPresent(v -> attrs.put("iati.disbursementChannel", v));
      Financing.Builder f = Financing.builder()
          .stage(stage(type.get()))
          .instrument(instrument(financeType, flowType, aidType))
          .addAmounts(money.get());
      date.or(() -> Optional.ofNullable(attrs.get("iati.valueDate")).map(PartialDate::parse)).ifPresent(f::date);
      parties(transaction, f, attrs);
      List<String> sectors = new ArrayList<>();
      for (XmlNode sector : transaction.all("sector")) {
        String vocabulary = sector.attr("vocabulary").orElse("1");
        sector.attr("code").ifPresent(c -> sectors.add(vocabulary.equals("1") ? c : vocabulary + ":" + c));
      }
      ActivityMapper.join(sectors, " ").ifPresent(v -> attrs.put("iati.sectors", v));
      transaction.child("recipient-country").flatMap(c -> c.attr("code")).ifPresent(v -> attrs.put("iati.recipientCountry", v));
      transaction.child("recipient-region").flatMap(c -> c.attr("code")).ifPresent(v -> attrs.put("iati.recipientRegion", v));
      transaction.child("description").map(mapper::narratives).filter(t -> !t.isEmpty())
          .ifPresent(t -> attrs.put("iati.description", t.english()));
      financing.add(f.attributes(ImmutableMap.copyOf(attrs)).build());
    }
  }

  /** Maps each budget to a financing of stage budget, typed original or revised, with its period. */
  void budgets(List<Financing> financing) {
    for (XmlNode budget : mapper.activity.all("budget")) {
      mapper.out.budgets++;
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("iati.budgetStatus", mapper.code(budget, "status", "BudgetStatus").orElse("1"));
      planned(budget, FinancingStage.BUDGET, attrs).ifPresent(f -> financing.add(f.attributes(ImmutableMap.copyOf(attrs)).build()));
    }
  }

  /**
   * Maps each planned disbursement to a financing of stage planned-disbursement, typed original or
   * revised (its {@code @type} uses the BudgetType codelist), with its period and parties.
   */
  void plannedDisbursements(List<Financing> financing) {
    for (XmlNode planned : mapper.activity.all("planned-disbursement")) {
      mapper.out.plannedDisbursements++;
      Map<String, String> attrs = new LinkedHashMap<>();
      Optional<Financing.Builder> f = planned(planned, FinancingStage.PLANNED_DISBURSEMENT, attrs);
      if (f.isPresent()) {
        parties(planned, f.get(), attrs);
        financing.add(f.get().attributes(ImmutableMap.copyOf(attrs)).build());
      }
    }
  }

  /**
   * Reads what a budget and a planned disbursement share: the type (1 original, 2 revised; an
   * unknown type gives no budget kind), the period and the value; the instrument comes from the
   * activity's defaults. Empty if the value cannot be read (a problem says why).
   */
  private Optional<Financing.Builder> planned(XmlNode node, FinancingStage stage, Map<String, String> attrs) {
    String type = mapper.code(node, "type", "BudgetType").orElse("1");
    attrs.put("iati.budgetType", type);
    Optional<Money> money = value(node, attrs);
    Optional<PartialDate> start = node.child("period-start").flatMap(d -> mapper.date(d, "iso-date"));
    Optional<PartialDate> end = node.child("period-end").flatMap(d -> mapper.date(d, "iso-date"));
    start.ifPresent(d -> attrs.put("iati.periodStart", d.toString()));
    end.ifPresent(d -> attrs.put("iati.periodEnd", d.toString()));
    if (money.isEmpty()) {
      return Optional.empty();
    }
    Financing.Builder f = Financing.builder()
        .stage(stage)
        .instrument(instrument(mapper.attributes.getOrDefault("iati.defaultFinanceType", ""),
            mapper.attributes.getOrDefault("iati.defaultFlowType", ""), mapper.attributes.getOrDefault("iati.defaultAidType", "")))
        .addAmounts(money.get());
    start.ifPresent(f::date);
    if (start.isPresent() && end.isPresent() && start.get().earliest().isAfter(end.get().latest())) {
      mapper.problem(ProblemKind.RECOVERABLE, ProblemCode.PERIOD_ORDER,
          "the " + node.name + " ends (" + end.get() + ") before it starts (" + start.get()
              + "): its period keeps only the start; both dates stay in iati.periodStart and iati.periodEnd",
          node, null);
      end = Optional.empty();
    }
    if (start.isPresent() || end.isPresent()) {
      f.period(Period.between(start, end));
    }
    switch (type) {
      case "1" -> f.budgetKind(BudgetKind.ORIGINAL);
      case "2" -> f.budgetKind(BudgetKind.REVISED);
      default -> { }
    }
    return Optional.of(f);
  }

  /**
   * Reads the provider-org (the financier, when it can be identified) and the receiver-org of a
   * transaction or planned disbursement into the financing and its attributes; a receiver that is a
   * country's government is linked to the country's actor in {@code iati.receiverActor}.
   */
  private void parties(XmlNode flow, Financing.Builder f, Map<String, String> attrs) {
    flow.child("provider-org").ifPresent(provider -> {
      provider.attr("ref").ifPresent(v -> attrs.put("iati.providerOrg", v));
      provider.attr("provider-activity-id").ifPresent(v -> attrs.put("iati.providerActivityId", v));
      if (provider.attr("ref").isPresent() || !mapper.narratives(provider).isEmpty()) {
        mapper.organisation(provider).ifPresent(f::financier);
      }
    });
    flow.child("receiver-org").ifPresent(receiver -> {
      receiver.attr("ref").ifPresent(v -> attrs.put("iati.receiverOrg", v));
      String name = mapper.narratives(receiver).english();
      if (!name.isEmpty()) {
        attrs.put("iati.receiverOrgName", name);
      }
      receiver.attr("receiver-activity-id").ifPresent(v -> attrs.put("iati.receiverActivityId", v));
      // a receiver that is a country's government is linked to the country's actor
      mapper.government(receiver).ifPresent(country -> attrs.put("iati.receiverActor", country.toString()));
    });
  }

  /** Reads the value child: amount, currency (own or the activity default) and value date. */
  private Optional<Money> value(XmlNode parent, Map<String, String> attrs) {
    Optional<XmlNode> valueNode = parent.child("value");
    if (valueNode.isEmpty()) {
      mapper.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.MISSING_FIELD, "the " + parent.name + " has no value: expected <value>",
          parent, null);
      return Optional.empty();
    }
    XmlNode value = valueNode.get();
    Optional<BigDecimal> amount = mapper.decimal(value.text(), value, null, "value");
    Optional<String> currency = value.attr("currency").map(c -> currency(c, value, "currency")).or(() -> mapper.defaultCurrency);
    if (currency.isEmpty()) {
      mapper.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.MISSING_FIELD,
          "the value has no @currency and the activity no @default-currency: expected an ISO 4217 code such as USD",
          value, null);
    }
    value.attr("value-date").ifPresent(raw -> mapper.date(value, "value-date").ifPresent(d -> attrs.put("iati.valueDate", d.toString())));
    if (amount.isEmpty() || currency.isEmpty() || currency.get().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Money.of(amount.get(), currency.get()));
  }

  String currency(String raw, XmlNode node, String attribute) {
    String code = raw.toUpperCase(Locale.ROOT);
    if (!Money.isKnownCurrency(code)) {
      mapper.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.UNKNOWN_CURRENCY,
          "the currency \"" + raw + "\" is not an ISO 4217 code: expected e.g. USD, EUR, XOF", node, attribute);
      return "";
    }
    if (!code.equals(raw)) {
      mapper.once("currency-case:" + raw, ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
          "the currency \"" + raw + "\" is not in upper case: read as " + code, node, attribute);
    }
    return code;
  }

  /** The stage of an IATI transaction type (TransactionType codelist, 2.03); unknown types are other. */
  private static FinancingStage stage(String transactionType) {
    return switch (transactionType) {
      case "1" -> FinancingStage.INCOMING_FUNDS;
      case "2" -> FinancingStage.COMMITMENT;
      case "3" -> FinancingStage.DISBURSEMENT;
      case "4" -> FinancingStage.EXPENDITURE;
      case "5" -> FinancingStage.INTEREST_REPAYMENT;
      case "6" -> FinancingStage.LOAN_REPAYMENT;
      case "7" -> FinancingStage.REIMBURSEMENT;
      case "8" -> FinancingStage.EQUITY_PURCHASE;
      case "9" -> FinancingStage.EQUITY_SALE;
      case "10" -> FinancingStage.CREDIT_GUARANTEE;
      case "11" -> FinancingStage.INCOMING_COMMITMENT;
      case "12" -> FinancingStage.INCOMING_PLEDGE;
      case "13" -> FinancingStage.PLEDGE;
      default -> FinancingStage.OTHER;
    };
  }

  /** The instrument from the finance type, then the aid type; loans under ODA (flow 10) are concessional. */
  private static Instrument instrument(String financeType, String flowType, String aidType) {
    if (!financeType.isEmpty() && financeType.chars().allMatch(Character::isDigit)) {
      int code = Integer.parseInt(financeType.length() > 6 ? "0" : financeType);
      if (code == 1 || (code >= 100 && code < 300)) {
        return Instrument.GRANT;
      }
      if (code == 414 || (code >= 451 && code <= 453)) {
        return Instrument.EXPORT_CREDIT;
      }
      if (code == 4 || (code >= 410 && code <= 413) || code == 421 || (code >= 431 && code <= 433)) {
        return flowType.equals("10") ? Instrument.CONCESSIONAL_LOAN : Instrument.COMMERCIAL_LOAN;
      }
      if (code == 5 || (code >= 500 && code < 600)) {
        return Instrument.INVESTMENT;
      }
      if (code == 6 || (code >= 600 && code < 620)) {
        return Instrument.DEBT_FORGIVENESS;
      }
      if (code >= 620 && code < 640) {
        return Instrument.DEBT_RESCHEDULING;
      }
      return Instrument.OTHER;
    }
    for (String code : aidType.split(" ")) {
      Optional<Instrument> instrument = aidTypeInstrument(code);
      if (instrument.isPresent()) {
        return instrument.get();
      }
    }
    return Instrument.OTHER;
  }
}
