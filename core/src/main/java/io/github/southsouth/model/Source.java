package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import java.net.URI;
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
    return ImmutableSource.builder();
  }

  /**
   * Builds {@link Source} values: set the attributes, then call {@link #build()}. Made with {@link
   * Source#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Source> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Source}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Source instance);

    /**
     * Sets {@link Source#sourceKind() sourceKind}. If not set, the default of {@link Source#sourceKind() sourceKind} applies.
     *
     * @param sourceKind the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder sourceKind(SourceKind sourceKind);

    /**
     * Adds one element to {@link Source#authors() authors} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAuthor(String element);

    /**
     * Adds elements to {@link Source#authors() authors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAuthors(String... elements);

    /**
     * Sets or replaces all elements for {@link Source#authors() authors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder authors(Iterable<String> elements);

    /**
     * Adds elements to {@link Source#authors() authors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllAuthors(Iterable<String> elements);

    /**
     * Sets the optional {@link Source#publisher() publisher}.
     *
     * @param publisher the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder publisher(String publisher);

    /**
     * Sets the optional {@link Source#publisher() publisher}; an empty optional makes it absent.
     *
     * @param publisher the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder publisher(Optional<String> publisher);

    /**
     * Sets the optional {@link Source#date() date}.
     *
     * @param date the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder date(PartialDate date);

    /**
     * Sets the optional {@link Source#date() date}; an empty optional makes it absent.
     *
     * @param date the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder date(Optional<? extends PartialDate> date);

    /**
     * Sets the optional {@link Source#uri() uri}.
     *
     * @param uri the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder uri(String uri);

    /**
     * Sets the optional {@link Source#uri() uri}; an empty optional makes it absent.
     *
     * @param uri the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder uri(Optional<String> uri);

    /**
     * Builds a new {@link Source Source}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Source build();
  }
}
