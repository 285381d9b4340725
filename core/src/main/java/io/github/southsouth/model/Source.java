package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document that entities and relations cite: an essay, report, dataset, article, book, official document or web page. Its name is its title.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Source implements Entity {

  Source() {}

  @Override
  public final Kind kind() {
    return Kind.SOURCE;
  }

  /**
   * Returns what kind of document this is; other unless said otherwise.
   *
   * @return the source kind
   */
  @Value.Default
  public SourceKind sourceKind() {
    return SourceKind.OTHER;
  }

  /**
   * Returns the authors, people or organisations, as the source names them.
   *
   * @return the authors, in the order given
   */
  public abstract ImmutableList<String> authors();

  /**
   * Returns the publisher.
   *
   * @return the publisher
   */
  public abstract Optional<String> publisher();

  /**
   * Returns the date of publication.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns where the source can be found: an absolute URI.
   *
   * @return the URI
   */
  public abstract Optional<String> uri();

  @Value.Check
  void check() {
    Kind.SOURCE.checkIdOfThisKind(id());
    uri().ifPresent(
        u -> {
          try {
            if (!new java.net.URI(u).isAbsolute()) {
              throw new IllegalArgumentException(
                  "the uri \"" + u + "\" of " + id() + " is not absolute: expected e.g. https://...");
            }
          } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(
                "the uri \"" + u + "\" of " + id() + " is not a valid URI: " + e.getReason(), e);
          }
        });
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableSource.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
