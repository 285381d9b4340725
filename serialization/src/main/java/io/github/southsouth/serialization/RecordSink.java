package io.github.southsouth.serialization;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;

/**
 * Receives the records of a streamed import one at a time, instead of a whole graph: what {@code
 * IatiImporter.stream} and {@code AidDataImporter.stream} pass their output to, e.g. to write it
 * as JSON Lines or turn it into rows, in memory bounded by one record.
 *
 * <p>Each entity and each relation of the import is passed exactly once. Taken together, the
 * records passed are the entities and relations of the graph the same importer's {@code read}
 * returns for the same files, in another order; a relation may be passed before the entities it
 * links. The graph's {@linkplain io.github.southsouth.graph.DatasetInfo dataset metadata} is not a
 * record: the streamed import returns it in its {@link StreamedImport}.
 *
 * <p>Threading: the importer calls the sink on the thread that called {@code stream}, never
 * concurrently, in the order the records are made (file order, then the records made at the end,
 * such as merged organisations). An implementation needs no synchronisation of its own.
 *
 * <p>Failures: a sink reports a failure of its own (e.g. a full disk) with an unchecked exception,
 * which ends the import and reaches the caller of {@code stream} unchanged. When the import itself
 * fails (a {@link ModelReadException}), the records passed before the failure stay passed: a
 * consumer must then treat what it received as incomplete, e.g. write to a temporary file and move
 * it into place only when {@code stream} returns.
 *
 * @since 0.1.0
 */
public interface RecordSink {

  /**
   * Receives one entity.
   *
   * @param entity the entity, never null
   */
  void entity(Entity entity);

  /**
   * Receives one relation.
   *
   * @param relation the relation, never null
   */
  void relation(Relation relation);
}
