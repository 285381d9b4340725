package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class CsvSafetyTest {

  @Test
  void neutralisesEveryFormulaTrigger() {
    assertThat(CsvSafety.neutralise("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(CsvSafety.neutralise("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(CsvSafety.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
    assertThat(CsvSafety.neutralise("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(CsvSafety.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
    assertThat(CsvSafety.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
  }

  @Test
  void leavesTextAndPlainNumbersAlone() {
    assertThat(CsvSafety.neutralise("")).isEmpty();
    assertThat(CsvSafety.neutralise("Garissa solar power plant")).isEqualTo("Garissa solar power plant");
    assertThat(CsvSafety.neutralise("a=b")).isEqualTo("a=b");
    assertThat(CsvSafety.neutralise("-128.0")).isEqualTo("-128.0");
    assertThat(CsvSafety.neutralise("+1.5")).isEqualTo("+1.5");
    assertThat(CsvSafety.neutralise("-2e-3")).isEqualTo("-2e-3");
    assertThat(CsvSafety.neutralise("-")).isEqualTo("'-");
    assertThat(CsvSafety.neutralise("-e5")).isEqualTo("'-e5");
    assertThat(CsvSafety.neutralise("- 1")).isEqualTo("'- 1");
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
              String safe = CsvSafety.neutralise(cell);
              assertThat(CsvSafety.isFormulaLike(safe)).isFalse();
              assertThat(safe).endsWith(cell);
              assertThat(safe.length() - cell.length()).isBetween(0, 1);
            });
  }
}
