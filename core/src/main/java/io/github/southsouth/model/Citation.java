package io.github.southsouth.model;

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
    return builder().source(source).locator(locator).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Citation}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableCitation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
