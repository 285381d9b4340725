package io.github.southsouth.serialization;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import java.util.List;

/**
 * A small reference graph with matching rules, written like those of the bundled dataset (the
 * serialization module cannot depend on seeds): the debt-relief and renewable-energy programmes
 * with the same {@code match.} attributes as seeds/data/initiatives.yaml, the principles and goal
 * they embody and advance, and the countries the tests need.
 */
public final class MatchingRules {

  public static final EntityId ESSAY = EntityId.parse("source:essay");
  public static final EntityId NON_CONDITIONALITY = EntityId.parse("principle:non-conditionality");
  public static final EntityId MUTUAL_BENEFIT = EntityId.parse("principle:mutual-benefit");
  public static final EntityId SHARED_DEVELOPMENT = EntityId.parse("goal:shared-development");
  public static final EntityId DEBT_RELIEF = EntityId.parse("initiative:debt-relief-interest-free-loans");
  public static final EntityId RENEWABLE = EntityId.parse("initiative:renewable-energy-kenya-pakistan");
  public static final String CHINA = "China (People's Republic of)";

  private MatchingRules() {}

  /** Returns the reference graph; {@code extra} initiatives (e.g. with rules of a test) are added. */
  public static CooperationGraph graph(Initiative... extra) {
    return graph(List.of(extra), List.of());
  }

  /** Returns the reference graph with more initiatives and relations of a test. */
  public static CooperationGraph graph(List<Initiative> extra, List<Relation> extraRelations) {
    Citation essay = Citation.of(ESSAY, "Initiatives");
    CooperationGraph.Builder graph =
        CooperationGraph.builder()
            .addEntity(Source.builder().id(ESSAY).name(LocalizedText.english("The essay")).build())
            .addEntity(Principle.builder().id(NON_CONDITIONALITY)
                .name(LocalizedText.english("Non-Conditionality")).addCitations(essay).build())
            .addEntity(Principle.builder().id(MUTUAL_BENEFIT)
                .name(LocalizedText.english("Mutual Benefit")).addCitations(essay).build())
            .addEntity(Goal.builder().id(SHARED_DEVELOPMENT)
                .name(LocalizedText.english("Promoting Shared Development")).addCitations(essay).build())
            .addEntity(Initiative.builder().id(DEBT_RELIEF).initiativeKind(InitiativeKind.PROGRAMME)
                .name(LocalizedText.english("Debt relief and interest-free loans")).addCitations(essay)
                .putAttribute("match.instruments", "debt-forgiveness debt-rescheduling interest-free-loan")
                .putAttribute("match.attribute.aiddata.intent", "Development")
                .putAttribute("match.attribute.aiddata.financierCountry", CHINA)
                .build())
            .addEntity(Initiative.builder().id(RENEWABLE).initiativeKind(InitiativeKind.PROGRAMME)
                .name(LocalizedText.english("Renewable energy projects in Kenya and Pakistan")).addCitations(essay)
                .putAttribute("match.recipients", "KEN PAK")
                .putAttribute("match.dacSectors", "23230 23231 23232 23240 23067 23068")
                .putAttribute("match.attribute.aiddata.financierCountry", CHINA)
                .build())
            .addEntity(country("mys", "MY", "MYS", "Malaysia"))
            .addEntity(country("ken", "KE", "KEN", "Kenya"))
            .addEntity(country("aut", "AT", "AUT", "Austria"))
            .addRelation(Relation.builder().from(DEBT_RELIEF).type(RelationType.EMBODIES).to(NON_CONDITIONALITY)
                .addCitations(essay).build())
            .addRelation(Relation.builder().from(RENEWABLE).type(RelationType.EMBODIES).to(MUTUAL_BENEFIT)
                .addCitations(essay).build())
            .addRelation(Relation.builder().from(RENEWABLE).type(RelationType.ADVANCES).to(SHARED_DEVELOPMENT)
                .addCitations(essay).build());
    graph.addEntities(extra);
    graph.addRelations(extraRelations);
    return graph.build();
  }

  private static Actor country(String slug, String iso2, String iso3, String name) {
    return Actor.builder().id(EntityId.parse("actor:" + slug)).actorType(ActorType.COUNTRY)
        .name(LocalizedText.english(name)).iso2(iso2).iso3(iso3).build();
  }
}
