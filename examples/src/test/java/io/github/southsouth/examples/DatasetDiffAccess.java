package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;

/** Lets the command-line tests use the changed copy that {@link DatasetDiff} makes. */
public final class DatasetDiffAccess {

  private DatasetDiffAccess() {}

  public static CooperationGraph changedCopy(CooperationGraph graph) {
    return DatasetDiff.changedCopy(graph);
  }
}
