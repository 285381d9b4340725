package io.github.southsouth.serialization;

/**
 * How a reader treats problems in its input.
 *
 * <p>{@link #STRICT} turns every problem into an error, except notes on data read as its standard
 * intends: the read fails and returns no graph. {@link #LENIENT} reports problems that lose no data
 * (an unknown field, an unknown code in an importer's codelist) as warnings and goes on, and leaves
 * out, with a {@code skipped-record} warning, a record that cannot be read where it can be left out
 * as a whole (an IATI activity, an AidData row, a JSON Lines record streamed on its own); problems
 * that would lose or change data silently (an unparseable value or unknown enum code in a native
 * document or the CSV tables) stay errors even when lenient. {@link ReadPolicy} holds these
 * decisions, by {@link ProblemKind}, for every reader.
 *
 * @since 0.1.0
 */
public enum Leniency {
  /** Every problem is an error. */
  STRICT,
  /** Problems that lose no data are warnings; the rest stay errors. */
  LENIENT
}
