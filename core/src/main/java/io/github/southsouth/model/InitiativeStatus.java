package io.github.southsouth.model;

/**
 * Where an {@link Initiative} stands in its life cycle. Importers map their own vocabularies onto it (IATI ActivityStatus, AidData Status) and keep the original code as an attribute.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum InitiativeStatus implements Coded {
  /** Identified or under preparation, not yet committed. */
  PIPELINE("pipeline"),
  /** Publicly pledged, not yet formally committed. */
  PLEDGED("pledged"),
  /** Formally committed, not yet under way. */
  COMMITTED("committed"),
  /** Under way. */
  IMPLEMENTATION("implementation"),
  /** Physical work finished; accounts or reports being closed. */
  FINALISATION("finalisation"),
  /** Finished and closed. */
  COMPLETED("completed"),
  /** Halted, possibly temporarily. */
  SUSPENDED("suspended"),
  /** Ended before completion. */
  CANCELLED("cancelled"),
  /** Active with no planned end, as frameworks and standing programmes are. */
  ONGOING("ongoing");

  private final String code;

  InitiativeStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
