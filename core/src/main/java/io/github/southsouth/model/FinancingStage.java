package io.github.southsouth.model;

/**
 * The stage of a flow that a {@link Financing} records, and which way its money goes ({@link
 * #direction()}).
 *
 * <p>The stages follow IATI's TransactionType codelist (2.03), so that an imported figure keeps its
 * meaning: money an activity receives ({@link #INCOMING_FUNDS}, {@link #INCOMING_COMMITMENT}) is
 * not a disbursement or commitment it makes. Sums of one stage (e.g. {@link #COMMITMENT}) therefore
 * count outgoing flows only.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum FinancingStage implements Coded {
  /** An outgoing pledge or announcement (IATI transaction type 13). */
  PLEDGE("pledge", FlowDirection.OUTGOING),
  /** A firm outgoing commitment (IATI transaction type 2). */
  COMMITMENT("commitment", FlowDirection.OUTGOING),
  /** Money paid out (IATI transaction type 3). */
  DISBURSEMENT("disbursement", FlowDirection.OUTGOING),
  /** Money spent on goods and services for the initiative (IATI transaction type 4). */
  EXPENDITURE("expenditure", FlowDirection.OUTGOING),
  /** A budgeted amount for a period; see {@link Financing#budgetKind()}. */
  BUDGET("budget", FlowDirection.PLANNED),
  /**
   * A disbursement planned for a period (IATI {@code planned-disbursement}); see {@link
   * Financing#budgetKind()}.
   */
  PLANNED_DISBURSEMENT("planned-disbursement", FlowDirection.PLANNED),
  /**
   * Money received for the initiative from another party (IATI transaction type 1).
   */
  INCOMING_FUNDS("incoming-funds", FlowDirection.INCOMING),
  /**
   * A firm commitment received from another party (IATI transaction type 11).
   */
  INCOMING_COMMITMENT("incoming-commitment", FlowDirection.INCOMING),
  /**
   * A pledge received from another party (IATI transaction type 12).
   */
  INCOMING_PLEDGE("incoming-pledge", FlowDirection.INCOMING),
  /** Money paid back, principal or interest, where the source does not say which. */
  REPAYMENT("repayment", FlowDirection.INCOMING),
  /**
   * Interest paid back on a loan, including fees (IATI transaction type 5).
   */
  INTEREST_REPAYMENT("interest-repayment", FlowDirection.INCOMING),
  /**
   * Principal paid back on a loan (IATI transaction type 6).
   */
  LOAN_REPAYMENT("loan-repayment", FlowDirection.INCOMING),
  /**
   * A payment covering money the recipient already spent (IATI transaction type 7).
   */
  REIMBURSEMENT("reimbursement", FlowDirection.OUTGOING),
  /**
   * Money paid for equity (IATI transaction type 8).
   */
  EQUITY_PURCHASE("equity-purchase", FlowDirection.OUTGOING),
  /**
   * Money received from selling equity (IATI transaction type 9).
   */
  EQUITY_SALE("equity-sale", FlowDirection.INCOMING),
  /**
   * A guarantee given on credit (IATI transaction type 10).
   */
  CREDIT_GUARANTEE("credit-guarantee", FlowDirection.OUTGOING),
  /** Any other stage. */
  OTHER("other", FlowDirection.UNSPECIFIED);

  private final String code;
  private final FlowDirection direction;

  FinancingStage(String code, FlowDirection direction) {
    this.code = code;
    this.direction = direction;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns which way the money of this stage goes.
   *
   * @return the direction
   */
  public FlowDirection direction() {
    return direction;
  }
}
