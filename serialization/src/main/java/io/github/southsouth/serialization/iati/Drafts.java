package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Location;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Mutable drafts of what an import makes, merged across activities and files. Not thread-safe. */
final class Drafts {

  private Drafts() {}

  /** An actor made by the import (organisation, country or region missing from reference data). */
  static final class ActorDraft {
    final EntityId id;
    final ActorType type;
    final Map<String, String> names = new LinkedHashMap<>();
    final Map<String, String> externalIds = new LinkedHashMap<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    Optional<String> iso2 = Optional.empty();
    Optional<String> iso3 = Optional.empty();
    Optional<String> m49 = Optional.empty();
    final Set<EntityId> sources = new LinkedHashSet<>();
    /** Where an organisation was first met, kept only while it has no name (to report it if it never gets one). */
    Optional<Location> firstSeen = Optional.empty();

    ActorDraft(EntityId id, ActorType type) {
      this.id = id;
      this.type = type;
    }

    /** Puts a draft in a map of drafts by id, merged into the one already there. */
    static void mergeInto(Map<EntityId, ActorDraft> drafts, EntityId id, ActorDraft draft) {
      drafts.merge(id, draft, (a, b) -> {
        a.merge(b);
        return a;
      });
    }

    /** Adds what {@code other} knows and this draft does not. */
    void merge(ActorDraft other) {
      other.names.forEach(names::putIfAbsent);
      other.externalIds.forEach(externalIds::putIfAbsent);
      other.attributes.forEach(attributes::putIfAbsent);
      if (iso2.isEmpty()) {
        iso2 = other.iso2;
      }
      if (iso3.isEmpty()) {
        iso3 = other.iso3;
      }
      if (m49.isEmpty()) {
        m49 = other.m49;
      }
      sources.addAll(other.sources);
      if (firstSeen.isEmpty()) {
        firstSeen = other.firstSeen;
      }
    }

    Actor build() {
      Actor.Builder actor = Actor.builder()
          .id(id)
          .actorType(type)
          .name(LocalizedText.of(names))
          .externalIds(ImmutableMap.copyOf(externalIds))
          .attributes(ImmutableMap.copyOf(attributes));
      iso2.ifPresent(actor::iso2);
      iso3.ifPresent(actor::iso3);
      m49.ifPresent(actor::m49);
      sources.forEach(s -> actor.addCitations(Citation.of(s)));
      return actor.build();
    }
  }

  /** A relation; two drafts with the same from, type and to are one statement. */
  static final class RelationDraft {
    final EntityId from;
    final RelationType type;
    final EntityId to;
    Optional<BigDecimal> share = Optional.empty();
    Optional<String> note = Optional.empty();
    final Set<Citation> citations = new LinkedHashSet<>();

    RelationDraft(EntityId from, RelationType type, EntityId to) {
      this.from = from;
      this.type = type;
      this.to = to;
    }

    String key() {
      return key(from, type, to);
    }

    static String key(EntityId from, RelationType type, EntityId to) {
      return from + " " + type.code() + " " + to;
    }

    Relation build() {
      Relation.Builder relation = Relation.builder().from(from).type(type).to(to).addAllCitations(citations);
      share.ifPresent(relation::share);
      note.ifPresent(relation::note);
      return relation.build();
    }
  }

  /** A related-activity reference, resolved once every file is read. */
  static final class RelatedRef {
    final EntityId from;
    final String fromIdentifier;
    final String target;
    final String type;
    final Location location;
    final Citation citation;

    RelatedRef(EntityId from, String fromIdentifier, String target, String type, Location location, Citation citation) {
      this.from = from;
      this.fromIdentifier = fromIdentifier;
      this.target = target;
      this.type = type;
      this.location = location;
      this.citation = citation;
    }
  }
}
