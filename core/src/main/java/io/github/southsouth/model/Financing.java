package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One flow of finance of an {@link Initiative}: a pledge, commitment, disbursement, budget or
 * repayment, with its instrument, its amounts, who provided it, when, and on what terms. Its
 * {@linkplain #stage() stage} says which way the money goes ({@link FinancingStage#direction()}).
 *
 * <p>{@link #amounts()} holds the same flow expressed in one or more currencies or bases, for
 * example the original currency and constant 2021 US dollars as AidData reports them. Amounts of
 * different currencies or bases are never added together. Importer-specific codes with no typed
 * field (IATI flow, finance, aid and tied types; AidData flow class) are kept in {@link
 * #attributes()} under namespaced keys such as {@code iati.flowType}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Financing {

  Financing() {}

  /**
   * Returns the instrument.
   *
   * @return the instrument
   */
  public abstract Instrument instrument();

  /**
   * Returns the stage of the flow; a commitment unless said otherwise.
   *
   * @return the stage
   */
  @Value.Default
  public FinancingStage stage() {
    return FinancingStage.COMMITMENT;
  }

  /**
   * Returns the amounts of this flow, at least one.
   *
   * @return the amounts, in the order given
   */
  public abstract ImmutableList<Money> amounts();

  /**
   * Returns the actor that provided the money.
   *
   * @return the financier's id
   */
  public abstract Optional<EntityId> financier();

  /**
   * Returns the date of the flow (value date, commitment year, ...).
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the period a budget or planned disbursement covers, e.g. one financial year.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns whether a budget or planned disbursement is the original or a revised amount for its
   * {@linkplain #period() period}; empty for other stages. Sums use {@link
   * Initiative#financingForTotals()}, which keeps the revised amount where a period has one.
   *
   * @return the budget kind
   */
  public abstract Optional<BudgetKind> budgetKind();

  /**
   * Returns the loan terms, for loans.
   *
   * @return the terms
   */
  public abstract Optional<LoanTerms> terms();

  /**
   * Returns coded values without a typed field, by namespaced key, sorted by key (see {@link
   * Entity#attributes()}).
   *
   * @return the attributes
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> attributes();

  @Value.Check
  void check() {
    if (amounts().isEmpty()) {
      throw new IllegalArgumentException("a financing needs at least one amount");
    }
    if (budgetKind().isPresent() && stage().direction() != FlowDirection.PLANNED) {
      throw new IllegalArgumentException(
          "budgetKind is given for a financing of stage " + stage().code()
              + ": expected it only for budget or planned-disbursement");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableFinancing.builder();
  }

  /**
   * Builds {@link Financing} values: set the attributes, then call {@link #build()}. Made with {@link
   * Financing#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Financing}: values are replaced, absent optional values do not replace present ones, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Financing instance);

    /**
     * Sets {@link Financing#instrument() instrument}.
     *
     * @param instrument the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder instrument(Instrument instrument);

    /**
     * Sets {@link Financing#stage() stage}. If not set, the default of {@link Financing#stage() stage} applies.
     *
     * @param stage the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder stage(FinancingStage stage);

    /**
     * Adds one element to {@link Financing#amounts() amounts} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAmount(Money element);

    /**
     * Adds elements to {@link Financing#amounts() amounts} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAmounts(Money... elements);

    /**
     * Sets or replaces all elements for {@link Financing#amounts() amounts} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder amounts(Iterable<? extends Money> elements);

    /**
     * Adds elements to {@link Financing#amounts() amounts} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllAmounts(Iterable<? extends Money> elements);

    /**
     * Sets the optional {@link Financing#financier() financier}.
     *
     * @param financier the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder financier(EntityId financier);

    /**
     * Sets the optional {@link Financing#financier() financier}; an empty optional makes it absent.
     *
     * @param financier the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder financier(Optional<? extends EntityId> financier);

    /**
     * Sets the optional {@link Financing#date() date}.
     *
     * @param date the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder date(PartialDate date);

    /**
     * Sets the optional {@link Financing#date() date}; an empty optional makes it absent.
     *
     * @param date the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder date(Optional<? extends PartialDate> date);

    /**
     * Sets the optional {@link Financing#terms() terms}.
     *
     * @param terms the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder terms(LoanTerms terms);

    /**
     * Sets the optional {@link Financing#terms() terms}; an empty optional makes it absent.
     *
     * @param terms the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder terms(Optional<? extends LoanTerms> terms);

    /**
     * Put one entry to the {@link Financing#attributes() attributes} map.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder putAttribute(String key, String value);

    /**
     * Put one entry to the {@link Financing#attributes() attributes} map. Nulls are not permitted
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder putAttribute(Map.Entry<String, ? extends String> entry);

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link Financing#attributes() attributes} map. Nulls are not permitted
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder attributes(Map<String, ? extends String> entries);

    /**
     * Put all mappings from the specified map as entries to {@link Financing#attributes() attributes} map. Nulls are not permitted
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder putAllAttributes(Map<String, ? extends String> entries);

    /**
     * Sets the optional {@link Financing#period() period}.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Period period);

    /**
     * Sets the optional {@link Financing#period() period}; an empty optional makes it absent.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Optional<? extends Period> period);

    /**
     * Sets the optional {@link Financing#budgetKind() budgetKind}.
     *
     * @param budgetKind the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder budgetKind(BudgetKind budgetKind);

    /**
     * Sets the optional {@link Financing#budgetKind() budgetKind}; an empty optional makes it absent.
     *
     * @param budgetKind the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder budgetKind(Optional<? extends BudgetKind> budgetKind);

    /**
     * Builds a new {@link Financing Financing}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Financing build();
  }
}
