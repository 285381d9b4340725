package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Collateral;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Stance;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.ProblemCode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Entities in the native format (docs/FORMAT.md), every kind in one place: the fields common to
 * all entities, then the fields of each kind, written by {@link #writeEntity} and read back by
 * {@link #readEntity}; the objects an initiative holds are {@link FinancingCodec}'s and the values
 * (ids, codes, texts, dates, citations) {@link Codec}'s.
 *
 * <p>Reading reports every problem with its location and returns null for an entity that could
 * not be read. Not thread-safe when reading (one per cursor, through {@link Codec#entities()}); the
 * write methods are stateless.
 */
public final class EntityCodec {

  static final String COMMON_FIELDS = "id, name, summary, citations, externalIds, attributes";

  private final Codec values;
  private final Cursor in;
  private final FinancingCodec financing;
  private @Nullable EntityId lastId;

  EntityCodec(Codec values, FinancingCodec financing) {
    this.values = values;
    this.in = values.cursor();
    this.financing = financing;
  }

  /**
   * Returns the id of the last entity read, also when the entity itself could not be read.
   *
   * @return the id, or null if it had none or it was invalid
   */
  public @Nullable EntityId lastEntityId() {
    return lastId;
  }

  /**
   * Writes an entity.
   *
   * @param g the generator
   * @param e the entity
   */
  public static void writeEntity(JsonGenerator g, Entity e) {
    g.writeStartObject();
    g.writeName("id");
    g.writeString(e.id().toString());
    g.writeName("name");
    Codec.writeLocalized(g, e.name());
    Codec.writeText(g, "summary", e.summary());
    Codec.writeCitations(g, e.citations());
    Codec.writeMap(g, "externalIds", e.externalIds());
    Codec.writeMap(g, "attributes", e.attributes());
    if (e instanceof Theme) {
      Theme t = (Theme) e;
      Codec.writeStrings(g, "dacSectors", t.dacSectors());
    } else if (e instanceof Initiative) {
      writeInitiativeFields(g, (Initiative) e);
    } else if (e instanceof Actor) {
      Actor a = (Actor) e;
      Codec.writeCode(g, "actorType", a.actorType());
      Codec.writeOptional(g, "iso2", a.iso2());
      Codec.writeOptional(g, "iso3", a.iso3());
      Codec.writeOptional(g, "m49", a.m49());
    } else if (e instanceof Event) {
      Event ev = (Event) e;
      if (ev.period().isPresent()) {
        g.writeName("period");
        Codec.writePeriod(g, ev.period().get());
      }
      if (ev.place().isPresent()) {
        g.writeName("place");
        g.writeString(ev.place().get().toString());
      }
    } else if (e instanceof Perspective) {
      Perspective p = (Perspective) e;
      g.writeName("holder");
      g.writeString(p.holder().toString());
      Codec.writeCode(g, "stance", p.stance());
      g.writeName("claim");
      Codec.writeLocalized(g, p.claim());
      Codec.writeIds(g, "about", new TreeSet<>(p.about()));
    } else if (e instanceof Source) {
      Source s = (Source) e;
      Codec.writeCode(g, "sourceKind", s.sourceKind());
      Codec.writeStrings(g, "authors", s.authors());
      Codec.writeOptional(g, "publisher", s.publisher());
      if (s.date().isPresent()) {
        g.writeName("date");
        g.writeString(Codec.date(s.date().get()));
      }
      Codec.writeOptional(g, "uri", s.uri());
    }
    g.writeEndObject();
  }

  private static void writeInitiativeFields(JsonGenerator g, Initiative i) {
    Codec.writeCode(g, "initiativeKind", i.initiativeKind());
    if (i.status().isPresent()) {
      Codec.writeCode(g, "status", i.status().get());
    }
    if (i.period().isPresent()) {
      g.writeName("period");
      Codec.writePeriod(g, i.period().get());
    }
    if (!i.instruments().isEmpty()) {
      g.writeName("instruments");
      g.writeStartArray();
      for (Instrument instrument : i.instruments().size() == 1 ? i.instruments() : EnumSet.copyOf(i.instruments())) {
        g.writeString(instrument.code());
      }
      g.writeEndArray();
    }
    if (!i.financing().isEmpty()) {
      g.writeName("financing");
      g.writeStartArray();
      for (Financing f : i.financing()) {
        FinancingCodec.writeFinancing(g, f);
      }
      g.writeEndArray();
    }
    if (!i.sectors().isEmpty()) {
      g.writeName("sectors");
      g.writeStartArray();
      for (Sector s : i.sectors()) {
        FinancingCodec.writeSector(g, s);
      }
      g.writeEndArray();
    }
    if (!i.conditionality().equals(Conditionality.notReported())) {
      g.writeName("conditionality");
      FinancingCodec.writeConditionality(g, i.conditionality());
    }
    if (i.collateral().isPresent()) {
      g.writeName("collateral");
      FinancingCodec.writeCollateral(g, i.collateral().get());
    }
    if (!i.inAggregates()) {
      g.writeName("inAggregates");
      g.writeBoolean(false);
    }
  }

  /** The fields of any entity, read in one pass before the entity is built. */
  private static final class EntityFields {
    @Nullable EntityId id;
    @Nullable LocalizedText name;
    @Nullable LocalizedText summary;
    @Nullable List<Citation> citations;
    @Nullable Map<String, String> externalIds;
    @Nullable Map<String, String> attributes;
    final Map<String, Object> specific = new LinkedHashMap<>();
    final Map<String, TokenStreamLocation> specificAt = new LinkedHashMap<>();
    boolean ok = true;
  }

  private static final Map<Kind, List<String>> SPECIFIC = specificFields();

  private static Map<Kind, List<String>> specificFields() {
    Map<Kind, List<String>> fields = new java.util.EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      fields.put(kind, List.of());
    }
    fields.put(Kind.THEME, List.of("dacSectors"));
    fields.put(
        Kind.INITIATIVE,
        List.of("initiativeKind", "status", "period", "instruments", "financing", "sectors", "conditionality",
            "collateral", "inAggregates"));
    fields.put(Kind.ACTOR, List.of("actorType", "iso2", "iso3", "m49"));
    fields.put(Kind.EVENT, List.of("period", "place"));
    fields.put(Kind.PERSPECTIVE, List.of("holder", "stance", "claim", "about"));
    fields.put(Kind.SOURCE, List.of("sourceKind", "authors", "publisher", "date", "uri"));
    return fields;
  }

  private static final java.util.Set<String> ALL_SPECIFIC = allSpecific();

  private static java.util.Set<String> allSpecific() {
    java.util.Set<String> all = new java.util.LinkedHashSet<>();
    SPECIFIC.values().forEach(all::addAll);
    return all;
  }

  /**
   * Reads an entity.
   *
   * @param expected the kind the caller expects, or null for any
   * @return the entity, or null if it could not be read (problems reported)
   */
  public @Nullable Entity readEntity(@Nullable Kind expected) {
    if (!in.expectObject("an entity")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    lastId = null;
    EntityFields f = new EntityFields();
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id":
          in.toValue();
          f.id = values.readId("an entity id");
          f.ok &= f.id != null;
          lastId = f.id;
          break;
        case "name":
          in.toValue();
          f.name = values.readLocalized();
          f.ok &= f.name != null;
          break;
        case "summary":
          in.toValue();
          f.summary = values.readLocalized();
          f.ok &= f.summary != null;
          break;
        case "citations":
          in.toValue();
          f.citations = values.readCitations();
          f.ok &= f.citations != null;
          break;
        case "externalIds":
          in.toValue();
          f.externalIds = values.readStringMap("external ids");
          f.ok &= f.externalIds != null;
          break;
        case "attributes":
          in.toValue();
          f.attributes = values.readStringMap("attributes");
          f.ok &= f.attributes != null;
          break;
        default:
          if (ALL_SPECIFIC.contains(field) && !f.specific.containsKey(field)) {
            TokenStreamLocation fieldAt = in.mark();
            in.toValue();
            Object value = readSpecific(field);
            if (value == null) {
              f.ok = false;
            } else {
              f.specific.put(field, value);
              f.specificAt.put(field, fieldAt);
            }
          } else {
            in.unknownField(field, "an entity", COMMON_FIELDS + " and the fields of its kind");
          }
      }
    }
    if (f.id == null) {
      if (f.ok) {
        in.error(ProblemCode.MISSING_FIELD, "an entity has no id: expected id: kind:slug, e.g. actor:ken", in.here(start));
      }
      return null;
    }
    Kind kind = f.id.kind();
    if (expected != null && kind != expected) {
      in.error(
          ProblemCode.INVALID_VALUE,
          "the id " + f.id + " is not " + expected.withArticle() + " id: expected " + expected.code() + ":<slug>",
          in.here(start));
      return null;
    }
    List<String> allowed = SPECIFIC.get(kind);
    for (Map.Entry<String, TokenStreamLocation> entry : f.specificAt.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        in.error(
            ProblemCode.UNKNOWN_FIELD,
            "\"" + entry.getKey() + "\" is not a field of " + kind.withArticle() + ": expected "
                + COMMON_FIELDS + (allowed.isEmpty() ? "" : ", " + String.join(", ", allowed)),
            in.at(entry.getValue(), in.pointer() + "/" + entry.getKey()));
        f.ok = false;
      }
    }
    if (f.name == null) {
      if (f.ok) {
        in.error(ProblemCode.MISSING_FIELD, f.id + " has no name: expected name: { en: ... }", in.here(start));
      }
      return null;
    }
    if (!f.ok) {
      return null;
    }
    try {
      return build(kind, f, start);
    } catch (IllegalArgumentException | IllegalStateException e) {
      in.error(ProblemCode.INVALID_VALUE, f.id + ": " + e.getMessage(), in.here(start));
      return null;
    }
  }

  private @Nullable Object readSpecific(String field) {
    switch (field) {
      case "dacSectors":
      case "authors":
        return values.readStrings(field.equals("dacSectors") ? "DAC sector codes as text" : "author names");
      case "initiativeKind":
        return values.readCode(InitiativeKind.class, "initiative kind");
      case "status":
        return values.readCode(InitiativeStatus.class, "initiative status");
      case "period":
        return values.readPeriod();
      case "instruments":
        return values.readList("instrument codes", () -> values.readCode(Instrument.class, "instrument"));
      case "financing":
        return values.readList("financing objects", financing::readFinancing);
      case "sectors":
        return values.readList("sectors", financing::readSector);
      case "conditionality":
        return financing.readConditionality();
      case "collateral":
        return financing.readCollateral();
      case "inAggregates":
        return values.readBoolean("true or false");
      case "actorType":
        return values.readCode(ActorType.class, "actor type");
      case "iso2":
        return in.text("an ISO 3166-1 alpha-2 code as text");
      case "iso3":
        return in.text("an ISO 3166-1 alpha-3 code as text");
      case "m49":
        return in.text("a UN M49 code as text, e.g. \"404\"");
      case "place":
        return values.readId("an actor id");
      case "holder":
        return values.readId("an actor id");
      case "stance":
        return values.readCode(Stance.class, "stance");
      case "claim":
        return values.readLocalized();
      case "about":
        return values.readIds("entity ids");
      case "sourceKind":
        return values.readCode(SourceKind.class, "source kind");
      case "publisher":
        return in.text("a publisher as text");
      case "date":
        return values.readDate();
      case "uri":
        return in.text("an absolute URI as text");
      default:
        throw new IllegalStateException(field);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> get(EntityFields f, String field) {
    return Optional.ofNullable((T) f.specific.get(field));
  }

  private static <B> void common(
      EntityFields f,
      java.util.function.Consumer<LocalizedText> summary,
      java.util.function.Consumer<Iterable<Citation>> citations,
      java.util.function.Consumer<Map<String, String>> externalIds,
      java.util.function.Consumer<Map<String, String>> attributes) {
    if (f.summary != null) {
      summary.accept(f.summary);
    }
    if (f.citations != null) {
      citations.accept(f.citations);
    }
    if (f.externalIds != null) {
      externalIds.accept(f.externalIds);
    }
    if (f.attributes != null) {
      attributes.accept(f.attributes);
    }
  }

  private boolean require(
      EntityFields f, String field, java.util.function.Supplier<String> expected, TokenStreamLocation start) {
    if (f.specific.containsKey(field)) {
      return true;
    }
    in.error(ProblemCode.MISSING_FIELD, f.id + " has no " + field + ": expected " + expected.get(), in.here(start));
    return false;
  }

  @SuppressWarnings("unchecked")
  private @Nullable Entity build(Kind kind, EntityFields f, TokenStreamLocation start) {
    EntityId id = f.id;
    LocalizedText name = f.name;
    switch (kind) {
      case PRINCIPLE: {
        Principle.Builder b = Principle.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        return b.build();
      }
      case GOAL: {
        Goal.Builder b = Goal.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        return b.build();
      }
      case CONCEPT: {
        Concept.Builder b = Concept.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        return b.build();
      }
      case THEME: {
        Theme.Builder b = Theme.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        this.<List<String>>get(f, "dacSectors").ifPresent(b::addAllDacSectors);
        return b.build();
      }
      case INITIATIVE: {
        if (!require(f, "initiativeKind", () -> "one of " + Coded.codesOf(InitiativeKind.class), start)) {
          return null;
        }
        Initiative.Builder b = Initiative.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        b.initiativeKind((InitiativeKind) f.specific.get("initiativeKind"));
        this.<InitiativeStatus>get(f, "status").ifPresent(b::status);
        this.<Period>get(f, "period").ifPresent(b::period);
        this.<List<Instrument>>get(f, "instruments").ifPresent(b::addAllInstruments);
        this.<List<Financing>>get(f, "financing").ifPresent(b::addAllFinancing);
        this.<List<Sector>>get(f, "sectors").ifPresent(b::addAllSectors);
        this.<Conditionality>get(f, "conditionality").ifPresent(b::conditionality);
        this.<Collateral>get(f, "collateral").ifPresent(b::collateral);
        this.<Boolean>get(f, "inAggregates").ifPresent(b::inAggregates);
        return b.build();
      }
      case ACTOR: {
        if (!require(f, "actorType", () -> "one of " + Coded.codesOf(ActorType.class), start)) {
          return null;
        }
        Actor.Builder b = Actor.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        b.actorType((ActorType) f.specific.get("actorType"));
        this.<String>get(f, "iso2").ifPresent(b::iso2);
        this.<String>get(f, "iso3").ifPresent(b::iso3);
        this.<String>get(f, "m49").ifPresent(b::m49);
        return b.build();
      }
      case EVENT: {
        Event.Builder b = Event.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        this.<Period>get(f, "period").ifPresent(b::period);
        this.<EntityId>get(f, "place").ifPresent(b::place);
        return b.build();
      }
      case PERSPECTIVE: {
        boolean ok = require(f, "holder", () -> "an actor id", start);
        ok &= require(f, "stance", () -> "one of " + Coded.codesOf(Stance.class), start);
        ok &= require(f, "claim", () -> "claim: { en: ... }", start);
        if (!ok) {
          return null;
        }
        Perspective.Builder b = Perspective.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        b.holder((EntityId) f.specific.get("holder"));
        b.stance((Stance) f.specific.get("stance"));
        b.claim((LocalizedText) f.specific.get("claim"));
        this.<List<EntityId>>get(f, "about").ifPresent(b::addAllAbout);
        return b.build();
      }
      case SOURCE: {
        Source.Builder b = Source.builder().id(id).name(name);
        common(f, b::summary, b::addAllCitations, b::putAllExternalIds, b::putAllAttributes);
        this.<SourceKind>get(f, "sourceKind").ifPresent(b::sourceKind);
        this.<List<String>>get(f, "authors").ifPresent(b::addAllAuthors);
        this.<String>get(f, "publisher").ifPresent(b::publisher);
        this.<PartialDate>get(f, "date").ifPresent(b::date);
        this.<String>get(f, "uri").ifPresent(b::uri);
        return b.build();
      }
      default:
        throw new IllegalStateException(kind.toString());
    }
  }
}
