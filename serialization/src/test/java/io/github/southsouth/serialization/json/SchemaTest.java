package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaTest {

  @Test
  void shippedSchemaIsTheOneInTheRepository() throws Exception {
    byte[] shipped;
    try (InputStream in = NativeFormat.class.getResourceAsStream(NativeFormat.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(shipped).isEqualTo(Files.readAllBytes(Path.of("../docs/southsouth-1.schema.json")));
  }

  @Test
  void writerOutputConformsInJsonAndYaml() {
    assertThat(SchemaSupport.errors(NativeFormat.writer().writeToString(Fixtures.graph(), Syntax.JSON), Syntax.JSON)).isEmpty();
    assertThat(SchemaSupport.errors(NativeFormat.writer().withPretty(false).writeToString(Fixtures.graph(), Syntax.JSON), Syntax.JSON)).isEmpty();
    assertThat(SchemaSupport.errors(NativeFormat.writer().writeToString(Fixtures.graph(), Syntax.YAML), Syntax.YAML)).isEmpty();
  }

  @Test
  void schemaRefusesWhatReadersRefuse() {
    String valid = NativeFormat.writer().writeToString(Fixtures.graph(), Syntax.JSON);
    assertThat(SchemaSupport.errors(valid.replace("\"formatVersion\": 1", "\"formatVersion\": 2"), Syntax.JSON)).isNotEmpty();
    assertThat(SchemaSupport.errors(valid.replace("\"actorType\": \"country\"", "\"actorType\": \"nation\""), Syntax.JSON)).isNotEmpty();
    assertThat(SchemaSupport.errors(valid.replace("\"currency\": \"USD\"", "\"currency\": \"usd\""), Syntax.JSON)).isNotEmpty();
    assertThat(SchemaSupport.errors(valid.replace("\"iso2\": \"KE\"", "\"iso2\": \"KE\", \"colour\": \"red\""), Syntax.JSON)).isNotEmpty();
    assertThat(SchemaSupport.errors(valid.replace("\"end\": \"2017-05-31\"", "\"end\": \"31 May 2017\""), Syntax.JSON)).isNotEmpty();
  }
}
