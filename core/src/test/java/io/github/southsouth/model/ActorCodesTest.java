package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorCodesTest {

  private static Actor.Builder kenya() {
    return Actor.builder().id(EntityId.parse("actor:ken")).actorType(ActorType.COUNTRY).name(LocalizedText.english("Kenya"));
  }

  @ParameterizedTest
  @CsvSource({"KE, KEN, 404", "CN, CHN, 156", "ZA, ZAF, 710"})
  void wellFormedCodesAreKept(String iso2, String iso3, String m49) {
    Actor actor = kenya().iso2(iso2).iso3(iso3).m49(m49).build();
    assertThat(actor.iso2()).contains(iso2);
    assertThat(actor.iso3()).contains(iso3);
    assertThat(actor.m49()).contains(m49);
  }

  @ParameterizedTest
  @CsvSource({
    "iso2, KEN1, two upper-case letters", "iso2, K, two upper-case letters", "iso2, ke, two upper-case letters",
    "iso3, K, three upper-case letters", "iso3, KENY, three upper-case letters", "iso3, KÉN, three upper-case letters",
    "m49, abc, three digits", "m49, 4040, three digits", "m49, 40, three digits", "m49, ٤٠٤, three digits"
  })
  void malformedCodesAreRefusedNamingTheFieldAndWhatWasExpected(String field, String code, String expected) {
    Actor.Builder actor = kenya();
    switch (field) {
      case "iso2" -> actor.iso2(code);
      case "iso3" -> actor.iso3(code);
      default -> actor.m49(code);
    }
    assertThatThrownBy(actor::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid " + field + " \"" + code + "\"")
        .hasMessageContaining(expected);
  }
}
