package io.github.southsouth.benchmarks;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writing a graph as compact native JSON, side by side with a raw {@code JsonGenerator} writing
 * the very same token stream (recorded once from the output) to the same kind of sink.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {

  /** How many initiatives the synthetic graph has. */
  @Param("20000")
  public int initiatives;

  private CooperationGraph graph;
  private JsonToken[] tokens;
  private String[] texts;
  private final JsonFactory factory = JsonFactory.builder().build();

  /** Builds the graph and records its token stream once. */
  @Setup
  public void setUp() {
    graph = SyntheticGraphs.graph(42, initiatives);
    byte[] json = NativeFormat.writer().withPretty(false).toBytes(graph, Syntax.JSON);
    List<JsonToken> tokenList = new ArrayList<>();
    List<String> textList = new ArrayList<>();
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(json))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokenList.add(token);
        textList.add(token.isScalarValue() || token == JsonToken.PROPERTY_NAME ? parser.getString() : null);
      }
    }
    tokens = tokenList.toArray(new JsonToken[0]);
    texts = textList.toArray(new String[0]);
  }

  /**
   * Writes the graph.
   *
   * @return bytes written
   * @throws IOException never
   */
  @Benchmark
  public long nativeWrite() throws IOException {
    Counting out = new Counting();
    NativeFormat.writer().withPretty(false).write(graph, out, Syntax.JSON);
    return out.count;
  }

  /**
   * Writes the same tokens with a bare generator.
   *
   * @return bytes written
   */
  @Benchmark
  public long rawGenerator() {
    Counting out = new Counting();
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      for (int i = 0; i < tokens.length; i++) {
        switch (tokens[i]) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeName(texts[i]);
          case VALUE_NUMBER_INT -> g.writeNumber(Integer.parseInt(texts[i]));
          default -> g.writeString(texts[i]);
        }
      }
      g.writeRaw('\n');
    }
    return out.count;
  }

  /** A sink that only counts, so that neither side pays for memory. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
