package io.github.southsouth.serialization.json.internal;

import static io.github.southsouth.serialization.json.internal.Codec.set;

import io.github.southsouth.graph.DatasetInfo;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The dataset metadata of a native document (docs/FORMAT.md): written by {@link
 * #writeDatasetInfo}, read back by {@link #readDatasetInfo}, which reports every problem with its
 * location and returns null for metadata that could not be read.
 *
 * <p>Not thread-safe when reading (one per cursor, through {@link Codec#datasetInfo()}); writing
 * is stateless.
 */
public final class DatasetInfoCodec {

  private enum DatasetInfoField { TITLE, DESCRIPTION, VERSION, LICENSE, SOURCES }

  private static final Codec.Keys<DatasetInfoField> DATASET_INFO =
      new Codec.Keys<>(DatasetInfoField.class, "the dataset metadata", false, "");

  private final Codec values;
  private final Cursor in;

  DatasetInfoCodec(Codec values) {
    this.values = values;
    this.in = values.cursor();
  }

  /**
   * Writes the dataset metadata, or nothing if it is empty.
   *
   * @param g the generator
   * @param info the metadata
   */
  public static void writeDatasetInfo(JsonGenerator g, DatasetInfo info) {
    g.writeStartObject();
    Codec.writeText(g, "title", info.title());
    Codec.writeText(g, "description", info.description());
    Codec.writeOptional(g, "version", info.version(), JsonGenerator::writeString);
    Codec.writeOptional(g, "license", info.license(), JsonGenerator::writeString);
    Codec.writeArray(g, "sources", info.sources(), Codec::writeId);
    g.writeEndObject();
  }

  /**
   * Tells whether dataset metadata has anything in it.
   *
   * @param info the metadata
   * @return true if anything is set
   */
  public static boolean hasContent(DatasetInfo info) {
    return !info.equals(DatasetInfo.empty());
  }

  /**
   * Reads dataset metadata.
   *
   * @return the metadata, or null if it could not be read
   */
  public @Nullable DatasetInfo readDatasetInfo() {
    DatasetInfo.Builder info = DatasetInfo.builder();
    return values.readObject(DATASET_INFO, info::build, field -> switch (field) {
      case TITLE -> set(values.readLocalized(), info::title);
      case DESCRIPTION -> set(values.readLocalized(), info::description);
      case VERSION -> set(in.text("a version as text, e.g. \"2026.11\""), info::version);
      case LICENSE -> set(in.text("a licence as text, e.g. \"CC-BY-4.0\""), info::license);
      case SOURCES -> set(values.readIds("source ids"), info::addAllSources);
    });
  }
}
