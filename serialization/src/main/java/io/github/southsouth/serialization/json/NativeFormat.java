package io.github.southsouth.serialization.json;

import io.github.southsouth.serialization.ReadOptions;

/**
 * The entry point of the native southsouth format: readers, writers and the JSON Schema.
 *
 * <pre>{@code
 * CooperationGraph graph = NativeFormat.reader().read(List.of(Path.of("a.yaml"), Path.of("b.yaml")));
 * NativeFormat.writer().write(graph, Path.of("all.json"));          // canonical, pretty
 * NativeFormat.writer().withPretty(false).write(graph, Path.of("all.json")); // canonical, one line
 * try (JsonLinesReader records = NativeFormat.reader().records(Path.of("big.jsonl"))) { ... }
 * }</pre>
 *
 * <p>Thread-safe: readers and writers are immutable.
 *
 * @since 0.1.0
 */
public final class NativeFormat {

  /** The version of the format written, and the only one read. */
  public static final int FORMAT_VERSION = 1;

  /** The class path resource of the JSON Schema (draft 2020-12) of the document form. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/southsouth/serialization/json/southsouth-1.schema.json";

  private NativeFormat() {}

  /**
   * Returns a reader with the default options: strict, with safe limits.
   *
   * @return the reader
   */
  public static NativeReader reader() {
    return new NativeReader(ReadOptions.defaults());
  }

  /**
   * Returns a reader with the given options.
   *
   * @param options leniency, limits and progress
   * @return the reader
   */
  public static NativeReader reader(ReadOptions options) {
    return new NativeReader(options);
  }

  /**
   * Returns the canonical writer, writing pretty JSON.
   *
   * @return the writer
   */
  public static NativeWriter writer() {
    return NativeWriter.prettyWriter();
  }
}
