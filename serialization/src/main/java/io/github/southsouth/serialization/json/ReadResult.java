package io.github.southsouth.serialization.json;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.ProblemReport;

/**
 * A successful read: the graph and the warnings reported on the way (in lenient mode, for example,
 * the unknown fields that were skipped). A failed read yields no result but a {@code
 * ModelReadException}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadResult {
  private final CooperationGraph graph;
  private final ProblemReport warnings;

  ReadResult(CooperationGraph graph, ProblemReport warnings) {
    this.graph = graph;
    this.warnings = warnings;
  }

  /**
   * Returns the graph.
   *
   * @return the graph
   */
  public CooperationGraph graph() {
    return graph;
  }

  /**
   * Returns the warnings, each located; empty when there were none.
   *
   * @return the warnings
   */
  public ProblemReport warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return graph + ", " + warnings.summary();
  }
}
