package io.github.southsouth.model;

/**
 * The scale of an {@link Initiative}: a framework spanning many programmes (the Belt and Road Initiative), a programme, or a single project.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum InitiativeKind implements Coded {
  /** An umbrella policy framework under which many programmes and projects run. */
  FRAMEWORK("framework"),
  /** A coordinated set of projects or a recurring activity. */
  PROGRAMME("programme"),
  /** A single project with its own financing and period. */
  PROJECT("project");

  private final String code;

  InitiativeKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
