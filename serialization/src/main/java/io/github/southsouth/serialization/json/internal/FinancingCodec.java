package io.github.southsouth.serialization.json.internal;

import static io.github.southsouth.serialization.json.internal.Codec.set;

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
    Codec.writeArray(g, "providers", c.providers(), Codec::writeId);
    Codec.writeArray(g, "agents", c.agents(), Codec::writeId);
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
    Codec.writeArray(g, "amounts", f.amounts(), FinancingCodec::writeMoney); // never empty
    Codec.writeOptional(g, "financier", f.financier(), Codec::writeId);
    Codec.writeOptional(g, "date", f.date(), Codec::writeDate);
    Codec.writeOptional(g, "period", f.period(), Codec::writePeriod);
    Codec.writeOptional(g, "budgetKind", f.budgetKind(), Codec::writeCode);
    Codec.writeOptional(g, "terms", f.terms(), FinancingCodec::writeLoanTerms);
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
    Codec.writeOptional(g, "interestRate", t.interestRate(), Codec::writeDecimal);
    Codec.writeOptional(g, "maturityYears", t.maturityYears(), Codec::writeDecimal);
    Codec.writeOptional(g, "gracePeriodYears", t.gracePeriodYears(), Codec::writeDecimal);
    Codec.writeOptional(g, "grantElement", t.grantElement(), Codec::writeDecimal);
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
    Codec.writeOptional(g, "share", s.share(), Codec::writeDecimal);
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
    Codec.writeArray(g, "conditions", c.conditions(), FinancingCodec::writeCondition);
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

  private enum FinancingField { INSTRUMENT, STAGE, AMOUNTS, FINANCIER, DATE, PERIOD, BUDGET_KIND, TERMS, ATTRIBUTES }
  private static final Codec.Keys<FinancingField> FINANCING = new Codec.Keys<>(FinancingField.class, "a financing",
      false, "instrument and amounts (at least one)", FinancingField.INSTRUMENT, FinancingField.AMOUNTS);

  /**
   * Reads a financing.
   *
   * @return the financing, or null
   */
  public @Nullable Financing readFinancing() {
    Financing.Builder b = Financing.builder();
    return values.readObject(FINANCING, b::build, field -> switch (field) {
      case INSTRUMENT -> set(values.readCode(Instrument.class, "instrument"), b::instrument);
      case STAGE -> set(values.readCode(FinancingStage.class, "financing stage"), b::stage);
      case AMOUNTS -> set(values.readList("amounts of money", this::readMoney), b::addAllAmounts);
      case FINANCIER -> set(values.readId("an actor id"), b::financier);
      case DATE -> set(values.readDate(), b::date);
      case PERIOD -> set(values.readPeriod(), b::period);
      case BUDGET_KIND -> set(values.readCode(BudgetKind.class, "budget kind"), b::budgetKind);
      case TERMS -> set(readLoanTerms(), b::terms);
      case ATTRIBUTES -> set(values.readStringMap("attributes"), b::putAllAttributes);
    });
  }

  private enum LoanTermsField { INTEREST_RATE, MATURITY_YEARS, GRACE_PERIOD_YEARS, GRANT_ELEMENT }
  private static final Codec.Keys<LoanTermsField> LOAN_TERMS =
      new Codec.Keys<>(LoanTermsField.class, "loan terms", false, "");

  /**
   * Reads loan terms.
   *
   * @return the terms, or null
   */
  public @Nullable LoanTerms readLoanTerms() {
    LoanTerms.Builder b = LoanTerms.builder();
    return values.readObject(LOAN_TERMS, b::build, field -> switch (field) {
      case INTEREST_RATE -> set(values.readDecimal("an interest rate in percent"), b::interestRate);
      case MATURITY_YEARS -> set(values.readDecimal("a maturity in years"), b::maturityYears);
      case GRACE_PERIOD_YEARS -> set(values.readDecimal("a grace period in years"), b::gracePeriodYears);
      case GRANT_ELEMENT -> set(values.readDecimal("a grant element in percent"), b::grantElement);
    });
  }

  private enum MoneyField { AMOUNT, CURRENCY, BASIS }
  private static final Codec.Keys<MoneyField> MONEY = new Codec.Keys<>(MoneyField.class, "an amount of money", false,
      "amount and currency", MoneyField.AMOUNT, MoneyField.CURRENCY);

  /**
   * Reads an amount of money.
   *
   * @return the money, or null
   */
  public @Nullable Money readMoney() {
    Money.Builder b = Money.builder();
    return values.readObject(MONEY, b::build, field -> switch (field) {
      case AMOUNT -> set(values.readDecimal("an amount"), b::amount);
      case CURRENCY -> set(readCurrency(), b::currency);
      case BASIS -> set(readBasis(), b::basis);
    });
  }

  private @Nullable String readCurrency() {
    String code = in.text("an ISO 4217 currency code as text, e.g. \"USD\"");
    if (code != null && (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z'))) {
      in.error(
          ProblemCode.INVALID_VALUE,
          "invalid currency \"" + Cursor.shorten(code) + "\": expected an ISO 4217 code of three"
              + " upper-case letters, e.g. USD");
      return null;
    }
    return code;
  }

  /**
   * Reads a money basis, {@code nominal} or {@code constant-YYYY}.
   *
   * @return the basis, or null
   */
  public @Nullable MoneyBasis readBasis() {
    return values.parse(in.text("a money basis, nominal or constant-YYYY"), MoneyBasis::parse);
  }

  private enum SectorField { CODE, VOCABULARY, SHARE }
  private static final Codec.Keys<SectorField> SECTOR =
      new Codec.Keys<>(SectorField.class, "a sector", false, "code, e.g. \"23230\"", SectorField.CODE);

  /**
   * Reads a sector.
   *
   * @return the sector, or null
   */
  public @Nullable Sector readSector() {
    Sector.Builder b = Sector.builder();
    return values.readObject(SECTOR, b::build, field -> switch (field) {
      case CODE -> set(in.text("a sector code as text, e.g. \"23230\""), b::code);
      case VOCABULARY -> set(values.readCode(SectorVocabulary.class, "sector vocabulary"), b::vocabulary);
      case SHARE -> set(values.readDecimal("a share in percent"), b::share);
    });
  }

  private enum ConditionalityField { STATE, CONDITIONS }
  private static final Codec.Keys<ConditionalityField> CONDITIONALITY = new Codec.Keys<>(ConditionalityField.class,
      "a conditionality", false, "one of " + Coded.codesOf(ConditionalityState.class), ConditionalityField.STATE);

  /**
   * Reads a conditionality.
   *
   * @return the conditionality, or null
   */
  public @Nullable Conditionality readConditionality() {
    Conditionality.Builder b = Conditionality.builder();
    return values.readObject(CONDITIONALITY, b::build, field -> switch (field) {
      case STATE -> set(values.readCode(ConditionalityState.class, "conditionality state"), b::state);
      case CONDITIONS -> set(values.readList("conditions", this::readCondition), b::addAllConditions);
    });
  }

  private enum CollateralField { COLLATERALISED, PROVIDERS, AGENTS, SECURED_BY }
  private static final Codec.Keys<CollateralField> COLLATERAL = new Codec.Keys<>(
      CollateralField.class, "collateral", false, "true or false", CollateralField.COLLATERALISED);

  /**
   * Reads collateral.
   *
   * @return the collateral, or null
   */
  public @Nullable Collateral readCollateral() {
    Collateral.Builder b = Collateral.builder();
    return values.readObject(COLLATERAL, b::build, field -> switch (field) {
      case COLLATERALISED -> set(values.readBoolean("true or false"), b::collateralised);
      case PROVIDERS -> set(values.readIds("actor ids"), b::addAllProviders);
      case AGENTS -> set(values.readIds("actor ids"), b::addAllAgents);
      case SECURED_BY -> set(values.readLocalized(), b::securedBy);
    });
  }

  private enum ConditionField { TYPE, DESCRIPTION }
  private static final Codec.Keys<ConditionField> CONDITION = new Codec.Keys<>(ConditionField.class, "a condition",
      false, "one of " + Coded.codesOf(ConditionType.class), ConditionField.TYPE);

  /**
   * Reads a condition.
   *
   * @return the condition, or null
   */
  public @Nullable Condition readCondition() {
    Condition.Builder b = Condition.builder();
    return values.readObject(CONDITION, b::build, field -> switch (field) {
      case TYPE -> set(values.readCode(ConditionType.class, "condition type"), b::type);
      case DESCRIPTION -> set(values.readLocalized(), b::description);
    });
  }
}
