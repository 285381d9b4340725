package io.github.southsouth.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The terms of a loan, each part optional because sources report them unevenly: interest rate,
 * maturity, grace period and grant element.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LoanTerms {

  LoanTerms() {}

  /**
   * Returns the annual interest rate in percent.
   *
   * @return the rate, e.g. {@code 2} for 2 %
   */
  public abstract Optional<BigDecimal> interestRate();

  /**
   * Returns the maturity in years.
   *
   * @return the maturity
   */
  public abstract Optional<BigDecimal> maturityYears();

  /**
   * Returns the grace period in years.
   *
   * @return the grace period
   */
  public abstract Optional<BigDecimal> gracePeriodYears();

  /**
   * Returns the grant element in percent (OECD definition).
   *
   * @return the grant element
   */
  public abstract Optional<BigDecimal> grantElement();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LoanTerms}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableLoanTerms.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
