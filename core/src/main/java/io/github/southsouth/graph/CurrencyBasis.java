package io.github.southsouth.graph;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A currency and price basis, such as {@code USD constant-2021}: the unit in which amounts of
 * {@link Money} may be added. Sums of finance are kept per currency and basis and never converted
 * or added across them.
 *
 * <p>Immutable and thread-safe. Ordered by currency code, then basis code.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CurrencyBasis implements Comparable<CurrencyBasis> {

  private static final Comparator<CurrencyBasis> ORDER =
      Comparator.comparing(CurrencyBasis::currency).thenComparing(c -> c.basis().code());

  CurrencyBasis() {}

  /**
   * Returns the ISO 4217 currency code.
   *
   * @return the currency, e.g. {@code USD}
   */
  @Value.Parameter
  public abstract String currency();

  /**
   * Returns the price basis.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract MoneyBasis basis();

  /**
   * Returns the unit of the given currency and basis.
   *
   * @param currency the ISO 4217 code
   * @param basis the price basis
   * @return the unit
   */
  public static CurrencyBasis of(String currency, MoneyBasis basis) {
    checkNotNull(currency, "currency");
    checkNotNull(basis, "basis");
    return ImmutableCurrencyBasis.of(currency, basis);
  }

  /**
   * Returns the unit of an amount.
   *
   * @param money the amount
   * @return its currency and basis
   */
  public static CurrencyBasis of(Money money) {
    checkNotNull(money, "money");
    return of(money.currency(), money.basis());
  }

  @Override
  public int compareTo(CurrencyBasis other) {
    checkNotNull(other, "other");
    return ORDER.compare(this, other);
  }

  /** Returns {@code CURRENCY basis}, e.g. {@code USD constant-2021}. */
  @Override
  public String toString() {
    return currency() + " " + basis().code();
  }
}
