package io.github.southsouth.serialization.fuzz;

import static io.github.southsouth.serialization.fuzz.ReaderInvariant.resultOrProblems;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.json.JsonLinesReader;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeReader;
import io.github.southsouth.serialization.json.Syntax;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the native format's readers: JSON, YAML and JSON Lines documents, read leniently (the
 * mode that accepts the most), and JSON Lines also record by record. Invariant
 * ({@link ReaderInvariant}): a graph or located problems, nothing else; an accepted document
 * written in the same syntax reads back to an equal graph and writes the same bytes again.
 * Corpora: {@code NativeFormatFuzzTestInputs/<method>/}; see docs/FUZZING.md.
 */
class NativeFormatFuzzTest {

  private static final NativeReader READER = NativeFormat.reader(ReadOptions.lenient());

  @FuzzTest(maxDuration = "5m")
  void json(byte[] input) throws Exception {
    readAndRoundTrip(input, Syntax.JSON, "fuzz.json");
  }

  @FuzzTest(maxDuration = "5m")
  void yaml(byte[] input) throws Exception {
    readAndRoundTrip(input, Syntax.YAML, "fuzz.yaml");
  }

  @FuzzTest(maxDuration = "5m")
  void jsonLines(byte[] input) throws Exception {
    readAndRoundTrip(input, Syntax.JSON_LINES, "fuzz.jsonl");
    // Record by record: the iterator reports a problem that stops reading as an
    // InvalidModelException, which must carry located problems like a ModelReadException.
    resultOrProblems("fuzz.jsonl", () -> {
      int records = 0;
      try (JsonLinesReader reader = READER.records(new ByteArrayInputStream(input), "fuzz.jsonl")) {
        while (reader.hasNext()) {
          assertThat(reader.next().location().source()).hasValue("fuzz.jsonl");
          records++;
        }
        ReaderInvariant.assertLocated("fuzz.jsonl", reader.warnings());
      } catch (InvalidModelException e) {
        ReaderInvariant.assertLocated("fuzz.jsonl", e.report());
        assertThat(e.report().hasErrors()).as("a refused record has an error: %s", e.report()).isTrue();
      }
      return records;
    });
  }

  private static void readAndRoundTrip(byte[] input, Syntax syntax, String name) throws Exception {
    resultOrProblems(name, () -> READER.read(new ByteArrayInputStream(input), name, syntax))
        .ifPresent(graph -> {
          byte[] written = NativeFormat.writer().toBytes(graph, syntax);
          CooperationGraph again = read(written, syntax);
          assertThat(again).as("the accepted graph, written and read again").isEqualTo(graph);
          assertThat(NativeFormat.writer().toBytes(again, syntax)).isEqualTo(written);
        });
  }

  private static CooperationGraph read(byte[] written, Syntax syntax) {
    try {
      return NativeFormat.reader().read(new ByteArrayInputStream(written), "written", syntax);
    } catch (Exception e) {
      throw new AssertionError("what the writer wrote cannot be read again:\n"
          + new String(written, java.nio.charset.StandardCharsets.UTF_8), e);
    }
  }
}
