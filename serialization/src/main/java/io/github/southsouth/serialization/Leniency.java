package io.github.southsouth.serialization;

/**
 * How a reader treats problems in its input.
 *
 * <p>{@link #STRICT} turns every problem into an error: the read fails and returns no graph.
 * {@link #LENIENT} reports problems that lose no data (an unknown field, an unknown code in an
 * importer's codelist, a record skipped as a whole in importers that allow it) as warnings and goes
 * on; problems that would lose or change data silently (an unparseable value, an unknown enum code
 * of the model) stay errors even when lenient.
 *
 * @since 0.1.0
 */
public enum Leniency {
  /** Every problem is an error. */
  STRICT,
  /** Problems that lose no data are warnings; the rest stay errors. */
  LENIENT
}
