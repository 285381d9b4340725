package io.github.southsouth.serialization.fuzz;

import static io.github.southsouth.serialization.fuzz.ReaderInvariant.resultOrProblems;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.csv.CsvTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the CSV tables reader. An input holds both tables: the bytes before the first form feed
 * ({@code \f}) are {@code entities.csv}, the bytes after it {@code relations.csv}; without a form
 * feed, {@code relations.csv} holds only its header. Invariant ({@link ReaderInvariant}): a graph
 * or located problems; an accepted pair of tables written again reads back to an equal graph.
 * Corpus: {@code CsvTablesFuzzTestInputs/tables/}; see docs/FUZZING.md.
 */
class CsvTablesFuzzTest {

  private static final byte[] RELATIONS_HEADER = "from,type,to\n".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path folder;

  @FuzzTest(maxDuration = "5m")
  void tables(byte[] input) throws Exception {
    int split = indexOf(input, (byte) '\f');
    Path in = Files.createDirectories(folder.resolve("in"));
    ReaderInvariant.file(in, CsvTables.ENTITIES, split < 0 ? input : Arrays.copyOf(input, split));
    ReaderInvariant.file(in, CsvTables.RELATIONS,
        split < 0 ? RELATIONS_HEADER : Arrays.copyOfRange(input, split + 1, input.length));
    resultOrProblems(".csv", () -> CsvTables.reader(ReadOptions.lenient()).read(in)).ifPresent(graph -> {
      try {
        Path out = Files.createDirectories(folder.resolve("out"));
        CsvTables.writer().write(graph, out);
        CooperationGraph again = CsvTables.reader().read(out);
        assertThat(again).as("the accepted tables, written and read again").isEqualTo(graph);
      } catch (Exception e) {
        throw new AssertionError("the accepted tables cannot be written and read again", e);
      }
    });
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
