package io.github.southsouth.serialization.internal;

/**
 * Keeps spreadsheets from running text as formulas ("CSV injection"). A cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel,
 * LibreOffice and Google Sheets as a formula or a command; every CSV writer of this module passes
 * its cells through {@link #neutralise(String)}, which puts a single quote in front of such a cell
 * so that spreadsheets show it as text. Importers use {@link #isFormulaLike(String)} to warn about
 * such cells in their input.
 *
 * <p>A cell that is a plain decimal number ({@code -128.0}, {@code +1.5}, {@code -2e-3}) is not a
 * formula and is left as it is, so numbers stay numbers.
 *
 * <p>Stateless and thread-safe; each method is O(length of the cell). Not API.
 */
public final class CsvSafety {

  private CsvSafety() {}

  /**
   * Tells whether a spreadsheet would treat a cell as a formula: it starts with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return, and is not a plain decimal number.
   *
   * @param cell the cell's text
   * @return true if the cell needs neutralising
   */
  public static boolean isFormulaLike(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    switch (first) {
      case '=':
      case '@':
      case '\t':
      case '\r':
        return true;
      case '+':
      case '-':
        return !isPlainNumber(cell);
      default:
        return false;
    }
  }

  /**
   * Returns the cell so that a spreadsheet shows it as text: formula-like cells get a single quote
   * ({@code '}) in front; every other cell is returned unchanged. Quoting the cell for CSV (commas,
   * quotes, line breaks) is the writer's job and comes after this.
   *
   * @param cell the cell's text
   * @return the cell, neutralised if needed
   */
  public static String neutralise(String cell) {
    return isFormulaLike(cell) ? "'" + cell : cell;
  }

  /**
   * Tells whether a text is a plain decimal number: an optional sign, digits with an optional
   * fraction, and an optional exponent.
   *
   * @param text the text
   * @return true if a plain number
   */
  public static boolean isPlainNumber(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
