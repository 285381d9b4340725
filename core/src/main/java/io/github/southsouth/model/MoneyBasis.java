package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The price basis of a {@link Money} amount: {@code nominal} (current prices of the day it was
 * recorded) or {@code constant-YYYY} (deflated to the prices of a base year, as AidData's
 * "constant 2021 USD"). Amounts of different bases are never added together.
 *
 * <p>Immutable and thread-safe; equality is by base year (or its absence).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class MoneyBasis {

  private static final MoneyBasis NOMINAL = ImmutableMoneyBasis.of(OptionalInt.empty());

  MoneyBasis() {}

  /**
   * Returns the base year of constant prices, or empty for nominal amounts.
   *
   * @return the base year
   */
  @Value.Parameter
  public abstract OptionalInt constantYear();

  @Value.Check
  void check() {
    if (constantYear().isPresent()
        && (constantYear().getAsInt() < 1 || constantYear().getAsInt() > 9999)) {
      throw new IllegalArgumentException(
          "base year " + constantYear().getAsInt() + " is out of range: expected 1 to 9999");
    }
  }

  /**
   * Returns the nominal basis.
   *
   * @return nominal
   */
  public static MoneyBasis nominal() {
    return NOMINAL;
  }

  /**
   * Returns the basis of constant prices of a base year.
   *
   * @param year the base year
   * @return constant-{@code year}
   */
  public static MoneyBasis constant(int year) {
    return ImmutableMoneyBasis.of(OptionalInt.of(year));
  }

  /**
   * Parses {@code nominal} or {@code constant-YYYY}.
   *
   * @param code the wire code
   * @return the basis
   * @throws IllegalArgumentException if the code is neither
   */
  public static MoneyBasis parse(String code) {
    checkNotNull(code, "code");
    if (code.equals("nominal")) {
      return NOMINAL;
    }
    if (code.length() == 13 && code.startsWith("constant-") && code.substring(9).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return constant(Integer.parseInt(code.substring(9)));
    }
    throw new IllegalArgumentException(
        "invalid money basis \"" + code + "\": expected nominal or constant-YYYY, e.g. constant-2021");
  }

  /**
   * Returns the wire code, {@code nominal} or {@code constant-YYYY}.
   *
   * @return the wire code
   */
  public String code() {
    return constantYear().isPresent()
        ? String.format(Locale.ROOT, "constant-%04d", constantYear().getAsInt())
        : "nominal";
  }

  @Override
  public String toString() {
    return code();
  }
}
