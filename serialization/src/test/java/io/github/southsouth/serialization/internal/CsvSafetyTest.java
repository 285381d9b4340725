package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import org.quicktheories.generators.Generate;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class CsvSafetyTest {

  @Test
  void neutralisesEveryFormulaTrigger() {
    assertThat(CsvSafety.neutralize("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(CsvSafety.neutralize("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(CsvSafety.neutralize("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
    assertThat(CsvSafety.neutralize("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(CsvSafety.neutralize("\t=1+1")).isEqualTo("'\t=1+1");
    assertThat(CsvSafety.neutralize("\r=1+1")).isEqualTo("'\r=1+1");
  }

  @Test
  void leavesTextAndPlainNumbersAlone() {
    assertThat(CsvSafety.neutralize("")).isEmpty();
    assertThat(CsvSafety.neutralize("Garissa solar power plant")).isEqualTo("Garissa solar power plant");
    assertThat(CsvSafety.neutralize("a=b")).isEqualTo("a=b");
    assertThat(CsvSafety.neutralize("-128.0")).isEqualTo("-128.0");
    assertThat(CsvSafety.neutralize("+1.5")).isEqualTo("+1.5");
    assertThat(CsvSafety.neutralize("-2e-3")).isEqualTo("-2e-3");
    assertThat(CsvSafety.neutralize("-")).isEqualTo("'-");
    assertThat(CsvSafety.neutralize("-e5")).isEqualTo("'-e5");
    assertThat(CsvSafety.neutralize("- 1")).isEqualTo("'- 1");
  }

  @Test
  void recognisesPlainNumbers() {
    assertThat(CsvSafety.isPlainNumber("29000000.0")).isTrue();
    assertThat(CsvSafety.isPlainNumber("1160170885.7812345")).isTrue();
    assertThat(CsvSafety.isPlainNumber(".5")).isTrue();
    assertThat(CsvSafety.isPlainNumber("1e")).isFalse();
    assertThat(CsvSafety.isPlainNumber("1,000")).isFalse();
    assertThat(CsvSafety.isPlainNumber("NaN")).isFalse();
    assertThat(CsvSafety.isPlainNumber("")).isFalse();
  }

  @Test
  void aNeutralisedCellNeverStartsAFormulaAndKeepsItsText() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            cell -> {
              String safe = CsvSafety.neutralize(cell);
              assertThat(CsvSafety.isFormulaLike(safe)).isFalse();
              assertThat(safe).endsWith(cell);
              assertThat(safe.length() - cell.length()).isBetween(0, 1);
            });
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
