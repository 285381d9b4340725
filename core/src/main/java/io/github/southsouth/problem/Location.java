package io.github.southsouth.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a {@link Problem} is: the source (a file name or other name of the input), the line and
 * column (1-based), a pointer inside the document (a JSON Pointer such as {@code
 * /entities/3/name/en}, a CSV {@code row 12, column "Recipient"}, or an XPath-like path such as
 * {@code /iati-activities/iati-activity[3]/transaction[2]/value}), and the subject: the entity id
 * or relation the problem is about.
 *
 * <p>Every part is optional. The graph validator fills in the subject; readers add source, line,
 * column and pointer. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Location {

  private static final Location UNKNOWN = builder().build();

  Location() {}

  /**
   * Returns the name of the input, e.g. a file name.
   *
   * @return the source name
   */
  public abstract Optional<String> source();

  /**
   * Returns the 1-based line.
   *
   * @return the line
   */
  public abstract OptionalInt line();

  /**
   * Returns the 1-based column.
   *
   * @return the column
   */
  public abstract OptionalInt column();

  /**
   * Returns the path inside the document: a JSON Pointer, CSV row and column, or XPath-like path.
   *
   * @return the pointer
   */
  public abstract Optional<String> pointer();

  /**
   * Returns the entity id or relation the problem is about, e.g. {@code actor:ken} or {@code
   * initiative:x part-of initiative:y}.
   *
   * @return the subject
   */
  public abstract Optional<String> subject();

  /**
   * Returns the location about which nothing is known.
   *
   * @return an empty location
   */
  public static Location unknown() {
    return UNKNOWN;
  }

  /**
   * Returns the location of a subject, with nothing else known.
   *
   * @param subject an entity id or relation description
   * @return the location
   */
  public static Location ofSubject(String subject) {
    checkNotNull(subject, "subject");
    return builder().subject(subject).build();
  }

  /**
   * Returns a location in an input.
   *
   * @param source the input's name
   * @param line the 1-based line
   * @param column the 1-based column
   * @param pointer the path inside the document
   * @return the location
   */
  public static Location of(String source, int line, int column, String pointer) {
    checkNotNull(source, "source");
    checkNotNull(pointer, "pointer");
    return builder().source(source).line(line).column(column).pointer(pointer).build();
  }

  /**
   * Returns the short form used at the head of a problem line: {@code source:line:column}, the
   * parts that are known; or the subject when no source or line is known.
   *
   * @return the position, possibly empty
   */
  public String position() {
    StringBuilder text = new StringBuilder();
    source().ifPresent(text::append);
    if (line().isPresent()) {
      if (text.length() > 0) {
        text.append(':');
      }
      text.append(line().getAsInt());
      if (column().isPresent()) {
        text.append(':').append(column().getAsInt());
      }
    }
    if (text.length() == 0 && subject().isPresent()) {
      text.append(subject().get());
    }
    return text.toString();
  }

  /**
   * Returns the position followed by the pointer, and the subject when the position does not
   * already show it.
   */
  @Override
  public String toString() {
    String position = position();
    StringBuilder text = new StringBuilder(position);
    pointer().ifPresent(p -> text.append(text.length() > 0 ? " " : "").append("at ").append(p));
    subject()
        .filter(s -> !position.equals(s))
        .ifPresent(s -> text.append(text.length() > 0 ? " " : "").append("(").append(s).append(")"));
    return text.toString();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableLocation.builder();
  }

  /**
   * Builds {@link Location} values: set the attributes, then call {@link #build()}. Made with {@link
   * Location#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Location}: values are replaced, absent optional values do not replace present ones.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Location instance);

    /**
     * Sets the optional {@link Location#source() source}.
     *
     * @param source the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder source(String source);

    /**
     * Sets the optional {@link Location#source() source}; an empty optional makes it absent.
     *
     * @param source the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder source(Optional<String> source);

    /**
     * Sets the optional {@link Location#line() line}.
     *
     * @param line the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder line(int line);

    /**
     * Sets the optional {@link Location#line() line}; an empty optional makes it absent.
     *
     * @param line the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder line(OptionalInt line);

    /**
     * Sets the optional {@link Location#column() column}.
     *
     * @param column the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder column(int column);

    /**
     * Sets the optional {@link Location#column() column}; an empty optional makes it absent.
     *
     * @param column the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder column(OptionalInt column);

    /**
     * Sets the optional {@link Location#pointer() pointer}.
     *
     * @param pointer the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder pointer(String pointer);

    /**
     * Sets the optional {@link Location#pointer() pointer}; an empty optional makes it absent.
     *
     * @param pointer the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder pointer(Optional<String> pointer);

    /**
     * Sets the optional {@link Location#subject() subject}.
     *
     * @param subject the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder subject(String subject);

    /**
     * Sets the optional {@link Location#subject() subject}; an empty optional makes it absent.
     *
     * @param subject the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder subject(Optional<String> subject);

    /**
     * Builds a new {@link Location Location}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Location build();
  }
}
