package io.github.southsouth.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemReportTest {

  private static Problem warning(int i) {
    return Problem.warning(ProblemCode.UNKNOWN_FIELD, "warning " + i, Location.unknown());
  }

  private static Problem error(int i) {
    return Problem.error(ProblemCode.INVALID_VALUE, "error " + i, Location.unknown());
  }

  @Test
  void manyWarningsNeverHideALaterError() {
    ProblemReport.Collector collector = ProblemReport.collector(3);
    IntStream.range(0, 50).forEach(i -> collector.add(warning(i)));
    collector.add(error(0));
    ProblemReport report = collector.build();

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.errors()).containsExactly(error(0));
    assertThat(report.warnings()).containsExactly(warning(0), warning(1), warning(2));
    assertThat(report.errorCount()).isEqualTo(1);
    assertThat(report.warningCount()).isEqualTo(50);
    assertThat(report.omittedWarnings()).isEqualTo(47);
    assertThat(report.omittedErrors()).isZero();
    assertThat(report.summary()).isEqualTo("1 error, 50 warnings (only the first 3 warnings shown)");
  }

  @Test
  void errorsAndWarningsAreCappedApartAndCountedExactly() {
    ProblemReport.Collector collector = ProblemReport.collector(2);
    for (int i = 0; i < 10; i++) {
      collector.add(i % 2 == 0 ? error(i) : warning(i));
    }
    ProblemReport report = collector.build();

    assertThat(report.problems()).containsExactly(error(0), warning(1), error(2), warning(3));
    assertThat(report.errorCount()).isEqualTo(5);
    assertThat(report.warningCount()).isEqualTo(5);
    assertThat(report.omittedErrors()).isEqualTo(3);
    assertThat(report.omittedWarnings()).isEqualTo(3);
    assertThat(report.summary())
        .isEqualTo("5 errors, 5 warnings (only the first 2 errors and 2 warnings shown)");
  }

  @Test
  void theCollectorIsFullOnlyWhenBothLimitsAreReached() {
    ProblemReport.Collector collector = ProblemReport.collector(2);
    collector.add(warning(0)).add(warning(1)).add(warning(2));
    assertThat(collector.isFull()).isFalse();
    collector.add(error(0));
    assertThat(collector.isFull()).isFalse();
    collector.add(error(1));
    assertThat(collector.isFull()).isTrue();
  }

  @Test
  void addingAReportKeepsItsCountsExact() {
    ProblemReport.Collector inner = ProblemReport.collector(1);
    IntStream.range(0, 4).forEach(i -> inner.add(error(i)).add(warning(i)));
    ProblemReport.Collector outer = ProblemReport.collector(10);
    outer.add(warning(99)).addAll(inner.build());
    ProblemReport report = outer.build();

    assertThat(report.errorCount()).isEqualTo(4);
    assertThat(report.warningCount()).isEqualTo(5);
    assertThat(report.errors()).containsExactly(error(0));
    assertThat(outer.hasErrors()).isTrue();
  }

  @Test
  void filterKeepsTheOmittedCounts() {
    ProblemReport.Collector collector = ProblemReport.collector(3);
    IntStream.range(0, 6).forEach(i -> collector.add(error(i)));
    ProblemReport filtered = collector.build().filter(p -> !p.message().equals("error 1"));

    assertThat(filtered.errors().stream().map(Problem::message).collect(Collectors.toList()))
        .isEqualTo(List.of("error 0", "error 2"));
    assertThat(filtered.omittedErrors()).isEqualTo(3);
    assertThat(filtered.errorCount()).isEqualTo(5);
  }
}
