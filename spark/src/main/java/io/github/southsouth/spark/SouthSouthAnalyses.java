package io.github.southsouth.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.southsouth.graph.Aggregation;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.FinancingStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The analyses of {@link SouthSouthFrames} on the cluster, as Spark SQL: the conditionality view
 * and committed finance by region × sector. Each returns a lazy DataFrame, to be written where the
 * user wants it, e.g. {@code .write().parquet(dir)}.
 *
 * <p>They give, group by group, what one JVM's {@code InitiativeQuery} gives for the same
 * initiatives: {@link #conditionality} the {@code ConditionalitySummary} of {@code
 * conditionalityBy} with a region × start-year grouping, {@link #financeByRegionAndSector} the
 * cells of {@code financeBy(Grouping.byRegion(), sectors)}. Committed finance is the amounts of
 * the {@code commitment} flows that totals count ({@code in_totals}), summed exactly in {@link
 * FrameSchemas#AMOUNT} per currency and basis: currencies are never converted nor added together.
 * Regions are those of {@code Grouping.byRegion()} (column {@code regions}): nested regions
 * overlap, so rows of a continent and of its sub-regions do not add up.
 *
 * <p>Thread-safe: a stateless utility; each call builds a plan in O(1).
 *
 * @since 0.1.0
 */
public final class SouthSouthAnalyses {

  /**
   * The committed amounts of a group: one struct per currency and basis, sorted: {@code currency},
   * {@code basis}, {@code amount} ({@link FrameSchemas#AMOUNT}), and, in the conditionality view,
   * {@code share}, the state's share of the group's committed amount in that currency and basis (a
   * double, null when that amount is zero).
   */
  private static final String COMMITTED = "committed";

  private SouthSouthAnalyses() {}

  /**
   * The conditionality view with the default aggregation rule, {@link Aggregation#RECOMMENDED}; see
   * {@link #conditionality(SouthSouthFrames, Aggregation)}.
   *
   * @param frames the imported frames
   * @return the view
   * @throws NullPointerException if {@code frames} is null
   */
  public static Dataset<Row> conditionality(SouthSouthFrames frames) {
    return conditionality(frames, Aggregation.RECOMMENDED);
  }

  /**
   * The conditionality view: for each recipient region and start year, how many initiatives and
   * how much committed value report no attached conditions, attached conditions, or nothing (not
   * reported is a state of its own). One row per region, year and state, every state present:
   *
   * <ul>
   *   <li>{@code region} (actor id), {@code year} (start year, null for initiatives without one),
   *       {@code state} (not-reported, none-attached, attached);
   *   <li>{@code activities}, initiatives counted in that state; {@code activity_share}, their share
   *       of the group's {@code group_activities} (a double, null when the group counts none);
   *   <li>{@code group_activities}, {@code excluded} (left out by the aggregation rule) and {@code
   *       collateralised}, for the whole region and year;
   *   <li>{@code committed}: array of struct {@code currency}, {@code basis}, {@code amount}, {@code
   *       share}, sorted by currency and basis, empty when the state has no committed finance.
   * </ul>
   *
   * @param frames the imported frames
   * @param aggregation which initiatives are counted and summed
   * @return the view, a lazy plan
   * @throws NullPointerException if an argument is null
   */
  public static Dataset<Row> conditionality(SouthSouthFrames frames, Aggregation aggregation) {
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(aggregation, "aggregation");
    Dataset<Row> members = frames.initiatives()
        .select(col("id"), explode(col("regions")).as("region"), col("year"), col("conditionality").as("state"),
            col("collateralised"), counted(aggregation).as("counted"));
    Dataset<Row> groups = members.groupBy("region", "year").agg(
        count(when(col("counted"), true)).as("group_activities"),
        count(when(not(col("counted")), true)).as("excluded"),
        count(when(col("counted").and(col("collateralised")), true)).as("collateralised"));
    Dataset<Row> counted = members.filter(col("counted"));
    Dataset<Row> byState = groups.crossJoin(states(frames));
    byState = join(byState, counted.groupBy("region", "year", "state").agg(count(lit(1)).as("activities")), "left",
        "region", "year", "state")
        .withColumn("activities", coalesce(col("activities"), lit(0L)));
    Dataset<Row> amounts = counted.join(committedByInitiative(frames), "id")
        .groupBy("region", "year", "state", "currency", "basis").agg(sum("amount").as("amount"));
    Dataset<Row> totals = amounts.groupBy("region", "year", "currency", "basis").agg(sum("amount").as("total"));
    Dataset<Row> shares = join(amounts, totals, "inner", "region", "year", "currency", "basis")
        .withColumn("share", when(col("total").notEqual(0),
            col("amount").cast(DataTypes.DoubleType).divide(col("total").cast(DataTypes.DoubleType))))
        .groupBy("region", "year", "state")
        .agg(array_sort(collect_list(struct(col("currency"), col("basis"), col("amount"), col("share"))))
            .as(COMMITTED));
    return join(byState, shares, "left", "region", "year", "state")
        .select(col("region"), col("year"), col("state"), col("activities"),
            when(col("group_activities").gt(0),
                col("activities").cast(DataTypes.DoubleType).divide(col("group_activities").cast(DataTypes.DoubleType)))
                .as("activity_share"),
            col("group_activities"), col("excluded"), col("collateralised"),
            coalesce(col(COMMITTED), emptyArray(shares.schema(), COMMITTED)).as(COMMITTED));
  }

  /**
   * Committed finance by region × sector with the default aggregation rule, {@link
   * Aggregation#RECOMMENDED}; see {@link #financeByRegionAndSector(SouthSouthFrames, Aggregation)}.
   *
   * @param frames the imported frames
   * @return the table
   * @throws NullPointerException if {@code frames} is null
   */
  public static Dataset<Row> financeByRegionAndSector(SouthSouthFrames frames) {
    return financeByRegionAndSector(frames, Aggregation.RECOMMENDED);
  }

  /**
   * Committed finance by region × sector: one row per region and sector that at least one counted
   * initiative is in. An initiative in several sectors counts whole in each (shares are not
   * applied), as {@code FinanceTable} does; so do nested regions.
   *
   * <ul>
   *   <li>{@code region} (actor id), {@code vocabulary} (sector vocabulary code), {@code sector}
   *       (the code in that vocabulary);
   *   <li>{@code activities}, the initiatives counted in the cell;
   *   <li>{@code committed}: array of struct {@code currency}, {@code basis}, {@code amount},
   *       sorted, empty when the cell has no committed finance.
   * </ul>
   *
   * @param frames the imported frames
   * @param aggregation which initiatives are counted and summed
   * @return the table, a lazy plan
   * @throws NullPointerException if an argument is null
   */
  public static Dataset<Row> financeByRegionAndSector(SouthSouthFrames frames, Aggregation aggregation) {
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(aggregation, "aggregation");
    Dataset<Row> members = frames.initiatives()
        .filter(counted(aggregation))
        .select(col("id"), explode(col("regions")).as("region"), col("sectors"))
        .select(col("id"), col("region"), explode(col("sectors")).as("s"))
        .select(col("id"), col("region"), col("s.vocabulary").as("vocabulary"), col("s.code").as("sector"))
        .distinct();
    Dataset<Row> counts = members.groupBy("region", "vocabulary", "sector").agg(count(lit(1)).as("activities"));
    Dataset<Row> sums = members.join(committedByInitiative(frames), "id")
        .groupBy("region", "vocabulary", "sector", "currency", "basis").agg(sum("amount").as("amount"))
        .groupBy("region", "vocabulary", "sector")
        .agg(array_sort(collect_list(struct(col("currency"), col("basis"), col("amount")))).as(COMMITTED));
    return join(counts, sums, "left", "region", "vocabulary", "sector")
        .select(col("region"), col("vocabulary"), col("sector"), col("activities"),
            coalesce(col(COMMITTED), emptyArray(sums.schema(), COMMITTED)).as(COMMITTED));
  }

  /** Whether the aggregation counts an initiative row. */
  private static Column counted(Aggregation aggregation) {
    return aggregation == Aggregation.ALL_RECORDS ? lit(true) : col("in_aggregates");
  }

  /** The committed amounts of each initiative that totals count, per currency and basis. */
  private static Dataset<Row> committedByInitiative(SouthSouthFrames frames) {
    return frames.financing()
        .filter(col("stage").equalTo(FinancingStage.COMMITMENT.code()).and(col("in_totals")))
        .groupBy(col("initiative").as("id"), col("currency"), col("basis"))
        .agg(sum("amount").as("amount"));
  }

  /** The conditionality states, one row each. */
  private static Dataset<Row> states(SouthSouthFrames frames) {
    List<Row> rows = new ArrayList<>();
    for (ConditionalityState state : ConditionalityState.values()) {
      rows.add(RowFactory.create(state.code()));
    }
    StructType schema = new StructType().add("state", DataTypes.StringType, false);
    return frames.initiatives().sparkSession().createDataFrame(rows, schema);
  }

  /**
   * Joins on equal keys, where null equals null (initiatives without a start year form a group of
   * their own), keeping the left's key columns.
   */
  private static Dataset<Row> join(Dataset<Row> left, Dataset<Row> right, String type, String... keys) {
    Column on = lit(true);
    Dataset<Row> renamed = right;
    for (String key : keys) {
      renamed = renamed.withColumnRenamed(key, "_right_" + key);
      on = on.and(left.col(key).eqNullSafe(renamed.col("_right_" + key)));
    }
    Dataset<Row> joined = left.join(renamed, on, type);
    for (String key : keys) {
      joined = joined.drop("_right_" + key);
    }
    return joined;
  }

  private static Column emptyArray(StructType schema, String field) {
    return org.apache.spark.sql.functions.array().cast(schema.apply(field).dataType());
  }
}
