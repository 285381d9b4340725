package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
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
    Kind.INITIATIVE.checkIdOfThisKind(id());
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
