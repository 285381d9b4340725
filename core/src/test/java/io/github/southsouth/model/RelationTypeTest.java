package io.github.southsouth.model;

import static io.github.southsouth.model.Kind.ACTOR;
import static io.github.southsouth.model.Kind.CONCEPT;
import static io.github.southsouth.model.Kind.EVENT;
import static io.github.southsouth.model.Kind.GOAL;
import static io.github.southsouth.model.Kind.INITIATIVE;
import static io.github.southsouth.model.Kind.PERSPECTIVE;
import static io.github.southsouth.model.Kind.PRINCIPLE;
import static io.github.southsouth.model.Kind.THEME;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks {@link RelationType#allows} against every row of the table in its javadoc. */
class RelationTypeTest {

  /** The table of RelationType's javadoc, written out pair by pair. */
  private static Map<RelationType, Set<List<Kind>>> documentedTable() {
    Map<RelationType, Set<List<Kind>>> table = new EnumMap<>(RelationType.class);
    row(table, RelationType.EMBODIES, kinds(INITIATIVE), kinds(PRINCIPLE));
    row(table, RelationType.ADVANCES, kinds(INITIATIVE), kinds(GOAL));
    row(table, RelationType.ADDRESSES, kinds(INITIATIVE, ACTOR), kinds(THEME));
    row(table, RelationType.PART_OF, kinds(INITIATIVE), kinds(INITIATIVE));
    row(table, RelationType.PART_OF, kinds(ACTOR), kinds(ACTOR));
    row(table, RelationType.PART_OF, kinds(PRINCIPLE, GOAL, THEME, CONCEPT), kinds(CONCEPT));
    for (RelationType type : List.of(RelationType.LEADS, RelationType.FUNDS, RelationType.IMPLEMENTS)) {
      row(table, type, kinds(ACTOR), kinds(INITIATIVE));
    }
    row(table, RelationType.BENEFITS, kinds(INITIATIVE), kinds(ACTOR));
    row(table, RelationType.PARTICIPATES_IN, kinds(ACTOR), kinds(EVENT, INITIATIVE, ACTOR));
    row(table, RelationType.MEMBER_OF, kinds(ACTOR), kinds(ACTOR));
    row(table, RelationType.HOLDS, kinds(ACTOR), kinds(PERSPECTIVE));
    row(table, RelationType.CONCERNS, kinds(PERSPECTIVE), EnumSet.allOf(Kind.class));
    row(table, RelationType.ORIGINATES_IN, kinds(PRINCIPLE, CONCEPT), kinds(EVENT));
    row(table, RelationType.CONTRASTS_WITH, kinds(CONCEPT, PRINCIPLE), kinds(CONCEPT));
    row(table, RelationType.AIMS_AT, kinds(CONCEPT, PRINCIPLE, GOAL), kinds(GOAL, CONCEPT));
    row(table, RelationType.AIMS_AT, kinds(INITIATIVE), kinds(CONCEPT));
    row(table, RelationType.OPPOSES, kinds(ACTOR, EVENT, CONCEPT), kinds(CONCEPT));
    row(table, RelationType.RELATED_TO, EnumSet.allOf(Kind.class), EnumSet.allOf(Kind.class));
    return table;
  }

  private static Set<Kind> kinds(Kind first, Kind... rest) {
    return EnumSet.of(first, rest);
  }

  private static void row(Map<RelationType, Set<List<Kind>>> table, RelationType type, Set<Kind> from, Set<Kind> to) {
    Set<List<Kind>> pairs = table.computeIfAbsent(type, t -> new java.util.HashSet<>());
    for (Kind f : from) {
      for (Kind t : to) {
        pairs.add(List.of(f, t));
      }
    }
  }

  @Test
  void everyTypeHasARow() {
    assertThat(documentedTable()).containsOnlyKeys(RelationType.values());
  }

  @Test
  void allowsExactlyThePairsOfTheTable() {
    Map<RelationType, Set<List<Kind>>> table = documentedTable();
    List<String> wrong = new ArrayList<>();
    for (RelationType type : RelationType.values()) {
      for (Kind from : Kind.values()) {
        for (Kind to : Kind.values()) {
          boolean documented = table.get(type).contains(List.of(from, to));
          if (type.allows(from, to) != documented) {
            wrong.add(from.code() + " " + type.code() + " " + to.code() + (documented ? " is refused" : " is allowed"));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void domainAndRangeFollowTheTable() {
    Map<RelationType, Set<List<Kind>>> table = documentedTable();
    for (RelationType type : RelationType.values()) {
      Set<Kind> domain = EnumSet.noneOf(Kind.class);
      table.get(type).forEach(pair -> domain.add(pair.get(0)));
      assertThat(type.domain()).as(type.code()).containsExactlyElementsOf(domain);
      for (Kind from : Kind.values()) {
        Set<Kind> range = EnumSet.noneOf(Kind.class);
        table.get(type).stream().filter(pair -> pair.get(0) == from).forEach(pair -> range.add(pair.get(1)));
        assertThat(type.range(from)).as(type.code() + " from " + from.code()).containsExactlyInAnyOrderElementsOf(range);
      }
    }
    assertThat(RelationType.EMBODIES.range(ACTOR)).isEmpty();
  }
}
