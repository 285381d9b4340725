package io.github.southsouth.model;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An amount of money: a decimal amount, an ISO 4217 currency code and a {@link MoneyBasis}.
 *
 * <p>The amount keeps its scale ({@code 1.50} and {@code 1.5} are different values, so files
 * round-trip exactly); {@link #isSameQuantity} compares numerically. The currency must be three
 * upper-case letters; whether it is a known ISO 4217 code is checked by {@code CooperationGraph},
 * which reports an unknown one as a located problem ({@link #isKnownCurrency}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Money {

  /**
   * The ISO 4217 codes accepted, current and withdrawn (those Java 17.0.15 knows). A fixed list,
   * not the running Java's own, so that a file gets the same verdict on every machine, and the
   * same as from the JSON Schema, whose {@code currency} enumeration is this list.
   */
  private static final ImmutableSet<String> ISO_4217 =
      ImmutableSet.of(
          "ADP", "AED", "AFA", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "ATS", "AUD", "AWG",
          "AYM", "AZM", "AZN", "BAM", "BBD", "BDT", "BEF", "BGL", "BGN", "BHD", "BIF", "BMD",
          "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYB", "BYN", "BYR", "BZD", "CAD",
          "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CSD", "CUC",
          "CUP", "CVE", "CYP", "CZK", "DEM", "DJF", "DKK", "DOP", "DZD", "EEK", "EGP", "ERN",
          "ESP", "ETB", "EUR", "FIM", "FJD", "FKP", "FRF", "GBP", "GEL", "GHC", "GHS", "GIP",
          "GMD", "GNF", "GRD", "GTQ", "GWP", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR",
          "IEP", "ILS", "INR", "IQD", "IRR", "ISK", "ITL", "JMD", "JOD", "JPY", "KES", "KGS",
          "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
          "LTL", "LUF", "LVL", "LYD", "MAD", "MDL", "MGA", "MGF", "MKD", "MMK", "MNT", "MOP",
          "MRO", "MRU", "MTL", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZM", "MZN", "NAD",
          "NGN", "NIO", "NLG", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR",
          "PLN", "PTE", "PYG", "QAR", "ROL", "RON", "RSD", "RUB", "RUR", "RWF", "SAR", "SBD",
          "SCR", "SDD", "SDG", "SEK", "SGD", "SHP", "SIT", "SKK", "SLE", "SLL", "SOS", "SRD",
          "SRG", "SSP", "STD", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMM", "TMT", "TND",
          "TOP", "TPE", "TRL", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "USS",
          "UYI", "UYU", "UZS", "VEB", "VED", "VEF", "VES", "VND", "VUV", "WST", "XAF", "XAG",
          "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XFO", "XFU", "XOF", "XPD",
          "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "YUM", "ZAR", "ZMK", "ZMW", "ZWD",
          "ZWG", "ZWL", "ZWN", "ZWR");

  Money() {}

  /**
   * Returns the amount.
   *
   * @return the amount, any sign (IATI keeps negative corrections)
   */
  public abstract BigDecimal amount();

  /**
   * Returns the ISO 4217 currency code, e.g. {@code USD}.
   *
   * @return three upper-case letters
   */
  public abstract String currency();

  /**
   * Returns the price basis; nominal unless said otherwise.
   *
   * @return the basis
   */
  @Value.Default
  public MoneyBasis basis() {
    return MoneyBasis.nominal();
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  @Value.Check
  void check() {
    String c = currency();
    if (c.length() != 3 || !isUpperLetter(c.charAt(0)) || !isUpperLetter(c.charAt(1)) || !isUpperLetter(c.charAt(2))) {
      throw new IllegalArgumentException(
          "invalid currency \"" + c + "\": expected an ISO 4217 code of three upper-case letters");
    }
  }

  /**
   * Returns a nominal amount.
   *
   * @param amount the amount
   * @param currency the ISO 4217 code
   * @return the money
   */
  public static Money of(BigDecimal amount, String currency) {
    return builder().amount(amount).currency(currency).build();
  }

  /**
   * Returns an amount on the given basis.
   *
   * @param amount the amount
   * @param currency the ISO 4217 code
   * @param basis the price basis
   * @return the money
   */
  public static Money of(BigDecimal amount, String currency, MoneyBasis basis) {
    return builder().amount(amount).currency(currency).basis(basis).build();
  }

  /**
   * Tells whether a code is an ISO 4217 currency in the fixed list this library accepts (the
   * codes, current and withdrawn, that Java 17.0.15 knows), whatever the running Java knows. O(1).
   *
   * @param code the candidate
   * @return true if known
   */
  public static boolean isKnownCurrency(String code) {
    return ISO_4217.contains(code);
  }

  /**
   * Tells whether {@code other} has the same currency, basis and numeric amount, ignoring scale.
   *
   * @param other the other amount
   * @return true if the same quantity of money
   */
  public boolean isSameQuantity(Money other) {
    return currency().equals(other.currency())
        && basis().equals(other.basis())
        && amount().compareTo(other.amount()) == 0;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Money}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableMoney.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency() + " (" + basis() + ")";
  }
}
