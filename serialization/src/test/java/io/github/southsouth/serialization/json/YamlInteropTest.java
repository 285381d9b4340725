package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.serialization.json.internal.Yaml11Quoting;
import io.github.southsouth.testing.ModelGenerators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * YAML the library writes reads back, in a YAML 1.1 loader (SnakeYAML, as PyYAML's {@code
 * safe_load} would), as exactly the values of its JSON form: no string becomes a date, a boolean,
 * a number or null.
 */
class YamlInteropTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What a YAML 1.1 loader makes of the YAML form, beside what the JSON form holds. */
  static void assertYamlReadsAsJson(CooperationGraph graph) {
    Object fromYaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(NativeFormat.writer().writeToString(graph, Syntax.YAML));
    Object fromJson = JSON.readValue(NativeFormat.writer().writeToString(graph, Syntax.JSON), Object.class);
    assertThat(fromYaml).isEqualTo(fromJson);
  }

  private static final List<String> TRICKY =
      List.of("1955-04-18", "1955-4-18", "2001-12-14t21:59:43.10-05:00", "yes", "No", "ON", "off", "y", "N",
          "true", "False", "1e3", "6.8523015e+5", "0777", "0x1F", "0b101", "1_000", "12:30", "190:20:30",
          ".inf", "-.Inf", ".NaN", "~", "null", "NULL", "<<", "=", "42", "-7", "3.14", "+12", "0",
          "", " ", "2000", "1955-04");

  @Test
  void stringsThatAYaml11LoaderWouldRetypeAreQuoted() {
    Actor.Builder actor = Actor.builder()
        .id(EntityId.of(Kind.ACTOR, "nor"))
        .actorType(ActorType.COUNTRY)
        // "no" is Norwegian's language tag, and a boolean to a YAML 1.1 loader.
        .name(LocalizedText.of(Map.of("en", "Norway", "no", "Norge")));
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < TRICKY.size(); i++) {
      String text = TRICKY.get(i);
      attributes.put("value-" + i, text);
      if (!text.isBlank()) {
        attributes.put(text, "key-" + i);
      }
    }
    actor.putAllAttributes(attributes);
    CooperationGraph graph = CooperationGraph.builder().addEntity(actor.build()).build();
    assertYamlReadsAsJson(graph);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1955-04-18", "yes", "no", "on", "off", "y", "n", "1e3", "0777", "0x1F", "1_000", ".inf", "~", "null", "12:30"})
  void theBriefsExamplesAreRecognised(String text) {
    assertThat(Yaml11Quoting.resolvesToAnotherType(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nairobi", "yesterday", "1955-04-18 Bandung", "cooperation: value", "互利", "Hùlì", "no-such"})
  void ordinaryTextIsNotFlagged(String text) {
    assertThat(Yaml11Quoting.resolvesToAnotherType(text)).isFalse();
  }

  @Test
  void generatedGraphsReadTheSameInAYaml11Loader() {
    qt().forAll(ModelGenerators.graphs()).checkAssert(YamlInteropTest::assertYamlReadsAsJson);
  }
}
