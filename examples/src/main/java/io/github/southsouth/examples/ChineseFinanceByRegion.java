package io.github.southsouth.examples;

import io.github.southsouth.graph.Aggregation;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidData;
import io.github.southsouth.serialization.aiddata.AidDataImport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chinese development finance by recipient region and sector, from AidData's GCDF 3.0 CSV, and
 * what the data can say about the essay's claims on debt relief and interest-free loans.
 *
 * <pre>{@code
 * java -cp southsouth.jar io.github.southsouth.examples.ChineseFinanceByRegion GCDF_3.0.csv
 * java -cp southsouth.jar io.github.southsouth.examples.ChineseFinanceByRegion --all-records GCDF_3.0.csv
 * }</pre>
 *
 * <p>Sums count only the records AidData recommends for aggregates, as it asks, unless {@code
 * --all-records} is given.
 */
public final class ChineseFinanceByRegion {

  private ChineseFinanceByRegion() {}

  /**
   * Runs the example.
   *
   * @param args {@code --all-records} to count every record, then one or more GCDF 3.0 CSV files;
   *     no file is a usage error (exit code 2), a failed import ends with exit code 1
   */
  public static void main(String[] args) {
    ProgramExit.exitOnFailure(run(args));
  }

  static final String USAGE = "ChineseFinanceByRegion [--all-records] GCDF_3.0.csv [more.csv ...]";

  /** Runs the example; returns the exit code. */
  static int run(String[] args) {
    return ProgramExit.run(() -> report(args));
  }

  private static void report(String[] args) throws ProgramExit {
    Aggregation rule = Aggregation.RECOMMENDED;
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--all-records")) {
        rule = Aggregation.ALL_RECORDS;
      } else {
        files.add(Path.of(arg));
      }
    }
    if (files.isEmpty()) {
      throw ProgramExit.usage("no file given", USAGE);
    }
    // Import the records; lenient, so a malformed row is reported and skipped, not fatal. The
    // bundled dataset is the reference data: recipients become its countries, linked to regions.
    AidDataImport data;
    try {
      data = AidDataImporter.reader(ReadOptions.lenient()).with(ReferenceData.of(Seeds.load())).readResult(files);
    } catch (ModelReadException e) {
      throw ProgramExit.failed(e);
    }
    System.out.println(data.summary());

    // 1. Commitments in constant 2021 USD by region and sector. AidData asks that sums count
    //    only records recommended for aggregates (no pledges, cancellations or umbrellas); the
    //    importer marks the others as not in aggregates, and the rule says which to count.
    System.out.println("\nCounting " + rule.describe()
        + (rule == Aggregation.RECOMMENDED
            ? " (AidData: Recommended For Aggregates = Yes; --all-records counts every record)" : ""));
    Map<String, Map<String, BigDecimal>> table = new TreeMap<>();
    for (Initiative record : data.graph().initiatives()) {
      if (rule.counts(record)) {
        String region = record.attributes().getOrDefault(AidData.RECIPIENT_REGION, "(none)");
        String sector = record.attributes().getOrDefault(AidData.SECTOR_NAME, "(none)");
        BigDecimal amount = AidData.constantUsd2021(record).orElse(BigDecimal.ZERO);
        table.computeIfAbsent(region, r -> new TreeMap<>()).merge(sector, amount, BigDecimal::add);
      }
    }
    System.out.println("Commitments, million constant 2021 USD, by recipient region and sector:");
    table.forEach((region, sectors) -> {
      System.out.printf(Locale.ROOT, "%s: %s%n", region, millions(sum(sectors.values())));
      sectors.forEach((sector, amount) -> System.out.printf(Locale.ROOT, "    %-50s %12s%n", sector, millions(amount)));
    });

    // 2. The essay's Non-Conditionality examples: debt relief and interest-free loans.
    //    GCDF reports collateral (a lender's security) but never policy conditions, so every
    //    record's conditionality is "not reported"; collateral is counted beside it.
    System.out.println("\nNon-Conditionality view (" + rule.describe() + "):");
    for (Instrument instrument :
        List.of(Instrument.DEBT_FORGIVENESS, Instrument.DEBT_RESCHEDULING, Instrument.INTEREST_FREE_LOAN)) {
      int count = 0;
      int collateralised = 0;
      BigDecimal amount = BigDecimal.ZERO;
      Map<ConditionalityState, Integer> states = new TreeMap<>();
      for (Initiative record : data.graph().initiatives()) {
        if (rule.counts(record) && record.instruments().contains(instrument)) {
          count++;
          amount = amount.add(AidData.constantUsd2021(record).orElse(BigDecimal.ZERO));
          states.merge(record.conditionality().state(), 1, Integer::sum);
          if (record.collateral().map(c -> c.collateralised()).orElse(false)) {
            collateralised++;
          }
        }
      }
      System.out.printf(Locale.ROOT, "  %-20s %5d records, %12s million USD (2021), conditionality %s, %d collateralised%n",
          instrument.code(), count, millions(amount), states, collateralised);
    }
    System.out.println("  GCDF does not report policy conditions: the data can neither confirm nor refute"
        + " the claim that this finance comes without them.");
  }

  private static BigDecimal sum(Iterable<BigDecimal> amounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal amount : amounts) {
      sum = sum.add(amount);
    }
    return sum;
  }

  private static String millions(BigDecimal amount) {
    return amount.movePointLeft(6).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
