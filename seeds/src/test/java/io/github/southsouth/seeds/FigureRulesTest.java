package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every figure in the bundled dataset (an amount, a count, a capacity, a share) carries the source
 * that states it and the date it refers to: a figure is a claim of whoever published it, as of a
 * date, and sources differ (FACTS.md). The essay states no figures, so a figure needs a citation of
 * another source; its date is stated beside it, or is the date of the entity, of the flow, or of
 * the cited source.
 */
class FigureRulesTest {

  private static final CooperationGraph SEEDS = Seeds.load();
  private static final EntityId ESSAY = EntityId.parse("source:essay");

  /** A figure in running English text: a sum of money, a percentage, or a counted or measured quantity. */
  static final Pattern FIGURE =
      Pattern.compile(
          "(US\\$|RMB|KSh|XCD|€|¥)\\s?[0-9]"
              + "|[0-9][0-9,.]*\\s?(%|per ?cent|billion|million|trillion|MW|GW|km\\b|doses|loans|projects"
              + "|countries|agreements|turbines|respondents|lenders)");

  /** A year a figure may refer to. */
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)[0-9]{2}\\b");

  @Test
  void theFigurePatternFindsFiguresAndNotYearsOrCodes() {
    assertThat(FIGURE.matcher("a loan of US$1.398 billion").find()).isTrue();
    assertThat(FIGURE.matcher("the first 300 MW").find()).isTrue();
    assertThat(FIGURE.matcher("63% of respondents").find()).isTrue();
    assertThat(FIGURE.matcher("Bandung, 18 April 1955").find()).isFalse();
    assertThat(FIGURE.matcher("Country or area in Eastern Africa (UN M49 404).").find()).isFalse();
  }

  @Test
  void everyFigureInATextNamesItsSourceAndDate() {
    List<String> missing = new ArrayList<>();
    for (Entity entity : SEEDS.entities()) {
      String text = englishText(entity);
      if (!FIGURE.matcher(text).find()) {
        continue;
      }
      List<Citation> sources = entity.citations().stream().filter(c -> !c.source().equals(ESSAY)).toList();
      if (sources.isEmpty() && !(entity instanceof Source)) {
        missing.add(entity.id() + ": states a figure but cites no source that states it");
      }
      boolean dated =
          YEAR.matcher(text).find()
              || ownDate(entity)
              || sources.stream().anyMatch(c -> sourceDated(c.source()));
      if (!dated) {
        missing.add(entity.id() + ": states a figure with no date it refers to");
      }
    }
    for (Relation relation : SEEDS.relations()) {
      String note = relation.note().orElse("");
      if (!FIGURE.matcher(note).find()) {
        continue;
      }
      List<Citation> sources = relation.citations().stream().filter(c -> !c.source().equals(ESSAY)).toList();
      if (sources.isEmpty()) {
        missing.add(relation.describe() + ": its note states a figure but cites no source that states it");
      }
      if (!YEAR.matcher(note).find() && relation.period().isEmpty()
          && sources.stream().noneMatch(c -> sourceDated(c.source()))) {
        missing.add(relation.describe() + ": its note states a figure with no date it refers to");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyAmountOfFinanceNamesItsSourceAndDate() {
    List<String> missing = new ArrayList<>();
    for (Initiative initiative : SEEDS.initiatives()) {
      boolean cited = initiative.citations().stream().anyMatch(c -> !c.source().equals(ESSAY));
      for (Financing financing : initiative.financing()) {
        if (financing.amounts().isEmpty()) {
          continue;
        }
        if (!cited) {
          missing.add(initiative.id() + ": an amount of finance with no source that states it");
        }
        if (financing.date().isEmpty() && initiative.period().isEmpty()) {
          missing.add(initiative.id() + ": an amount of finance with no date");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static String englishText(Entity entity) {
    StringBuilder text = new StringBuilder();
    entity.name().get("en").ifPresent(text::append);
    entity.summary().get("en").ifPresent(s -> text.append(' ').append(s));
    if (entity instanceof Perspective perspective) {
      perspective.claim().get("en").ifPresent(s -> text.append(' ').append(s));
    }
    return text.toString();
  }

  private static boolean ownDate(Entity entity) {
    if (entity instanceof Initiative initiative) {
      return initiative.period().isPresent();
    }
    if (entity instanceof Event event) {
      return event.period().isPresent();
    }
    if (entity instanceof Source source) {
      return source.date().isPresent();
    }
    return false;
  }

  private static boolean sourceDated(EntityId id) {
    return SEEDS.get(id, Source.class).date().isPresent();
  }
}
