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
    return ImmutableCollateral.builder();
  }

  /**
   * Builds {@link Collateral} values: set the attributes, then call {@link #build()}. Made with
   * {@link Collateral#builder()}; a builder may be filled from an existing value with {@code
   * from(...)} to make a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Collateral}: values are
     * replaced, lists are added to.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Collateral instance);

    /**
     * Sets {@link Collateral#collateralised() collateralised}.
     *
     * @param collateralised whether the finance is secured by collateral
     * @return this builder
     */
    public abstract Builder collateralised(boolean collateralised);

    /**
     * Adds one of {@link Collateral#providers() providers}: an actor that provides the collateral.
     *
     * @param element the actor id
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addProvider(EntityId element);

    /**
     * Adds elements to {@link Collateral#providers() providers}.
     *
     * @param elements the actor ids
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addProviders(EntityId... elements);

    /**
     * Replaces the elements of {@link Collateral#providers() providers}.
     *
     * @param elements the actor ids
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder providers(Iterable<? extends EntityId> elements);

    /**
     * Adds elements to {@link Collateral#providers() providers}.
     *
     * @param elements the actor ids
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllProviders(Iterable<? extends EntityId> elements);

    /**
     * Adds one of {@link Collateral#agents() agents}: an actor that holds the collateral as security or collateral agent.
     *
     * @param element the actor id
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAgent(EntityId element);

    /**
     * Adds elements to {@link Collateral#agents() agents}.
     *
     * @param elements the actor ids
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAgents(EntityId... elements);

    /**
     * Replaces the elements of {@link Collateral#agents() agents}.
     *
     * @param elements the actor ids
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder agents(Iterable<? extends EntityId> elements);

    /**
     * Adds elements to {@link Collateral#agents() agents}.
     *
     * @param elements the actor ids
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllAgents(Iterable<? extends EntityId> elements);

    /**
     * Sets {@link Collateral#securedBy() securedBy}. If not set, the default of {@link
     * Collateral#securedBy() securedBy} (empty) applies.
     *
     * @param securedBy what secures the finance
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder securedBy(LocalizedText securedBy);

    /**
     * Builds a new {@link Collateral Collateral}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Collateral build();
  }
}
