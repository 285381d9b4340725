package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.model.BudgetKind;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Collateral;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LoanTerms;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.problem.ProblemCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * The objects an initiative holds, in the native format (docs/FORMAT.md): financing, its amounts
 * of money, money bases and loan terms; sectors; conditionality and its conditions; collateral.
 * Each is written by a static {@code write*} method and read back by the matching {@code read*}
 * method, which reports every problem with its location and returns null for a value that could
 * not be read.
 *
 * <p>Not thread-safe when reading (one per cursor, through {@link Codec#financing()}); the write
 * methods are stateless.
 */
public final class FinancingCodec {

  private final Codec values;
  private final Cursor in;

  FinancingCodec(Codec values) {
    this.values = values;
    this.in = values.cursor();
  }

  /**
   * Writes collateral: {@code collateralised}, then the providers, agents and what secures it when
   * given.
   *
   * @param g the generator
   * @param c the collateral
   */
  public static void writeCollateral(JsonGenerator g, Collateral c) {
    g.writeStartObject();
    g.writeName("collateralised");
    g.writeBoolean(c.collateralised());
    Codec.writeIds(g, "providers", c.providers());
    Codec.writeIds(g, "agents", c.agents());
    Codec.writeText(g, "securedBy", c.securedBy());
    g.writeEndObject();
  }

  /**
   * Writes a financing.
   *
   * @param g the generator
   * @param f the financing
   */
  public static void writeFinancing(JsonGenerator g, Financing f) {
    g.writeStartObject();
    Codec.writeCode(g, "instrument", f.instrument());
    Codec.writeCode(g, "stage", f.stage());
    g.writeName("amounts");
    g.writeStartArray();
    for (Money m : f.amounts()) {
      writeMoney(g, m);
    }
    g.writeEndArray();
    if (f.financier().isPresent()) {
      g.writeName("financier");
      g.writeString(f.financier().get().toString());
    }
    if (f.date().isPresent()) {
      g.writeName("date");
      g.writeString(Codec.date(f.date().get()));
    }
    if (f.period().isPresent()) {
      g.writeName("period");
      Codec.writePeriod(g, f.period().get());
    }
    if (f.budgetKind().isPresent()) {
      Codec.writeCode(g, "budgetKind", f.budgetKind().get());
    }
    if (f.terms().isPresent()) {
      g.writeName("terms");
      writeLoanTerms(g, f.terms().get());
    }
    Codec.writeMap(g, "attributes", f.attributes());
    g.writeEndObject();
  }

  /**
   * Writes loan terms.
   *
   * @param g the generator
   * @param t the terms
   */
  public static void writeLoanTerms(JsonGenerator g, LoanTerms t) {
    g.writeStartObject();
    Codec.writeDecimal(g, "interestRate", t.interestRate());
    Codec.writeDecimal(g, "maturityYears", t.maturityYears());
    Codec.writeDecimal(g, "gracePeriodYears", t.gracePeriodYears());
    Codec.writeDecimal(g, "grantElement", t.grantElement());
    g.writeEndObject();
  }

  /**
   * Writes an amount of money; the basis only when not nominal.
   *
   * @param g the generator
   * @param m the money
   */
  public static void writeMoney(JsonGenerator g, Money m) {
    g.writeStartObject();
    g.writeName("amount");
    g.writeString(m.amount().toPlainString());
    g.writeName("currency");
    g.writeString(m.currency());
    if (m.basis().constantYear().isPresent()) {
      g.writeName("basis");
      int year = m.basis().constantYear().getAsInt();
      g.writeString(year >= 1000 ? "constant-" + year : m.basis().code());
    }
    g.writeEndObject();
  }

  /**
   * Writes a sector.
   *
   * @param g the generator
   * @param s the sector
   */
  public static void writeSector(JsonGenerator g, Sector s) {
    g.writeStartObject();
    g.writeName("code");
    g.writeString(s.code());
    Codec.writeCode(g, "vocabulary", s.vocabulary());
    Codec.writeDecimal(g, "share", s.share());
    g.writeEndObject();
  }

  /**
   * Writes a conditionality.
   *
   * @param g the generator
   * @param c the conditionality
   */
  public static void writeConditionality(JsonGenerator g, Conditionality c) {
    g.writeStartObject();
    Codec.writeCode(g, "state", c.state());
    if (!c.conditions().isEmpty()) {
      g.writeName("conditions");
      g.writeStartArray();
      for (Condition condition : c.conditions()) {
        writeCondition(g, condition);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a condition.
   *
   * @param g the generator
   * @param c the condition
   */
  public static void writeCondition(JsonGenerator g, Condition c) {
    g.writeStartObject();
    Codec.writeCode(g, "type", c.type());
    Codec.writeText(g, "description", c.description());
    g.writeEndObject();
  }

  /**
   * Reads a financing.
   *
   * @return the financing, or null
   */
  public @Nullable Financing readFinancing() {
    if (!in.expectObject("a financing")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Financing.Builder b = Financing.builder();
    boolean ok = true;
    boolean instrument = false;
    boolean amounts = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "instrument":
          in.toValue();
          instrument = true;
          ok &= Codec.set(values.readCode(Instrument.class, "instrument"), b::instrument);
          break;
        case "stage":
          in.toValue();
          ok &= Codec.set(values.readCode(FinancingStage.class, "financing stage"), b::stage);
          break;
        case "amounts":
          in.toValue();
          amounts = true;
          ok &= Codec.set(values.readList("amounts of money", this::readMoney), b::addAllAmounts);
          break;
        case "financier":
          in.toValue();
          ok &= Codec.set(values.readId("an actor id"), b::financier);
          break;
        case "date":
          in.toValue();
          ok &= Codec.set(values.readDate(), b::date);
          break;
        case "period":
          in.toValue();
          ok &= Codec.set(values.readPeriod(), b::period);
          break;
        case "budgetKind":
          in.toValue();
          ok &= Codec.set(values.readCode(BudgetKind.class, "budget kind"), b::budgetKind);
          break;
        case "terms":
          in.toValue();
          ok &= Codec.set(readLoanTerms(), b::terms);
          break;
        case "attributes":
          in.toValue();
          ok &= Codec.set(values.readStringMap("attributes"), b::putAllAttributes);
          break;
        default:
          in.unknownField(field, "a financing",
              "instrument, stage, amounts, financier, date, period, budgetKind, terms, attributes");
      }
    }
    if (!instrument || !amounts) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a financing has no " + (!instrument ? "instrument" : "amounts")
              + ": expected instrument and amounts (at least one)",
          in.here(start));
      return null;
    }
    return ok ? values.buildAt(b::build, start) : null;
  }

  /**
   * Reads loan terms.
   *
   * @return the terms, or null
   */
  public @Nullable LoanTerms readLoanTerms() {
    if (!in.expectObject("loan terms")) {
      return null;
    }
    LoanTerms.Builder b = LoanTerms.builder();
    boolean ok = true;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "interestRate":
          in.toValue();
          ok &= Codec.set(values.readDecimal("an interest rate in percent"), b::interestRate);
          break;
        case "maturityYears":
          in.toValue();
          ok &= Codec.set(values.readDecimal("a maturity in years"), b::maturityYears);
          break;
        case "gracePeriodYears":
          in.toValue();
          ok &= Codec.set(values.readDecimal("a grace period in years"), b::gracePeriodYears);
          break;
        case "grantElement":
          in.toValue();
          ok &= Codec.set(values.readDecimal("a grant element in percent"), b::grantElement);
          break;
        default:
          in.unknownField(field, "loan terms", "interestRate, maturityYears, gracePeriodYears, grantElement");
      }
    }
    return ok ? b.build() : null;
  }

  /**
   * Reads an amount of money.
   *
   * @return the money, or null
   */
  public @Nullable Money readMoney() {
    if (!in.expectObject("an amount of money")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Money.Builder b = Money.builder();
    boolean ok = true;
    boolean amount = false;
    boolean currency = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "amount":
          in.toValue();
          amount = true;
          ok &= Codec.set(values.readDecimal("an amount"), b::amount);
          break;
        case "currency":
          in.toValue();
          currency = true;
          String code = in.text("an ISO 4217 currency code as text, e.g. \"USD\"");
          if (code == null) {
            ok = false;
          } else if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            in.error(
                ProblemCode.INVALID_VALUE,
                "invalid currency \"" + Cursor.shorten(code) + "\": expected an ISO 4217 code of three"
                    + " upper-case letters, e.g. USD");
            ok = false;
          } else {
            b.currency(code);
          }
          break;
        case "basis":
          in.toValue();
          ok &= Codec.set(readBasis(), b::basis);
          break;
        default:
          in.unknownField(field, "an amount of money", "amount, currency, basis");
      }
    }
    if (!amount || !currency) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "an amount of money has no " + (!amount ? "amount" : "currency") + ": expected amount and currency",
          in.here(start));
      return null;
    }
    return ok ? values.buildAt(b::build, start) : null;
  }

  /**
   * Reads a money basis, {@code nominal} or {@code constant-YYYY}.
   *
   * @return the basis, or null
   */
  public @Nullable MoneyBasis readBasis() {
    String basis = in.text("a money basis, nominal or constant-YYYY");
    if (basis == null) {
      return null;
    }
    try {
      return MoneyBasis.parse(basis);
    } catch (IllegalArgumentException e) {
      in.error(ProblemCode.INVALID_VALUE, Codec.shortenMessage(e.getMessage()));
      return null;
    }
  }

  /**
   * Reads a sector.
   *
   * @return the sector, or null
   */
  public @Nullable Sector readSector() {
    if (!in.expectObject("a sector")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Sector.Builder b = Sector.builder();
    boolean ok = true;
    boolean code = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "code":
          in.toValue();
          code = true;
          ok &= Codec.set(in.text("a sector code as text, e.g. \"23230\""), b::code);
          break;
        case "vocabulary":
          in.toValue();
          ok &= Codec.set(values.readCode(SectorVocabulary.class, "sector vocabulary"), b::vocabulary);
          break;
        case "share":
          in.toValue();
          ok &= Codec.set(values.readDecimal("a share in percent"), b::share);
          break;
        default:
          in.unknownField(field, "a sector", "code, vocabulary, share");
      }
    }
    if (!code) {
      in.error(ProblemCode.MISSING_FIELD, "a sector has no code: expected code, e.g. \"23230\"", in.here(start));
      return null;
    }
    return ok ? values.buildAt(b::build, start) : null;
  }

  /**
   * Reads a conditionality.
   *
   * @return the conditionality, or null
   */
  public @Nullable Conditionality readConditionality() {
    if (!in.expectObject("a conditionality")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Conditionality.Builder b = Conditionality.builder();
    boolean ok = true;
    boolean state = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "state":
          in.toValue();
          state = true;
          ok &= Codec.set(values.readCode(ConditionalityState.class, "conditionality state"), b::state);
          break;
        case "conditions":
          in.toValue();
          ok &= Codec.set(values.readList("conditions", this::readCondition), b::addAllConditions);
          break;
        default:
          in.unknownField(field, "a conditionality", "state, conditions");
      }
    }
    if (!state) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a conditionality has no state: expected one of " + Coded.codesOf(ConditionalityState.class),
          in.here(start));
      return null;
    }
    return ok ? values.buildAt(b::build, start) : null;
  }

  /**
   * Reads collateral.
   *
   * @return the collateral, or null
   */
  public @Nullable Collateral readCollateral() {
    if (!in.expectObject("collateral")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Collateral.Builder b = Collateral.builder();
    boolean ok = true;
    boolean collateralised = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "collateralised":
          in.toValue();
          collateralised = true;
          ok &= Codec.set(values.readBoolean("true or false"), b::collateralised);
          break;
        case "providers":
          in.toValue();
          ok &= Codec.set(values.readIds("actor ids"), b::addAllProviders);
          break;
        case "agents":
          in.toValue();
          ok &= Codec.set(values.readIds("actor ids"), b::addAllAgents);
          break;
        case "securedBy":
          in.toValue();
          ok &= Codec.set(values.readLocalized(), b::securedBy);
          break;
        default:
          in.unknownField(field, "collateral", "collateralised, providers, agents, securedBy");
      }
    }
    if (!collateralised) {
      in.error(ProblemCode.MISSING_FIELD, "collateral has no collateralised: expected true or false",
          in.here(start));
      return null;
    }
    return ok ? values.buildAt(b::build, start) : null;
  }

  /**
   * Reads a condition.
   *
   * @return the condition, or null
   */
  public @Nullable Condition readCondition() {
    if (!in.expectObject("a condition")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Condition.Builder b = Condition.builder();
    boolean ok = true;
    boolean type = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "type":
          in.toValue();
          type = true;
          ok &= Codec.set(values.readCode(ConditionType.class, "condition type"), b::type);
          break;
        case "description":
          in.toValue();
          ok &= Codec.set(values.readLocalized(), b::description);
          break;
        default:
          in.unknownField(field, "a condition", "type, description");
      }
    }
    if (!type) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a condition has no type: expected one of " + Coded.codesOf(ConditionType.class),
          in.here(start));
      return null;
    }
    return ok ? values.buildAt(b::build, start) : null;
  }
}
