package io.github.southsouth.graph;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.FinancingStage;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * How a set of initiatives stands on conditionality, the alignment view of the principle of
 * Non-Conditionality: for each {@link ConditionalityState} (none attached, attached, not
 * reported), how many initiatives and how much finance of one stage, per currency and basis. Made
 * by {@link InitiativeQuery#conditionalityBy}. Not reported is a state of its own: absence of data
 * is not absence of conditions. Collateral is not a condition: how many initiatives are
 * collateralised is reported beside the states ({@link #collateralised()}), never as one of them.
 *
 * <p>Only the initiatives the {@link #aggregation()} rule counts are counted and summed (by
 * default those their source includes in aggregates); {@link #excluded()} says how many were left
 * out.
 *
 * <p>Immutable and thread-safe, with structural equality. Lookups are O(1).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ConditionalitySummary {

  ConditionalitySummary() {}

  /**
   * Returns the stage of the financing flows summed.
   *
   * @return the stage
   */
  @Value.Parameter
  public abstract FinancingStage stage();

  /**
   * Returns which initiatives are counted.
   *
   * @return the rule, e.g. {@link Aggregation#RECOMMENDED}
   */
  @Value.Parameter
  public abstract Aggregation aggregation();

  /**
   * Returns how many initiatives the query matched but the {@linkplain #aggregation() rule} left
   * out.
   *
   * @return the count, 0 under {@link Aggregation#ALL_RECORDS}
   */
  @Value.Parameter
  public abstract int excluded();

  /**
   * Returns how many of the initiatives counted are reported as collateralised ({@link
   * io.github.southsouth.model.Initiative#collateral()}), whatever their conditionality state.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int collateralised();

  /**
   * Returns the number of initiatives in each state; every state is present.
   *
   * @return the counts, in state order
   */
  @Value.Parameter
  public abstract ImmutableMap<ConditionalityState, Integer> counts();

  /**
   * Returns the finance of the initiatives in each state, per currency and basis; every state is
   * present, with an empty map when it has no finance.
   *
   * @return the sums, in state order
   */
  @Value.Parameter
  public abstract ImmutableMap<ConditionalityState, ImmutableMap<CurrencyBasis, BigDecimal>> finance();

  static ConditionalitySummary create(
      FinancingStage stage,
      Aggregation aggregation,
      int excluded,
      int collateralised,
      ImmutableMap<ConditionalityState, Integer> counts,
      ImmutableMap<ConditionalityState, ImmutableMap<CurrencyBasis, BigDecimal>> finance) {
    return ImmutableConditionalitySummary.of(stage, aggregation, excluded, collateralised, counts, finance);
  }

  /**
   * Returns how many initiatives are in a state.
   *
   * @param state the state
   * @return the count
   */
  public int count(ConditionalityState state) {
    return counts().getOrDefault(state, 0);
  }

  /**
   * Returns the finance of the initiatives in a state.
   *
   * @param state the state
   * @return the sums per currency and basis, possibly empty
   */
  public ImmutableMap<CurrencyBasis, BigDecimal> finance(ConditionalityState state) {
    return finance().getOrDefault(state, ImmutableMap.of());
  }

  /**
   * Returns the number of initiatives in all states.
   *
   * @return the total
   */
  public int total() {
    return counts().values().stream().mapToInt(Integer::intValue).sum();
  }
}
