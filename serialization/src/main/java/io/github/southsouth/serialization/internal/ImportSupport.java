package io.github.southsouth.serialization.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.serialization.RecordSink;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the importers share around their records: the check of the files given, the sink an
 * in-memory import builds its graph with, and the sink that counts what a streamed import passes
 * on. Not API.
 */
public final class ImportSupport {

  private ImportSupport() {}

  /**
   * Checks the files of an import.
   *
   * @param files the files
   * @param expected what each file should be, e.g. {@code an IATI activity file}
   * @return the files
   * @throws NullPointerException if {@code files} or one of them is null
   * @throws IllegalArgumentException if there is none
   */
  public static List<Path> checkFiles(List<Path> files, String expected) {
    checkNotNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files to import: expected at least one " + expected);
    }
    files.forEach(f -> checkNotNull(f, "file"));
    return files;
  }

  /**
   * Returns a sink that adds every record to a graph builder.
   *
   * @param graph the builder
   * @return the sink
   */
  public static RecordSink into(CooperationGraph.Builder graph) {
    return new RecordSink() {
      @Override
      public void entity(Entity entity) {
        graph.addEntity(entity);
      }

      @Override
      public void relation(Relation relation) {
        graph.addRelation(relation);
      }
    };
  }

  /** Passes records on to a sink and counts them: relations, entities, and entities by kind. */
  public static final class Counting implements RecordSink {
    private final RecordSink sink;
    private final Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
    private long entities;
    private long relations;

    /**
     * Returns a counting sink.
     *
     * @param sink where the records go
     */
    public Counting(RecordSink sink) {
      this.sink = checkNotNull(sink, "sink");
    }

    @Override
    public void entity(Entity entity) {
      sink.entity(entity);
      entities++;
      byKind.merge(entity.kind(), 1, Integer::sum);
    }

    @Override
    public void relation(Relation relation) {
      sink.relation(relation);
      relations++;
    }

    /**
     * Returns the entities passed on.
     *
     * @return the count
     */
    public long entities() {
      return entities;
    }

    /**
     * Returns the relations passed on.
     *
     * @return the count
     */
    public long relations() {
      return relations;
    }

    /**
     * Returns the entities of a kind passed on.
     *
     * @param kind the kind
     * @return the count
     */
    public int entities(Kind kind) {
      return byKind.getOrDefault(kind, 0);
    }
  }
}
