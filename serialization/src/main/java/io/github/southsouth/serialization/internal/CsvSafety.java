package io.github.southsouth.serialization.internal;

/**
 * Keeps spreadsheets from running CSV cells as formulas ("CSV injection"). A cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel,
 * LibreOffice and Google Sheets as a formula or a command; every CSV writer of this module passes
 * its cells through {@link #neutralize(String)}, which puts an apostrophe in front of such a cell so
 * that spreadsheets show it as text. Importers use {@link #isFormulaLike(String)} to warn about such
 * cells in their input.
 *
 * <p>A cell that is a plain decimal number ({@code -128.0}, {@code +1.5}, {@code -2e-3}) is not a
 * formula and is left as it is, so numbers stay numbers. The change is reversible: {@link
 * #restore(String)} gives back the original cell, so readers of our own tables see exactly what was
 * written. Cells that already start with apostrophes followed by a formula character get one more
 * apostrophe, so no original value is ever mistaken for a neutralised one.
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
    return startsLikeFormula(cell, 0);
  }

  /**
   * Returns the cell as it should be written: with one more leading apostrophe if, after any
   * apostrophes it already starts with, it is {@linkplain #isFormulaLike formula-like}. Quoting the
   * cell for CSV (commas, quotes, line breaks) is the writer's job and comes after this.
   *
   * @param cell the cell's value
   * @return the value to write
   */
  public static String neutralize(String cell) {
    return startsLikeFormula(cell, leadingApostrophes(cell)) ? "'" + cell : cell;
  }

  /**
   * Reverses {@link #neutralize(String)}: removes one leading apostrophe from a cell that, after its
   * apostrophes, is formula-like.
   *
   * @param cell the value read
   * @return the original value
   */
  public static String restore(String cell) {
    int apostrophes = leadingApostrophes(cell);
    return apostrophes > 0 && startsLikeFormula(cell, apostrophes) ? cell.substring(1) : cell;
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

  private static int leadingApostrophes(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    return i;
  }

  private static boolean startsLikeFormula(String cell, int from) {
    if (from >= cell.length()) {
      return false;
    }
    switch (cell.charAt(from)) {
      case '=':
      case '@':
      case '\t':
      case '\r':
        return true;
      case '+':
      case '-':
        return !isPlainNumber(cell.substring(from));
      default:
        return false;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
