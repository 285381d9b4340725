package io.github.southsouth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example programs handle bad arguments like the command line: a message and an exit code. */
class ExampleArgumentsTest {

  @TempDir Path dir;

  /** What a program printed to standard error, and the exit code it would end with. */
  record Outcome(int exit, String err) {}

  private static Outcome run(ToIntFunction<String[]> program, String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = program.applyAsInt(args);
      return new Outcome(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  private static void noStackTrace(Outcome outcome) {
    assertThat(outcome.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void anUnknownEntityIsAUsageErrorWithoutAStackTrace() {
    Outcome unknown = run(DrawNeighbourhood::run, "principle:no-such-principle");
    assertThat(unknown.exit()).isEqualTo(ProgramExit.USAGE);
    assertThat(unknown.err()).contains("no entity principle:no-such-principle").contains("usage: DrawNeighbourhood");
    noStackTrace(unknown);

    Outcome malformed = run(DrawNeighbourhood::run, "not an id");
    assertThat(malformed.exit()).isEqualTo(ProgramExit.USAGE);
    noStackTrace(malformed);

    Outcome hops = run(DrawNeighbourhood::run, "principle:non-conditionality", "two");
    assertThat(hops.exit()).isEqualTo(ProgramExit.USAGE);
    assertThat(hops.err()).contains("HOPS must be a whole number");

    assertThat(run(DrawNeighbourhood::run, "principle:non-conditionality", "1").exit()).isZero();
  }

  @Test
  void aFailedImportEndsWithExitCode1() throws Exception {
    Path notCsv = Files.writeString(dir.resolve("broken.csv"), "this is not the GCDF table\n");
    Outcome aiddata = run(ChineseFinanceByRegion::run, notCsv.toString());
    assertThat(aiddata.exit()).isEqualTo(ProgramExit.INVALID_DATA);
    assertThat(aiddata.err()).contains("broken.csv");
    noStackTrace(aiddata);

    Path notXml = Files.writeString(dir.resolve("broken.xml"), "<iati-activities><iati-activity>");
    Outcome iati = run(IatiConditionality::run, notXml.toString());
    assertThat(iati.exit()).isEqualTo(ProgramExit.INVALID_DATA);
    assertThat(iati.err()).contains("broken.xml");
    noStackTrace(iati);

    Outcome missing = run(DatasetDiff::run, dir.resolve("a.json").toString(), dir.resolve("b.json").toString());
    assertThat(missing.exit()).isEqualTo(ProgramExit.INVALID_DATA);
    noStackTrace(missing);
  }

  @Test
  void missingOrExtraArgumentsAreUsageErrors() {
    Outcome none = run(ChineseFinanceByRegion::run);
    assertThat(none.exit()).isEqualTo(ProgramExit.USAGE);
    assertThat(none.err()).contains("usage: ChineseFinanceByRegion");

    Outcome one = run(DatasetDiff::run, "only-one.json");
    assertThat(one.exit()).isEqualTo(ProgramExit.USAGE);
    assertThat(one.err()).contains("usage: DatasetDiff");

    Outcome noFormat = run(DatasetDiff::run, "a.txt", "b.txt");
    assertThat(noFormat.exit()).isEqualTo(ProgramExit.USAGE);
    noStackTrace(noFormat);
  }
}
