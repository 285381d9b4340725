package io.github.southsouth.serialization;

import static com.google.common.base.Preconditions.checkNotNull;


import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.ProblemReport;

/**
 * A successful read: the graph and the warnings reported on the way (in lenient mode, for example,
 * the unknown fields that were skipped). A failed read yields no result but a {@link
 * ModelReadException}. What every reader's {@code readResult} returns, whatever the format.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadResult {
  private final CooperationGraph graph;
  private final ProblemReport warnings;

  private ReadResult(CooperationGraph graph, ProblemReport warnings) {
    this.graph = graph;
    this.warnings = warnings;
  }

  /**
   * Returns a result.
   *
   * @param graph the graph read
   * @param warnings the warnings reported on the way; no errors
   * @return the result
   * @throws IllegalArgumentException if {@code warnings} holds an error
   */
  public static ReadResult of(CooperationGraph graph, ProblemReport warnings) {
    checkNotNull(graph, "graph");
    if (checkNotNull(warnings, "warnings").hasErrors()) {
      throw new IllegalArgumentException("a successful read has no errors: " + warnings.summary());
    }
    return new ReadResult(graph, warnings);
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
