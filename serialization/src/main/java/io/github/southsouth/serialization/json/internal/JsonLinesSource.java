package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads a JSON Lines document one record at a time: the header line, then one entity or relation
 * per line. Holds only the current record, so memory does not grow with the input. Problems go to
 * a collector that may be swapped between records. Not thread-safe.
 */
public final class JsonLinesSource implements AutoCloseable {

  private final ReadOptions options;
  private final String source;
  private final InputStream in;
  private final JsonParser parser;
  private final Cursor cursor;
  private final Codec codec;
  private boolean done;
  private int lastLine;
  private long records;
  private @Nullable Entity entity;
  private @Nullable Relation relation;
  private @Nullable EntityId failedId;
  private Location location = Location.unknown();

  /**
   * Opens a source.
   *
   * @param in the input, closed by {@link #close()}
   * @param source its name
   * @param options the options
   * @param problems where problems go until {@link #problems(ProblemReport.Collector)} changes it
   * @param stream whether records are streamed one at a time (no limit on the whole input's size,
   *     which does not grow memory), rather than gathered into one graph
   */
  public JsonLinesSource(
      InputStream in, String source, ReadOptions options, ProblemReport.Collector problems, boolean stream) {
    this.options = options;
    this.source = source;
    this.in = in;
    this.parser = Factories.jsonReader(options, stream).createParser(ObjectReadContext.empty(), in);
    this.cursor =
        new Cursor(parser, source, problems, ReadPolicy.of(options), 0 /* JSON has no aliases */, options.limits().maxNumberLength());
    this.codec = new Codec(cursor);
  }

  /**
   * Sends further problems to another collector.
   *
   * @param problems the collector
   */
  public void problems(ProblemReport.Collector problems) {
    cursor.problems(problems);
  }

  /**
   * Reads the header line.
   *
   * @return the dataset metadata (empty if the header has none), or null after a problem
   */
  public @Nullable DatasetInfo header() {
    try {
      JsonToken first = cursor.next();
      if (first == null) {
        done = true;
        cursor.fatal(
            ProblemCode.EMPTY_INPUT,
            "the input is empty: expected a JSON Lines header {\"format\":\"southsouth\",\"formatVersion\":1}",
            Location.builder().source(source).line(1).column(1).build());
        return null;
      }
      lastLine = parser.currentTokenLocation().getLineNr();
      if (!cursor.expectObject("the header {\"format\":\"southsouth\",\"formatVersion\":1}")) {
        done = true;
        return null;
      }
      Location root = cursor.here();
      DocumentReader.Header header = new DocumentReader.Header();
      DatasetInfo info = DatasetInfo.empty();
      String field;
      while ((field = cursor.nextField()) != null) {
        switch (field) {
          case "format":
          case "formatVersion":
            if (!header.read(cursor, field)) {
              done = true;
              return null;
            }
            break;
          case "dataset":
            cursor.toValue();
            DatasetInfo read = codec.datasetInfo().readDatasetInfo();
            if (read != null) {
              info = read;
            }
            break;
          default:
            cursor.unknownField(field, "the header", "format, formatVersion, dataset");
        }
      }
      if (!header.format || !header.version) {
        cursor.fatal(
            !header.format ? ProblemCode.WRONG_FORMAT : ProblemCode.MISSING_FIELD,
            "the first line is not a southsouth header: expected {\"format\":\"southsouth\",\"formatVersion\":1}",
            root);
        done = true;
        return null;
      }
      return info;
    } catch (FatalReadException e) {
      done = true;
      cursor.stop(e.problem());
      return null;
    } catch (JacksonException e) {
      done = true;
      cursor.stop(JacksonErrors.translate(e, cursor, options, false));
      return null;
    }
  }

  /**
   * Reads the next record. Afterwards exactly one of {@link #entity()} and {@link #relation()} is
   * set, or neither if the record had problems (reported to the collector).
   *
   * @return false at the end of the input or after a problem that stops reading
   */
  public boolean advance() {
    entity = null;
    relation = null;
    failedId = null;
    if (done) {
      return false;
    }
    try {
      JsonToken token = cursor.next();
      if (token == null) {
        done = true;
        return false;
      }
      int line = parser.currentTokenLocation().getLineNr();
      location = cursor.at(parser.currentTokenLocation(), "");
      if (line == lastLine) {
        throw new FatalReadException(
            Problem.error(
                ProblemCode.SYNTAX,
                "a second value starts on the same line: expected one record per line",
                location));
      }
      lastLine = line;
      records++;
      if (records % 1000 == 0) {
        options.progress().progress(records, Math.max(0, parser.currentLocation().getByteOffset()), -1);
      }
      if (!cursor.expectObject("a record, {\"entity\":{...}} or {\"relation\":{...}}")) {
        return true;
      }
      String field = cursor.nextField();
      if (field == null) {
        cursor.error(
            ProblemCode.MISSING_FIELD,
            "an empty record: expected {\"entity\":{...}} or {\"relation\":{...}}",
            location);
        return true;
      }
      boolean known = true;
      if (field.equals("entity")) {
        cursor.toValue();
        entity = codec.entities().readEntity(null);
        if (entity == null) {
          failedId = codec.entities().lastEntityId();
        }
      } else if (field.equals("relation")) {
        cursor.toValue();
        relation = codec.relations().readRelation();
      } else {
        known = false;
        cursor.error(
            ProblemCode.UNKNOWN_FIELD,
            "unknown record \"" + Cursor.shorten(field) + "\": expected entity or relation");
        cursor.toValue();
        cursor.skip();
      }
      String extra;
      while ((extra = cursor.nextField()) != null) {
        cursor.error(
            ProblemCode.UNKNOWN_FIELD,
            "a record holds one entity or one relation, found also \"" + Cursor.shorten(extra) + "\"");
        cursor.toValue();
        cursor.skip();
        entity = null;
        relation = null;
      }
      if (!known) {
        entity = null;
        relation = null;
      }
      return true;
    } catch (FatalReadException e) {
      done = true;
      entity = null;
      relation = null;
      cursor.stop(e.problem());
      return false;
    } catch (JacksonException e) {
      done = true;
      entity = null;
      relation = null;
      cursor.stop(JacksonErrors.translate(e, cursor, options, false));
      return false;
    }
  }

  /** Returns the entity of the current record, or null. */
  public @Nullable Entity entity() {
    return entity;
  }

  /** Returns the relation of the current record, or null. */
  public @Nullable Relation relation() {
    return relation;
  }

  /** Returns the id of the current record's entity if it could not be read, or null. */
  public @Nullable EntityId failedId() {
    return failedId;
  }

  /** Returns where the current record starts: source and line. */
  public Location location() {
    return location;
  }

  /**
   * Tells whether a {@link io.github.southsouth.serialization.ProblemKind#FATAL} problem stopped
   * the reading.
   *
   * @return true if reading stopped, or what was read is incomplete
   */
  public boolean stopped() {
    return cursor.stopped();
  }

  /** Returns the number of records read. */
  public long records() {
    return records;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } finally {
      try {
        in.close();
      } catch (java.io.IOException ignored) {
        // nothing was written; a failed close of an input loses nothing
      }
    }
  }
}
