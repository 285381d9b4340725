package io.github.southsouth.benchmarks;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.util.Map;

/**
 * The synthetic graph of {@link SyntheticGraphs} with a geography on top, so that region queries
 * have something to traverse: 5 regions, each with 4 subregions ({@code part-of} it), and every
 * country {@code part-of} a subregion, every seventh also {@code member-of} a second region. A
 * country's initiatives are then in 2 or 3 regions, reached through one or two hops.
 */
public final class PeerGraphs {

  /** How many top-level regions there are: {@code actor:r0} to {@code actor:r4}. */
  public static final int REGIONS = 5;

  /** How many subregions there are: {@code actor:s0} to {@code actor:s19}. */
  public static final int SUBREGIONS = 20;

  private PeerGraphs() {}

  /**
   * Returns the graph.
   *
   * @param seed the seed of the synthetic initiatives
   * @param initiatives how many initiatives
   * @return the graph
   */
  public static CooperationGraph graph(long seed, int initiatives) {
    CooperationGraph.Builder graph = CooperationGraph.builder();
    SyntheticGraphs.generate(seed, initiatives, graph::addEntity, graph::addRelation, graph::info);
    for (int r = 0; r < REGIONS; r++) {
      graph.addEntity(region("r" + r, "Region " + r, "区域" + r));
    }
    for (int s = 0; s < SUBREGIONS; s++) {
      graph.addEntity(region("s" + s, "Subregion " + s, "次区域" + s));
      graph.addRelation(Relation.of(actor("s" + s), RelationType.PART_OF, actor("r" + (s % REGIONS))));
    }
    for (int c = 0; c < SyntheticGraphs.COUNTRIES; c++) {
      graph.addRelation(Relation.of(actor("c" + c), RelationType.PART_OF, actor("s" + (c % SUBREGIONS))));
      if (c % 7 == 0) {
        graph.addRelation(Relation.of(actor("c" + c), RelationType.MEMBER_OF, actor("r" + ((c / 7) % REGIONS))));
      }
    }
    return graph.build();
  }

  private static Actor region(String slug, String english, String chinese) {
    return Actor.builder()
        .id(actor(slug))
        .name(LocalizedText.of(Map.of("en", english, "zh-Hans", chinese)))
        .actorType(ActorType.REGION)
        .build();
  }

  static EntityId actor(String slug) {
    return EntityId.of(Kind.ACTOR, slug);
  }
}
