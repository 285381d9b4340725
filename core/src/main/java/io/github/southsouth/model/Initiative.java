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

  @Value.Check
  void check() {
    if (id().kind() != Kind.INITIATIVE) {
      throw new IllegalArgumentException(
          "the id " + id() + " is not an initiative id: expected initiative:<slug>");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Initiative}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableInitiative.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
