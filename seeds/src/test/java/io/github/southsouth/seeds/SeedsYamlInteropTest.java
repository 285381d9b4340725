package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled dataset written as YAML reads, in a YAML 1.1 loader (SnakeYAML, as PyYAML's {@code
 * safe_load} would), as exactly the values of its JSON form: its many dates stay strings.
 */
class SeedsYamlInteropTest {

  @Test
  void theDatasetAsYamlReadsAsItsJsonInAYaml11Loader() {
    String yaml = NativeFormat.writer().writeToString(Seeds.load(), Syntax.YAML);
    String json = NativeFormat.writer().writeToString(Seeds.load(), Syntax.JSON);
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    assertThat(loaded).isEqualTo(JsonMapper.builder().build().readValue(json, Object.class));
    assertThat(yaml).contains("\"1955-04-18\"");
  }
}
