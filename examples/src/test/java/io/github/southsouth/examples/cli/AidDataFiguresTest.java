package io.github.southsouth.examples.cli;

import static io.github.southsouth.examples.cli.Cli.resource;
import static io.github.southsouth.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed figures {@code southsouth stats} prints for an AidData import follow AidData's
 * guidance (Recommended For Aggregates = Yes) and say so; {@code --all-records} counts every
 * record. Expected figures are computed here from the raw CSV with Commons CSV. The import's
 * summary accounts for the columns it did not map.
 */
class AidDataFiguresTest {

  @TempDir Path dir;

  private static final Path MALAYSIA = resource("aiddata-malaysia/gcdf3_malaysia_projects.csv");

  /** Sums {@code Amount (Constant USD 2021)} of the records whose recommendation is given (any if null). */
  private static BigDecimal constantUsd(String recommended, boolean pledges) throws Exception {
    BigDecimal sum = BigDecimal.ZERO;
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(MALAYSIA, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        String amount = record.get("Amount (Constant USD 2021)");
        boolean pledge = record.get("Status").equals("Pipeline: Pledge");
        if (!amount.isEmpty() && (recommended == null || record.get("Recommended For Aggregates").equals(recommended))
            && pledge == pledges) {
          sum = sum.add(new BigDecimal(amount));
        }
      }
    }
    return sum;
  }

  private static String usd(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.0f USD constant-2021", amount.setScale(0, RoundingMode.HALF_EVEN));
  }

  @Test
  void statsPrintsAidDatasRecommendedAggregateAndSaysWhichRule() throws Exception {
    Path json = dir.resolve("m.json");
    Cli.Run imported = run("import-aiddata", MALAYSIA.toString(), "-o", json.toString());
    assertThat(imported.exit()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("Not mapped to the model (column: records with a value):")
        .contains("  Staff Comments (kept verbatim as aiddata.staffComments): ");

    Cli.Run stats = run("stats", json.toString());
    assertThat(stats.exit()).as(stats.toString()).isZero();
    BigDecimal recommended = constantUsd("Yes", false).add(constantUsd("Yes", true));
    assertThat(stats.out())
        .contains("counting only initiatives their source includes in aggregates"
            + " (AidData: Recommended For Aggregates = Yes); 14 left out, --all-records counts them")
        .containsPattern("  all committed +162  .*" + java.util.regex.Pattern.quote(usd(recommended)))
        .contains(String.format(Locale.ROOT, "  %-24s %6d  (security for a loan, not a condition)", "collateralised", 3));

    Cli.Run all = run("stats", "--all-records", json.toString());
    assertThat(all.exit()).as(all.toString()).isZero();
    // pledges stay pledges: every record's commitments, but not the amounts only pledged
    assertThat(all.out()).contains("counting all initiatives, including those their source advises leaving out")
        .containsPattern("  all committed +176  .*" + java.util.regex.Pattern.quote(usd(constantUsd(null, false))));
  }
}
