package io.github.southsouth.model.fuzz;

import static io.github.southsouth.testing.SilentStreams.silently;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzzes the parsers of the model's printed values: entity ids, partial dates, periods (two dates
 * around a {@code /}) and money ({@code amount currency basis}). Each input is UTF-8 text tried
 * with every parser. Invariant: a parser returns a value whose printed form parses back to an
 * equal value, or throws {@link IllegalArgumentException} with a message; nothing else escapes and
 * nothing is printed. Corpus: {@code ValueParsingFuzzTestInputs/values/}; see docs/FUZZING.md.
 */
class ValueParsingFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void values(byte[] input) throws Exception {
    String text = new String(input, StandardCharsets.UTF_8);
    silently(() -> {
      entityId(text);
      partialDate(text);
      period(text);
      money(text);
      return null;
    });
  }

  private static void entityId(String text) {
    Optional<EntityId> tried = EntityId.tryParse(text);
    Optional<EntityId> parsed = parse(() -> EntityId.parse(text));
    assertThat(parsed).as("parse and tryParse of %s agree", text).isEqualTo(tried);
    parsed.ifPresent(id -> {
      assertThat(id).hasToString(text);
      assertThat(EntityId.parse(id.kind().code() + ":" + id.slug())).isEqualTo(id);
    });
    // Any foreign identifier (the text has no lone surrogates: it was decoded from UTF-8) is
    // encoded into a valid slug that decodes back to it, or refused as empty or too long.
    parse(() -> EntityId.encode(Kind.INITIATIVE, text)).ifPresent(encoded -> {
      assertThat(EntityId.parse(encoded.toString())).isEqualTo(encoded);
      assertThat(encoded.decodedSlug()).isEqualTo(text);
    });
  }

  private static void partialDate(String text) {
    parse(() -> PartialDate.parse(text)).ifPresent(date -> {
      assertThat(date).hasToString(text);
      assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
    });
  }

  private static void period(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return;
    }
    parse(() -> Period.of(PartialDate.parse(text.substring(0, slash)), PartialDate.parse(text.substring(slash + 1))))
        .ifPresent(period -> {
          assertThat(period).hasToString(text);
          // Period.of accepts any order (the graph reports period-order); isOrdered's shortcut on
          // years must agree with comparing the days the two dates may stand for.
          boolean ordered = !period.start().orElseThrow().earliest().isAfter(period.end().orElseThrow().latest());
          assertThat(period.isOrdered()).isEqualTo(ordered);
          assertThat(period.overlaps(period)).isEqualTo(ordered);
        });
  }

  private static void money(String text) {
    String[] parts = text.split(" ", 3);
    // Amounts on the wire are plain decimals (docs/FORMAT.md): an exponent such as 1e999999999
    // never reaches Money from a reader, and its plain form would not fit in memory.
    if (parts.length < 2 || parts[0].indexOf('e') >= 0 || parts[0].indexOf('E') >= 0) {
      return;
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(parts[0]); // the JDK's parser, not ours: its messages may be null
    } catch (NumberFormatException e) {
      return;
    }
    parse(() -> Money.of(amount, parts[1],
            parts.length == 3 ? MoneyBasis.parse(parts[2]) : MoneyBasis.nominal()))
        .ifPresent(money -> {
          assertThat(money.currency()).isEqualTo(parts[1]);
          assertThat(MoneyBasis.parse(money.basis().code())).isEqualTo(money.basis());
          assertThat(money.isSameQuantity(Money.of(money.amount(), money.currency(), money.basis()))).isTrue();
          assertThat(money.toString()).contains(money.currency(), money.basis().code());
        });
  }

  /** A value, or empty when the parser refused the text with a message. */
  private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
    try {
      return Optional.of(parser.get());
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).as("the message of %s", e).isNotBlank();
      return Optional.empty();
    }
  }
}
