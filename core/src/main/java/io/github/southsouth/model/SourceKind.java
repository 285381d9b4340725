package io.github.southsouth.model;

/**
 * What kind of document a {@link Source} is.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum SourceKind implements Coded {
  /** An essay. */
  ESSAY("essay"),
  /** A report or working paper. */
  REPORT("report"),
  /** A dataset. */
  DATASET("dataset"),
  /** A journal or magazine article. */
  ARTICLE("article"),
  /** A book. */
  BOOK("book"),
  /** A government or intergovernmental document. */
  OFFICIAL_DOCUMENT("official-document"),
  /** A web page or site. */
  WEBSITE("website"),
  /** A news report. */
  NEWS("news"),
  /** Anything else. */
  OTHER("other");

  private final String code;

  SourceKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
