package io.github.southsouth.serialization.csv;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a graph that the CSV tables hold, as documented on {@link CsvTables}: the same graph
 * without financing, sectors, listed conditions, citation locators and quotations, and dataset
 * metadata.
 */
final class HeldFields {

  private HeldFields() {}

  static CooperationGraph of(CooperationGraph graph) {
    CooperationGraph.Builder held = CooperationGraph.builder();
    for (Entity entity : graph.entities()) {
      held.addEntity(entity(entity));
    }
    for (Relation relation : graph.relations()) {
      Relation.Builder copy =
          Relation.builder().from(relation.from()).type(relation.type()).to(relation.to());
      relation.period().ifPresent(copy::period);
      relation.share().ifPresent(copy::share);
      relation.note().ifPresent(copy::note);
      held.addRelation(copy.addAllCitations(sources(relation.citations())).build());
    }
    return held.build();
  }

  private static Entity entity(Entity entity) {
    List<Citation> citations = sources(entity.citations());
    switch (entity.kind()) {
      case PRINCIPLE:
        return io.github.southsouth.model.Principle.builder().from((io.github.southsouth.model.Principle) entity).citations(citations).build();
      case GOAL:
        return io.github.southsouth.model.Goal.builder().from((io.github.southsouth.model.Goal) entity).citations(citations).build();
      case THEME:
        return io.github.southsouth.model.Theme.builder().from((io.github.southsouth.model.Theme) entity).citations(citations).build();
      case CONCEPT:
        return io.github.southsouth.model.Concept.builder().from((io.github.southsouth.model.Concept) entity).citations(citations).build();
      case ACTOR:
        return io.github.southsouth.model.Actor.builder().from((io.github.southsouth.model.Actor) entity).citations(citations).build();
      case EVENT:
        return io.github.southsouth.model.Event.builder().from((io.github.southsouth.model.Event) entity).citations(citations).build();
      case PERSPECTIVE:
        return io.github.southsouth.model.Perspective.builder().from((io.github.southsouth.model.Perspective) entity).citations(citations).build();
      case SOURCE:
        return io.github.southsouth.model.Source.builder().from((io.github.southsouth.model.Source) entity).citations(citations).build();
      case INITIATIVE:
      default:
        Initiative initiative = (Initiative) entity;
        return Initiative.builder()
            .from(initiative)
            .citations(citations)
            .financing(List.of())
            .sectors(List.of())
            .conditionality(Conditionality.builder().state(initiative.conditionality().state()).build())
            .build();
    }
  }

  private static List<Citation> sources(List<Citation> citations) {
    List<Citation> held = new ArrayList<>(citations.size());
    for (Citation citation : citations) {
      held.add(Citation.of(citation.source()));
    }
    return held;
  }
}
