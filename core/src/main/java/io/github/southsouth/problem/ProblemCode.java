package io.github.southsouth.problem;

import io.github.southsouth.model.Coded;

/**
 * The stable code of every {@link Problem} southsouth reports. Codes are part of the API: tools may
 * match on them, so a code is never renamed or reused. The full table, with what each code means, is
 * in the {@linkplain io.github.southsouth.problem package documentation}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ProblemCode implements Coded {
  /** Two entities share an id. */
  DUPLICATE_ID("duplicate-id"),
  /** Two relations state the same from, type, to and period. */
  DUPLICATE_RELATION("duplicate-relation"),
  /** An id is referenced (by a relation, perspective holder or subject, citation, financier or event place) but no entity has it. */
  DANGLING_REFERENCE("dangling-reference"),
  /** A reference points to an entity of the wrong kind, e.g. a perspective holder that is not an actor or a citation of something that is not a source. */
  WRONG_KIND("wrong-kind"),
  /** A relation connects kinds its type does not allow (see RelationType). */
  RELATION_KINDS("relation-kinds"),
  /** A relation goes from an entity to itself. */
  SELF_RELATION("self-relation"),
  /** part-of relations form a cycle; the message lists its members. */
  PART_OF_CYCLE("part-of-cycle"),
  /** A period ends before it starts. */
  PERIOD_ORDER("period-order"),
  /** A share or percentage is outside 0 to 100. */
  SHARE_RANGE("share-range"),
  /** Shares that divide one whole (sectors of one vocabulary, recipients of one initiative) add up to more than 100. */
  SHARE_SUM("share-sum"),
  /** A currency code is not an ISO 4217 code. */
  UNKNOWN_CURRENCY("unknown-currency"),
  /** An entity has no name in any language. */
  MISSING_NAME("missing-name"),
  /** A perspective has no English claim. */
  MISSING_CLAIM("missing-claim"),
  /** The input could not be read or the output not written. */
  IO_ERROR("io-error"),
  /** The input is empty or holds only white space. */
  EMPTY_INPUT("empty-input"),
  /** The input is not well-formed JSON, YAML, CSV or XML. */
  SYNTAX("syntax"),
  /** The input is not valid UTF-8 or holds forbidden characters such as NUL. */
  INVALID_ENCODING("invalid-encoding"),
  /** Something follows the end of the document. */
  TRAILING_CONTENT("trailing-content"),
  /** A safety limit on untrusted input was reached (nesting depth, string or number length, document size, aliases, problem count). */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** The input asks for something refused on principle: a YAML tag, a DTD or an external entity. */
  UNSAFE_CONTENT("unsafe-content"),
  /** The document does not say it is a southsouth document. */
  WRONG_FORMAT("wrong-format"),
  /** The format version is not one this reader supports; the message names the supported ones. */
  UNSUPPORTED_VERSION("unsupported-version"),
  /** A value has the wrong type, e.g. a number where text was expected. */
  WRONG_TYPE("wrong-type"),
  /** A required field is absent. */
  MISSING_FIELD("missing-field"),
  /** A field is not part of the format (an error when strict, a warning when lenient). */
  UNKNOWN_FIELD("unknown-field"),
  /** A key appears twice in one object. */
  DUPLICATE_KEY("duplicate-key"),
  /** A value is malformed: an id, date, decimal, language tag or URI. */
  INVALID_VALUE("invalid-value"),
  /** A code is not in its vocabulary or codelist; the message names the vocabulary. */
  UNKNOWN_CODE("unknown-code"),
  /** A required column is absent from a CSV header. */
  MISSING_COLUMN("missing-column"),
  /** A CSV header has a column the reader does not use (reported once). */
  EXTRA_COLUMN("extra-column"),
  /** In lenient mode, a record with errors was reported and left out. */
  SKIPPED_RECORD("skipped-record"),
  /** The problem report reached its limit; further problems were counted but not kept. */
  TRUNCATED("truncated"),
  /** Two graphs being merged say different things about the same entity, relation statement or dataset info; the message lists what differs. */
  MERGE_CONFLICT("merge-conflict");

  private final String code;

  ProblemCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
