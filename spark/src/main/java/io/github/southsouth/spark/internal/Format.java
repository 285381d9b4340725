package io.github.southsouth.spark.internal;

import java.util.List;

/** The formats southsouth-spark imports, with the extensions taken from directories. */
public enum Format {
  /** IATI activity files (versions 2.01 to 2.03). */
  IATI(List.of(".xml")),
  /** AidData's Global Chinese Development Finance 3.0 project tables. */
  AIDDATA(List.of(".csv")),
  /** The native format as JSON Lines. */
  JSON_LINES(List.of(".jsonl"));

  private final List<String> extensions;

  Format(List<String> extensions) {
    this.extensions = extensions;
  }

  /**
   * Returns the extensions of the files of this format in a directory.
   *
   * @return lower-case extensions with the dot
   */
  public List<String> extensions() {
    return extensions;
  }
}
