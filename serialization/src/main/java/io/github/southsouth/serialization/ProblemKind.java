package io.github.southsouth.serialization;

/**
 * What a problem found by a reader means for the data, whatever the format: the vocabulary in
 * which every southsouth reader and importer reports what happened. The reader says which kind a
 * problem is; {@link ReadPolicy} decides, from the {@link Leniency}, whether it is a warning or an
 * error and whether the record is left out or reading stops.
 *
 * <table>
 *   <caption>Outcome of each kind, by leniency</caption>
 *   <tr><th>kind</th><th>strict</th><th>lenient</th></tr>
 *   <tr><td>{@link #NOTE}</td><td>warning</td><td>warning</td></tr>
 *   <tr><td>{@link #RECOVERABLE}</td><td>error</td><td>warning</td></tr>
 *   <tr><td>{@link #INVALID}</td><td>error</td><td>error</td></tr>
 *   <tr><td>{@link #MALFORMED_RECORD}</td><td>error</td><td>warning, record left out</td></tr>
 *   <tr><td>{@link #FATAL}</td><td>error, reading stops</td><td>error, reading stops</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ProblemKind {
  /**
   * Data read as its standard intends, or kept faithfully, but worth a look (a normalised language
   * tag, an extra column an importer does not map, a formula-like cell kept as text).
   */
  NOTE,
  /**
   * A value kept as given, or set aside as an attribute, without loss (an unknown code of an
   * importer's codelist, an unknown field or column, shares that do not add up).
   */
  RECOVERABLE,
  /**
   * A value cannot be read, and its record cannot be left out without changing what the rest of
   * the input means (an invalid value or unknown enum code in a native document, whose records
   * refer to each other). As in HAPI FHIR's lenient parser, which still fails on invalid values
   * "since ignoring this type of error can lead to data loss", it stays an error when lenient;
   * reading goes on so that every problem is reported.
   */
  INVALID,
  /**
   * One record cannot be read as it is (an activity or row without identifier, an amount or date
   * that is not one, a repeated identifier), and it can be left out as a whole: importers and the
   * JSON Lines record stream.
   */
  MALFORMED_RECORD,
  /**
   * The input cannot be read on (not well-formed, a limit reached, unsafe content, not the format
   * or version expected, a missing required column, a file that cannot be opened).
   */
  FATAL
}
