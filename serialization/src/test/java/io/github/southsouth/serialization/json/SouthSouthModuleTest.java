package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class SouthSouthModuleTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new SouthSouthModule()).build();

  @Test
  void isNamedAndVersioned() {
    SouthSouthModule module = new SouthSouthModule();
    assertThat(module.getModuleName()).isEqualTo("southsouth");
    assertThat(module.version().getArtifactId()).isEqualTo("southsouth-serialization");
    assertThat(module.version().getMajorVersion()).isZero();
    assertThat(module.version().getMinorVersion()).isEqualTo(1);
  }

  @Test
  void isFoundByTheServiceLoaderAsJacksonsOwnModulesAre() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).anySatisfy(m -> assertThat(m).isInstanceOf(SouthSouthModule.class));
    Initiative sgr = Fixtures.sgr();
    assertThat(found.readValue(found.writeValueAsString(sgr), Initiative.class)).isEqualTo(sgr);
  }

  @Test
  void initiativeRoundTripsThroughAPlainMapper() {
    Initiative sgr = Fixtures.sgr();
    String json = mapper.writeValueAsString(sgr);
    assertThat(json).startsWith("{\"id\":\"initiative:sgr\",\"name\":{\"en\":");
    assertThat(mapper.readValue(json, Initiative.class)).isEqualTo(sgr);
    assertThat(mapper.readValue(json, Entity.class)).isEqualTo(sgr);
  }

  @Test
  void valuesUseTheNativeForms() {
    assertThat(mapper.writeValueAsString(EntityId.parse("actor:ken"))).isEqualTo("\"actor:ken\"");
    assertThat(mapper.writeValueAsString(PartialDate.of(2013, 9))).isEqualTo("\"2013-09\"");
    assertThat(mapper.writeValueAsString(Instrument.INTEREST_FREE_LOAN)).isEqualTo("\"interest-free-loan\"");
    assertThat(mapper.readValue("\"in-kind\"", Instrument.class)).isEqualTo(Instrument.IN_KIND);
    Money money = Fixtures.sgr().financing().get(0).amounts().get(1);
    assertThat(mapper.readValue(mapper.writeValueAsString(money), Money.class)).isEqualTo(money);
    List<Relation> relations = Fixtures.graph().relations();
    String json = mapper.writeValueAsString(relations);
    assertThat(mapper.readValue(json, new TypeReference<List<Relation>>() {})).isEqualTo(relations);
  }

  @Test
  void aGraphIsANativeDocument() {
    CooperationGraph graph = Fixtures.graph();
    String json = mapper.writeValueAsString(graph);
    assertThat(json).isEqualTo(NativeFormat.writer().withPretty(false).writeToString(graph, Syntax.JSON).trim());
    assertThat(mapper.readValue(json, CooperationGraph.class)).isEqualTo(graph);
  }

  @Test
  void badInputGivesAClearMessage() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\": \"initiative:x\", \"name\": {\"en\": \"X\"}, \"initiativeKind\": \"mega\"}", Initiative.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("cannot read a southsouth Initiative: 1:")
        .hasMessageContaining("unknown-code unknown initiative kind \"mega\": expected one of framework, programme, project")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Immutable", "Codec", "Cursor", "$"));
    assertThatThrownBy(() -> mapper.readValue("{\"id\": \"actor:ken\", \"name\": {\"en\": \"Kenya\"}, \"actorType\": \"country\"}", Initiative.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("the id actor:ken is not an initiative id");
    String dangling = "{\"format\":\"southsouth\",\"formatVersion\":1,\"relations\":[{\"from\":\"actor:a\",\"type\":\"member-of\",\"to\":\"actor:b\"}]}";
    assertThatThrownBy(() -> mapper.readValue(dangling, CooperationGraph.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("dangling-reference");
  }
}
