package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(strings = {"fa-IR", "ar-SA", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"})
  void basisCodesUseAsciiDigitsWhateverTheDefaultLocale(String tag) {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(tag));
    try {
      assertThat(MoneyBasis.constant(2021).code()).isEqualTo("constant-2021");
      assertThat(MoneyBasis.constant(7)).hasToString("constant-0007");
      assertThat(Money.of(new BigDecimal("1.50"), "CNY", MoneyBasis.constant(2021)))
          .hasToString("1.50 CNY (constant-2021)");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void nominalUnlessSaidOtherwise() {
    Money money = Money.of(new BigDecimal("3233000000"), "USD");
    assertThat(money.basis()).isEqualTo(MoneyBasis.nominal());
    assertThat(money).hasToString("3233000000 USD (nominal)");
    assertThat(Money.of(new BigDecimal("1.50"), "CNY", MoneyBasis.constant(2021))).hasToString("1.50 CNY (constant-2021)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "USDT", "", "U$D", "ÜSD"})
  void malformedCurrencyCodesAreRefused(String code) {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid currency \"" + code + "\": expected an ISO 4217 code of three upper-case letters");
  }

  @Test
  void wellFormedCodesAreKnownOrNot() {
    assertThat(Money.isKnownCurrency("CNY")).isTrue();
    assertThat(Money.isKnownCurrency("KES")).isTrue();
    assertThat(Money.isKnownCurrency("XOF")).isTrue();
    assertThat(Money.isKnownCurrency("RMB")).isFalse();
    assertThat(Money.isKnownCurrency("cny")).isFalse();
    // a well-formed but unknown code can be held; the graph reports it
    assertThat(Money.of(BigDecimal.ONE, "RMB").currency()).isEqualTo("RMB");
  }

  @Test
  void sameQuantityIgnoresScaleButNotCurrencyOrBasis() {
    Money one = Money.of(new BigDecimal("1.0"), "USD");
    assertThat(one.isSameQuantity(Money.of(new BigDecimal("1.00"), "USD"))).isTrue();
    assertThat(one.isSameQuantity(Money.of(new BigDecimal("1.0"), "CNY"))).isFalse();
    assertThat(one.isSameQuantity(Money.of(new BigDecimal("1.0"), "USD", MoneyBasis.constant(2021)))).isFalse();
    assertThat(one.isSameQuantity(Money.of(new BigDecimal("1.01"), "USD"))).isFalse();
  }

  @Test
  void basisCodesRoundTrip() {
    assertThat(MoneyBasis.parse("nominal")).isEqualTo(MoneyBasis.nominal());
    assertThat(MoneyBasis.parse("constant-2021")).isEqualTo(MoneyBasis.constant(2021));
    assertThat(MoneyBasis.constant(2021).constantYear()).hasValue(2021);
    assertThat(MoneyBasis.nominal().constantYear()).isEmpty();
    for (String code : new String[] {"nominal", "constant-2021", "constant-0999", "constant-0001"}) {
      assertThat(MoneyBasis.parse(code).code()).isEqualTo(code);
      assertThat(MoneyBasis.parse(code)).hasToString(code);
    }
    assertThat(MoneyBasis.constant(999).code()).isEqualTo("constant-0999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nominal", "constant", "constant-21", "constant-20210", "constant_2021", "constant-٢٠٢١", "constant-+202", ""})
  void otherBasisCodesAreRefused(String code) {
    assertThatThrownBy(() -> MoneyBasis.parse(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid money basis \"" + code + "\": expected nominal or constant-YYYY, e.g. constant-2021");
  }

  @Test
  void baseYearsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> MoneyBasis.constant(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("base year 0 is out of range: expected 1 to 9999");
    assertThatThrownBy(() -> MoneyBasis.parse("constant-0000")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MoneyBasis.constant(10000)).isInstanceOf(IllegalArgumentException.class);
  }
}
