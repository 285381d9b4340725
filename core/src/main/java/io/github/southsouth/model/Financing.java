package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One flow of finance of an {@link Initiative}: a pledge, commitment, disbursement, budget or
 * repayment, with its instrument, its amounts, who provided it, when, and on what terms. Its
 * {@linkplain #stage() stage} says which way the money goes ({@link FinancingStage#direction()}).
 *
 * <p>{@link #amounts()} holds the same flow expressed in one or more currencies or bases, for
 * example the original currency and constant 2021 US dollars as AidData reports them. Amounts of
 * different currencies or bases are never added together. Importer-specific codes with no typed
 * field (IATI flow, finance, aid and tied types; AidData flow class) are kept in {@link
 * #attributes()} under namespaced keys such as {@code iati.flowType}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Financing {

  Financing() {}

  /**
   * Returns the instrument.
   *
   * @return the instrument
   */
  public abstract Instrument instrument();

  /**
   * Returns the stage of the flow; a commitment unless said otherwise.
   *
   * @return the stage
   */
  @Value.Default
  public FinancingStage stage() {
    return FinancingStage.COMMITMENT;
  }

  /**
   * Returns the amounts of this flow, at least one.
   *
   * @return the amounts, in the order given
   */
  public abstract ImmutableList<Money> amounts();

  /**
   * Returns the actor that provided the money.
   *
   * @return the financier's id
   */
  public abstract Optional<EntityId> financier();

  /**
   * Returns the date of the flow (value date, commitment year, ...).
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the period a budget or planned disbursement covers, e.g. one financial year.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns whether a budget or planned disbursement is the original or a revised amount for its
   * {@linkplain #period() period}; empty for other stages. Sums use {@link
   * Initiative#financingForTotals()}, which keeps the revised amount where a period has one.
   *
   * @return the budget kind
   */
  public abstract Optional<BudgetKind> budgetKind();

  /**
   * Returns the loan terms, for loans.
   *
   * @return the terms
   */
  public abstract Optional<LoanTerms> terms();

  /**
   * Returns coded values without a typed field, by namespaced key, sorted by key (see {@link
   * Entity#attributes()}).
   *
   * @return the attributes
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> attributes();

  @Value.Check
  void check() {
    if (amounts().isEmpty()) {
      throw new IllegalArgumentException("a financing needs at least one amount");
    }
    if (budgetKind().isPresent() && stage().direction() != FlowDirection.PLANNED) {
      throw new IllegalArgumentException(
          "budgetKind is given for a financing of stage " + stage().code()
              + ": expected it only for budget or planned-disbursement");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Financing}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableFinancing.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
