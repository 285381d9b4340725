package io.github.southsouth.benchmarks;

import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.json.JsonLinesReader;
import io.github.southsouth.serialization.json.JsonLinesRecord;
import io.github.southsouth.serialization.json.JsonLinesWriter;
import io.github.southsouth.serialization.json.NativeFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Proves that JSON Lines streams in bounded memory: writes a file of at least a million entities
 * record by record, then reads it back record by record, in whatever heap the JVM was given (run
 * with {@code -Xmx64m}). Prints records, bytes, time and the peak heap used.
 */
public final class JsonLinesStreaming {

  private JsonLinesStreaming() {}

  /**
   * Runs the check.
   *
   * @param args optional: the number of initiatives (default 1,000,000)
   * @throws Exception if writing or reading fails
   */
  public static void main(String[] args) throws Exception {
    int initiatives = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000 - 217; // + 217 reference entities
    Path file = Files.createTempFile("southsouth-stream", ".jsonl");
    try {
      System.out.println(run(file, initiatives));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Writes and streams a file.
   *
   * @param file the file to use
   * @param initiatives how many initiatives
   * @return a one-line report
   * @throws IOException if writing fails
   * @throws ModelReadException if reading fails
   */
  public static String run(Path file, int initiatives) throws IOException {
    long start = System.nanoTime();
    DatasetInfo[] info = new DatasetInfo[1];
    SyntheticGraphs.generate(42, 0, e -> {}, r -> {}, i -> info[0] = i);
    try (JsonLinesWriter writer =
        NativeFormat.writer().jsonLines(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), info[0])) {
      SyntheticGraphs.generate(
          42,
          initiatives,
          writer::write,
          r -> {}, // entities only: the check is about a million entities
          i -> {});
    }
    long written = System.nanoTime();
    long entities = 0;
    long relations = 0;
    long peak = 0;
    Runtime runtime = Runtime.getRuntime();
    try (JsonLinesReader records = NativeFormat.reader().records(file)) {
      while (records.hasNext()) {
        JsonLinesRecord record = records.next();
        if (record.entity().isPresent()) {
          entities++;
        } else {
          relations++;
        }
        if ((entities + relations) % 100_000 == 0) {
          peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        }
      }
    }
    long read = System.nanoTime();
    return String.format(Locale.ROOT,
        "JSON Lines: %,d entities and %,d relations (%,d MB) streamed in %.1f s (written in %.1f s) with max heap %,d MB; heap in use seen at most %,d MB",
        entities, relations, Files.size(file) >> 20, (read - written) / 1e9, (written - start) / 1e9,
        runtime.maxMemory() >> 20, peak >> 20);
  }
}
