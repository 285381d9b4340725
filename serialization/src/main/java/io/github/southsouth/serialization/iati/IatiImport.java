package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ImportAccount;

/**
 * The result of {@link IatiImporter#readResult(java.util.List)}: the {@link CooperationGraph} (valid
 * and complete on its own), the warnings found, and summary counts for a command line to print. A
 * streamed import ({@link IatiImporter#stream}) returns the same warnings and counts, without the
 * graph, as a {@link io.github.southsouth.serialization.StreamedImport}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IatiImport {

  private final CooperationGraph graph;
  private final ProblemReport warnings;
  private final Counts counts;

  IatiImport(CooperationGraph graph, ProblemReport warnings, Counts counts) {
    this.graph = graph;
    this.warnings = warnings;
    this.counts = counts;
  }

  /** The counts of one import, shared by the in-memory and the streamed result. */
  static final class Counts {
    final int files;
    final int activities;
    final int skippedActivities;
    final int organisations;
    final int countries;
    final int transactions;
    final int budgets;
    final int plannedDisbursements;
    final ImportAccount account;

    Counts(int files, int activities, int skippedActivities, int organisations, int countries, int transactions,
        int budgets, int plannedDisbursements, ImportAccount account) {
      this.files = files;
      this.activities = activities;
      this.skippedActivities = skippedActivities;
      this.organisations = organisations;
      this.countries = countries;
      this.transactions = transactions;
      this.budgets = budgets;
      this.plannedDisbursements = plannedDisbursements;
      this.account = account;
    }

    /** The counts by the names of their accessors, for {@code StreamedImport.counts()}. */
    ImmutableMap<String, Long> toMap() {
      return ImmutableMap.<String, Long>builder()
          .put("files", (long) files)
          .put("activities", (long) activities)
          .put("skippedActivities", (long) skippedActivities)
          .put("organisations", (long) organisations)
          .put("countries", (long) countries)
          .put("transactions", (long) transactions)
          .put("budgets", (long) budgets)
          .put("plannedDisbursements", (long) plannedDisbursements)
          .buildOrThrow();
    }

    String summary(ProblemReport warnings) {
      return activities + " activities (" + skippedActivities + " skipped) from " + files
          + (files == 1 ? " file: " : " files: ") + organisations + " organisations, " + countries
          + " countries, " + transactions + " transactions, " + budgets + " budgets, "
          + plannedDisbursements + " planned disbursements, " + warnings.warningCount() + " warnings";
    }
  }

  /**
   * Returns the imported graph: initiatives, organisations, countries and regions, one source per
   * file, and the reference entities they link to.
   *
   * @return the graph
   */
  public CooperationGraph graph() {
    return graph;
  }

  /**
   * Returns the warnings found, each located; an import with errors throws instead.
   *
   * @return the warnings
   */
  public ProblemReport warnings() {
    return warnings;
  }

  /**
   * Returns the number of files read.
   *
   * @return the count
   */
  public int files() {
    return counts.files;
  }

  /**
   * Returns the number of activities imported as initiatives.
   *
   * @return the count
   */
  public int activities() {
    return counts.activities;
  }

  /**
   * Returns the number of activities left out (lenient mode only), each reported as a {@code
   * skipped-record} warning.
   *
   * @return the count
   */
  public int skippedActivities() {
    return counts.skippedActivities;
  }

  /**
   * Returns the number of distinct organisations (reporting, participating and providing).
   *
   * @return the count
   */
  public int organisations() {
    return counts.organisations;
  }

  /**
   * Returns the number of distinct recipient countries.
   *
   * @return the count
   */
  public int countries() {
    return counts.countries;
  }

  /**
   * Returns the number of transactions imported as financing.
   *
   * @return the count
   */
  public int transactions() {
    return counts.transactions;
  }

  /**
   * Returns the number of budgets imported as financing.
   *
   * @return the count
   */
  public int budgets() {
    return counts.budgets;
  }

  /**
   * Returns the number of planned disbursements imported as financing.
   *
   * @return the count
   */
  public int plannedDisbursements() {
    return counts.plannedDisbursements;
  }

  /**
   * Returns what the import read but did not keep: each element type the mapping does not read
   * (e.g. {@code result}, {@code document-link}, {@code location}, {@code sector/narrative}), with
   * how often it occurred in the imported activities, and {@code iati-activity} for each activity
   * left out. Elements of other namespaces and attributes are not counted.
   *
   * @return the account, empty when everything read was kept
   */
  public ImportAccount account() {
    return counts.account;
  }

  /**
   * Returns a one-line summary, e.g. {@code 13 activities (0 skipped) from 1 file: 20 organisations,
   * 9 countries, 60 transactions, 28 budgets, 0 planned disbursements, 4 warnings}.
   *
   * @return the summary
   */
  public String summary() {
    return counts.summary(warnings);
  }

  @Override
  public String toString() {
    return "IatiImport{" + summary() + "}";
  }
}
