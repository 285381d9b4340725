package io.github.southsouth.serialization.fuzz;

import static io.github.southsouth.testing.SilentStreams.silently;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.jsonld.JsonLdWriter;
import io.github.southsouth.serialization.jsonld.Rdf;
import io.github.southsouth.testing.ModelGenerators;

/**
 * Fuzzes the JSON-LD writer with graphs built from the fuzzer's bytes by core's
 * {@link ModelGenerators} (each draw of the generator takes its value from the input), so the
 * fuzzer steers which entities, relations, texts and amounts a graph holds. Invariant: the export
 * is JSON-LD that Apache Jena parses strictly into RDF with every entity and relation, using only
 * terms of the published vocabulary ({@link Rdf#assertExports}); the writer prints nothing. Corpus:
 * {@code JsonLdWriterFuzzTestInputs/graphs/}; see docs/FUZZING.md.
 */
class JsonLdWriterFuzzTest {

  private static final JsonLdWriter WRITER = JsonLdWriter.defaults();

  @FuzzTest(maxDuration = "5m")
  void graphs(FuzzedDataProvider data) throws Exception {
    CooperationGraph graph = ModelGenerators.graph(ModelGenerators.Draw.over(data::consumeInt));
    silently(() -> WRITER.writeToString(graph));
    // Outside silently: Jena, the test's oracle, logs through SLF4J when it first starts.
    Rdf.assertExports(WRITER, graph);
  }
}
