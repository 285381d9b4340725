package io.github.southsouth.serialization.internal;

/**
 * Keeps spreadsheet programs from running CSV cells as formulas ("CSV injection"): a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with
 * a leading apostrophe, which spreadsheets take as "this is text". The change is reversible: {@link
 * #restore(String)} gives back the original cell, so readers of our own tables see exactly what was
 * written. Cells that already start with apostrophes followed by one of those characters get one
 * more apostrophe, so that no original value is ever mistaken for a neutralised one. Not API.
 *
 * <p>Stateless and thread-safe; both methods are O(length of the cell).
 */
public final class CsvSafety {

  private CsvSafety() {}

  /**
   * Returns the cell as it should be written: with one more leading apostrophe if, after any
   * apostrophes it already starts with, it starts with a formula character.
   *
   * @param cell the cell's value
   * @return the value to write
   */
  public static String neutralize(String cell) {
    return needsQuote(cell) ? "'" + cell : cell;
  }

  /**
   * Reverses {@link #neutralize(String)}: removes one leading apostrophe from a cell that, after its
   * apostrophes, starts with a formula character.
   *
   * @param cell the value read
   * @return the original value
   */
  public static String restore(String cell) {
    return cell.startsWith("'") && needsQuote(cell) ? cell.substring(1) : cell;
  }

  private static boolean needsQuote(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    if (i == cell.length()) {
      return false;
    }
    switch (cell.charAt(i)) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
        return true;
      default:
        return false;
    }
  }
}
