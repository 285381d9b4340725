package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference from an entity or relation to the {@link Source} that supports it, with an optional
 * locator (a section, page or row) and an optional short quotation.
 *
 * <p>Immutable and thread-safe. {@code CooperationGraph} checks that the source exists and is a
 * source.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Citation {

  Citation() {}

  /**
   * Returns the id of the cited source.
   *
   * @return a {@code source:} id
   */
  public abstract EntityId source();

  /**
   * Returns where in the source, e.g. {@code "Key principles"} or {@code "p. 12"}.
   *
   * @return the locator
   */
  public abstract Optional<String> locator();

  /**
   * Returns a short quotation from the source.
   *
   * @return the quotation
   */
  public abstract Optional<String> quote();

  /**
   * Returns a citation of a source with no locator.
   *
   * @param source the source id
   * @return the citation
   */
  public static Citation of(EntityId source) {
    checkNotNull(source, "source");
    return builder().source(source).build();
  }

  /**
   * Returns a citation of a place in a source.
   *
   * @param source the source id
   * @param locator where in the source
   * @return the citation
   */
  public static Citation of(EntityId source, String locator) {
    checkNotNull(source, "source");
    checkNotNull(locator, "locator");
    return builder().source(source).locator(locator).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableCitation.builder();
  }

  /**
   * Builds {@link Citation} values: set the attributes, then call {@link #build()}. Made with {@link
   * Citation#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Citation}: values are replaced, absent optional values do not replace present ones.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Citation instance);

    /**
     * Sets {@link Citation#source() source}.
     *
     * @param source the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder source(EntityId source);

    /**
     * Sets the optional {@link Citation#locator() locator}.
     *
     * @param locator the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder locator(String locator);

    /**
     * Sets the optional {@link Citation#locator() locator}; an empty optional makes it absent.
     *
     * @param locator the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder locator(Optional<String> locator);

    /**
     * Sets the optional {@link Citation#quote() quote}.
     *
     * @param quote the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder quote(String quote);

    /**
     * Sets the optional {@link Citation#quote() quote}; an empty optional makes it absent.
     *
     * @param quote the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder quote(Optional<String> quote);

    /**
     * Builds a new {@link Citation Citation}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Citation build();
  }
}
