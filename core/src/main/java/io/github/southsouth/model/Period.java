package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of time between two {@link PartialDate}s, either of which may be unknown: open at the
 * start, open at the end, or both.
 *
 * <p>A period does not refuse an end before its start on its own: {@code CooperationGraph} reports
 * that as a located problem together with every other problem of a dataset. {@link #isOrdered()}
 * tells whether it is in order.
 *
 * <p>Immutable and thread-safe; equality is by start and end.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Period {

  private static final Period UNBOUNDED = ImmutablePeriod.of(Optional.empty(), Optional.empty());

  Period() {}

  /**
   * Returns the start, if known.
   *
   * @return the first date of the period
   */
  @Value.Parameter
  public abstract Optional<PartialDate> start();

  /**
   * Returns the end, if known.
   *
   * @return the last date of the period
   */
  @Value.Parameter
  public abstract Optional<PartialDate> end();

  /**
   * Returns the period from {@code start} to {@code end}.
   *
   * @param start the first date
   * @param end the last date
   * @return the period
   */
  public static Period of(PartialDate start, PartialDate end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    return ImmutablePeriod.of(Optional.of(start), Optional.of(end));
  }

  /**
   * Returns the period that starts at {@code start} and has no known end.
   *
   * @param start the first date
   * @return the period
   */
  public static Period from(PartialDate start) {
    checkNotNull(start, "start");
    return ImmutablePeriod.of(Optional.of(start), Optional.empty());
  }

  /**
   * Returns the period that ends at {@code end} and has no known start.
   *
   * @param end the last date
   * @return the period
   */
  public static Period until(PartialDate end) {
    checkNotNull(end, "end");
    return ImmutablePeriod.of(Optional.empty(), Optional.of(end));
  }

  /**
   * Returns the period with the given optional bounds.
   *
   * @param start the first date, if known
   * @param end the last date, if known
   * @return the period
   */
  public static Period between(Optional<PartialDate> start, Optional<PartialDate> end) {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    return ImmutablePeriod.of(start, end);
  }

  /**
   * Returns the period with neither start nor end.
   *
   * @return the unbounded period
   */
  public static Period unbounded() {
    return UNBOUNDED;
  }

  /**
   * Tells whether the start, if both are known, can come no later than the end: the earliest day
   * of the start is on or before the latest day of the end.
   *
   * @return true if ordered or open
   */
  public boolean isOrdered() {
    if (start().isEmpty() || end().isEmpty()) {
      return true;
    }
    int startYear = start().get().year();
    int endYear = end().get().year();
    if (startYear != endYear) { // each date lies within its year
      return startYear < endYear;
    }
    return !start().get().earliest().isAfter(end().get().latest());
  }

  /**
   * Tells whether this period and {@code other} may share a day, taking unknown bounds as open.
   *
   * @param other the other period
   * @return true if they may overlap
   */
  public boolean overlaps(Period other) {
    checkNotNull(other, "other");
    boolean startsBeforeOtherEnds =
        start().isEmpty()
            || other.end().isEmpty()
            || !start().get().earliest().isAfter(other.end().get().latest());
    boolean otherStartsBeforeThisEnds =
        other.start().isEmpty()
            || end().isEmpty()
            || !other.start().get().earliest().isAfter(end().get().latest());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** Returns {@code start/end} in ISO 8601 interval form, with {@code ..} for an open bound. */
  @Override
  public String toString() {
    return start().map(PartialDate::toString).orElse("..")
        + "/"
        + end().map(PartialDate::toString).orElse("..");
  }
}
