package io.github.southsouth.model;

/**
 * How a flow of cooperation is delivered: the financial or in-kind instrument.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum Instrument implements Coded {
  /** A transfer with no repayment. */
  GRANT("grant"),
  /** A loan that carries no interest. */
  INTEREST_FREE_LOAN("interest-free-loan"),
  /** A loan on terms softer than the market's. */
  CONCESSIONAL_LOAN("concessional-loan"),
  /** A loan on market terms. */
  COMMERCIAL_LOAN("commercial-loan"),
  /** Buyer's or supplier's credit tied to exports. */
  EXPORT_CREDIT("export-credit"),
  /** Cancellation of debt owed. */
  DEBT_FORGIVENESS("debt-forgiveness"),
  /** Changed repayment terms of existing debt. */
  DEBT_RESCHEDULING("debt-rescheduling"),
  /** Goods delivered in kind, e.g. vaccine doses. */
  IN_KIND("in-kind"),
  /** Expert advice and know-how. */
  TECHNICAL_ASSISTANCE("technical-assistance"),
  /** Training, scholarships and exchanges. */
  TRAINING("training"),
  /** Equity or direct investment. */
  INVESTMENT("investment"),
  /** Anything the other codes do not cover. */
  OTHER("other");

  private final String code;

  Instrument(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
