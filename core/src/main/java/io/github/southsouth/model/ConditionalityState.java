package io.github.southsouth.model;

/**
 * The three states of an initiative's conditionality. Absence of data is not absence of conditions: {@link #NOT_REPORTED} is distinct from {@link #NONE_ATTACHED}.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum ConditionalityState implements Coded {
  /** Nothing is reported about conditions. */
  NOT_REPORTED("not-reported"),
  /** The source reports that no conditions are attached. */
  NONE_ATTACHED("none-attached"),
  /** The source reports attached conditions. */
  ATTACHED("attached");

  private final String code;

  ConditionalityState(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
