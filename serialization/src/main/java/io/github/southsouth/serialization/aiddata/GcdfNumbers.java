package io.github.southsouth.serialization.aiddata;

import io.github.southsouth.serialization.internal.CsvSafety;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The numbers of GCDF cells (amounts, interest rates, maturities, grace periods, grant elements):
 * what a cell must look like to be read as one, and, when it does not, what was found and what was
 * expected, in words an analyst can act on.
 *
 * <p>A number is plain decimal text as AidData writes it ({@code 29000000.0}, {@code
 * 1160170885.7812345}, {@code 2.745}), optionally with an exponent, of at most {@value
 * #MAX_DIGITS} significant digits and an exponent of at most {@value #MAX_EXPONENT} either way.
 * The real GCDF 3.0 samples have at most 17 digits, so the bounds only stop text that is not a
 * figure: {@code 1e9999999999} (which {@link BigDecimal} cannot even hold), a 400-digit number, a
 * negative zero. {@code NaN}, {@code Infinity} and thousands separators ({@code 1,234.5}) are not
 * numbers of GCDF.
 *
 * <p>Stateless and thread-safe; O(length of the text).
 */
final class GcdfNumbers {

  /** At most this many significant digits: the precision of an IEEE 754 decimal128. */
  static final int MAX_DIGITS = 34;

  /** At most this exponent either way, e.g. {@code 1e100} or a scale of 100 decimals. */
  static final int MAX_EXPONENT = 100;

  private GcdfNumbers() {}

  /** A cell that is not a number GCDF writes; the message says what was found and expected. */
  static final class NotANumber extends Exception {
    private static final long serialVersionUID = 1L;

    NotANumber(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads the text of a numeric cell.
   *
   * @param text the cell, stripped and not empty
   * @param negativeAllowed whether the column may hold negative values (amounts may not)
   * @return the number
   * @throws NotANumber if the text is not a finite plain decimal within the bounds; the message
   *     names what was found and what was expected, without the column (the caller adds it)
   */
  static BigDecimal parse(String text, boolean negativeAllowed) throws NotANumber {
    if (!CsvSafety.isPlainNumber(text)) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.matches("[+-]?(nan|inf|infinity|∞)")) {
        throw new NotANumber("is not a finite number: expected a decimal such as 1500000.0");
      }
      if (text.matches("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?")) {
        throw new NotANumber("has a thousands separator: expected digits with a point for decimals and"
            + " no grouping, such as 1234.5");
      }
      throw new NotANumber("is not a number: expected a decimal such as 1500000.0");
    }
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e >= 0 && !exponentInRange(text, e + 1)) {
      throw new NotANumber("has an exponent beyond ±" + MAX_EXPONENT
          + ": expected a decimal such as 1500000.0 or 1.5e6");
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() != 0 && value.precision() > MAX_DIGITS) {
      throw new NotANumber("has " + value.precision() + " significant digits: expected at most "
          + MAX_DIGITS);
    }
    if (Math.abs(value.scale()) > MAX_EXPONENT) {
      throw new NotANumber("has more than " + MAX_EXPONENT + " decimals or an exponent beyond ±"
          + MAX_EXPONENT + ": expected a decimal such as 1500000.0");
    }
    if (text.charAt(0) == '-') {
      if (value.signum() == 0) {
        throw new NotANumber("is a negative zero: expected 0, or a number with a sign only when it is"
            + " not zero");
      }
      if (!negativeAllowed) {
        throw new NotANumber("is negative: expected zero or more");
      }
    }
    return value;
  }

  /** Whether the exponent from {@code start} (sign and digits) is at most {@link #MAX_EXPONENT}. */
  private static boolean exponentInRange(String text, int start) {
    int i = start;
    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    while (i < text.length() - 1 && text.charAt(i) == '0') {
      i++;
    }
    int digits = text.length() - i;
    return digits <= 3 && Integer.parseInt(text, i, text.length(), 10) <= MAX_EXPONENT;
  }
}
