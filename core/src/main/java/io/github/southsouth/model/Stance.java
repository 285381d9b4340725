package io.github.southsouth.model;

/**
 * The stance a {@link Perspective} takes towards what it is about.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum Stance implements Coded {
  /** Endorses or defends. */
  SUPPORTIVE("supportive"),
  /** Criticises. */
  CRITICAL("critical"),
  /** Doubts a claim or motive. */
  SKEPTICAL("skeptical"),
  /** Weighs both sides. */
  MIXED("mixed"),
  /** Describes or measures without taking sides. */
  DESCRIPTIVE("descriptive");

  private final String code;

  Stance(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
