package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one native document (JSON or YAML) into a {@link GraphAssembler}, reporting every problem
 * with its location. Stops at the first syntax error or limit; goes on after problems of single
 * values so that one read reports them all. Stateless apart from its options; thread-safe.
 */
public final class DocumentReader {

  /** The format version this reader supports. */
  public static final int FORMAT_VERSION = 1;

  private final ReadOptions options;
  private final int maxYamlAliases;

  /**
   * Creates a reader.
   *
   * @param options the options
   * @param maxYamlAliases the most YAML aliases reported before reading stops
   */
  public DocumentReader(ReadOptions options, int maxYamlAliases) {
    this.options = options;
    this.maxYamlAliases = maxYamlAliases;
  }

  /**
   * Reads a document.
   *
   * @param in the input, not closed
   * @param source the input's name
   * @param yaml whether it is YAML (else JSON)
   * @param totalBytes the input's size for progress, or -1
   * @param into where entities and relations go
   * @param problems where problems go
   * @return true if a {@link io.github.southsouth.serialization.ProblemKind#FATAL} problem stopped
   *     the reading, so that the graph's rules are not worth checking
   */
  public boolean read(
      InputStream in,
      String source,
      boolean yaml,
      long totalBytes,
      GraphAssembler into,
      ProblemReport.Collector problems) {
    TokenStreamFactory factory = yaml ? Factories.yamlReader(options, maxYamlAliases) : Factories.jsonReader(options);
    JsonParser parser;
    try {
      parser = factory.createParser(ObjectReadContext.empty(), in);
    } catch (JacksonException e) {
      problems.add(ReadPolicy.of(options).problem(
          ProblemKind.FATAL, ProblemCode.IO_ERROR, "the input could not be opened", Location.builder().source(source).build()));
      return true;
    }
    try (JsonParser p = parser) {
      Cursor cursor =
          new Cursor(p, source, problems, ReadPolicy.of(options), maxYamlAliases, options.limits().maxNumberLength());
      boolean afterRoot = false;
      try {
        afterRoot = readRoot(cursor, totalBytes, into);
        if (afterRoot && cursor.next() != null) {
          cursor.fatal(
              ProblemCode.TRAILING_CONTENT,
              yaml ? "a second YAML document follows the first: expected one document per file"
                  : "something follows the end of the document: expected nothing after the root object",
              cursor.here());
        }
      } catch (FatalReadException e) {
        cursor.stop(e.problem());
      } catch (JacksonException e) {
        cursor.stop(JacksonErrors.translate(e, cursor, options, afterRoot));
      }
      return cursor.stopped();
    }
  }

  /**
   * Reads one document value from a cursor on its first token (for {@code SouthSouthModule}),
   * leaving the cursor on its last token.
   *
   * @param cursor the cursor
   * @param into where entities and relations go
   */
  public void readValue(Cursor cursor, GraphAssembler into) {
    readRoot(cursor, -1, into, false);
  }

  private boolean readRoot(Cursor cursor, long totalBytes, GraphAssembler into) {
    return readRoot(cursor, totalBytes, into, true);
  }

  /** Reads the root; returns true if it was read to its end. */
  private boolean readRoot(Cursor cursor, long totalBytes, GraphAssembler into, boolean advance) {
    String source = cursor.source() == null ? "" : cursor.source();
    JsonToken first = advance ? cursor.next() : cursor.token();
    if (first == null) {
      cursor.fatal(
          ProblemCode.EMPTY_INPUT,
          "the input is empty: expected a southsouth document (format: southsouth, formatVersion: 1)",
          Location.builder().from(cursor.at(null, "")).line(1).column(1).build());
      return false;
    }
    if (first != JsonToken.START_OBJECT) {
      cursor.error(
          ProblemCode.WRONG_TYPE,
          "expected a southsouth document (an object with format: southsouth), found "
              + Cursor.describe(first));
      cursor.skip();
      return true;
    }
    Location root = cursor.here();
    Codec codec = new Codec(cursor, true); // one document, read whole: share id instances
    Header header = new Header();
    long records = 0;
    String field;
    while ((field = cursor.nextField()) != null) {
      switch (field) {
        case "format":
        case "formatVersion":
          if (!header.read(cursor, field)) {
            return false;
          }
          break;
        case "dataset":
          cursor.toValue();
          Location infoAt = cursor.here();
          DatasetInfo info = codec.datasetInfo().readDatasetInfo();
          if (info != null) {
            into.info(info, infoAt);
          }
          break;
        case "entities":
          cursor.toValue();
          if (cursor.expectArray("entities")) {
            int index = 0;
            while (cursor.next() != JsonToken.END_ARRAY) {
              TokenStreamLocation at = cursor.mark();
              Entity entity = codec.entities().readEntity(null);
              if (entity != null) {
                into.addEntity(entity, source, at, index);
              } else {
                EntityId id = codec.entities().lastEntityId();
                if (id != null) {
                  into.unreadable(id);
                }
              }
              index++;
              if (++records % 1000 == 0) {
                progress(cursor, records, totalBytes);
              }
            }
          }
          break;
        case "relations":
          cursor.toValue();
          if (cursor.expectArray("relations")) {
            int index = 0;
            while (cursor.next() != JsonToken.END_ARRAY) {
              TokenStreamLocation at = cursor.mark();
              Relation relation = codec.relations().readRelation();
              if (relation != null) {
                into.addRelation(relation, source, at, index);
              }
              index++;
              if (++records % 1000 == 0) {
                progress(cursor, records, totalBytes);
              }
            }
          }
          break;
        default:
          cursor.unknownField(field, "a southsouth document", "format, formatVersion, dataset, entities, relations");
      }
    }
    if (!header.format) {
      cursor.fatal(
          ProblemCode.WRONG_FORMAT,
          "the document does not say it is a southsouth document: expected format: southsouth",
          root);
    } else if (!header.version) {
      cursor.error(
          ProblemCode.MISSING_FIELD,
          "the document has no formatVersion: expected formatVersion: " + FORMAT_VERSION,
          root);
    }
    progress(cursor, records, totalBytes);
    return true;
  }

  private void progress(Cursor cursor, long records, long totalBytes) {
    long bytes = cursor.parser().currentLocation().getByteOffset();
    options.progress().progress(records, Math.max(bytes, 0), totalBytes);
  }

  /**
   * The fields {@code format} and {@code formatVersion} of a document or of a JSON Lines header,
   * checked as they are read. Not thread-safe: one per header read.
   */
  static final class Header {
    boolean format;
    boolean version;

    /**
     * Reads and checks the value of {@code format} or {@code formatVersion}.
     *
     * @param cursor the cursor on the field's name
     * @param field {@code format} or {@code formatVersion}
     * @return false if reading must stop: not a southsouth document, or a version not supported
     */
    boolean read(Cursor cursor, String field) {
      cursor.toValue();
      if (field.equals("format")) {
        format = true;
        return checkFormat(cursor);
      }
      version = true;
      return checkVersion(cursor);
    }
  }

  /**
   * Checks the value of {@code format}.
   *
   * @param cursor the cursor on the value
   * @return true if it is southsouth
   */
  private static boolean checkFormat(Cursor cursor) {
    Location at = cursor.here();
    String value = cursor.text("format: southsouth");
    if (value == null) {
      return false;
    }
    if (!value.equals("southsouth")) {
      cursor.fatal(
          ProblemCode.WRONG_FORMAT,
          "the format is \"" + Cursor.shorten(value) + "\": expected southsouth",
          at);
      return false;
    }
    return true;
  }

  /**
   * Checks the value of {@code formatVersion}.
   *
   * @param cursor the cursor on the value
   * @return true if it is supported
   */
  private static boolean checkVersion(Cursor cursor) {
    JsonToken token = cursor.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
        && token != JsonToken.VALUE_STRING) {
      cursor.wrongType("formatVersion as a number, " + FORMAT_VERSION);
      return false;
    }
    String text = cursor.parser().getString();
    if (!text.equals(String.valueOf(FORMAT_VERSION))) {
      cursor.fatal(
          ProblemCode.UNSUPPORTED_VERSION,
          "formatVersion " + Cursor.shorten(text) + " is not supported: this reader supports"
              + " formatVersion " + FORMAT_VERSION,
          cursor.here());
      return false;
    }
    if (token == JsonToken.VALUE_STRING && !cursor.isYaml()) {
      cursor.error(ProblemCode.WRONG_TYPE, "expected formatVersion as a number, 1, found text");
      return false;
    }
    return true;
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

}
