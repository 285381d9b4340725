package io.github.southsouth.benchmarks;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading native JSON into a validated graph, side by side with a raw Jackson token scan of the
 * same bytes that also decodes every string and number (the least any reader must do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

  /** How many initiatives the synthetic graph has. */
  @Param("20000")
  public int initiatives;

  private byte[] json;
  private final JsonFactory factory = JsonFactory.builder().build();

  /** Writes the synthetic graph once. */
  @Setup
  public void setUp() {
    CooperationGraph graph = SyntheticGraphs.graph(42, initiatives);
    json = NativeFormat.writer().withPretty(false).toBytes(graph, Syntax.JSON);
  }

  /**
   * Reads the bytes into a validated graph.
   *
   * @return the graph
   * @throws ModelReadException never, the input is valid
   */
  @Benchmark
  public CooperationGraph nativeRead() {
    return NativeFormat.reader().read(new ByteArrayInputStream(json), "bench.json", Syntax.JSON);
  }

  /**
   * Scans the same bytes with a bare parser.
   *
   * @param hole consumes what was read
   */
  @Benchmark
  public void rawTokenScan(Blackhole hole) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(json))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
          hole.consume(parser.getString());
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          hole.consume(parser.getIntValue());
        } else {
          hole.consume(token);
        }
      }
    }
  }
}
