package io.github.southsouth.serialization.aiddata;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ImportAccount;

/**
 * The outcome of a successful {@link AidDataImporter#readResult(java.util.List)}: the graph, the
 * warnings, and counts of what was read. (A failed run throws instead and yields no graph.) A
 * streamed import ({@link AidDataImporter#stream}) returns the same warnings and counts, without
 * the graph, as a {@link io.github.southsouth.serialization.StreamedImport}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AidDataImport {

  private final CooperationGraph graph;
  private final ProblemReport warnings;
  private final Counts counts;

  AidDataImport(CooperationGraph graph, ProblemReport warnings, Counts counts) {
    this.graph = graph;
    this.warnings = warnings;
    this.counts = counts;
  }

  /** The counts of one import, shared by the in-memory and the streamed result. */
  static final class Counts {
    final int projectFiles;
    final int locationFiles;
    final int rowsRead;
    final int recordsImported;
    final int recordsSkipped;
    final int recommendedForAggregates;
    final int locationRowsRead;
    final int locationRowsLinked;
    final int locationRowsSkipped;
    final ImportAccount account;
    final int initiatives;
    final int actors;
    final int sources;
    final long relations;

    Counts(int projectFiles, int locationFiles, GcdfImport state, int initiatives, int actors, int sources,
        long relations) {
      this.projectFiles = projectFiles;
      this.locationFiles = locationFiles;
      this.rowsRead = state.rowsRead();
      this.recordsImported = state.recordsImported();
      this.recordsSkipped = state.recordsSkipped();
      this.recommendedForAggregates = state.recommended();
      this.locationRowsRead = state.admRowsRead();
      this.locationRowsLinked = state.admRowsLinked();
      this.locationRowsSkipped = state.admRowsSkipped();
      this.account = state.account();
      this.initiatives = initiatives;
      this.actors = actors;
      this.sources = sources;
      this.relations = relations;
    }

    /** The counts by the names of their accessors, for {@code StreamedImport.counts()}. */
    ImmutableMap<String, Long> toMap() {
      return ImmutableMap.<String, Long>builder()
          .put("projectFiles", (long) projectFiles)
          .put("locationFiles", (long) locationFiles)
          .put("rowsRead", (long) rowsRead)
          .put("recordsImported", (long) recordsImported)
          .put("recordsSkipped", (long) recordsSkipped)
          .put("recommendedForAggregates", (long) recommendedForAggregates)
          .put("locationRowsRead", (long) locationRowsRead)
          .put("locationRowsLinked", (long) locationRowsLinked)
          .put("locationRowsSkipped", (long) locationRowsSkipped)
          .buildOrThrow();
    }

    String summary(ProblemReport warnings) {
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
      text.append("Graph: ").append(initiatives).append(" initiatives, ")
          .append(actors).append(" actors, ").append(sources)
          .append(" sources, ").append(relations).append(" relations\n");
      if (!account.isEmpty()) {
        text.append("Not mapped to the model (column: records with a value):\n");
        account.lines().forEach(line -> text.append("  ").append(line).append('\n'));
      }
      text.append("Problems: ").append(warnings.summary());
      return text.toString();
    }
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
    return warnings;
  }

  /**
   * Returns how many GCDF project tables were read.
   *
   * @return the count
   */
  public int projectFiles() {
    return counts.projectFiles;
  }

  /**
   * Returns how many ADM1 location files were read.
   *
   * @return the count
   */
  public int locationFiles() {
    return counts.locationFiles;
  }

  /**
   * Returns how many data rows the project tables held.
   *
   * @return the count
   */
  public int rowsRead() {
    return counts.rowsRead;
  }

  /**
   * Returns how many records became initiatives.
   *
   * @return the count
   */
  public int recordsImported() {
    return counts.recordsImported;
  }

  /**
   * Returns how many records were left out (lenient mode only; each is reported).
   *
   * @return the count
   */
  public int recordsSkipped() {
    return counts.recordsSkipped;
  }

  /**
   * Returns how many imported records AidData recommends for aggregates; see {@link
   * AidData#isRecommendedForAggregates(Initiative)}.
   *
   * @return the count
   */
  public int recommendedForAggregates() {
    return counts.recommendedForAggregates;
  }

  /**
   * Returns how many rows the ADM1 location files held.
   *
   * @return the count
   */
  public int locationRowsRead() {
    return counts.locationRowsRead;
  }

  /**
   * Returns how many ADM1 rows were linked to an imported record. The others name records not in
   * this import.
   *
   * @return the count
   */
  public int locationRowsLinked() {
    return counts.locationRowsLinked;
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
    return counts.account;
  }

  /**
   * Returns how many ADM1 rows were left out as malformed (lenient mode only; each is reported).
   *
   * @return the count
   */
  public int locationRowsSkipped() {
    return counts.locationRowsSkipped;
  }

  /**
   * Returns a few lines for a command line to print, e.g. {@code Imported 196 of 196 records from
   * 2 files (176 recommended for aggregates, 0 skipped) ...}.
   *
   * @return the summary, lines separated by {@code \n}
   */
  public String summary() {
    return counts.summary(warnings);
  }

  @Override
  public String toString() {
    return summary();
  }
}
