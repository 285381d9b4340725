package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class CsvSafetyTest {

  @Test
  void formulaLeadingCellsGetAnApostrophe() {
    assertThat(CsvSafety.neutralize("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvSafety.neutralize("+1+cmd")).isEqualTo("'+1+cmd");
    assertThat(CsvSafety.neutralize("-2-3")).isEqualTo("'-2-3");
    assertThat(CsvSafety.neutralize("-A1")).isEqualTo("'-A1");
    assertThat(CsvSafety.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvSafety.neutralize("\tx")).isEqualTo("'\tx");
    assertThat(CsvSafety.neutralize("\rx")).isEqualTo("'\rx");
  }

  @Test
  void otherCellsAreUnchanged() {
    assertThat(CsvSafety.neutralize("Mutual Benefit")).isEqualTo("Mutual Benefit");
    assertThat(CsvSafety.neutralize("互利")).isEqualTo("互利");
    assertThat(CsvSafety.neutralize("'quoted'")).isEqualTo("'quoted'");
    assertThat(CsvSafety.neutralize("a=b")).isEqualTo("a=b");
    // plain numbers stay numbers, so negative amounts remain numeric in spreadsheets
    assertThat(CsvSafety.neutralize("-128.0")).isEqualTo("-128.0");
    assertThat(CsvSafety.neutralize("+1.5")).isEqualTo("+1.5");
    assertThat(CsvSafety.neutralize("-2e-3")).isEqualTo("-2e-3");
    assertThat(CsvSafety.neutralize("")).isEqualTo("");
    assertThat(CsvSafety.neutralize("'")).isEqualTo("'");
  }

  @Test
  void apostrophesBeforeAFormulaCharacterGetOneMore() {
    assertThat(CsvSafety.neutralize("'=x")).isEqualTo("''=x");
    assertThat(CsvSafety.restore("''=x")).isEqualTo("'=x");
    assertThat(CsvSafety.restore("'=x")).isEqualTo("=x");
    assertThat(CsvSafety.restore("'plain")).isEqualTo("'plain");
  }

  @Test
  void restoreReversesNeutralize() {
    qt().forAll(
            Generate.pick(java.util.List.of("", "'", "''", "=", "+", "-", "@", "\t", "\r", "a", "互", " "))
                .zip(strings().allPossible().ofLengthBetween(0, 6), (prefix, rest) -> prefix + rest))
        .checkAssert(
            cell -> {
              String written = CsvSafety.neutralize(cell);
              assertThat(CsvSafety.restore(written)).isEqualTo(cell);
              char first = written.isEmpty() ? 'x' : written.charAt(0);
              assertThat("=+-@\t\r".indexOf(first)).as("written cell %s", written).isNegative();
            });
  }
}
