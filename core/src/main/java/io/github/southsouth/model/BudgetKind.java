package io.github.southsouth.model;

/**
 * Whether a budget or planned disbursement is the one first given for its period or a later
 * revision of it (IATI's BudgetType codelist: 1 original, 2 revised).
 *
 * <p>Both are kept; sums use the revised one where a period has one (see {@link
 * Initiative#financingForTotals()}), so that a period is not counted twice. A closed vocabulary;
 * each constant has a stable wire {@linkplain #code() code}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum BudgetKind implements Coded {
  /** The amount first given for the period. */
  ORIGINAL("original"),
  /** A later revision of the amount for the period, which replaces the original in sums. */
  REVISED("revised");

  private final String code;

  BudgetKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
