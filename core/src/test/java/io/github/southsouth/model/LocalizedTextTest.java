package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  private static final LocalizedText MUTUAL_BENEFIT =
      LocalizedText.of(Map.of("en", "Mutual Benefit", "zh-Hans", "互利", "zh-Latn-pinyin", "Hùlì", "fr", "Avantage mutuel"));

  @ParameterizedTest
  @CsvSource({
    "EN, en",
    "en, en",
    "zh-hans, zh-Hans",
    "ZH-HANS-cn, zh-Hans-CN",
    "pt-br, pt-BR",
    "ZH-LATN-PINYIN, zh-Latn-pinyin",
    "zh-Latn-pinyin, zh-Latn-pinyin",
    "es-419, es-419",
    "de-CH-1996, de-CH-1996",
    "sl-ROZAJ-biske, sl-rozaj-biske",
    "en-x-SOUTH, en-x-south",
  })
  void tagsAreKeptInCanonicalCase(String given, String canonical) {
    assertThat(LocalizedText.canonicalTag(given)).isEqualTo(canonical);
    assertThat(LocalizedText.of(given, "text").texts()).containsOnlyKeys(canonical);
  }

  @Test
  void theConstantsAreCanonical() {
    for (String tag : List.of(LocalizedText.ENGLISH, LocalizedText.CHINESE, LocalizedText.PINYIN)) {
      assertThat(LocalizedText.canonicalTag(tag)).isEqualTo(tag);
    }
    assertThat(LocalizedText.of("ZH-LATN-PINYIN", "Hùlì").get(LocalizedText.PINYIN)).contains("Hùlì");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "", "zh-", "-en", "en--us", "a"})
  void illFormedTagsAreRefused(String tag) {
    assertThat(LocalizedText.isWellFormedTag(tag)).isFalse();
    assertThatThrownBy(() -> LocalizedText.of(tag, "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid language tag \"" + tag + "\": expected a BCP 47 tag such as en or zh-Hans");
  }

  @Test
  void tagsAreSortedSoThatOrderAndCaseDoNotMatter() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("ZH-HANS", "互利");
    given.put("fr", "Avantage mutuel");
    given.put("En", "Mutual Benefit");
    given.put("zh-latn-PINYIN", "Hùlì");
    LocalizedText text = LocalizedText.of(given);
    assertThat(text.texts().keySet()).containsExactly("en", "fr", "zh-Hans", "zh-Latn-pinyin");
    assertThat(text).isEqualTo(MUTUAL_BENEFIT).hasSameHashCodeAs(MUTUAL_BENEFIT);
  }

  @Test
  void bestFallsBackThroughPrefixesThenPreferencesThenEnglishThenFirst() {
    assertThat(MUTUAL_BENEFIT.best("zh-Hans")).isEqualTo("互利");
    assertThat(MUTUAL_BENEFIT.best("zh-Hans-CN")).isEqualTo("互利");
    assertThat(MUTUAL_BENEFIT.best("zh-hans-cn")).isEqualTo("互利");
    assertThat(MUTUAL_BENEFIT.best("fr-CA")).isEqualTo("Avantage mutuel");
    assertThat(MUTUAL_BENEFIT.best("sw", "fr")).isEqualTo("Avantage mutuel");
    assertThat(MUTUAL_BENEFIT.best("sw", "pt-BR")).isEqualTo("Mutual Benefit");
    assertThat(MUTUAL_BENEFIT.best()).isEqualTo("Mutual Benefit");
    // prefixes of the preference are tried, not longer tags that start with it
    assertThat(MUTUAL_BENEFIT.best("zh")).isEqualTo("Mutual Benefit");
    LocalizedText noEnglish = LocalizedText.of(Map.of("zh-Hans", "互利", "fr", "Avantage mutuel"));
    assertThat(noEnglish.best("sw")).isEqualTo("Avantage mutuel"); // the first text, by tag
    assertThat(noEnglish.english()).isEqualTo("Avantage mutuel");
    assertThat(LocalizedText.empty().best("en")).isEmpty();
    assertThat(MUTUAL_BENEFIT.best(List.of("zh-Latn-pinyin", "en"))).isEqualTo("Hùlì");
  }

  @Test
  void getHasNoFallback() {
    assertThat(MUTUAL_BENEFIT.get("EN")).contains("Mutual Benefit");
    assertThat(MUTUAL_BENEFIT.get("en-GB")).isEmpty();
    assertThat(MUTUAL_BENEFIT.get("zh")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t", "\u2003"})
  void blankTextsAreRefused(String blank) {
    assertThatThrownBy(() -> LocalizedText.of("en", blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text for language \"en\" is blank");
    assertThatThrownBy(() -> MUTUAL_BENEFIT.with("sw", blank)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTagGivenTwiceInDifferentCaseIsRefused() {
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("zh-Hans", "互利");
    twice.put("ZH-HANS", "互惠");
    assertThatThrownBy(() -> LocalizedText.of(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language \"zh-Hans\" is given twice (tags are compared in canonical case)");
    assertThatThrownBy(() -> LocalizedText.of(Map.of("en", "a", "EN", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"en\" is given twice");
  }

  @Test
  void withAddsOrReplacesInCanonicalCase() {
    LocalizedText text = LocalizedText.english("Mutual Benefit").with("ZH-HANS", "互利");
    assertThat(text.texts()).containsExactly(Map.entry("en", "Mutual Benefit"), Map.entry("zh-Hans", "互利"));
    assertThat(text.with("EN", "Mutual benefit").get("en")).contains("Mutual benefit");
    assertThat(text.with("EN", "Mutual benefit").texts()).hasSize(2);
  }

  @Test
  void emptyText() {
    assertThat(LocalizedText.empty().isEmpty()).isTrue();
    assertThat(LocalizedText.of(Map.of())).isEqualTo(LocalizedText.empty());
    assertThat(MUTUAL_BENEFIT.isEmpty()).isFalse();
  }
}
