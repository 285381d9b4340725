package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a dataset says about itself: title, description, version, licence and its main sources.
 *
 * <p>Immutable and thread-safe, with structural equality.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DatasetInfo {

  private static final DatasetInfo EMPTY = builder().build();

  DatasetInfo() {}

  /**
   * Returns the title.
   *
   * @return the title, possibly empty
   */
  @Value.Default
  public LocalizedText title() {
    return LocalizedText.empty();
  }

  /**
   * Returns a description.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the version of the data, e.g. {@code 2026.11}.
   *
   * @return the version
   */
  public abstract Optional<String> version();

  /**
   * Returns the licence, preferably an SPDX identifier such as {@code CC-BY-4.0}.
   *
   * @return the licence
   */
  public abstract Optional<String> license();

  /**
   * Returns the ids of the dataset's main sources, which must be source entities of the graph.
   *
   * @return the source ids, in the order given
   */
  public abstract ImmutableList<EntityId> sources();

  /**
   * Returns the info with nothing set.
   *
   * @return empty info
   */
  public static DatasetInfo empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DatasetInfo}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableDatasetInfo.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
