package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numeric cells that are not figures ({@code written/gcdf3_numbers.csv}, one case per row): each is
 * a problem located by file, line, column and column name that says what was expected, never an
 * exception; the good row around them imports.
 */
class AidDataNumbersTest {

  private static final Path FILE = GcdfCsv.resource("written/gcdf3_numbers.csv");

  private static ProblemReport strictFailure() {
    ModelReadException e = catchThrowableOfType(ModelReadException.class,
        () -> AidDataImporter.reader().readResult(FILE));
    assertThat(e).as("the strict import fails with a report").isNotNull();
    return e.report();
  }

  @Test
  void everyBadNumberIsALocatedProblemSayingWhatWasExpected() {
    List<Problem> errors = strictFailure().errors();
    assertThat(errors).hasSize(8).allSatisfy(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
      assertThat(p.location().source().orElseThrow()).endsWith("gcdf3_numbers.csv");
      assertThat(p.location().line()).isPresent();
      assertThat(p.location().column()).isPresent();
      assertThat(p.message()).contains("expected").doesNotContain("Exception");
    });
    assertThat(errors.get(0).location().pointer())
        .hasValue("row 3, column \"Amount (Constant USD 2021)\"");
    assertThat(errors.get(0).message())
        .isEqualTo("\"1e9999999999\" in \"Amount (Constant USD 2021)\" has an exponent beyond ±100:"
            + " expected a decimal such as 1500000.0 or 1.5e6");
    assertThat(errors.get(0).location().line()).hasValue(3);
    assertThat(errors.get(1).message()).contains("\"NaN\"", "is not a finite number");
    assertThat(errors.get(2).location().pointer()).hasValue("row 5, column \"Amount (Nominal USD)\"");
    assertThat(errors.get(2).message()).contains("\"Infinity\"", "is not a finite number");
    assertThat(errors.get(3).location().pointer()).hasValue("row 6, column \"Amount (Original Currency)\"");
    assertThat(errors.get(3).message()).contains("\"1,234.5\"", "thousands separator", "such as 1234.5");
    assertThat(errors.get(4).message()).contains("\"-0\"", "negative zero");
    assertThat(errors.get(5).message()).contains("has 400 significant digits: expected at most 34");
    assertThat(errors.get(6).message()).contains("\"-5.0\"", "is negative: expected zero or more");
    assertThat(errors.get(7).location().pointer()).hasValue("row 10, column \"Interest Rate\"");
    assertThat(errors.get(7).message()).contains("\"2e-9999\"", "exponent beyond");
  }

  @Test
  void aLenientImportSkipsEachBadRowAndKeepsTheGoodOne() throws Exception {
    AidDataImport result =
        AidDataImporter.reader(ReadOptions.lenient()).readResult(FILE);
    assertThat(result.recordsImported()).isEqualTo(1);
    assertThat(result.recordsSkipped()).isEqualTo(8);
    assertThat(result.warnings().warnings()).filteredOn(p -> p.code() == ProblemCode.SKIPPED_RECORD)
        .hasSize(8);
    assertThat(AidData.constantUsd2021(result.graph().initiatives().get(0))).hasValue(new BigDecimal("1100000.0"));
  }

  @Test
  void theNumbersOfTheRealSamplesAllParse() {
    for (String sample : List.of("gcdf3_malaysia_projects.csv", "gcdf3_ports_projects.csv")) {
      for (var record : GcdfCsv.records(sample)) {
        for (GcdfColumn column : List.of(GcdfColumn.AMOUNT_ORIGINAL_CURRENCY, GcdfColumn.AMOUNT_CONSTANT_USD_2021,
            GcdfColumn.AMOUNT_NOMINAL_USD, GcdfColumn.INTEREST_RATE, GcdfColumn.MATURITY, GcdfColumn.GRACE_PERIOD,
            GcdfColumn.GRANT_ELEMENT_OECD_CASH_FLOW)) {
          String text = record.get(column.header()).strip();
          if (!text.isEmpty()) {
            assertThatCode(() -> GcdfNumbers.parse(text, false)).as(sample + " " + column.header())
                .doesNotThrowAnyException();
          }
        }
      }
    }
  }

  @Test
  void boundsAreInclusive() throws Exception {
    assertThat(GcdfNumbers.parse("1e100", false)).isEqualByComparingTo("1e100");
    assertThat(GcdfNumbers.parse("1e-100", false)).isEqualByComparingTo("1e-100");
    assertThat(GcdfNumbers.parse("9".repeat(34), false).precision()).isEqualTo(34);
    assertThat(GcdfNumbers.parse("-12.5", true)).isEqualByComparingTo("-12.5");
    assertThat(GcdfNumbers.parse("0", false)).isEqualByComparingTo("0");
  }
}
