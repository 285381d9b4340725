package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.Theme;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The attributes of entities, relations and dataset info by name, for field-by-field diffs. */
final class Fields {

  private Fields() {}

  /** Every attribute of an entity except its id and kind, in accessor order. */
  static ImmutableMap<String, Object> of(Entity e) {
    ImmutableMap.Builder<String, Object> fields = ImmutableMap.builder();
    fields
        .put("name", e.name())
        .put("summary", e.summary())
        .put("citations", e.citations())
        .put("externalIds", e.externalIds())
        .put("attributes", e.attributes());
    if (e instanceof Theme) {
      fields.put("dacSectors", ((Theme) e).dacSectors());
    } else if (e instanceof Initiative) {
      Initiative i = (Initiative) e;
      fields
          .put("initiativeKind", i.initiativeKind())
          .put("status", i.status())
          .put("period", i.period())
          .put("instruments", i.instruments())
          .put("financing", i.financing())
          .put("sectors", i.sectors())
          .put("conditionality", i.conditionality())
          .put("collateral", i.collateral())
          .put("inAggregates", i.inAggregates());
    } else if (e instanceof Actor) {
      Actor a = (Actor) e;
      fields.put("actorType", a.actorType()).put("iso2", a.iso2()).put("iso3", a.iso3()).put("m49", a.m49());
    } else if (e instanceof Event) {
      Event v = (Event) e;
      fields.put("period", v.period()).put("place", v.place());
    } else if (e instanceof Perspective) {
      Perspective p = (Perspective) e;
      fields.put("holder", p.holder()).put("stance", p.stance()).put("claim", p.claim()).put("about", p.about());
    } else if (e instanceof Source) {
      Source s = (Source) e;
      fields
          .put("sourceKind", s.sourceKind())
          .put("authors", s.authors())
          .put("publisher", s.publisher())
          .put("date", s.date())
          .put("uri", s.uri());
    }
    return fields.buildOrThrow();
  }

  /** The attributes of a relation that are not part of its statement (from, type, to, period). */
  static ImmutableMap<String, Object> of(Relation r) {
    return ImmutableMap.of("share", r.share(), "note", r.note(), "citations", r.citations());
  }

  /** Every attribute of dataset info. */
  static ImmutableMap<String, Object> of(DatasetInfo info) {
    return ImmutableMap.of(
        "title", info.title(),
        "description", info.description(),
        "version", info.version(),
        "license", info.license(),
        "sources", info.sources());
  }

  /** The attributes that differ, in order; both maps have the same keys. */
  static ImmutableList<FieldChange> compare(Map<String, Object> before, Map<String, Object> after) {
    ImmutableList.Builder<FieldChange> changes = ImmutableList.builder();
    for (Map.Entry<String, Object> entry : before.entrySet()) {
      Object other = after.get(entry.getKey());
      if (!Objects.equals(entry.getValue(), other)) {
        changes.add(FieldChange.of(entry.getKey(), render(entry.getValue()), render(other)));
      }
    }
    return changes.build();
  }

  /** The field changes of two versions of an entity, never empty when the versions differ. */
  static ImmutableList<FieldChange> compare(Entity before, Entity after) {
    ImmutableList<FieldChange> changes = compare(of(before), of(after));
    if (changes.isEmpty() && !before.equals(after)) {
      // An attribute this class does not list yet: report the whole value rather than nothing.
      return ImmutableList.of(FieldChange.of("(entity)", before.toString(), after.toString()));
    }
    return changes;
  }

  /** Renders a value as text: optionals unwrapped (absent is empty), codes for vocabularies. */
  static String render(Object value) {
    if (value instanceof Optional) {
      Optional<?> optional = (Optional<?>) value;
      return optional.isPresent() ? render(optional.get()) : "";
    }
    if (value instanceof OptionalInt) {
      OptionalInt optional = (OptionalInt) value;
      return optional.isPresent() ? Integer.toString(optional.getAsInt()) : "";
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(Fields::render).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Coded) {
      return ((Coded) value).code();
    }
    if (value instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) value).toPlainString();
    }
    return String.valueOf(value);
  }
}
