package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Finance summed by two groupings, such as goal × region, made by {@link
 * InitiativeQuery#financeBy}. Each cell holds, for the initiatives in both its row's and its
 * column's group, the sum of their financing amounts of one {@linkplain #stage() stage}, kept
 * apart by currency and basis ({@link CurrencyBasis}): US dollars are never added to yuan, nor
 * nominal to constant-2021 amounts. Each cell also counts its initiatives, financed or not.
 *
 * <p>Only the initiatives the {@link #aggregation()} rule counts are in the table (by default
 * those their source includes in aggregates, as AidData's "Recommended For Aggregates" asks);
 * {@link #excluded()} says how many matches of the query it left out.
 *
 * <p>An initiative in several groups counts in full in each (its amount is not divided by recipient
 * shares), so rows and columns do not add up to a grand total.
 *
 * <p>Rows and columns are in key order; {@link #cell} is O(1). Immutable and thread-safe, with
 * structural equality.
 *
 * @param <R> the type of the row keys
 * @param <C> the type of the column keys
 * @since 0.1.0
 */
public final class FinanceTable<R extends Comparable<? super R>, C extends Comparable<? super C>> {

  private final FinancingStage stage;
  private final Aggregation aggregation;
  private final int excluded;
  private final ImmutableTable<R, C, ImmutableMap<CurrencyBasis, BigDecimal>> sums;
  private final ImmutableTable<R, C, Integer> counts;

  FinanceTable(
      FinancingStage stage,
      Aggregation aggregation,
      int excluded,
      ImmutableTable<R, C, ImmutableMap<CurrencyBasis, BigDecimal>> sums,
      ImmutableTable<R, C, Integer> counts) {
    this.stage = stage;
    this.aggregation = aggregation;
    this.excluded = excluded;
    this.sums = sums;
    this.counts = counts;
  }

  /**
   * Returns the stage of the financing flows summed, e.g. {@code COMMITMENT}.
   *
   * @return the stage
   */
  public FinancingStage stage() {
    return stage;
  }

  /**
   * Returns which initiatives the table counts.
   *
   * @return the rule, e.g. {@link Aggregation#RECOMMENDED}
   */
  public Aggregation aggregation() {
    return aggregation;
  }

  /**
   * Returns how many initiatives the query matched but the {@linkplain #aggregation() rule} left
   * out of the table.
   *
   * @return the count, 0 under {@link Aggregation#ALL_RECORDS}
   */
  public int excluded() {
    return excluded;
  }

  /**
   * Returns the row keys that have at least one initiative.
   *
   * @return the rows, in key order
   */
  public ImmutableList<R> rows() {
    return counts.rowKeySet().asList();
  }

  /**
   * Returns the column keys that have at least one initiative.
   *
   * @return the columns, in key order
   */
  public ImmutableList<C> columns() {
    return counts.columnKeySet().asList();
  }

  /**
   * Returns the sums of one cell, per currency and basis.
   *
   * @param row the row key
   * @param column the column key
   * @return the sums, in currency-basis order; empty if the cell has no finance of the stage
   */
  public ImmutableMap<CurrencyBasis, BigDecimal> cell(R row, C column) {
    ImmutableMap<CurrencyBasis, BigDecimal> cell = sums.get(row, column);
    return cell == null ? ImmutableMap.of() : cell;
  }

  /**
   * Returns the sums of one cell as amounts of money, one per currency and basis.
   *
   * @param row the row key
   * @param column the column key
   * @return the amounts, in currency-basis order; empty if none
   */
  public ImmutableList<Money> cellAsMoney(R row, C column) {
    ImmutableList.Builder<Money> money = ImmutableList.builder();
    for (Map.Entry<CurrencyBasis, BigDecimal> entry : cell(row, column).entrySet()) {
      money.add(Money.of(entry.getValue(), entry.getKey().currency(), entry.getKey().basis()));
    }
    return money.build();
  }

  /**
   * Returns how many initiatives are in one cell, financed or not.
   *
   * @param row the row key
   * @param column the column key
   * @return the count, 0 if none
   */
  public int count(R row, C column) {
    Integer count = counts.get(row, column);
    return count == null ? 0 : count;
  }

  /**
   * Returns every non-empty cell's sums.
   *
   * @return the sums by row and column, in key order
   */
  public ImmutableTable<R, C, ImmutableMap<CurrencyBasis, BigDecimal>> sums() {
    return sums;
  }

  /**
   * Returns every non-empty cell's count of initiatives.
   *
   * @return the counts by row and column, in key order
   */
  public ImmutableTable<R, C, Integer> counts() {
    return counts;
  }

  /** Equal when stage, rule, excluded count, sums and counts are equal. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FinanceTable)) {
      return false;
    }
    FinanceTable<?, ?> that = (FinanceTable<?, ?>) other;
    return stage == that.stage && aggregation == that.aggregation && excluded == that.excluded
        && sums.equals(that.sums) && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, aggregation, excluded, sums, counts);
  }

  /**
   * Returns the stage and rule, then one line per non-empty cell: {@code row × column: n
   * initiatives, sums}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("FinanceTable{").append(stage.code()).append(", ")
        .append(aggregation.describe()).append(" (").append(excluded).append(" left out)");
    counts.cellSet().forEach(
        c -> text.append("\n  ").append(c.getRowKey()).append(" × ").append(c.getColumnKey())
            .append(": ").append(c.getValue()).append(" initiatives, ")
            .append(cell(c.getRowKey(), c.getColumnKey())));
    return text.append("\n}").toString();
  }
}
