package io.github.southsouth.serialization.json;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.serialization.json.internal.DatasetInfoCodec;
import io.github.southsouth.serialization.json.internal.EntityCodec;
import io.github.southsouth.serialization.json.internal.RelationCodec;
import io.github.southsouth.serialization.json.internal.Factories;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes a JSON Lines document record by record, for data too large to hold as a graph: the header
 * line when created, then one line per {@link #write(Entity)} or {@link #write(Relation)}. Records
 * are written in the order given and are not checked against each other; reading the result as a
 * graph checks them. Made by {@link NativeWriter#jsonLines}.
 *
 * <p>Not thread-safe. Closing it closes the stream. Like the other writers, it reports a failure to
 * write as an {@link UncheckedIOException}.
 *
 * @since 0.1.0
 */
public final class JsonLinesWriter implements AutoCloseable {

  private final OutputStream out;
  private final JsonGenerator generator;

  JsonLinesWriter(OutputStream out, DatasetInfo header) {
    this.out = out;
    try {
      this.generator =
          Factories.jsonWriter().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
      generator.writeStartObject();
      generator.writeName("format");
      generator.writeString("southsouth");
      generator.writeName("formatVersion");
      generator.writeNumber(NativeFormat.FORMAT_VERSION);
      if (DatasetInfoCodec.hasContent(header)) {
        generator.writeName("dataset");
        DatasetInfoCodec.writeDatasetInfo(generator, header);
      }
      generator.writeEndObject();
    } catch (JacksonException e) {
      throw new UncheckedIOException(NativeWriter.unwrap(e));
    }
  }

  /**
   * Writes an entity as one line.
   *
   * @param entity the entity
   * @return this writer
   * @throws UncheckedIOException if writing fails
   */
  public JsonLinesWriter write(Entity entity) {
    checkNotNull(entity, "entity");
    try {
      generator.writeStartObject();
      generator.writeName("entity");
      EntityCodec.writeEntity(generator, entity);
      generator.writeEndObject();
    } catch (JacksonException e) {
      throw new UncheckedIOException(NativeWriter.unwrap(e));
    }
    return this;
  }

  /**
   * Writes a relation as one line.
   *
   * @param relation the relation
   * @return this writer
   * @throws UncheckedIOException if writing fails
   */
  public JsonLinesWriter write(Relation relation) {
    checkNotNull(relation, "relation");
    try {
      generator.writeStartObject();
      generator.writeName("relation");
      RelationCodec.writeRelation(generator, relation);
      generator.writeEndObject();
    } catch (JacksonException e) {
      throw new UncheckedIOException(NativeWriter.unwrap(e));
    }
    return this;
  }

  /**
   * Ends the last line, flushes and closes the stream.
   *
   * @throws UncheckedIOException if writing or closing fails
   */
  @Override
  public void close() {
    try {
      try {
        generator.writeRaw('\n');
        generator.close();
      } catch (JacksonException e) {
        throw NativeWriter.unwrap(e);
      } finally {
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
