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
    return ImmutableDatasetInfo.builder();
  }

  /**
   * Builds {@link DatasetInfo} values: set the attributes, then call {@link #build()}. Made with {@link
   * DatasetInfo#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link DatasetInfo}: values are replaced, absent optional values do not replace present ones, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(DatasetInfo instance);

    /**
     * Sets {@link DatasetInfo#title() title}. If not set, the default of {@link DatasetInfo#title() title} applies.
     *
     * @param title the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder title(LocalizedText title);

    /**
     * Sets {@link DatasetInfo#description() description}. If not set, the default of {@link DatasetInfo#description() description} applies.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder description(LocalizedText description);

    /**
     * Sets the optional {@link DatasetInfo#version() version}.
     *
     * @param version the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder version(String version);

    /**
     * Sets the optional {@link DatasetInfo#version() version}; an empty optional makes it absent.
     *
     * @param version the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder version(Optional<String> version);

    /**
     * Sets the optional {@link DatasetInfo#license() license}.
     *
     * @param license the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder license(String license);

    /**
     * Sets the optional {@link DatasetInfo#license() license}; an empty optional makes it absent.
     *
     * @param license the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder license(Optional<String> license);

    /**
     * Adds one element to {@link DatasetInfo#sources() sources} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addSource(EntityId element);

    /**
     * Adds elements to {@link DatasetInfo#sources() sources} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addSources(EntityId... elements);

    /**
     * Sets or replaces all elements for {@link DatasetInfo#sources() sources} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder sources(Iterable<? extends EntityId> elements);

    /**
     * Adds elements to {@link DatasetInfo#sources() sources} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllSources(Iterable<? extends EntityId> elements);

    /**
     * Builds a new {@link DatasetInfo DatasetInfo}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract DatasetInfo build();
  }
}
