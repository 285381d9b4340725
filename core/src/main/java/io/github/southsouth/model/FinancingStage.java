package io.github.southsouth.model;

/**
 * The stage of a flow that a {@link Financing} records.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum FinancingStage implements Coded {
  /** A pledge or announcement. */
  PLEDGE("pledge"),
  /** A firm commitment. */
  COMMITMENT("commitment"),
  /** Money paid out. */
  DISBURSEMENT("disbursement"),
  /** Money spent. */
  EXPENDITURE("expenditure"),
  /** A budgeted amount. */
  BUDGET("budget"),
  /** Money paid back, principal or interest. */
  REPAYMENT("repayment"),
  /** Any other stage. */
  OTHER("other");

  private final String code;

  FinancingStage(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
