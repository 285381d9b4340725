package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.testing.ModelGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast paths of the model give exactly what the straightforward code gives: canonical language
 * tags without {@code Locale.Builder}, relation order without printing periods, printed dates
 * without {@code String.format}, and cached printed ids.
 */
class FastPathProperties {

  /** Tags of the simple form, in canonical case and not, plus near misses. */
  private static Gen<String> tags() {
    return ModelGenerators.from(
        d -> {
          StringBuilder tag = new StringBuilder();
          String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
          int parts = d.between(1, 5);
          for (int p = 0; p < parts; p++) {
            if (p > 0) {
              tag.append(d.chance(97) ? "-" : d.pick("_", "x", "-"));
            }
            switch (d.between(0, 6)) {
              case 0: // language-like
                tag.append(d.pick("en", "zh", "pt", "fr", "iw", "he", "in", "id", "ji", "yi", "und", "yue", "EN", "i", "x"));
                break;
              case 1: // script-like
                tag.append(d.pick("Hans", "Latn", "hans", "HANT", "Cyrl"));
                break;
              case 2: // region-like
                tag.append(d.pick("BR", "CN", "us", "419", "001", "JP", "TH"));
                break;
              case 3: // variant-like
                tag.append(d.pick("pinyin", "1901", "1abc", "PINYIN", "abcdefgh", "abcdefghi", "NY", "JP"));
                break;
              default: // anything short
                int length = d.between(0, 9);
                for (int i = 0; i < length; i++) {
                  tag.append(letters.charAt(d.between(0, letters.length() - 1)));
                }
            }
          }
          return tag.toString();
        });
  }

  @Test
  void canonicalTagAgreesWithLocaleBuilder() {
    qt().withExamples(20_000)
        .forAll(tags())
        .checkAssert(
            tag -> {
              Throwable slowFailure = catchThrowable(() -> LocalizedText.canonicalTagByLocale(tag));
              if (slowFailure != null) {
                assertThat(LocalizedText.isSimpleCanonical(tag)).as(tag).isFalse();
                assertThat(catchThrowable(() -> LocalizedText.canonicalTag(tag)))
                    .isInstanceOf(IllegalArgumentException.class);
              } else {
                String slow = LocalizedText.canonicalTagByLocale(tag);
                assertThat(LocalizedText.canonicalTag(tag)).as(tag).isEqualTo(slow);
                if (LocalizedText.isSimpleCanonical(tag)) {
                  assertThat(slow).as(tag).isEqualTo(tag);
                }
              }
            });
  }

  @Test
  void everySimpleTagOfTwoLetterLanguagesIsCanonical() {
    List<String> tags = new ArrayList<>();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        String language = "" + a + b;
        for (String script : new String[] {"", "-Hans", "-Latn"}) {
          for (String region : new String[] {"", "-BR", "-419"}) {
            for (String variant : new String[] {"", "-pinyin", "-1901"}) {
              tags.add(language + script + region + variant);
            }
          }
        }
      }
    }
    int fast = 0;
    for (String tag : tags) {
      String slow = LocalizedText.canonicalTagByLocale(tag);
      assertThat(LocalizedText.canonicalTag(tag)).as(tag).isEqualTo(slow);
      if (LocalizedText.isSimpleCanonical(tag)) {
        assertThat(slow).as(tag).isEqualTo(tag);
        fast++;
      }
    }
    assertThat(fast).isGreaterThan(tags.size() * 9 / 10);
    assertThat(LocalizedText.isSimpleCanonical("zh-Latn-pinyin")).isTrue();
    assertThat(LocalizedText.isSimpleCanonical("zh-Hans")).isTrue();
    assertThat(LocalizedText.isSimpleCanonical("pt-BR")).isTrue();
    assertThat(LocalizedText.isSimpleCanonical("en")).isTrue();
  }

  private static Gen<Optional<Period>> periods() {
    return ModelGenerators.from(
        d -> {
          if (d.chance(15)) {
            return Optional.<Period>empty();
          }
          return Optional.of(Period.between(date(d), date(d)));
        });
  }

  /** Dates crowded into a few years, so that equal years and months are common. */
  private static Optional<PartialDate> date(ModelGenerators.Draw d) {
    int year = d.pick(1, 999, 2020, 2021);
    switch (d.between(0, 3)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(PartialDate.of(year));
      case 2:
        return Optional.of(PartialDate.of(year, d.between(1, 2) * 5));
      default:
        return Optional.of(PartialDate.of(year, d.between(1, 2) * 5, d.between(1, 2) * 10));
    }
  }

  @Test
  void relationsCompareByThePrintedFormOfTheirPeriods() {
    EntityId a = EntityId.of(Kind.ACTOR, "a");
    EntityId b = EntityId.of(Kind.ACTOR, "b");
    qt().withExamples(5_000)
        .forAll(periods(), periods())
        .checkAssert(
            (p, q) -> {
              Relation r = Relation.builder().from(a).type(RelationType.MEMBER_OF).to(b).period(p).build();
              Relation s = Relation.builder().from(a).type(RelationType.MEMBER_OF).to(b).period(q).build();
              int expected = p.map(Period::toString).orElse("").compareTo(q.map(Period::toString).orElse(""));
              assertThat(Integer.signum(r.compareTo(s))).as(p + " vs " + q).isEqualTo(Integer.signum(expected));
              assertThat(Integer.signum(s.compareTo(r))).isEqualTo(-Integer.signum(expected));
              assertThat(r.sameStatementAs(s)).isEqualTo(p.equals(q));
            });
  }

  @Test
  void relationsCompareByEndsThenTypeCode() {
    qt().forAll(ModelGenerators.entityIds(), ModelGenerators.entityIds(), ModelGenerators.entityIds())
        .checkAssert(
            (x, y, z) -> {
              for (RelationType t : RelationType.values()) {
                for (RelationType u : RelationType.values()) {
                  Relation r = Relation.of(x, t, y);
                  Relation s = Relation.of(x, u, z);
                  int expected = t.code().compareTo(u.code());
                  if (expected == 0) {
                    expected = y.compareTo(z);
                  }
                  assertThat(Integer.signum(r.compareTo(s))).isEqualTo(Integer.signum(expected));
                }
              }
            });
  }

  @Test
  void datesPrintAsWithFormat() {
    qt().forAll(ModelGenerators.partialDates())
        .checkAssert(
            date -> assertThat(date.toString()).isEqualTo(formatted(date)));
    for (int year : new int[] {1, 9, 10, 99, 100, 999, 1000, 9999}) {
      for (PartialDate date : List.of(PartialDate.of(year), PartialDate.of(year, 1), PartialDate.of(year, 12, 31))) {
        assertThat(date.toString()).isEqualTo(formatted(date));
      }
    }
  }

  private static String formatted(PartialDate date) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", date.year()));
    date.month().ifPresent(m -> text.append(String.format(Locale.ROOT, "-%02d", m)));
    date.day().ifPresent(d -> text.append(String.format(Locale.ROOT, "-%02d", d)));
    return text.toString();
  }

  @Test
  void printedIdsAreKindColonSlugWhetherParsedOrMade() {
    qt().forAll(ModelGenerators.entityIds())
        .checkAssert(
            id -> {
              String expected = id.kind().code() + ":" + id.slug();
              EntityId made = EntityId.of(id.kind(), id.slug());
              EntityId parsed = EntityId.parse(expected);
              assertThat(made.toString()).isEqualTo(expected).isSameAs(made.toString());
              assertThat(parsed.toString()).isEqualTo(expected);
              assertThat(EntityId.tryParse(expected).map(EntityId::toString)).contains(expected);
              assertThat(parsed).isEqualTo(made).hasSameHashCodeAs(made);
            });
  }
}
