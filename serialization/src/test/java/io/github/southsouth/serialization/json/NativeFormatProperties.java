package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.testing.ModelGenerators;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Round trips of generated graphs in every syntax, canonical bytes, and the schema. */
class NativeFormatProperties {

  private static CooperationGraph read(byte[] bytes, Syntax syntax) {
    try {
      return NativeFormat.reader().read(new ByteArrayInputStream(bytes), "generated", syntax);
    } catch (ModelReadException e) {
      throw new AssertionError(syntax + ":\n" + e.getMessage(), e);
    }
  }

  @Test
  void readOfWriteIsTheSameGraphInEverySyntax() {
    qt().forAll(ModelGenerators.graphs()).checkAssert(graph -> {
      for (Syntax syntax : Syntax.values()) {
        byte[] written = NativeFormat.writer().toBytes(graph, syntax);
        assertThat(read(written, syntax)).as(syntax.toString()).isEqualTo(graph);
      }
      byte[] compact = NativeFormat.writer().withPretty(false).toBytes(graph, Syntax.JSON);
      assertThat(read(compact, Syntax.JSON)).isEqualTo(graph);
    });
  }

  @Test
  void writeOfReadOfWriteIsByteIdentical() {
    qt().forAll(ModelGenerators.graphs()).checkAssert(graph -> {
      for (Syntax syntax : Syntax.values()) {
        byte[] once = NativeFormat.writer().toBytes(graph, syntax);
        byte[] twice = NativeFormat.writer().toBytes(read(once, syntax), syntax);
        assertThat(twice).as(syntax.toString()).isEqualTo(once);
      }
    });
  }

  @Test
  void schemaAcceptsWhatTheWriterWrites() {
    qt().forAll(ModelGenerators.graphs()).checkAssert(graph -> {
      assertThat(SchemaSupport.errors(NativeFormat.writer().writeToString(graph, Syntax.JSON), Syntax.JSON)).isEmpty();
      assertThat(SchemaSupport.errors(NativeFormat.writer().writeToString(graph, Syntax.YAML), Syntax.YAML)).isEmpty();
    });
  }
}
