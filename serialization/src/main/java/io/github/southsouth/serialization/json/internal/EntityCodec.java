package io.github.southsouth.serialization.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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

  /** The fields every entity has. */
  private enum CommonField { ID, NAME, SUMMARY, CITATIONS, EXTERNAL_IDS, ATTRIBUTES }

  private static final Codec.Keys<CommonField> COMMON = new Codec.Keys<>(CommonField.class, "an entity", false, "");
  private static final String INITIATIVE_KINDS = "one of " + Coded.codesOf(InitiativeKind.class);
  private static final String ACTOR_TYPES = "one of " + Coded.codesOf(ActorType.class);
  private static final String STANCES = "one of " + Coded.codesOf(Stance.class);

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
    Codec.writeId(g, "id", e.id());
    g.writeName("name");
    Codec.writeLocalized(g, e.name());
    Codec.writeText(g, "summary", e.summary());
    Codec.writeArray(g, "citations", e.citations(), Codec::writeCitation);
    Codec.writeMap(g, "externalIds", e.externalIds());
    Codec.writeMap(g, "attributes", e.attributes());
    if (e instanceof Theme t) {
      Codec.writeArray(g, "dacSectors", t.dacSectors(), JsonGenerator::writeString);
    } else if (e instanceof Initiative i) {
      writeInitiativeFields(g, i);
    } else if (e instanceof Actor a) {
      Codec.writeCode(g, "actorType", a.actorType());
      Codec.writeOptional(g, "iso2", a.iso2(), JsonGenerator::writeString);
      Codec.writeOptional(g, "iso3", a.iso3(), JsonGenerator::writeString);
      Codec.writeOptional(g, "m49", a.m49(), JsonGenerator::writeString);
    } else if (e instanceof Event ev) {
      Codec.writeOptional(g, "period", ev.period(), Codec::writePeriod);
      Codec.writeOptional(g, "place", ev.place(), Codec::writeId);
    } else if (e instanceof Perspective p) {
      Codec.writeId(g, "holder", p.holder());
      Codec.writeCode(g, "stance", p.stance());
      g.writeName("claim");
      Codec.writeLocalized(g, p.claim());
      Codec.writeArray(g, "about", new TreeSet<>(p.about()), Codec::writeId);
    } else if (e instanceof Source s) {
      Codec.writeCode(g, "sourceKind", s.sourceKind());
      Codec.writeArray(g, "authors", s.authors(), JsonGenerator::writeString);
      Codec.writeOptional(g, "publisher", s.publisher(), JsonGenerator::writeString);
      Codec.writeOptional(g, "date", s.date(), Codec::writeDate);
      Codec.writeOptional(g, "uri", s.uri(), JsonGenerator::writeString);
    }
    g.writeEndObject();
  }

  private static void writeInitiativeFields(JsonGenerator g, Initiative i) {
    Codec.writeCode(g, "initiativeKind", i.initiativeKind());
    Codec.writeOptional(g, "status", i.status(), Codec::writeCode);
    Codec.writeOptional(g, "period", i.period(), Codec::writePeriod);
    Codec.writeArray(g, "instruments", i.instruments().size() <= 1 ? i.instruments() : EnumSet.copyOf(i.instruments()),
        Codec::writeCode);
    Codec.writeArray(g, "financing", i.financing(), FinancingCodec::writeFinancing);
    Codec.writeArray(g, "sectors", i.sectors(), FinancingCodec::writeSector);
    if (!i.conditionality().equals(Conditionality.notReported())) {
      g.writeName("conditionality");
      FinancingCodec.writeConditionality(g, i.conditionality());
    }
    Codec.writeOptional(g, "collateral", i.collateral(), FinancingCodec::writeCollateral);
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

  private static final ImmutableMap<Kind, List<String>> SPECIFIC = ImmutableMap.of(
      Kind.THEME, List.of("dacSectors"),
      Kind.INITIATIVE, List.of("initiativeKind", "status", "period", "instruments", "financing", "sectors",
          "conditionality", "collateral", "inAggregates"),
      Kind.ACTOR, List.of("actorType", "iso2", "iso3", "m49"),
      Kind.EVENT, List.of("period", "place"),
      Kind.PERSPECTIVE, List.of("holder", "stance", "claim", "about"),
      Kind.SOURCE, List.of("sourceKind", "authors", "publisher", "date", "uri"));

  private static final ImmutableSet<String> ALL_SPECIFIC =
      SPECIFIC.values().stream().flatMap(List::stream).collect(ImmutableSet.toImmutableSet());

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
      CommonField common = COMMON.byName.get(field);
      if (common != null) {
        in.toValue();
        f.ok &= switch (common) {
          case ID -> (lastId = f.id = values.readId("an entity id")) != null;
          case NAME -> (f.name = values.readLocalized()) != null;
          case SUMMARY -> (f.summary = values.readLocalized()) != null;
          case CITATIONS -> (f.citations = values.readCitations()) != null;
          case EXTERNAL_IDS -> (f.externalIds = values.readStringMap("external ids")) != null;
          case ATTRIBUTES -> (f.attributes = values.readStringMap("attributes")) != null;
        };
      } else if (ALL_SPECIFIC.contains(field) && !f.specific.containsKey(field)) {
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
        in.unknownField(field, "an entity", COMMON.names + " and the fields of its kind");
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
    List<String> allowed = SPECIFIC.getOrDefault(kind, List.of());
    for (Map.Entry<String, TokenStreamLocation> entry : f.specificAt.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        in.error(
            ProblemCode.UNKNOWN_FIELD,
            "\"" + entry.getKey() + "\" is not a field of " + kind.withArticle() + ": expected "
                + COMMON.names + (allowed.isEmpty() ? "" : ", " + String.join(", ", allowed)),
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
    return switch (field) {
      case "dacSectors" -> values.readStrings("DAC sector codes as text");
      case "authors" -> values.readStrings("author names");
      case "initiativeKind" -> values.readCode(InitiativeKind.class, "initiative kind");
      case "status" -> values.readCode(InitiativeStatus.class, "initiative status");
      case "period" -> values.readPeriod();
      case "instruments" -> values.readList("instrument codes", () -> values.readCode(Instrument.class, "instrument"));
      case "financing" -> values.readList("financing objects", financing::readFinancing);
      case "sectors" -> values.readList("sectors", financing::readSector);
      case "conditionality" -> financing.readConditionality();
      case "collateral" -> financing.readCollateral();
      case "inAggregates" -> values.readBoolean("true or false");
      case "actorType" -> values.readCode(ActorType.class, "actor type");
      case "iso2" -> in.text("an ISO 3166-1 alpha-2 code as text");
      case "iso3" -> in.text("an ISO 3166-1 alpha-3 code as text");
      case "m49" -> in.text("a UN M49 code as text, e.g. \"404\"");
      case "place", "holder" -> values.readId("an actor id");
      case "stance" -> values.readCode(Stance.class, "stance");
      case "claim" -> values.readLocalized();
      case "about" -> values.readIds("entity ids");
      case "sourceKind" -> values.readCode(SourceKind.class, "source kind");
      case "publisher" -> in.text("a publisher as text");
      case "date" -> values.readDate();
      case "uri" -> in.text("an absolute URI as text");
      default -> throw new IllegalStateException(field);
    };
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> get(EntityFields f, String field) {
    return Optional.ofNullable((T) f.specific.get(field));
  }

  /** Sets the fields every entity has. */
  private static <B extends Entity.Builder<B, ?>> B common(B b, EntityFields f) {
    b.id(requireNonNull(f.id)).name(requireNonNull(f.name));
    if (f.summary != null) {
      b.summary(f.summary);
    }
    if (f.citations != null) {
      b.addAllCitations(f.citations);
    }
    if (f.externalIds != null) {
      b.putAllExternalIds(f.externalIds);
    }
    if (f.attributes != null) {
      b.putAllAttributes(f.attributes);
    }
    return b;
  }

  private boolean require(EntityFields f, String field, String expected, TokenStreamLocation start) {
    if (f.specific.containsKey(field)) {
      return true;
    }
    in.error(ProblemCode.MISSING_FIELD, f.id + " has no " + field + ": expected " + expected, in.here(start));
    return false;
  }

  private @Nullable Entity build(Kind kind, EntityFields f, TokenStreamLocation start) {
    return switch (kind) {
      case PRINCIPLE -> common(Principle.builder(), f).build();
      case GOAL -> common(Goal.builder(), f).build();
      case CONCEPT -> common(Concept.builder(), f).build();
      case THEME -> {
        Theme.Builder b = common(Theme.builder(), f);
        this.<List<String>>get(f, "dacSectors").ifPresent(b::addAllDacSectors);
        yield b.build();
      }
      case INITIATIVE -> {
        if (!require(f, "initiativeKind", INITIATIVE_KINDS, start)) {
          yield null;
        }
        Initiative.Builder b = common(Initiative.builder(), f);
        b.initiativeKind((InitiativeKind) f.specific.get("initiativeKind"));
        this.<InitiativeStatus>get(f, "status").ifPresent(b::status);
        this.<Period>get(f, "period").ifPresent(b::period);
        this.<List<Instrument>>get(f, "instruments").ifPresent(b::addAllInstruments);
        this.<List<Financing>>get(f, "financing").ifPresent(b::addAllFinancing);
        this.<List<Sector>>get(f, "sectors").ifPresent(b::addAllSectors);
        this.<Conditionality>get(f, "conditionality").ifPresent(b::conditionality);
        this.<Collateral>get(f, "collateral").ifPresent(b::collateral);
        this.<Boolean>get(f, "inAggregates").ifPresent(b::inAggregates);
        yield b.build();
      }
      case ACTOR -> {
        if (!require(f, "actorType", ACTOR_TYPES, start)) {
          yield null;
        }
        Actor.Builder b = common(Actor.builder(), f);
        b.actorType((ActorType) f.specific.get("actorType"));
        this.<String>get(f, "iso2").ifPresent(b::iso2);
        this.<String>get(f, "iso3").ifPresent(b::iso3);
        this.<String>get(f, "m49").ifPresent(b::m49);
        yield b.build();
      }
      case EVENT -> {
        Event.Builder b = common(Event.builder(), f);
        this.<Period>get(f, "period").ifPresent(b::period);
        this.<EntityId>get(f, "place").ifPresent(b::place);
        yield b.build();
      }
      case PERSPECTIVE -> {
        boolean ok = require(f, "holder", "an actor id", start);
        ok &= require(f, "stance", STANCES, start);
        ok &= require(f, "claim", "claim: { en: ... }", start);
        if (!ok) {
          yield null;
        }
        Perspective.Builder b = common(Perspective.builder(), f);
        b.holder((EntityId) f.specific.get("holder"));
        b.stance((Stance) f.specific.get("stance"));
        b.claim((LocalizedText) f.specific.get("claim"));
        this.<List<EntityId>>get(f, "about").ifPresent(b::addAllAbout);
        yield b.build();
      }
      case SOURCE -> {
        Source.Builder b = common(Source.builder(), f);
        this.<SourceKind>get(f, "sourceKind").ifPresent(b::sourceKind);
        this.<List<String>>get(f, "authors").ifPresent(b::addAllAuthors);
        this.<String>get(f, "publisher").ifPresent(b::publisher);
        this.<PartialDate>get(f, "date").ifPresent(b::date);
        this.<String>get(f, "uri").ifPresent(b::uri);
        yield b.build();
      }
    };
  }
}
