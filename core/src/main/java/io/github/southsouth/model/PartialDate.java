package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A date known to the year, the month or the day, as history often is: {@code 1955}, {@code
 * 2013-09} or {@code 1955-04-18} (ISO 8601).
 *
 * <p>Partial dates are ordered by year, then month, then day, with a missing part before any
 * present one ({@code 2013} &lt; {@code 2013-01} &lt; {@code 2013-01-01}). {@link #earliest()} and
 * {@link #latest()} give the first and last day the date may stand for.
 *
 * <p>Immutable and thread-safe; equality is by year, month and day.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PartialDate implements Comparable<PartialDate> {

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingInt(PartialDate::year)
          .thenComparingInt(d -> d.month().orElse(0))
          .thenComparingInt(d -> d.day().orElse(0));

  PartialDate() {}

  /**
   * Returns the year.
   *
   * @return the year, 1 to 9999
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the month, if known.
   *
   * @return the month, 1 to 12
   */
  @Value.Parameter
  public abstract OptionalInt month();

  /**
   * Returns the day of the month, if known (only when the month is).
   *
   * @return the day
   */
  @Value.Parameter
  public abstract OptionalInt day();

  @Value.Check
  void check() {
    if (year() < 1 || year() > 9999) {
      throw new IllegalArgumentException("year " + year() + " is out of range: expected 1 to 9999");
    }
    if (month().isPresent() && (month().getAsInt() < 1 || month().getAsInt() > 12)) {
      throw new IllegalArgumentException(
          "month " + month().getAsInt() + " is out of range: expected 1 to 12");
    }
    if (day().isPresent()) {
      if (month().isEmpty()) {
        throw new IllegalArgumentException("a day is given without a month");
      }
      try {
        LocalDate.of(year(), month().getAsInt(), day().getAsInt());
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "day " + day().getAsInt() + " does not exist in " + YearMonth.of(year(), month().getAsInt()), e);
      }
    }
  }

  /**
   * Returns a date known to the year.
   *
   * @param year 1 to 9999
   * @return the date
   */
  public static PartialDate of(int year) {
    return ImmutablePartialDate.of(year, OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * Returns a date known to the month.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @return the date
   */
  public static PartialDate of(int year, int month) {
    return ImmutablePartialDate.of(year, OptionalInt.of(month), OptionalInt.empty());
  }

  /**
   * Returns a date known to the day.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @param day a day that exists in that month
   * @return the date
   */
  public static PartialDate of(int year, int month, int day) {
    return ImmutablePartialDate.of(year, OptionalInt.of(month), OptionalInt.of(day));
  }

  /**
   * Returns the partial date of a full date.
   *
   * @param date the date
   * @return the date, known to the day
   */
  public static PartialDate of(LocalDate date) {
    checkNotNull(date, "date");
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the ISO 8601 text
   * @return the date
   * @throws IllegalArgumentException if the text is not one of those forms or names no real date;
   *     the message says what was expected
   */
  public static PartialDate parse(String text) {
    checkNotNull(text, "text");
    int length = text.length();
    if (!(length == 4 || length == 7 || length == 10)
        || !digits(text, 0, 4)
        || (length >= 7 && (text.charAt(4) != '-' || !digits(text, 5, 7)))
        || (length == 10 && (text.charAt(7) != '-' || !digits(text, 8, 10)))) {
      throw new IllegalArgumentException(
          "invalid date \"" + text + "\": expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = Integer.parseInt(text, 0, 4, 10);
    try {
      if (length == 4) {
        return of(year);
      }
      int month = Integer.parseInt(text, 5, 7, 10);
      if (length == 7) {
        return of(year, month);
      }
      return of(year, month, Integer.parseInt(text, 8, 10, 10));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid date \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the first day this date may stand for: 1 January of the year, or the first of the
   * month.
   *
   * @return the earliest day
   */
  public LocalDate earliest() {
    return LocalDate.of(year(), month().orElse(1), day().orElse(1));
  }

  /**
   * Returns the last day this date may stand for: 31 December of the year, or the last of the
   * month.
   *
   * @return the latest day
   */
  public LocalDate latest() {
    if (day().isPresent()) {
      return earliest();
    }
    if (month().isPresent()) {
      return YearMonth.of(year(), month().getAsInt()).atEndOfMonth();
    }
    return LocalDate.of(year(), 12, 31);
  }

  @Override
  public int compareTo(PartialDate other) {
    checkNotNull(other, "other");
    return ORDER.compare(this, other);
  }

  /** Returns the ISO 8601 form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    char[] text = new char[day().isPresent() ? 10 : month().isPresent() ? 7 : 4];
    int year = year();
    text[0] = (char) ('0' + year / 1000);
    text[1] = (char) ('0' + year / 100 % 10);
    text[2] = (char) ('0' + year / 10 % 10);
    text[3] = (char) ('0' + year % 10);
    if (text.length > 4) {
      int month = month().getAsInt();
      text[4] = '-';
      text[5] = (char) ('0' + month / 10);
      text[6] = (char) ('0' + month % 10);
    }
    if (text.length > 7) {
      int day = day().getAsInt();
      text[7] = '-';
      text[8] = (char) ('0' + day / 10);
      text[9] = (char) ('0' + day % 10);
    }
    return new String(text);
  }


  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
