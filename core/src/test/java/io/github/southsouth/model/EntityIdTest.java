package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdTest {

  @Test
  void parsesAndPrints() {
    EntityId id = EntityId.parse("initiative:aiddata-47008");
    assertThat(id.kind()).isEqualTo(Kind.INITIATIVE);
    assertThat(id.slug()).isEqualTo("aiddata-47008");
    assertThat(id).hasToString("initiative:aiddata-47008").isEqualTo(EntityId.of(Kind.INITIATIVE, "aiddata-47008"));
    assertThat(EntityId.parse("actor:m49-002").slug()).isEqualTo("m49-002");
    assertThat(EntityId.parse("source:A.b_c~d-E").slug()).isEqualTo("A.b_c~d-E");
  }

  @Test
  void everyKindParsesFromItsCode() {
    for (Kind kind : Kind.values()) {
      assertThat(EntityId.parse(kind.code() + ":x").kind()).isEqualTo(kind);
    }
  }

  @Test
  void withoutAColonTheMessageListsTheKinds() {
    assertThatThrownBy(() -> EntityId.parse("ken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid entity id \"ken\": expected kind:slug with kind one of principle, goal, theme, concept,"
                + " initiative, actor, event, perspective, source");
  }

  @ParameterizedTest
  @ValueSource(strings = {"country:ken", "Actor:ken", ":ken", "actors:ken"})
  void anUnknownKindIsNamed(String text) {
    String prefix = text.substring(0, text.indexOf(':'));
    assertThatThrownBy(() -> EntityId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid entity id \"" + text + "\"")
        .hasMessageContaining("unknown kind \"" + prefix + "\", expected one of principle,");
    assertThat(EntityId.tryParse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "actor:|''|an actor",
        "actor:a b|a b|an actor",
        "actor:a:b|a:b|an actor",
        "goal:é|é|a goal",
        "source:50%|50%|a source",
        "event:a/b|a/b|an event",
      })
  void invalidSlugsAreRefusedWithTheRules(String text, String slug, String kind) {
    assertThatThrownBy(() -> EntityId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid slug \"" + slug + "\" for " + kind + " id: expected 1 to 200 characters of A-Z a-z 0-9 . _ ~ -");
    assertThat(EntityId.tryParse(text)).isEmpty();
    assertThat(EntityId.isValidSlug(slug)).isFalse();
  }

  @Test
  void slugsUpTo200Characters() {
    String longest = "a".repeat(EntityId.MAX_SLUG_LENGTH);
    assertThat(EntityId.of(Kind.ACTOR, longest).slug()).hasSize(200);
    assertThatThrownBy(() -> EntityId.of(Kind.ACTOR, longest + "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 1 to 200 characters");
  }

  @Test
  void equalityIsCaseSensitiveAndOrderIsKindCodeThenSlug() {
    assertThat(EntityId.parse("actor:KEN")).isNotEqualTo(EntityId.parse("actor:ken"));
    assertThat(EntityId.parse("actor:ken")).isEqualTo(EntityId.parse("actor:ken")).hasSameHashCodeAs(EntityId.parse("actor:ken"));
    List<EntityId> ids =
        new ArrayList<>(
            List.of(
                EntityId.parse("theme:a"),
                EntityId.parse("actor:ken"),
                EntityId.parse("actor:chn"),
                EntityId.parse("principle:z"),
                EntityId.parse("actor:KEN"),
                EntityId.parse("goal:b")));
    ids.sort(null);
    // kind codes sort alphabetically, as the printed forms do
    assertThat(ids).extracting(EntityId::toString)
        .containsExactly("actor:KEN", "actor:chn", "actor:ken", "goal:b", "principle:z", "theme:a");
  }

  @Test
  void encodesForeignIdentifiersWithTildes() {
    EntityId id = EntityId.encode(Kind.INITIATIVE, "CN-1/ä~ 😀");
    assertThat(id.slug()).isEqualTo("CN-1~2F~C3~A4~7E~20~F0~9F~98~80");
    assertThat(id.decodedSlug()).isEqualTo("CN-1/ä~ 😀");
    assertThat(EntityId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void encodesIatiAndChineseIdentifiers() {
    EntityId iati = EntityId.encode(Kind.INITIATIVE, "XM-DAC-41114-PROJECT-00012345");
    assertThat(iati.slug()).isEqualTo("XM-DAC-41114-PROJECT-00012345");
    assertThat(iati.decodedSlug()).isEqualTo("XM-DAC-41114-PROJECT-00012345");
    EntityId chinese = EntityId.encode(Kind.CONCEPT, "南南合作");
    assertThat(chinese.slug()).isEqualTo("~E5~8D~97~E5~8D~97~E5~90~88~E4~BD~9C");
    assertThat(chinese.decodedSlug()).isEqualTo("南南合作");
  }

  @Test
  void theTildeItselfIsEncodedSoThatDecodingIsUnambiguous() {
    EntityId id = EntityId.encode(Kind.SOURCE, "~41");
    assertThat(id.slug()).isEqualTo("~7E41");
    assertThat(id.decodedSlug()).isEqualTo("~41");
  }

  @Test
  void slugsThatWereNotEncodedDecodeToThemselves() {
    assertThat(EntityId.parse("actor:ken").decodedSlug()).isEqualTo("ken");
    assertThat(EntityId.parse("actor:a~b").decodedSlug()).isEqualTo("a~b");
    assertThat(EntityId.parse("actor:a~7e").decodedSlug()).isEqualTo("a~7e"); // escapes are upper-case
    assertThat(EntityId.parse("actor:end~4").decodedSlug()).isEqualTo("end~4");
    assertThat(EntityId.parse("actor:end~").decodedSlug()).isEqualTo("end~");
  }

  @Test
  void encodingRefusesEmptyAndTooLongIdentifiers() {
    assertThatThrownBy(() -> EntityId.encode(Kind.ACTOR, "")).isInstanceOf(IllegalArgumentException.class);
    // 67 two-byte characters become 402 slug characters: refused rather than cut
    assertThatThrownBy(() -> EntityId.encode(Kind.ACTOR, "é".repeat(67)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 1 to 200 characters");
    assertThat(EntityId.encode(Kind.ACTOR, "é".repeat(33)).slug()).hasSize(198);
  }
}
