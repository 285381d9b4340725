package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void parsesTheThreeForms() {
    PartialDate year = PartialDate.parse("1955");
    assertThat(year.year()).isEqualTo(1955);
    assertThat(year.month()).isEmpty();
    assertThat(year.day()).isEmpty();
    PartialDate month = PartialDate.parse("2013-09");
    assertThat(month.month()).hasValue(9);
    assertThat(month.day()).isEmpty();
    PartialDate day = PartialDate.parse("1955-04-18");
    assertThat(day).isEqualTo(PartialDate.of(1955, 4, 18)).isEqualTo(PartialDate.of(LocalDate.of(1955, 4, 18)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1955", "2013-09", "1955-04-18", "0001", "9999-12-31", "2024-02-29"})
  void printsWhatItParses(String text) {
    assertThat(PartialDate.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-02-30|invalid date \"2023-02-30\": day 30 does not exist in 2023-02",
        "2023-02-29|invalid date \"2023-02-29\": day 29 does not exist in 2023-02",
        "2023-04-31|invalid date \"2023-04-31\": day 31 does not exist in 2023-04",
        "2023-13|invalid date \"2023-13\": month 13 is out of range: expected 1 to 12",
        "2023-00-01|invalid date \"2023-00-01\": month 0 is out of range: expected 1 to 12",
        "2023-01-00|invalid date \"2023-01-00\": day 0 does not exist in 2023-01",
        "0000|invalid date \"0000\": year 0 is out of range: expected 1 to 9999",
      })
  void impossibleDatesAreRefusedWithTheReason(String text, String message) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "55", "2013-9", "2013/09", "2013-09-1", "2013-09-01T00:00", "１９５５", "+1955", "-955", " 1955", "2013-09-"})
  void otherFormsAreRefused(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid date \"" + text + "\": expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void outOfRangeValuesAreRefusedWhenMade() {
    assertThatThrownBy(() -> PartialDate.of(10000)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 10000");
    assertThatThrownBy(() -> PartialDate.of(2020, 13)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(2021, 2, 29)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingPartsSortFirst() {
    List<PartialDate> dates =
        new ArrayList<>(
            List.of(
                PartialDate.parse("2014"),
                PartialDate.parse("2013-02"),
                PartialDate.parse("2013-01-01"),
                PartialDate.parse("2013"),
                PartialDate.parse("2013-01"),
                PartialDate.parse("2012-12-31")));
    dates.sort(null);
    assertThat(dates).extracting(PartialDate::toString)
        .containsExactly("2012-12-31", "2013", "2013-01", "2013-01-01", "2013-02", "2014");
    assertThat(PartialDate.of(2013).compareTo(PartialDate.of(2013))).isZero();
  }

  @Test
  void earliestAndLatestDays() {
    assertThat(PartialDate.of(2013).earliest()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(PartialDate.of(2013).latest()).isEqualTo(LocalDate.of(2013, 12, 31));
    assertThat(PartialDate.of(2024, 2).earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(PartialDate.of(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.of(2023, 2).latest()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(PartialDate.of(1955, 4, 18).earliest()).isEqualTo(PartialDate.of(1955, 4, 18).latest()).isEqualTo(LocalDate.of(1955, 4, 18));
  }
}
