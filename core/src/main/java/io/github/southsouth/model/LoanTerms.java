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
    return ImmutableLoanTerms.builder();
  }

  /**
   * Builds {@link LoanTerms} values: set the attributes, then call {@link #build()}. Made with {@link
   * LoanTerms#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link LoanTerms}: values are replaced, absent optional values do not replace present ones.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(LoanTerms instance);

    /**
     * Sets the optional {@link LoanTerms#interestRate() interestRate}.
     *
     * @param interestRate the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder interestRate(BigDecimal interestRate);

    /**
     * Sets the optional {@link LoanTerms#interestRate() interestRate}; an empty optional makes it absent.
     *
     * @param interestRate the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder interestRate(Optional<? extends BigDecimal> interestRate);

    /**
     * Sets the optional {@link LoanTerms#maturityYears() maturityYears}.
     *
     * @param maturityYears the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder maturityYears(BigDecimal maturityYears);

    /**
     * Sets the optional {@link LoanTerms#maturityYears() maturityYears}; an empty optional makes it absent.
     *
     * @param maturityYears the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder maturityYears(Optional<? extends BigDecimal> maturityYears);

    /**
     * Sets the optional {@link LoanTerms#gracePeriodYears() gracePeriodYears}.
     *
     * @param gracePeriodYears the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder gracePeriodYears(BigDecimal gracePeriodYears);

    /**
     * Sets the optional {@link LoanTerms#gracePeriodYears() gracePeriodYears}; an empty optional makes it absent.
     *
     * @param gracePeriodYears the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder gracePeriodYears(Optional<? extends BigDecimal> gracePeriodYears);

    /**
     * Sets the optional {@link LoanTerms#grantElement() grantElement}.
     *
     * @param grantElement the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder grantElement(BigDecimal grantElement);

    /**
     * Sets the optional {@link LoanTerms#grantElement() grantElement}; an empty optional makes it absent.
     *
     * @param grantElement the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder grantElement(Optional<? extends BigDecimal> grantElement);

    /**
     * Builds a new {@link LoanTerms LoanTerms}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract LoanTerms build();
  }
}
