package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationTest {

  private static final EntityId FROM = EntityId.of(Kind.ACTOR, "chn");
  private static final EntityId TO = EntityId.of(Kind.INITIATIVE, "sgr");
  private static final EntityId SOURCE = EntityId.of(Kind.SOURCE, "report");

  @Test
  void withCitationsKeepsAnImmutableListAndEverythingElse() {
    Relation relation =
        Relation.builder().from(FROM).type(RelationType.FUNDS).to(TO).note("lender").build();
    ImmutableList<Citation> shared = ImmutableList.of(Citation.of(SOURCE, "p. 4"));

    Relation cited = relation.withCitations(shared);
    Relation other = Relation.builder().from(FROM).type(RelationType.IMPLEMENTS).to(TO).build().withCitations(shared);

    assertThat(cited.citations()).isSameAs(shared);
    assertThat(other.citations()).isSameAs(shared);
    assertThat(cited)
        .isEqualTo(
            Relation.builder().from(FROM).type(RelationType.FUNDS).to(TO).note("lender")
                .addCitations(Citation.of(SOURCE, "p. 4")).build());
    assertThat(cited.sameStatementAs(relation)).isTrue();
    assertThat(cited.withCitations(shared)).isSameAs(cited);
  }

  @Test
  void withCitationsCopiesAMutableList() {
    Relation relation = Relation.builder().from(FROM).type(RelationType.FUNDS).to(TO).build();
    List<Citation> mutable = new ArrayList<>(List.of(Citation.of(SOURCE)));

    Relation cited = relation.withCitations(mutable);
    mutable.clear();

    assertThat(cited.citations()).containsExactly(Citation.of(SOURCE));
  }
}
