package io.github.southsouth.graph;

import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Initiative;

/**
 * Which initiatives an aggregate of finance counts: {@link InitiativeQuery#financeBy} and {@link
 * InitiativeQuery#conditionality} count only those {@linkplain Initiative#inAggregates() included
 * in aggregates} by their source unless told otherwise, as AidData asks of its "Recommended For
 * Aggregates" flag (pledges, cancelled projects and umbrella agreements would otherwise count twice
 * or count money never committed).
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum Aggregation implements Coded {
  /**
   * Only the initiatives whose source includes them in aggregates ({@link
   * Initiative#inAggregates()} is true): the default.
   */
  RECOMMENDED("recommended"),
  /** Every initiative, including those the source advises leaving out of aggregates. */
  ALL_RECORDS("all-records");

  private final String code;

  Aggregation(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Tells whether an initiative counts under this rule.
   *
   * @param initiative an initiative
   * @return true if its finance is summed and it is counted; O(1)
   */
  public boolean counts(Initiative initiative) {
    return this == ALL_RECORDS || initiative.inAggregates();
  }

  /**
   * Says in words which initiatives the rule counts, for the output of a report.
   *
   * @return e.g. {@code "only initiatives their source includes in aggregates"}
   */
  public String describe() {
    return this == ALL_RECORDS
        ? "all initiatives, including those their source advises leaving out of aggregates"
        : "only initiatives their source includes in aggregates";
  }
}
