package io.github.southsouth.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.ProblemReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** A sink for tests of streamed imports: keeps every record, in the order received. */
public final class CollectingSink implements RecordSink {

  /** The entities received. */
  public final List<Entity> entities = new ArrayList<>();
  /** The relations received. */
  public final List<Relation> relations = new ArrayList<>();

  @Override
  public void entity(Entity entity) {
    entities.add(entity);
  }

  @Override
  public void relation(Relation relation) {
    relations.add(relation);
  }

  /**
   * Returns the graph of the records received, with the metadata of the streamed import; fails
   * (InvalidModelException) if they do not make a valid graph.
   *
   * @param result the streamed import's result
   * @return the graph
   */
  public CooperationGraph graph(StreamedImport result) {
    return CooperationGraph.builder().info(result.info()).addEntities(entities).addRelations(relations).build();
  }

  /**
   * Asserts that what this sink received, with the streamed import's result, is what the
   * in-memory import of the same files gave: the same graph, each record passed once, the same
   * warnings, account and summary.
   */
  public void assertSameAs(StreamedImport streamed, CooperationGraph graph, ProblemReport warnings,
      ImportAccount account, String summary) {
    assertThat(graph(streamed)).isEqualTo(graph);
    assertThat(new HashSet<>(entities)).hasSameSizeAs(entities);
    assertThat(entities).hasSize(graph.entities().size());
    assertThat(relations).hasSize(graph.relationCount());
    assertThat(streamed.entities()).isEqualTo(entities.size());
    assertThat(streamed.relations()).isEqualTo(relations.size());
    assertThat(streamed.warnings()).isEqualTo(warnings);
    assertThat(streamed.account()).isEqualTo(account);
    assertThat(streamed.summary()).isEqualTo(summary);
    assertThat(streamed.info()).isEqualTo(graph.info());
  }
}
