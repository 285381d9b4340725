package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.testing.ModelGenerators;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Round trips of the model's values over generated data. */
class ModelProperties {

  @Test
  void entityIdParsesWhatItPrints() {
    qt().forAll(ModelGenerators.entityIds())
        .checkAssert(
            id -> {
              assertThat(EntityId.parse(id.toString())).isEqualTo(id);
              assertThat(EntityId.tryParse(id.toString())).contains(id);
              assertThat(EntityId.isValidSlug(id.slug())).isTrue();
            });
  }

  @Test
  void encodedIdentifiersDecodeToThemselves() {
    qt().forAll(ModelGenerators.foreignIdentifiers(), SourceDSL.arbitrary().enumValues(Kind.class))
        .checkAssert(
            (raw, kind) -> {
              EntityId id = EntityId.encode(kind, raw);
              assertThat(EntityId.isValidSlug(id.slug())).isTrue();
              assertThat(id.decodedSlug()).isEqualTo(raw);
              assertThat(EntityId.parse(id.toString())).isEqualTo(id);
              assertThat(EntityId.parse(id.toString()).decodedSlug()).isEqualTo(raw);
            });
  }

  @Test
  void encodingKeepsSlugCharactersOtherThanTildeAsTheyAre() {
    qt().forAll(ModelGenerators.entityIds())
        .checkAssert(
            id -> {
              if (id.slug().indexOf('~') < 0) {
                assertThat(EntityId.encode(id.kind(), id.slug())).isEqualTo(id);
              }
            });
  }

  @Test
  void localizedTextRoundTripsThroughItsMap() {
    qt().forAll(ModelGenerators.localizedTexts())
        .checkAssert(
            text -> {
              assertThat(LocalizedText.of(text.texts())).isEqualTo(text);
              // the same texts under tags in other cases and another order
              Map<String, String> shouted = new LinkedHashMap<>();
              text.texts().entrySet().asList().reverse().forEach(e -> shouted.put(e.getKey().toUpperCase(Locale.ROOT), e.getValue()));
              LocalizedText again = LocalizedText.of(shouted);
              assertThat(again).isEqualTo(text);
              assertThat(again.hashCode()).isEqualTo(text.hashCode());
              assertThat(again.texts().keySet()).containsExactlyElementsOf(text.texts().keySet());
              for (String tag : text.texts().keySet()) {
                assertThat(again.best(tag.toLowerCase(Locale.ROOT))).isEqualTo(text.texts().get(tag));
              }
            });
  }

  @Test
  void partialDatesParseWhatTheyPrint() {
    qt().forAll(ModelGenerators.partialDates())
        .checkAssert(
            date -> {
              assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
              assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
            });
  }
}
