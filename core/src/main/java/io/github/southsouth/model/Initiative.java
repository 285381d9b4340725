package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A framework, programme or project of cooperation, such as the Belt and Road Initiative or a single solar plant: its kind, status, period, instruments, financing, sectors and conditionality. Who funds, leads or benefits from it, and which principles and goals it relates to, are relations in {@code CooperationGraph}.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Initiative implements Entity {

  Initiative() {}

  @Override
  public final Kind kind() {
    return Kind.INITIATIVE;
  }

  /**
   * Returns whether this is a framework, programme or project.
   *
   * @return the initiative kind
   */
  public abstract InitiativeKind initiativeKind();

  /**
   * Returns where the initiative stands in its life cycle.
   *
   * @return the status
   */
  public abstract Optional<InitiativeStatus> status();

  /**
   * Returns when the initiative runs or ran.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns the instruments through which the initiative is delivered.
   *
   * @return the instruments, in declaration order of {@link Instrument}
   */
  public abstract ImmutableSet<Instrument> instruments();

  /**
   * Returns the flows of finance.
   *
   * @return the financing, in the order given
   */
  public abstract ImmutableList<Financing> financing();

  /**
   * Returns every instrument through which the initiative is delivered: those listed in {@link
   * #instruments()} and those of its {@linkplain #financing() flows}, except budgets and planned
   * disbursements (direction {@link FlowDirection#PLANNED}), which deliver nothing yet.
   *
   * <p>Computed on each call in O(n + f) for n instruments and f flows.
   *
   * @return the instruments, in declaration order of {@link Instrument}
   */
  public final ImmutableSet<Instrument> allInstruments() {
    EnumSet<Instrument> all = EnumSet.noneOf(Instrument.class);
    all.addAll(instruments());
    for (Financing f : financing()) {
      if (f.stage().direction() != FlowDirection.PLANNED) {
        all.add(f.instrument());
      }
    }
    return Sets.immutableEnumSet(all);
  }

  /**
   * Returns the flows of finance that sums count: every flow, except an {@linkplain
   * BudgetKind#ORIGINAL original} budget or planned disbursement whose stage and {@linkplain
   * Financing#period() period} also have a {@linkplain BudgetKind#REVISED revised} one. So a
   * period that was budgeted and then revised is counted once, at its revised amount, while both
   * amounts stay in {@link #financing()}.
   *
   * <p>Computed on each call in O(f) for f flows.
   *
   * @return the flows to sum, in the order given
   */
  public final ImmutableList<Financing> financingForTotals() {
    Set<List<Object>> revised = new HashSet<>();
    for (Financing f : financing()) {
      if (f.budgetKind().equals(Optional.of(BudgetKind.REVISED))) {
        revised.add(Arrays.asList(f.stage(), f.period()));
      }
    }
    if (revised.isEmpty()) {
      return financing();
    }
    ImmutableList.Builder<Financing> counted = ImmutableList.builder();
    for (Financing f : financing()) {
      boolean superseded = f.budgetKind().equals(Optional.of(BudgetKind.ORIGINAL))
          && revised.contains(Arrays.asList(f.stage(), f.period()));
      if (!superseded) {
        counted.add(f);
      }
    }
    return counted.build();
  }

  /**
   * Returns the sectors, with shares where known.
   *
   * @return the sectors, in the order given
   */
  public abstract ImmutableList<Sector> sectors();

  /**
   * Returns whether conditions are attached; not reported unless said otherwise.
   *
   * @return the conditionality
   */
  @Value.Default
  public Conditionality conditionality() {
    return Conditionality.notReported();
  }

  /**
   * Returns how the initiative's finance is secured, when its source reports it. Collateral is
   * kept apart from {@link #conditionality()}: security for a loan is not a policy condition.
   *
   * @return the collateral, empty when the source says nothing about it
   */
  public abstract Optional<Collateral> collateral();

  /**
   * Returns whether the initiative counts in aggregates (sums and counts of finance, e.g. {@code
   * InitiativeQuery.financeBy} and {@code conditionality}) by default. A source that advises
   * against counting a record, such as AidData's "Recommended For Aggregates = No" for pledges,
   * cancelled projects and umbrella agreements whose money is counted in their parts, sets it to
   * false; otherwise it is true.
   *
   * @return true unless the source advises leaving the initiative out of aggregates
   */
  @Value.Default
  public boolean inAggregates() {
    return true;
  }

  @Value.Check
  void check() {
    Kind.INITIATIVE.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableInitiative.builder();
  }

  /**
   * Builds {@link Initiative} values: set the attributes, then call {@link #build()}. Made with {@link
   * Initiative#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>The attributes every entity has (id, name, summary, citations, external ids and attributes)
   * are set through the methods of {@link Entity.Builder}.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder implements Entity.Builder<Builder, Initiative> {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Initiative}: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Initiative instance);

    /**
     * Sets {@link Initiative#initiativeKind() initiativeKind}.
     *
     * @param initiativeKind the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder initiativeKind(InitiativeKind initiativeKind);

    /**
     * Sets the optional {@link Initiative#status() status}.
     *
     * @param status the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder status(InitiativeStatus status);

    /**
     * Sets the optional {@link Initiative#status() status}; an empty optional makes it absent.
     *
     * @param status the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder status(Optional<? extends InitiativeStatus> status);

    /**
     * Sets the optional {@link Initiative#period() period}.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Period period);

    /**
     * Sets the optional {@link Initiative#period() period}; an empty optional makes it absent.
     *
     * @param period the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder period(Optional<? extends Period> period);

    /**
     * Adds one element to {@link Initiative#instruments() instruments} set.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addInstrument(Instrument element);

    /**
     * Adds elements to {@link Initiative#instruments() instruments} set.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addInstruments(Instrument... elements);

    /**
     * Sets or replaces all elements for {@link Initiative#instruments() instruments} set.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder instruments(Iterable<Instrument> elements);

    /**
     * Adds elements to {@link Initiative#instruments() instruments} set.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllInstruments(Iterable<Instrument> elements);

    /**
     * Adds one element to {@link Initiative#financing() financing} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addFinancing(Financing element);

    /**
     * Adds elements to {@link Initiative#financing() financing} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addFinancing(Financing... elements);

    /**
     * Sets or replaces all elements for {@link Initiative#financing() financing} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder financing(Iterable<? extends Financing> elements);

    /**
     * Adds elements to {@link Initiative#financing() financing} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllFinancing(Iterable<? extends Financing> elements);

    /**
     * Adds one element to {@link Initiative#sectors() sectors} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addSector(Sector element);

    /**
     * Adds elements to {@link Initiative#sectors() sectors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addSectors(Sector... elements);

    /**
     * Sets or replaces all elements for {@link Initiative#sectors() sectors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder sectors(Iterable<? extends Sector> elements);

    /**
     * Adds elements to {@link Initiative#sectors() sectors} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllSectors(Iterable<? extends Sector> elements);

    /**
     * Sets {@link Initiative#conditionality() conditionality}. If not set, the default of {@link Initiative#conditionality() conditionality} applies.
     *
     * @param conditionality the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder conditionality(Conditionality conditionality);

    /**
     * Sets the optional {@link Initiative#collateral() collateral}: the security of a loan, kept
     * apart from conditionality.
     *
     * @param collateral the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder collateral(Collateral collateral);

    /**
     * Sets the optional {@link Initiative#collateral() collateral}; an empty optional makes it
     * absent.
     *
     * @param collateral the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder collateral(Optional<? extends Collateral> collateral);

    /**
     * Sets {@link Initiative#inAggregates() inAggregates}: whether sums count the initiative by
     * default. If not set, the default of {@link Initiative#inAggregates() inAggregates} applies
     * (counted).
     *
     * @param inAggregates the value
     * @return this builder
     */
    public abstract Builder inAggregates(boolean inAggregates);

    /**
     * Builds a new {@link Initiative Initiative}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Initiative build();
  }
}
