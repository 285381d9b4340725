package io.github.southsouth.serialization.aiddata;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ImportAccount;

/**
 * The outcome of a successful {@link AidDataImporter} run: the graph, the warnings, and counts of
 * what was read. (A failed run throws instead and yields no graph.)
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AidDataImport {

  private final CooperationGraph graph;
  private final ProblemReport problems;
  private final int projectFiles;
  private final int locationFiles;
  private final int rowsRead;
  private final int recordsImported;
  private final int recordsSkipped;
  private final int recommendedForAggregates;
  private final int locationRowsRead;
  private final int locationRowsLinked;
  private final int locationRowsSkipped;
  private final ImportAccount account;

  AidDataImport(
      CooperationGraph graph,
      ProblemReport problems,
      int projectFiles,
      int locationFiles,
      GcdfImport counts) {
    this.graph = graph;
    this.problems = problems;
    this.projectFiles = projectFiles;
    this.locationFiles = locationFiles;
    this.rowsRead = counts.rowsRead();
    this.recordsImported = counts.recordsImported();
    this.recordsSkipped = counts.recordsSkipped();
    this.recommendedForAggregates = counts.recommended();
    this.locationRowsRead = counts.admRowsRead();
    this.locationRowsLinked = counts.admRowsLinked();
    this.locationRowsSkipped = counts.admRowsSkipped();
    this.account = counts.account();
  }

  /**
   * Returns the imported graph: one initiative per record, the agencies, recipients, sources and
   * ADM1 units they link to, and the reference entities those need. It is valid and complete on
   * its own.
   *
   * @return the graph
   */
  public CooperationGraph graph() {
    return graph;
  }

  /**
   * Returns the warnings found (errors make the import fail).
   *
   * @return the warnings, each located by file, line, row and column
   */
  public ProblemReport warnings() {
    return problems;
  }

  /**
   * Returns how many GCDF project tables were read.
   *
   * @return the count
   */
  public int projectFiles() {
    return projectFiles;
  }

  /**
   * Returns how many ADM1 location files were read.
   *
   * @return the count
   */
  public int locationFiles() {
    return locationFiles;
  }

  /**
   * Returns how many data rows the project tables held.
   *
   * @return the count
   */
  public int rowsRead() {
    return rowsRead;
  }

  /**
   * Returns how many records became initiatives.
   *
   * @return the count
   */
  public int recordsImported() {
    return recordsImported;
  }

  /**
   * Returns how many records were left out (lenient mode only; each is reported).
   *
   * @return the count
   */
  public int recordsSkipped() {
    return recordsSkipped;
  }

  /**
   * Returns how many imported records AidData recommends for aggregates; see {@link
   * AidData#isRecommendedForAggregates(Initiative)}.
   *
   * @return the count
   */
  public int recommendedForAggregates() {
    return recommendedForAggregates;
  }

  /**
   * Returns how many rows the ADM1 location files held.
   *
   * @return the count
   */
  public int locationRowsRead() {
    return locationRowsRead;
  }

  /**
   * Returns how many ADM1 rows were linked to an imported record. The others name records not in
   * this import.
   *
   * @return the count
   */
  public int locationRowsLinked() {
    return locationRowsLinked;
  }

  /**
   * Returns what the import read but did not map to the model, so that nothing is lost silently:
   * each GCDF column whose values are only kept verbatim as {@code aiddata.} attributes (of the
   * initiative or its financing), with the number of imported records where it held a value, and
   * each column GCDF 3.0 does not define (which is not imported), with the same count.
   *
   * @return the account, empty if every column read was mapped
   */
  public ImportAccount account() {
    return account;
  }

  /**
   * Returns how many ADM1 rows were left out as malformed (lenient mode only; each is reported).
   *
   * @return the count
   */
  public int locationRowsSkipped() {
    return locationRowsSkipped;
  }

  /**
   * Returns a few lines for a command line to print, e.g. {@code Imported 196 of 196 records from
   * 2 files (176 recommended for aggregates, 0 skipped) ...}.
   *
   * @return the summary, lines separated by {@code \n}
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append("Imported ").append(recordsImported).append(" of ").append(rowsRead)
        .append(rowsRead == 1 ? " record" : " records").append(" from ").append(projectFiles)
        .append(projectFiles == 1 ? " GCDF 3.0 file" : " GCDF 3.0 files")
        .append(" (").append(recommendedForAggregates).append(" recommended for aggregates, ")
        .append(recordsSkipped).append(" skipped)\n");
    if (locationFiles > 0) {
      text.append("Linked ").append(locationRowsLinked).append(" of ").append(locationRowsRead)
          .append(" ADM1 location rows from ").append(locationFiles)
          .append(locationFiles == 1 ? " file" : " files")
          .append(" (the rest name records not in this import")
          .append(locationRowsSkipped > 0 ? "; " + locationRowsSkipped + " skipped" : "").append(")\n");
    }
    text.append("Graph: ").append(graph.initiatives().size()).append(" initiatives, ")
        .append(graph.actors().size()).append(" actors, ").append(graph.sources().size())
        .append(" sources, ").append(graph.relationCount()).append(" relations\n");
    if (!account.isEmpty()) {
      text.append("Not mapped to the model (column: records with a value):\n");
      account.lines().forEach(line -> text.append("  ").append(line).append('\n'));
    }
    text.append("Problems: ").append(problems.summary());
    return text.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
