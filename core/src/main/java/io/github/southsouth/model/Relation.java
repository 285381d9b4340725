package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A typed, directed link between two entities: {@code initiative:belt-and-road embodies
 * principle:mutual-benefit}. A relation may carry the period it held, a share in percent (a
 * recipient's share of an initiative, say), a note and citations.
 *
 * <p>Two relations with the same {@linkplain #from() from}, {@linkplain #type() type}, {@linkplain
 * #to() to} and {@linkplain #period() period} are the same statement; {@code CooperationGraph}
 * refuses such duplicates. Relations sort by that key ({@link #compareTo}), which is the canonical
 * order of writers.
 *
 * <p>Whether the kinds of both ends are allowed ({@link RelationType#allows}) and both ends exist is
 * checked by {@code CooperationGraph}, which reports every such problem at once. Immutable and
 * thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Relation implements Comparable<Relation> {

  Relation() {}

  /**
   * Returns the entity the relation starts from.
   *
   * @return the source end
   */
  public abstract EntityId from();

  /**
   * Returns the type.
   *
   * @return the relation type
   */
  public abstract RelationType type();

  /**
   * Returns the entity the relation points to.
   *
   * @return the target end
   */
  public abstract EntityId to();

  /**
   * Returns when the relation held, e.g. the years of a membership.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns a share in percent, e.g. a recipient country's share of an initiative.
   *
   * @return the share
   */
  public abstract Optional<BigDecimal> share();

  /**
   * Returns a plain-text note.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Returns the citations of the sources that support this relation.
   *
   * @return the citations, in the order given
   */
  public abstract ImmutableList<Citation> citations();

  /**
   * Returns this relation with other citations, the same in every other respect. An {@code
   * ImmutableList} is kept as it is, not copied, so that the many relations an import makes from
   * one record can share that record's citation list.
   *
   * @param citations the citations
   * @return a relation with these citations, or this one if they are the same list
   * @since 0.1.0
   */
  public abstract Relation withCitations(Iterable<? extends Citation> citations);

  /**
   * Returns the relation from {@code from} of type {@code type} to {@code to}, with nothing else.
   *
   * @param from the source end
   * @param type the type
   * @param to the target end
   * @return the relation
   */
  public static Relation of(EntityId from, RelationType type, EntityId to) {
    checkNotNull(from, "from");
    checkNotNull(type, "type");
    checkNotNull(to, "to");
    return builder().from(from).type(type).to(to).build();
  }

  /**
   * Tells whether this relation states the same link as {@code other}: same from, type, to and
   * period, whatever the share, note and citations.
   *
   * @param other the other relation
   * @return true if the same statement
   */
  public boolean sameStatementAs(Relation other) {
    checkNotNull(other, "other");
    return compareTo(other) == 0;
  }

  /**
   * Orders by from, type code, to and period; periods compare as their printed forms do ({@code
   * 2020-05/..} before {@code 2020/..}), no period first.
   */
  @Override
  public int compareTo(Relation other) {
    checkNotNull(other, "other");
    if (this == other) {
      return 0;
    }
    int order = from().compareTo(other.from());
    if (order != 0) {
      return order;
    }
    RelationType type = type();
    RelationType otherType = other.type();
    if (type != otherType) {
      return type.code().compareTo(otherType.code());
    }
    order = to().compareTo(other.to());
    if (order != 0) {
      return order;
    }
    Optional<Period> period = period();
    Optional<Period> otherPeriod = other.period();
    if (period.isEmpty() || otherPeriod.isEmpty()) {
      return Boolean.compare(period.isPresent(), otherPeriod.isPresent());
    }
    return comparePrinted(period.get(), otherPeriod.get());
  }

  /**
   * Compares two periods as {@code a.toString().compareTo(b.toString())} would, in sign, without
   * printing them. A period prints as {@code start/end}, each a date ({@code YYYY}, {@code
   * YYYY-MM}, {@code YYYY-MM-DD}) or {@code ..}. Since {@code .} sorts before digits, an open end
   * comes first; years and months have fixed widths, so they compare as numbers; and since {@code
   * -} sorts before {@code /}, a start with more parts comes before one with fewer that it
   * extends, whereas an end with fewer parts (the end of the string) comes first.
   */
  static int comparePrinted(Period a, Period b) {
    int order = comparePrinted(a.start(), b.start(), true);
    return order != 0 ? order : comparePrinted(a.end(), b.end(), false);
  }

  private static int comparePrinted(Optional<PartialDate> a, Optional<PartialDate> b, boolean start) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    PartialDate x = a.get();
    PartialDate y = b.get();
    int order = Integer.compare(x.year(), y.year());
    if (order != 0) {
      return order;
    }
    order = compareParts(x.month(), y.month(), start);
    if (order != 0 || x.month().isEmpty()) {
      return order;
    }
    return compareParts(x.day(), y.day(), start);
  }

  /** Compares an optional part: when one is missing, it sorts last in a start, first in an end. */
  private static int compareParts(OptionalInt a, OptionalInt b, boolean start) {
    if (a.isPresent() && b.isPresent()) {
      return Integer.compare(a.getAsInt(), b.getAsInt());
    }
    int present = Boolean.compare(a.isPresent(), b.isPresent());
    return start ? -present : present;
  }

  /**
   * Returns a short description: {@code from type to}, with the period if any.
   *
   * @return the description
   */
  public String describe() {
    return from() + " " + type().code() + " " + to() + period().map(p -> " [" + p + "]").orElse("");
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableRelation.builder();
  }

  /**
   * Builds {@link Relation} values: set the attributes, then call {@link #build()}. Made with {@link
   * Relation#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets {@link Relation#from() from}.
     *
     * @param from the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(EntityId from);

    /**
     * Sets {@link Relation#type() type}.
     *
     * @param type the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder type(RelationType type);

    /**
     * Sets {@link Relation#to() to}.
     *
     * @param to the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder to(EntityId to);

    /**
     * Sets the optional {@link Relation#period() period}.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Period period);

    /**
     * Sets the optional {@link Relation#period() period}; an empty optional makes it absent.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Optional<? extends Period> period);

    /**
     * Sets the optional {@link Relation#share() share}.
     *
     * @param share the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder share(BigDecimal share);

    /**
     * Sets the optional {@link Relation#share() share}; an empty optional makes it absent.
     *
     * @param share the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder share(Optional<? extends BigDecimal> share);

    /**
     * Sets the optional {@link Relation#note() note}.
     *
     * @param note the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder note(String note);

    /**
     * Sets the optional {@link Relation#note() note}; an empty optional makes it absent.
     *
     * @param note the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder note(Optional<String> note);

    /**
     * Adds one element to {@link Relation#citations() citations} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addCitation(Citation element);

    /**
     * Adds elements to {@link Relation#citations() citations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addCitations(Citation... elements);

    /**
     * Sets or replaces all elements for {@link Relation#citations() citations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder citations(Iterable<? extends Citation> elements);

    /**
     * Adds elements to {@link Relation#citations() citations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllCitations(Iterable<? extends Citation> elements);

    /**
     * Builds a new {@link Relation Relation}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Relation build();
  }
}
