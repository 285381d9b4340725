package io.github.southsouth.serialization.aiddata;

import static io.github.southsouth.serialization.aiddata.GcdfText.shorten;

import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LoanTerms;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ProblemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The money of a GCDF record: its status, its instruments (Flow Type and the loan flags) and its
 * financing (amounts in three units, loan terms, the financing columns kept as attributes).
 * Stateless and thread-safe; each method reads one row.
 */
final class GcdfFinance {

  private GcdfFinance() {}

  /** Maps Status; an unknown value is reported and kept as an attribute only. */
  static Optional<InitiativeStatus> mapStatus(GcdfRow row) {
    String raw = row.get(GcdfColumn.STATUS).strip();
    switch (raw.toLowerCase(Locale.ROOT)) {
      case "":
        return Optional.empty();
      case "pipeline: pledge":
        return Optional.of(InitiativeStatus.PLEDGED);
      case "pipeline: commitment":
        return Optional.of(InitiativeStatus.COMMITTED);
      case "implementation":
        return Optional.of(InitiativeStatus.IMPLEMENTATION);
      case "completion":
      case "completed":
        return Optional.of(InitiativeStatus.COMPLETED);
      case "suspended":
        return Optional.of(InitiativeStatus.SUSPENDED);
      case "cancelled":
      case "canceled":
        return Optional.of(InitiativeStatus.CANCELLED);
      default:
        row.problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
            "\"" + shorten(raw) + "\" is not a GCDF Status: expected Pipeline: Pledge, Pipeline: Commitment,"
                + " Implementation, Completion, Suspended or Cancelled; kept as attribute "
                + AidData.STATUS + " only", row.at(GcdfColumn.STATUS));
        return Optional.empty();
    }
  }

  /** Maps Flow Type and, for loans, the loan flags and Flow Class to instruments. */
  static Set<Instrument> mapInstruments(GcdfRow row) {
    String raw = row.get(GcdfColumn.FLOW_TYPE).strip();
    String flow = raw.toLowerCase(Locale.ROOT);
    Set<Instrument> set = EnumSet.noneOf(Instrument.class);
    if (flow.isEmpty()) {
      return set;
    }
    if (flow.equals("loan")) {
      if (row.yes(GcdfColumn.INTEREST_FREE_LOAN)) {
        set.add(Instrument.INTEREST_FREE_LOAN);
      }
      if (row.yes(GcdfColumn.GCL) || row.yes(GcdfColumn.PBC)) {
        set.add(Instrument.CONCESSIONAL_LOAN);
      }
      if (row.yes(GcdfColumn.EXPORT_BUYERS_CREDIT) || row.yes(GcdfColumn.SUPPLIERS_CREDIT)
          || row.yes(GcdfColumn.PBC)) {
        set.add(Instrument.EXPORT_CREDIT);
      }
      if (set.isEmpty()) {
        String flowClass = row.get(GcdfColumn.FLOW_CLASS).strip().toLowerCase(Locale.ROOT);
        if (flowClass.equals("oda-like")) {
          set.add(Instrument.CONCESSIONAL_LOAN);
        } else if (flowClass.equals("oof-like")) {
          set.add(Instrument.COMMERCIAL_LOAN);
        } else {
          set.add(Instrument.OTHER);
        }
      }
    } else if (flow.equals("grant")) {
      set.add(Instrument.GRANT);
    } else if (flow.equals("debt forgiveness")) {
      set.add(Instrument.DEBT_FORGIVENESS);
    } else if (flow.equals("debt rescheduling")) {
      set.add(Instrument.DEBT_RESCHEDULING);
    } else if (flow.startsWith("scholarships")) {
      set.add(Instrument.TRAINING);
    } else if (flow.startsWith("free-standing technical assistance")) {
      set.add(Instrument.TECHNICAL_ASSISTANCE);
    } else if (flow.startsWith("vague")) {
      set.add(Instrument.OTHER);
    } else {
      row.problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
          "\"" + shorten(raw) + "\" is not a GCDF Flow Type: expected Loan, Grant, Debt Forgiveness,"
              + " Debt Rescheduling, Scholarships/Training in Donor Country, Free-standing Technical"
              + " Assistance or Vague (TBD); kept as attribute " + AidData.FLOW_TYPE + " only",
          row.at(GcdfColumn.FLOW_TYPE));
    }
    return set;
  }

  /**
   * Maps the amounts and loan terms to one financing; the financing columns it does not type go to
   * {@code attributes} (of the financing when there is one, else left there for the initiative).
   */
  static Optional<Financing> mapFinancing(
      GcdfRow row,
      Set<Instrument> instruments,
      List<EntityId> funders,
      Optional<PartialDate> date,
      Map<String, String> attributes) {
    List<Money> amounts = new ArrayList<>();
    Optional<BigDecimal> original = row.decimal(GcdfColumn.AMOUNT_ORIGINAL_CURRENCY);
    String currency = row.get(GcdfColumn.ORIGINAL_CURRENCY).strip();
    Optional<BigDecimal> nominalUsd = row.decimal(GcdfColumn.AMOUNT_NOMINAL_USD);
    Optional<BigDecimal> constantUsd = row.decimal(GcdfColumn.AMOUNT_CONSTANT_USD_2021);
    Money originalMoney = null;
    if (original.isPresent()) {
      if (currency.isEmpty()) {
        row.problem(ProblemKind.RECOVERABLE, ProblemCode.MISSING_FIELD,
            "\"Amount (Original Currency)\" is given without \"Original Currency\": kept as an attribute",
            row.at(GcdfColumn.ORIGINAL_CURRENCY));
      } else if (!Money.isKnownCurrency(currency)) {
        row.problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CURRENCY,
            "\"" + shorten(currency) + "\" in \"Original Currency\" is not an ISO 4217 code: the amount"
                + " in original currency is kept as an attribute", row.at(GcdfColumn.ORIGINAL_CURRENCY));
      } else {
        originalMoney = Money.of(original.get(), currency);
        amounts.add(originalMoney);
      }
    }
    if (nominalUsd.isPresent()) {
      Money nominal = Money.of(nominalUsd.get(), "USD");
      if (originalMoney == null || !originalMoney.currency().equals("USD")) {
        amounts.add(nominal);
      } else if (!originalMoney.isSameQuantity(nominal)) {
        attributes.put(GcdfColumn.AMOUNT_NOMINAL_USD.attributeKey(), row.get(GcdfColumn.AMOUNT_NOMINAL_USD));
      }
    }
    constantUsd.ifPresent(a -> amounts.add(Money.of(a, "USD", AidData.CONSTANT_2021)));

    LoanTerms.Builder terms = LoanTerms.builder();
    Optional<BigDecimal> rate = row.decimal(GcdfColumn.INTEREST_RATE);
    Optional<BigDecimal> maturity = row.decimal(GcdfColumn.MATURITY);
    Optional<BigDecimal> grace = row.decimal(GcdfColumn.GRACE_PERIOD);
    Optional<BigDecimal> grantElement = row.decimal(GcdfColumn.GRANT_ELEMENT_OECD_CASH_FLOW);
    rate.ifPresent(terms::interestRate);
    maturity.ifPresent(terms::maturityYears);
    grace.ifPresent(terms::gracePeriodYears);
    grantElement.ifPresent(terms::grantElement);
    boolean hasTerms = rate.isPresent() || maturity.isPresent() || grace.isPresent() || grantElement.isPresent();

    for (GcdfColumn column :
        List.of(GcdfColumn.AMOUNT_ESTIMATED, GcdfColumn.ADJUSTED_AMOUNT_ORIGINAL_CURRENCY,
            GcdfColumn.ADJUSTED_AMOUNT_CONSTANT_USD_2021, GcdfColumn.ADJUSTED_AMOUNT_NOMINAL_USD,
            GcdfColumn.GRANT_ELEMENT_OECD_GRANT_EQUIV, GcdfColumn.GRANT_ELEMENT_IMF)) {
      String value = row.get(column);
      if (!value.isEmpty()) {
        attributes.put(column.attributeKey(), value);
      }
    }
    if (originalMoney == null) {
      for (GcdfColumn column : List.of(GcdfColumn.AMOUNT_ORIGINAL_CURRENCY, GcdfColumn.ORIGINAL_CURRENCY)) {
        String value = row.get(column);
        if (!value.isEmpty()) {
          attributes.put(column.attributeKey(), value);
        }
      }
    }
    if (amounts.isEmpty()) {
      // no amount to carry them: every financing column stays an attribute of the initiative
      for (GcdfColumn column : GcdfColumn.values()) {
        if (column.role() == GcdfColumn.Role.FINANCING && !row.get(column).isEmpty()) {
          attributes.put(column.attributeKey(), row.get(column));
        }
      }
      return Optional.empty();
    }
    Financing.Builder f = Financing.builder();
    f.instrument(instruments.isEmpty() ? Instrument.OTHER : instruments.iterator().next());
    f.stage(row.get(GcdfColumn.STATUS).strip().equalsIgnoreCase("pipeline: pledge")
        ? FinancingStage.PLEDGE : FinancingStage.COMMITMENT);
    f.addAllAmounts(amounts);
    if (!funders.isEmpty()) {
      f.financier(funders.get(0));
    }
    date.ifPresent(f::date);
    if (hasTerms) {
      f.terms(terms.build());
    }
    f.putAllAttributes(attributes);
    attributes.clear();
    return Optional.of(f.build());
  }
}
