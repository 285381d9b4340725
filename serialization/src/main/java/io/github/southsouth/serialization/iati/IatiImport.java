package io.github.southsouth.serialization.iati;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ImportAccount;

/**
 * The result of an IATI import: the {@link CooperationGraph} (valid and complete on its own), the
 * warnings found, and summary counts for a command line to print.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IatiImport {

  private final CooperationGraph graph;
  private final ProblemReport problems;
  private final int files;
  private final int activities;
  private final int skippedActivities;
  private final int organisations;
  private final int countries;
  private final int transactions;
  private final int budgets;
  private final int plannedDisbursements;
  private final ImportAccount account;

  IatiImport(CooperationGraph graph, ProblemReport problems, int files, int activities, int skippedActivities,
      int organisations, int countries, int transactions, int budgets, int plannedDisbursements,
      ImportAccount account) {
    this.graph = graph;
    this.problems = problems;
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
   * Returns the problems found; all are warnings, since an import with errors throws.
   *
   * @return the warnings
   */
  public ProblemReport problems() {
    return problems;
  }

  /**
   * Returns the number of files read.
   *
   * @return the count
   */
  public int files() {
    return files;
  }

  /**
   * Returns the number of activities imported as initiatives.
   *
   * @return the count
   */
  public int activities() {
    return activities;
  }

  /**
   * Returns the number of activities left out (lenient mode only), each reported as a {@code
   * skipped-record} warning.
   *
   * @return the count
   */
  public int skippedActivities() {
    return skippedActivities;
  }

  /**
   * Returns the number of distinct organisations (reporting, participating and providing).
   *
   * @return the count
   */
  public int organisations() {
    return organisations;
  }

  /**
   * Returns the number of distinct recipient countries.
   *
   * @return the count
   */
  public int countries() {
    return countries;
  }

  /**
   * Returns the number of transactions imported as financing.
   *
   * @return the count
   */
  public int transactions() {
    return transactions;
  }

  /**
   * Returns the number of budgets imported as financing.
   *
   * @return the count
   */
  public int budgets() {
    return budgets;
  }

  /**
   * Returns the number of planned disbursements imported as financing.
   *
   * @return the count
   */
  public int plannedDisbursements() {
    return plannedDisbursements;
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
    return account;
  }

  /**
   * Returns a one-line summary, e.g. {@code 13 activities (0 skipped) from 1 file: 20 organisations,
   * 9 countries, 60 transactions, 28 budgets, 0 planned disbursements, 4 warnings}.
   *
   * @return the summary
   */
  public String summary() {
    return activities + " activities (" + skippedActivities + " skipped) from " + files
        + (files == 1 ? " file: " : " files: ") + organisations + " organisations, " + countries
        + " countries, " + transactions + " transactions, " + budgets + " budgets, "
        + plannedDisbursements + " planned disbursements, " + problems.warningCount() + " warnings";
  }

  @Override
  public String toString() {
    return "IatiImport{" + summary() + "}";
  }
}
