package io.github.southsouth.serialization;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import java.util.ArrayList;
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
}
