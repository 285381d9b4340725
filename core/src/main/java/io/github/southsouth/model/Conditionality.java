package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Whether conditions are attached to an initiative's finance, in three states: {@linkplain
 * ConditionalityState#NOT_REPORTED not reported}, {@linkplain ConditionalityState#NONE_ATTACHED
 * none attached}, or {@linkplain ConditionalityState#ATTACHED attached} with the conditions.
 * Absence of data is not absence of conditions, so an initiative with no information is {@code
 * NOT_REPORTED}, never {@code NONE_ATTACHED}.
 *
 * <p>Immutable and thread-safe. Only the attached state carries conditions.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Conditionality {

  private static final Conditionality NOT_REPORTED =
      builder().state(ConditionalityState.NOT_REPORTED).build();
  private static final Conditionality NONE_ATTACHED =
      builder().state(ConditionalityState.NONE_ATTACHED).build();

  Conditionality() {}

  /**
   * Returns the state.
   *
   * @return the state
   */
  public abstract ConditionalityState state();

  /**
   * Returns the attached conditions; empty unless the state is attached.
   *
   * @return the conditions
   */
  public abstract ImmutableList<Condition> conditions();

  @Value.Check
  void check() {
    if (state() != ConditionalityState.ATTACHED && !conditions().isEmpty()) {
      throw new IllegalArgumentException(
          "conditions are listed but the state is " + state().code() + ": expected attached");
    }
  }

  /**
   * Returns the state of an initiative about which nothing is reported.
   *
   * @return not reported
   */
  public static Conditionality notReported() {
    return NOT_REPORTED;
  }

  /**
   * Returns the state of an initiative reported to have no conditions attached.
   *
   * @return none attached
   */
  public static Conditionality noneAttached() {
    return NONE_ATTACHED;
  }

  /**
   * Returns the state of an initiative with attached conditions.
   *
   * @param conditions the conditions, possibly empty if the source does not list them
   * @return attached
   */
  public static Conditionality attached(Iterable<Condition> conditions) {
    checkNotNull(conditions, "conditions");
    return builder().state(ConditionalityState.ATTACHED).addAllConditions(conditions).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableConditionality.builder();
  }

  /**
   * Builds {@link Conditionality} values: set the attributes, then call {@link #build()}. Made with {@link
   * Conditionality#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Conditionality}: values are replaced, absent optional values do not replace present ones, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Conditionality instance);

    /**
     * Sets {@link Conditionality#state() state}.
     *
     * @param state the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder state(ConditionalityState state);

    /**
     * Adds one element to {@link Conditionality#conditions() conditions} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addCondition(Condition element);

    /**
     * Adds elements to {@link Conditionality#conditions() conditions} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addConditions(Condition... elements);

    /**
     * Sets or replaces all elements for {@link Conditionality#conditions() conditions} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder conditions(Iterable<? extends Condition> elements);

    /**
     * Adds elements to {@link Conditionality#conditions() conditions} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder addAllConditions(Iterable<? extends Condition> elements);

    /**
     * Builds a new {@link Conditionality Conditionality}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Conditionality build();
  }
}
