package io.github.southsouth.model;

/**
 * Which way the money of a {@link FinancingStage} goes, seen from the one who reports it: paid out
 * to others, received, or only planned.
 *
 * <p>Sums of committed or disbursed finance count only {@link #OUTGOING} stages, so that money an
 * initiative receives (IATI's incoming funds and incoming commitments) is not counted as money it
 * gives. A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public enum FlowDirection implements Coded {
  /** Money paid out, or promised to be paid out, to others. */
  OUTGOING("outgoing"),
  /** Money received, or promised to be received, from others (including repayments). */
  INCOMING("incoming"),
  /** Money planned but not yet a flow: a budget or a planned disbursement. */
  PLANNED("planned"),
  /** The source does not say which way the money goes. */
  UNSPECIFIED("unspecified");

  private final String code;

  FlowDirection(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
