package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
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

  private static final Comparator<Relation> ORDER =
      Comparator.comparing(Relation::from)
          .thenComparing(r -> r.type().code())
          .thenComparing(Relation::to)
          .thenComparing(r -> r.period().map(Period::toString).orElse(""));

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
   * Returns the relation from {@code from} of type {@code type} to {@code to}, with nothing else.
   *
   * @param from the source end
   * @param type the type
   * @param to the target end
   * @return the relation
   */
  public static Relation of(EntityId from, RelationType type, EntityId to) {
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
    return compareTo(other) == 0;
  }

  /** Orders by from, type code, to and period. */
  @Override
  public int compareTo(Relation other) {
    return ORDER.compare(this, other);
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
    return new Builder();
  }

  /** Builds {@link Relation}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableRelation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
