package io.github.southsouth.serialization.aiddata;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Names and small helpers for working with imported AidData records: the attribute keys the
 * importer writes, the id of the dataset's own {@code Source}, and the conventions an analyst needs
 * to aggregate correctly (sum only records {@linkplain #isRecommendedForAggregates recommended for
 * aggregates}, in {@linkplain #constantUsd2021 constant 2021 US dollars}).
 *
 * <p>Stateless and thread-safe; every method is O(size of the initiative's financing).
 *
 * @since 0.1.0
 */
public final class AidData {

  /** The prefix of every attribute key the importer writes: {@code aiddata.}. */
  public static final String NAMESPACE = "aiddata.";

  /** The external-id scheme of AidData record ids: {@code aiddata}. */
  public static final String SCHEME = "aiddata";

  /** The id of the {@code Source} that stands for the GCDF 3.0 dataset, cited by every import. */
  public static final EntityId DATASET_SOURCE = EntityId.of(Kind.SOURCE, "aiddata-gcdf-3.0");

  /** The attribute holding {@code Recommended For Aggregates} ({@code Yes} or {@code No}). */
  public static final String RECOMMENDED_FOR_AGGREGATES = NAMESPACE + "recommendedForAggregates";

  /** The attribute holding {@code Recipient Region}, e.g. {@code Africa} or {@code America}. */
  public static final String RECIPIENT_REGION = NAMESPACE + "recipientRegion";

  /** The attribute holding {@code Sector Name}, e.g. {@code ENERGY}. */
  public static final String SECTOR_NAME = NAMESPACE + "sectorName";

  /** The attribute holding {@code Status} as AidData writes it, e.g. {@code Pipeline: Pledge}. */
  public static final String STATUS = NAMESPACE + "status";

  /** The attribute holding {@code Flow Type} as AidData writes it, e.g. {@code Loan}. */
  public static final String FLOW_TYPE = NAMESPACE + "flowType";

  /** The attribute holding {@code Flow Class}: ODA-like, OOF-like or Vague (Official Finance). */
  public static final String FLOW_CLASS = NAMESPACE + "flowClass";

  /** The attribute holding {@code AidData Parent ID} as written, e.g. {@code 669|943}. */
  public static final String PARENT_ID = NAMESPACE + "parentId";

  /** The price basis of AidData's {@code Amount (Constant USD 2021)}. */
  public static final MoneyBasis CONSTANT_2021 = MoneyBasis.constant(2021);

  private AidData() {}

  /**
   * Returns the id of the initiative made from an AidData record: {@code initiative:aiddata-<id>}.
   *
   * @param recordId the {@code AidData Record ID}, e.g. {@code 47008}
   * @return the id
   * @throws IllegalArgumentException if the record id is empty
   */
  public static EntityId initiativeId(String recordId) {
    if (recordId.isEmpty()) {
      throw new IllegalArgumentException("an AidData record id is empty");
    }
    return EntityId.encode(Kind.INITIATIVE, "aiddata-" + recordId);
  }

  /**
   * Returns the AidData record id of an imported entity.
   *
   * @param entity an entity, typically an initiative made by the importer
   * @return the record id, or empty if the entity has none
   */
  public static Optional<String> recordId(Entity entity) {
    return Optional.ofNullable(entity.externalIds().get(SCHEME));
  }

  /**
   * Tells whether AidData recommends counting a record in aggregates. AidData asks that sums be
   * taken over these records only: the others are pledges, suspended or cancelled projects and
   * umbrella agreements whose money is counted in their sub-records.
   *
   * <p>The importer sets {@link Initiative#inAggregates()} from the same column, so the graph's
   * aggregates ({@code financeBy}, {@code conditionality}) follow this guidance by default.
   *
   * @param initiative an imported initiative
   * @return true if its {@code Recommended For Aggregates} is {@code Yes}
   */
  public static boolean isRecommendedForAggregates(Initiative initiative) {
    String value = initiative.attributes().get(RECOMMENDED_FOR_AGGREGATES);
    return value != null && value.strip().equalsIgnoreCase("yes");
  }

  /**
   * Returns the amount of an initiative's financing in constant 2021 US dollars, summed over its
   * financing entries that report one.
   *
   * @param initiative an initiative
   * @return the amount, or empty if no financing reports one
   */
  public static Optional<BigDecimal> constantUsd2021(Initiative initiative) {
    BigDecimal sum = null;
    for (Financing financing : initiative.financing()) {
      for (Money money : financing.amounts()) {
        if (money.currency().equals("USD") && money.basis().equals(CONSTANT_2021)) {
          sum = sum == null ? money.amount() : sum.add(money.amount());
        }
      }
    }
    return Optional.ofNullable(sum);
  }
}
