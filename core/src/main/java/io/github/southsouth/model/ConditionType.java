package io.github.southsouth.model;

/**
 * The type of one attached {@link Condition}, after the IATI ConditionType codelist.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum ConditionType implements Coded {
  /** A policy condition (IATI code 1). */
  POLICY("policy"),
  /** A performance condition (IATI code 2). */
  PERFORMANCE("performance"),
  /** A fiduciary condition (IATI code 3). */
  FIDUCIARY("fiduciary"),
  /** Any other condition, e.g. collateral or procurement terms. */
  OTHER("other");

  private final String code;

  ConditionType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
