package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * An area of contribution, such as infrastructure investment, technological assistance or multilateral platforms. A theme may map to OECD-DAC sector codes, which lets importers link projects to it.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Theme implements Entity {

  Theme() {}

  @Override
  public final Kind kind() {
    return Kind.THEME;
  }

  /**
   * Returns the OECD-DAC sector codes (three or five digits) this theme covers.
   *
   * @return the codes, in the order given
   */
  public abstract ImmutableList<String> dacSectors();

  @Value.Check
  void check() {
    Kind.THEME.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableTheme.builder();
  }

  /**
   * Builds {@link Theme} values: set the attributes, then call {@link #build()}. Made with {@link
   * Theme#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Theme> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Theme}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Theme instance);

    /**
     * Adds one element to {@link Theme#dacSectors() dacSectors} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addDacSector(String element);

    /**
     * Adds elements to {@link Theme#dacSectors() dacSectors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addDacSectors(String... elements);

    /**
     * Sets or replaces all elements for {@link Theme#dacSectors() dacSectors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder dacSectors(Iterable<String> elements);

    /**
     * Adds elements to {@link Theme#dacSectors() dacSectors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllDacSectors(Iterable<String> elements);

    /**
     * Builds a new {@link Theme Theme}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Theme build();
  }
}
