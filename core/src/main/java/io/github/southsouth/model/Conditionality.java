package io.github.southsouth.model;

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
    return builder().state(ConditionalityState.ATTACHED).addAllConditions(conditions).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Conditionality}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableConditionality.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
