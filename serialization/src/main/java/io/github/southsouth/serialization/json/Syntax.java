package io.github.southsouth.serialization.json;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The three syntaxes of the native format, and the file extensions that name them.
 *
 * @since 0.1.0
 */
public enum Syntax {
  /** JSON, {@code .json}: canonical, for machines. */
  JSON,
  /** YAML, {@code .yaml} or {@code .yml}: for people to edit. */
  YAML,
  /** JSON Lines, {@code .jsonl}: a header line, then one entity or relation per line. */
  JSON_LINES;

  /**
   * Returns the syntax a file's extension names, in any case.
   *
   * @param file the file
   * @return the syntax, or empty if the extension is none of .json, .yaml, .yml, .jsonl
   */
  public static Optional<Syntax> fromFileName(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (text.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (text.endsWith(".yaml") || text.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (text.endsWith(".jsonl")) {
      return Optional.of(JSON_LINES);
    }
    return Optional.empty();
  }

  /**
   * Returns the syntax a file's extension names.
   *
   * @param file the file
   * @return the syntax
   * @throws IllegalArgumentException if the extension is none of .json, .yaml, .yml, .jsonl
   */
  public static Syntax of(Path file) {
    return fromFileName(file)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot tell the syntax of " + file.getFileName()
                        + ": expected a file ending in .json, .yaml, .yml or .jsonl, or give the syntax"));
  }
}
