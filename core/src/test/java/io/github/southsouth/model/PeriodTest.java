package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  /** Parses {@code start/end} with {@code ..} for an open end, as Period prints. */
  static Period period(String text) {
    String[] parts = text.split("/");
    return Period.between(date(parts[0]), date(parts[1]));
  }

  private static Optional<PartialDate> date(String text) {
    return text.equals("..") ? Optional.empty() : Optional.of(PartialDate.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
    "2013/2014, true",
    "2014/2014, true",
    "2014-05/2014, true",
    "2014/2014-05, true",
    "2014-05-31/2014-05, true",
    "2014-06-01/2014-05, false",
    "2015/2014-12-31, false",
    "2014-05-02/2014-05-01, false",
    "../2014, true",
    "2014/.., true",
    "../.., true",
  })
  void isOrderedWhenTheStartCanComeBeforeTheEnd(String text, boolean ordered) {
    assertThat(period(text).isOrdered()).isEqualTo(ordered);
  }

  @ParameterizedTest
  @CsvSource({
    "2013/2014, 2015/2016, false",
    "2013/2014, 2014/2016, true",
    "2013/2014-06, 2014-07/2016, false",
    "2013/2014-06-30, 2014-06/2016, true",
    "2013/2013, 2013-06/2013-06, true",
    "../2000, 1999/.., true",
    "../1998, 1999/.., false",
    "../.., 1955-04-18/1955-04-24, true",
    "2001-01-01/2001-01-01, 2001-01-01/2001-01-01, true",
  })
  void overlapsIsSymmetric(String first, String second, boolean overlap) {
    assertThat(period(first).overlaps(period(second))).isEqualTo(overlap);
    assertThat(period(second).overlaps(period(first))).isEqualTo(overlap);
  }

  @Test
  void printsOpenEndsAsTwoDots() {
    assertThat(Period.from(PartialDate.of(2014, 10))).hasToString("2014-10/..");
    assertThat(Period.until(PartialDate.of(2017))).hasToString("../2017");
    assertThat(Period.unbounded()).hasToString("../..");
    assertThat(Period.of(PartialDate.of(1955, 4, 18), PartialDate.of(1955, 4, 24))).hasToString("1955-04-18/1955-04-24");
    assertThat(period("2014-10/..")).isEqualTo(Period.from(PartialDate.of(2014, 10)));
  }
}
