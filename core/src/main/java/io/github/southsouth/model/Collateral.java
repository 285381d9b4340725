package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * How an initiative's finance is secured, as its source reports it: whether it is collateralised,
 * who provides the collateral, who holds it as security or collateral agent, and what secures it
 * (a deposit, future revenues, a lien on project assets).
 *
 * <p>Collateral is a term of the lender's security, not a policy condition: it never makes an
 * initiative's {@link Conditionality} {@linkplain ConditionalityState#ATTACHED attached}. An
 * initiative whose source says nothing about security has no collateral at all ({@link
 * Initiative#collateral()} is empty); one whose source says "not collateralised" has {@link
 * #none()}.
 *
 * <p>Providers and agents are actor ids; a valid graph holds them. Immutable and thread-safe, with
 * structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Collateral {

  private static final Collateral NONE = builder().collateralised(false).build();

  Collateral() {}

  /**
   * Returns whether the finance is collateralised.
   *
   * @return true if secured by collateral; false if the source says it is not
   */
  public abstract boolean collateralised();

  /**
   * Returns the actors that provide the collateral, e.g. a recipient's central bank.
   *
   * @return the providers' ids, in the order given; empty when not reported
   */
  public abstract ImmutableList<EntityId> providers();

  /**
   * Returns the actors that hold the collateral as security agent or collateral agent.
   *
   * @return the agents' ids, in the order given; empty when not reported
   */
  public abstract ImmutableList<EntityId> agents();

  /**
   * Returns what secures the finance, in the languages the source gives, e.g. "Project revenues
   * deposited into escrow account".
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public LocalizedText securedBy() {
    return LocalizedText.empty();
  }

  @Value.Check
  void check() {
    if (!collateralised() && (!providers().isEmpty() || !agents().isEmpty() || !securedBy().isEmpty())) {
      throw new IllegalArgumentException(
          "collateral that is not collateralised names no providers, agents or securedBy:"
              + " expected collateralised(true) to describe the security");
    }
    for (EntityId id : providers()) {
      actor(id, "providers");
    }
    for (EntityId id : agents()) {
      actor(id, "agents");
    }
  }

  private static void actor(EntityId id, String attribute) {
    if (id.kind() != Kind.ACTOR) {
      throw new IllegalArgumentException(
          "collateral " + attribute + " " + id + " is not an actor id: expected actor:<slug>");
    }
  }

  /**
   * Returns the collateral of finance that the source says is not collateralised.
   *
   * @return not collateralised, nothing else
   */
  public static Collateral none() {
    return NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Collateral}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableCollateral.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
