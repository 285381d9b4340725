package io.github.southsouth.serialization.json.internal;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Ordering;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.BudgetKind;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LoanTerms;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Stance;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The one mapping between southsouth values and the native document model (docs/FORMAT.md):
 * static {@code write*} methods emit a value to any Jackson generator in canonical form, and the
 * instance {@code read*} methods read it back from a {@link Cursor}, reporting every problem with
 * its location and returning null for a value that could not be read. Used by the document
 * readers and writers and by {@code SouthSouthModule}, so the two never disagree.
 *
 * <p>Reading methods expect the cursor on the value's first token and leave it on its last.
 * Not thread-safe when reading (one per cursor); the write methods are stateless.
 */
public final class Codec {

  static final String COMMON_FIELDS = "id, name, summary, citations, externalIds, attributes";

  private final Cursor in;
  private @Nullable EntityId lastId;
  /** Ids read so far by their text, to share one instance per id; null if not shared. */
  private final @Nullable Map<String, EntityId> ids;

  /**
   * Creates a codec reading from a cursor.
   *
   * @param in the cursor
   */
  public Codec(Cursor in) {
    this(in, false);
  }

  /**
   * Creates a codec reading from a cursor that, if asked, shares one {@link EntityId} instance
   * among all mentions of an id (which makes references cheaper to read and to resolve, at the
   * cost of remembering every id read: for whole documents, not for streams).
   *
   * @param in the cursor
   * @param shareIds whether to share id instances
   */
  public Codec(Cursor in, boolean shareIds) {
    this.in = in;
    this.ids = shareIds ? new HashMap<>() : null;
  }

  /** Returns the cursor. */
  public Cursor cursor() {
    return in;
  }

  /**
   * Returns the id of the last entity read, also when the entity itself could not be read.
   *
   * @return the id, or null if it had none or it was invalid
   */
  public @Nullable EntityId lastEntityId() {
    return lastId;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes the dataset metadata, or nothing if it is empty.
   *
   * @param g the generator
   * @param info the metadata
   */
  public static void writeDatasetInfo(JsonGenerator g, DatasetInfo info) {
    g.writeStartObject();
    writeText(g, "title", info.title());
    writeText(g, "description", info.description());
    writeOptional(g, "version", info.version());
    writeOptional(g, "license", info.license());
    writeIds(g, "sources", info.sources());
    g.writeEndObject();
  }

  /**
   * Tells whether dataset metadata has anything in it.
   *
   * @param info the metadata
   * @return true if anything is set
   */
  public static boolean hasContent(DatasetInfo info) {
    return !info.equals(DatasetInfo.empty());
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
    writeLocalized(g, e.name());
    writeText(g, "summary", e.summary());
    writeCitations(g, e.citations());
    writeMap(g, "externalIds", e.externalIds());
    writeMap(g, "attributes", e.attributes());
    if (e instanceof Theme) {
      Theme t = (Theme) e;
      writeStrings(g, "dacSectors", t.dacSectors());
    } else if (e instanceof Initiative) {
      writeInitiativeFields(g, (Initiative) e);
    } else if (e instanceof Actor) {
      Actor a = (Actor) e;
      writeCode(g, "actorType", a.actorType());
      writeOptional(g, "iso2", a.iso2());
      writeOptional(g, "iso3", a.iso3());
      writeOptional(g, "m49", a.m49());
    } else if (e instanceof Event) {
      Event ev = (Event) e;
      if (ev.period().isPresent()) {
        g.writeName("period");
        writePeriod(g, ev.period().get());
      }
      if (ev.place().isPresent()) {
        g.writeName("place");
        g.writeString(ev.place().get().toString());
      }
    } else if (e instanceof Perspective) {
      Perspective p = (Perspective) e;
      g.writeName("holder");
      g.writeString(p.holder().toString());
      writeCode(g, "stance", p.stance());
      g.writeName("claim");
      writeLocalized(g, p.claim());
      writeIds(g, "about", new TreeSet<>(p.about()));
    } else if (e instanceof Source) {
      Source s = (Source) e;
      writeCode(g, "sourceKind", s.sourceKind());
      writeStrings(g, "authors", s.authors());
      writeOptional(g, "publisher", s.publisher());
      if (s.date().isPresent()) {
        g.writeName("date");
        g.writeString(date(s.date().get()));
      }
      writeOptional(g, "uri", s.uri());
    }
    g.writeEndObject();
  }

  private static void writeInitiativeFields(JsonGenerator g, Initiative i) {
    writeCode(g, "initiativeKind", i.initiativeKind());
    if (i.status().isPresent()) {
      writeCode(g, "status", i.status().get());
    }
    if (i.period().isPresent()) {
      g.writeName("period");
      writePeriod(g, i.period().get());
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
        writeFinancing(g, f);
      }
      g.writeEndArray();
    }
    if (!i.sectors().isEmpty()) {
      g.writeName("sectors");
      g.writeStartArray();
      for (Sector s : i.sectors()) {
        writeSector(g, s);
      }
      g.writeEndArray();
    }
    if (!i.conditionality().equals(Conditionality.notReported())) {
      g.writeName("conditionality");
      writeConditionality(g, i.conditionality());
    }
  }

  /**
   * Writes a financing.
   *
   * @param g the generator
   * @param f the financing
   */
  public static void writeFinancing(JsonGenerator g, Financing f) {
    g.writeStartObject();
    writeCode(g, "instrument", f.instrument());
    writeCode(g, "stage", f.stage());
    g.writeName("amounts");
    g.writeStartArray();
    for (Money m : f.amounts()) {
      writeMoney(g, m);
    }
    g.writeEndArray();
    if (f.financier().isPresent()) {
      g.writeName("financier");
      g.writeString(f.financier().get().toString());
    }
    if (f.date().isPresent()) {
      g.writeName("date");
      g.writeString(date(f.date().get()));
    }
    if (f.period().isPresent()) {
      g.writeName("period");
      writePeriod(g, f.period().get());
    }
    if (f.budgetKind().isPresent()) {
      writeCode(g, "budgetKind", f.budgetKind().get());
    }
    if (f.terms().isPresent()) {
      g.writeName("terms");
      writeLoanTerms(g, f.terms().get());
    }
    writeMap(g, "attributes", f.attributes());
    g.writeEndObject();
  }

  /**
   * Writes loan terms.
   *
   * @param g the generator
   * @param t the terms
   */
  public static void writeLoanTerms(JsonGenerator g, LoanTerms t) {
    g.writeStartObject();
    writeDecimal(g, "interestRate", t.interestRate());
    writeDecimal(g, "maturityYears", t.maturityYears());
    writeDecimal(g, "gracePeriodYears", t.gracePeriodYears());
    writeDecimal(g, "grantElement", t.grantElement());
    g.writeEndObject();
  }

  /**
   * Writes an amount of money; the basis only when not nominal.
   *
   * @param g the generator
   * @param m the money
   */
  public static void writeMoney(JsonGenerator g, Money m) {
    g.writeStartObject();
    g.writeName("amount");
    g.writeString(m.amount().toPlainString());
    g.writeName("currency");
    g.writeString(m.currency());
    if (m.basis().constantYear().isPresent()) {
      g.writeName("basis");
      int year = m.basis().constantYear().getAsInt();
      g.writeString(year >= 1000 ? "constant-" + year : m.basis().code());
    }
    g.writeEndObject();
  }

  /**
   * Writes a sector.
   *
   * @param g the generator
   * @param s the sector
   */
  public static void writeSector(JsonGenerator g, Sector s) {
    g.writeStartObject();
    g.writeName("code");
    g.writeString(s.code());
    writeCode(g, "vocabulary", s.vocabulary());
    writeDecimal(g, "share", s.share());
    g.writeEndObject();
  }

  /**
   * Writes a conditionality.
   *
   * @param g the generator
   * @param c the conditionality
   */
  public static void writeConditionality(JsonGenerator g, Conditionality c) {
    g.writeStartObject();
    writeCode(g, "state", c.state());
    if (!c.conditions().isEmpty()) {
      g.writeName("conditions");
      g.writeStartArray();
      for (Condition condition : c.conditions()) {
        writeCondition(g, condition);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes a condition.
   *
   * @param g the generator
   * @param c the condition
   */
  public static void writeCondition(JsonGenerator g, Condition c) {
    g.writeStartObject();
    writeCode(g, "type", c.type());
    writeText(g, "description", c.description());
    g.writeEndObject();
  }

  /**
   * Writes a relation.
   *
   * @param g the generator
   * @param r the relation
   */
  public static void writeRelation(JsonGenerator g, Relation r) {
    g.writeStartObject();
    g.writeName("from");
    g.writeString(r.from().toString());
    writeCode(g, "type", r.type());
    g.writeName("to");
    g.writeString(r.to().toString());
    if (r.period().isPresent()) {
      g.writeName("period");
      writePeriod(g, r.period().get());
    }
    writeDecimal(g, "share", r.share());
    writeOptional(g, "note", r.note());
    writeCitations(g, r.citations());
    g.writeEndObject();
  }

  /**
   * Writes a citation.
   *
   * @param g the generator
   * @param c the citation
   */
  public static void writeCitation(JsonGenerator g, Citation c) {
    g.writeStartObject();
    g.writeName("source");
    g.writeString(c.source().toString());
    writeOptional(g, "locator", c.locator());
    writeOptional(g, "quote", c.quote());
    g.writeEndObject();
  }

  /**
   * Writes a period.
   *
   * @param g the generator
   * @param p the period
   */
  public static void writePeriod(JsonGenerator g, Period p) {
    g.writeStartObject();
    if (p.start().isPresent()) {
      g.writeName("start");
      g.writeString(date(p.start().get()));
    }
    if (p.end().isPresent()) {
      g.writeName("end");
      g.writeString(date(p.end().get()));
    }
    g.writeEndObject();
  }

  /**
   * Writes a localized text as an object of tag to text, sorted by tag.
   *
   * @param g the generator
   * @param text the text
   */
  public static void writeLocalized(JsonGenerator g, LocalizedText text) {
    g.writeStartObject();
    text.texts().forEach((tag, value) -> { // no entry set or iterator, unlike a for loop
      g.writeName(tag);
      g.writeString(value);
    });
    g.writeEndObject();
  }

  /**
   * Returns the ISO 8601 form of a partial date.
   *
   * @param date the date
   * @return {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   */
  public static String date(PartialDate date) {
    return date.toString();
  }

  private static void writeText(JsonGenerator g, String name, LocalizedText text) {
    if (!text.isEmpty()) {
      g.writeName(name);
      writeLocalized(g, text);
    }
  }

  private static void writeCitations(JsonGenerator g, List<Citation> citations) {
    if (!citations.isEmpty()) {
      g.writeName("citations");
      g.writeStartArray();
      for (Citation c : citations) {
        writeCitation(g, c);
      }
      g.writeEndArray();
    }
  }

  private static void writeMap(JsonGenerator g, String name, Map<String, String> map) {
    if (!map.isEmpty()) {
      g.writeName(name);
      g.writeStartObject();
      (map.size() == 1 || isSortedNaturally(map) ? map : new TreeMap<>(map))
          .forEach(
              (key, value) -> {
                g.writeName(key);
                g.writeString(value);
              });
      g.writeEndObject();
    }
  }

  /** Tells whether a map already iterates in natural key order, as attributes do. */
  private static boolean isSortedNaturally(Map<String, String> map) {
    return map instanceof ImmutableSortedMap
        && Ordering.natural().equals(((ImmutableSortedMap<String, String>) map).comparator());
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static void writeIds(JsonGenerator g, String name, Iterable<EntityId> ids) {
    if (ids.iterator().hasNext()) {
      g.writeName(name);
      g.writeStartArray();
      for (EntityId id : ids) {
        g.writeString(id.toString());
      }
      g.writeEndArray();
    }
  }

  private static void writeOptional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeString(value.get());
    }
  }

  private static void writeDecimal(JsonGenerator g, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeString(value.get().toPlainString());
    }
  }

  private static void writeCode(JsonGenerator g, String name, Coded value) {
    g.writeName(name);
    g.writeString(value.code());
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads dataset metadata.
   *
   * @return the metadata, or null if it could not be read
   */
  public @Nullable DatasetInfo readDatasetInfo() {
    if (!in.expectObject("the dataset metadata")) {
      return null;
    }
    DatasetInfo.Builder info = DatasetInfo.builder();
    boolean ok = true;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "title":
          in.toValue();
          ok &= set(readLocalized(), info::title);
          break;
        case "description":
          in.toValue();
          ok &= set(readLocalized(), info::description);
          break;
        case "version":
          in.toValue();
          ok &= set(in.text("a version as text, e.g. \"2026.11\""), info::version);
          break;
        case "license":
          in.toValue();
          ok &= set(in.text("a licence as text, e.g. \"CC-BY-4.0\""), info::license);
          break;
        case "sources":
          in.toValue();
          ok &= set(readIds("source ids"), info::addAllSources);
          break;
        default:
          in.unknownField(field, "the dataset metadata", "title, description, version, license, sources");
      }
    }
    return ok ? info.build() : null;
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
        List.of("initiativeKind", "status", "period", "instruments", "financing", "sectors", "conditionality"));
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
          f.id = readId("an entity id");
          f.ok &= f.id != null;
          lastId = f.id;
          break;
        case "name":
          in.toValue();
          f.name = readLocalized();
          f.ok &= f.name != null;
          break;
        case "summary":
          in.toValue();
          f.summary = readLocalized();
          f.ok &= f.summary != null;
          break;
        case "citations":
          in.toValue();
          f.citations = readCitations();
          f.ok &= f.citations != null;
          break;
        case "externalIds":
          in.toValue();
          f.externalIds = readStringMap("external ids");
          f.ok &= f.externalIds != null;
          break;
        case "attributes":
          in.toValue();
          f.attributes = readStringMap("attributes");
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
          "the id " + f.id + " is not a " + expected.code() + " id: expected " + expected.code() + ":<slug>",
          in.here(start));
      return null;
    }
    List<String> allowed = SPECIFIC.get(kind);
    for (Map.Entry<String, TokenStreamLocation> entry : f.specificAt.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        in.error(
            ProblemCode.UNKNOWN_FIELD,
            "\"" + entry.getKey() + "\" is not a field of a " + kind.code() + ": expected "
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
        return readStrings(field.equals("dacSectors") ? "DAC sector codes as text" : "author names");
      case "initiativeKind":
        return readCode(InitiativeKind.class, "initiative kind");
      case "status":
        return readCode(InitiativeStatus.class, "initiative status");
      case "period":
        return readPeriod();
      case "instruments":
        return readList("instrument codes", () -> readCode(Instrument.class, "instrument"));
      case "financing":
        return readList("financing objects", this::readFinancing);
      case "sectors":
        return readList("sectors", this::readSector);
      case "conditionality":
        return readConditionality();
      case "actorType":
        return readCode(ActorType.class, "actor type");
      case "iso2":
        return in.text("an ISO 3166-1 alpha-2 code as text");
      case "iso3":
        return in.text("an ISO 3166-1 alpha-3 code as text");
      case "m49":
        return in.text("a UN M49 code as text, e.g. \"404\"");
      case "place":
        return readId("an actor id");
      case "holder":
        return readId("an actor id");
      case "stance":
        return readCode(Stance.class, "stance");
      case "claim":
        return readLocalized();
      case "about":
        return readIds("entity ids");
      case "sourceKind":
        return readCode(SourceKind.class, "source kind");
      case "publisher":
        return in.text("a publisher as text");
      case "date":
        return readDate();
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

  /**
   * Reads a relation.
   *
   * @return the relation, or null if it could not be read (problems reported)
   */
  public @Nullable Relation readRelation() {
    if (!in.expectObject("a relation")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Relation.Builder r = Relation.builder();
    boolean ok = true;
    boolean from = false;
    boolean type = false;
    boolean to = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "from":
          in.toValue();
          from = true;
          ok &= set(readId("an entity id"), r::from);
          break;
        case "type":
          in.toValue();
          type = true;
          ok &= set(readCode(RelationType.class, "relation type"), r::type);
          break;
        case "to":
          in.toValue();
          to = true;
          ok &= set(readId("an entity id"), r::to);
          break;
        case "period":
          in.toValue();
          ok &= set(readPeriod(), r::period);
          break;
        case "share":
          in.toValue();
          ok &= set(readDecimal("a share in percent"), r::share);
          break;
        case "note":
          in.toValue();
          ok &= set(in.text("a note as text"), r::note);
          break;
        case "citations":
          in.toValue();
          ok &= set(readCitations(), r::addAllCitations);
          break;
        default:
          in.unknownField(field, "a relation", "from, type, to, period, share, note, citations");
      }
    }
    List<String> missing = new ArrayList<>();
    if (!from) {
      missing.add("from");
    }
    if (!type) {
      missing.add("type");
    }
    if (!to) {
      missing.add("to");
    }
    if (!missing.isEmpty()) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a relation has no " + String.join(", ", missing) + ": expected from, type and to",
          in.here(start));
      return null;
    }
    return ok ? r.build() : null;
  }

  /**
   * Reads a financing.
   *
   * @return the financing, or null
   */
  public @Nullable Financing readFinancing() {
    if (!in.expectObject("a financing")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Financing.Builder b = Financing.builder();
    boolean ok = true;
    boolean instrument = false;
    boolean amounts = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "instrument":
          in.toValue();
          instrument = true;
          ok &= set(readCode(Instrument.class, "instrument"), b::instrument);
          break;
        case "stage":
          in.toValue();
          ok &= set(readCode(FinancingStage.class, "financing stage"), b::stage);
          break;
        case "amounts":
          in.toValue();
          amounts = true;
          ok &= set(readList("amounts of money", this::readMoney), b::addAllAmounts);
          break;
        case "financier":
          in.toValue();
          ok &= set(readId("an actor id"), b::financier);
          break;
        case "date":
          in.toValue();
          ok &= set(readDate(), b::date);
          break;
        case "period":
          in.toValue();
          ok &= set(readPeriod(), b::period);
          break;
        case "budgetKind":
          in.toValue();
          ok &= set(readCode(BudgetKind.class, "budget kind"), b::budgetKind);
          break;
        case "terms":
          in.toValue();
          ok &= set(readLoanTerms(), b::terms);
          break;
        case "attributes":
          in.toValue();
          ok &= set(readStringMap("attributes"), b::putAllAttributes);
          break;
        default:
          in.unknownField(field, "a financing",
              "instrument, stage, amounts, financier, date, period, budgetKind, terms, attributes");
      }
    }
    if (!instrument || !amounts) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a financing has no " + (!instrument ? "instrument" : "amounts")
              + ": expected instrument and amounts (at least one)",
          in.here(start));
      return null;
    }
    return ok ? buildAt(b::build, start) : null;
  }

  /**
   * Reads loan terms.
   *
   * @return the terms, or null
   */
  public @Nullable LoanTerms readLoanTerms() {
    if (!in.expectObject("loan terms")) {
      return null;
    }
    LoanTerms.Builder b = LoanTerms.builder();
    boolean ok = true;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "interestRate":
          in.toValue();
          ok &= set(readDecimal("an interest rate in percent"), b::interestRate);
          break;
        case "maturityYears":
          in.toValue();
          ok &= set(readDecimal("a maturity in years"), b::maturityYears);
          break;
        case "gracePeriodYears":
          in.toValue();
          ok &= set(readDecimal("a grace period in years"), b::gracePeriodYears);
          break;
        case "grantElement":
          in.toValue();
          ok &= set(readDecimal("a grant element in percent"), b::grantElement);
          break;
        default:
          in.unknownField(field, "loan terms", "interestRate, maturityYears, gracePeriodYears, grantElement");
      }
    }
    return ok ? b.build() : null;
  }

  /**
   * Reads an amount of money.
   *
   * @return the money, or null
   */
  public @Nullable Money readMoney() {
    if (!in.expectObject("an amount of money")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Money.Builder b = Money.builder();
    boolean ok = true;
    boolean amount = false;
    boolean currency = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "amount":
          in.toValue();
          amount = true;
          ok &= set(readDecimal("an amount"), b::amount);
          break;
        case "currency":
          in.toValue();
          currency = true;
          String code = in.text("an ISO 4217 currency code as text, e.g. \"USD\"");
          if (code == null) {
            ok = false;
          } else if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            in.error(
                ProblemCode.INVALID_VALUE,
                "invalid currency \"" + Cursor.shorten(code) + "\": expected an ISO 4217 code of three"
                    + " upper-case letters, e.g. USD");
            ok = false;
          } else {
            b.currency(code);
          }
          break;
        case "basis":
          in.toValue();
          ok &= set(readBasis(), b::basis);
          break;
        default:
          in.unknownField(field, "an amount of money", "amount, currency, basis");
      }
    }
    if (!amount || !currency) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "an amount of money has no " + (!amount ? "amount" : "currency") + ": expected amount and currency",
          in.here(start));
      return null;
    }
    return ok ? buildAt(b::build, start) : null;
  }

  /**
   * Reads a money basis, {@code nominal} or {@code constant-YYYY}.
   *
   * @return the basis, or null
   */
  public @Nullable MoneyBasis readBasis() {
    String basis = in.text("a money basis, nominal or constant-YYYY");
    if (basis == null) {
      return null;
    }
    try {
      return MoneyBasis.parse(basis);
    } catch (IllegalArgumentException e) {
      in.error(ProblemCode.INVALID_VALUE, shortenMessage(e.getMessage()));
      return null;
    }
  }

  /**
   * Reads a sector.
   *
   * @return the sector, or null
   */
  public @Nullable Sector readSector() {
    if (!in.expectObject("a sector")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Sector.Builder b = Sector.builder();
    boolean ok = true;
    boolean code = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "code":
          in.toValue();
          code = true;
          ok &= set(in.text("a sector code as text, e.g. \"23230\""), b::code);
          break;
        case "vocabulary":
          in.toValue();
          ok &= set(readCode(SectorVocabulary.class, "sector vocabulary"), b::vocabulary);
          break;
        case "share":
          in.toValue();
          ok &= set(readDecimal("a share in percent"), b::share);
          break;
        default:
          in.unknownField(field, "a sector", "code, vocabulary, share");
      }
    }
    if (!code) {
      in.error(ProblemCode.MISSING_FIELD, "a sector has no code: expected code, e.g. \"23230\"", in.here(start));
      return null;
    }
    return ok ? buildAt(b::build, start) : null;
  }

  /**
   * Reads a conditionality.
   *
   * @return the conditionality, or null
   */
  public @Nullable Conditionality readConditionality() {
    if (!in.expectObject("a conditionality")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Conditionality.Builder b = Conditionality.builder();
    boolean ok = true;
    boolean state = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "state":
          in.toValue();
          state = true;
          ok &= set(readCode(ConditionalityState.class, "conditionality state"), b::state);
          break;
        case "conditions":
          in.toValue();
          ok &= set(readList("conditions", this::readCondition), b::addAllConditions);
          break;
        default:
          in.unknownField(field, "a conditionality", "state, conditions");
      }
    }
    if (!state) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a conditionality has no state: expected one of " + Coded.codesOf(ConditionalityState.class),
          in.here(start));
      return null;
    }
    return ok ? buildAt(b::build, start) : null;
  }

  /**
   * Reads a condition.
   *
   * @return the condition, or null
   */
  public @Nullable Condition readCondition() {
    if (!in.expectObject("a condition")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Condition.Builder b = Condition.builder();
    boolean ok = true;
    boolean type = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "type":
          in.toValue();
          type = true;
          ok &= set(readCode(ConditionType.class, "condition type"), b::type);
          break;
        case "description":
          in.toValue();
          ok &= set(readLocalized(), b::description);
          break;
        default:
          in.unknownField(field, "a condition", "type, description");
      }
    }
    if (!type) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a condition has no type: expected one of " + Coded.codesOf(ConditionType.class),
          in.here(start));
      return null;
    }
    return ok ? buildAt(b::build, start) : null;
  }

  /**
   * Reads a citation.
   *
   * @return the citation, or null
   */
  public @Nullable Citation readCitation() {
    if (!in.expectObject("a citation")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Citation.Builder b = Citation.builder();
    boolean ok = true;
    boolean source = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "source":
          in.toValue();
          source = true;
          ok &= set(readId("a source id"), b::source);
          break;
        case "locator":
          in.toValue();
          ok &= set(in.text("a locator as text"), b::locator);
          break;
        case "quote":
          in.toValue();
          ok &= set(in.text("a quotation as text"), b::quote);
          break;
        default:
          in.unknownField(field, "a citation", "source, locator, quote");
      }
    }
    if (!source) {
      in.error(ProblemCode.MISSING_FIELD, "a citation has no source: expected source: source:<slug>", in.here(start));
      return null;
    }
    return ok ? buildAt(b::build, start) : null;
  }

  /**
   * Reads a period.
   *
   * @return the period, or null
   */
  public @Nullable Period readPeriod() {
    if (!in.expectObject("a period { start, end }")) {
      return null;
    }
    Optional<PartialDate> start = Optional.empty();
    Optional<PartialDate> end = Optional.empty();
    boolean ok = true;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "start":
          in.toValue();
          PartialDate s = readDate();
          ok &= s != null;
          start = Optional.ofNullable(s);
          break;
        case "end":
          in.toValue();
          PartialDate e = readDate();
          ok &= e != null;
          end = Optional.ofNullable(e);
          break;
        default:
          in.unknownField(field, "a period", "start, end");
      }
    }
    return ok ? Period.between(start, end) : null;
  }

  /**
   * Reads a partial date.
   *
   * @return the date, or null
   */
  public @Nullable PartialDate readDate() {
    String text = in.text("a date as text: YYYY, YYYY-MM or YYYY-MM-DD");
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      in.error(
          ProblemCode.INVALID_VALUE,
          text.length() <= 60 && e.getMessage() != null
              ? e.getMessage()
              : "invalid date \"" + Cursor.shorten(text) + "\": expected YYYY, YYYY-MM or YYYY-MM-DD");
      return null;
    }
  }

  /**
   * Reads a localized text.
   *
   * @return the text, or null
   */
  public @Nullable LocalizedText readLocalized() {
    if (!in.expectObject("a text by language, e.g. { en: ..., zh-Hans: ... }")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Map<String, String> texts = new LinkedHashMap<>();
    boolean ok = true;
    String tag;
    while ((tag = in.nextField()) != null) {
      boolean wellFormed = LocalizedText.isWellFormedTag(tag);
      TokenStreamLocation tagAt = wellFormed ? null : in.mark();
      in.toValue();
      String text = in.text("text for language ", Cursor.shorten(tag), "");
      if (text == null) {
        ok = false;
        continue;
      }
      if (!wellFormed) {
        in.error(
            ProblemCode.INVALID_VALUE,
            "invalid language tag \"" + Cursor.shorten(tag) + "\": expected a BCP 47 tag such as en,"
                + " zh-Hans or zh-Latn-pinyin",
            in.here(tagAt));
        ok = false;
        continue;
      }
      if (text.isBlank()) {
        in.error(ProblemCode.INVALID_VALUE, "the text for language \"" + tag + "\" is blank", in.here());
        ok = false;
        continue;
      }
      texts.put(tag, text);
    }
    if (!ok) {
      return null;
    }
    try {
      return LocalizedText.of(texts);
    } catch (IllegalArgumentException e) {
      in.error(ProblemCode.INVALID_VALUE, e.getMessage(), in.here(start));
      return null;
    }
  }

  /**
   * Reads an entity id.
   *
   * @param what what is expected, e.g. "an actor id"
   * @return the id, or null
   */
  public @Nullable EntityId readId(String what) {
    String text = in.text(what, " as text, kind:slug");
    if (text == null) {
      return null;
    }
    if (ids != null) {
      EntityId known = ids.get(text);
      if (known != null) {
        return known;
      }
    }
    try {
      EntityId id = EntityId.parse(text);
      if (ids != null) {
        ids.put(text, id);
      }
      return id;
    } catch (IllegalArgumentException e) {
      in.error(ProblemCode.INVALID_VALUE, shortenMessage(e.getMessage()));
      return null;
    }
  }

  /**
   * Reads a vocabulary code.
   *
   * @param type the vocabulary
   * @param what its name for messages, e.g. "instrument"
   * @param <E> the vocabulary type
   * @return the member, or null
   */
  public <E extends Enum<E> & Coded> @Nullable E readCode(Class<E> type, String what) {
    String text = in.text("a ", what, " code as text");
    if (text == null) {
      return null;
    }
    Optional<E> value = Coded.fromCode(type, text);
    if (value.isEmpty()) {
      in.error(
          ProblemCode.UNKNOWN_CODE,
          "unknown " + what + " \"" + Cursor.shorten(text) + "\": expected one of " + Coded.codesOf(type));
      return null;
    }
    return value.get();
  }

  /**
   * Reads a plain decimal given as text (or, in YAML, as a number).
   *
   * @param what what is expected
   * @return the decimal, or null
   */
  public @Nullable BigDecimal readDecimal(String what) {
    String text = in.text(what, " as a decimal in a string, e.g. \"12.5\"");
    if (text == null) {
      return null;
    }
    if (text.length() > in.maxNumberLength()) {
      in.error(
          ProblemCode.LIMIT_EXCEEDED,
          "a decimal of " + text.length() + " characters is longer than the limit of "
              + in.maxNumberLength() + " (ReadOptions.maxNumberLength)");
      return null;
    }
    if (!isPlainDecimal(text)) {
      in.error(
          ProblemCode.INVALID_VALUE,
          "invalid decimal \"" + Cursor.shorten(text) + "\": expected a plain decimal number such as"
              + " 1500000 or -12.75 (no exponent, no grouping)");
      return null;
    }
    return new BigDecimal(text);
  }

  static boolean isPlainDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      int fraction = 0;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
        fraction++;
      }
      if (fraction == 0) {
        return false;
      }
    }
    return digits > 0 && i == n;
  }

  private @Nullable List<Citation> readCitations() {
    return readList("citations", this::readCitation);
  }

  private @Nullable List<EntityId> readIds(String what) {
    return readList(what, () -> readId("an entity id"));
  }

  private @Nullable List<String> readStrings(String what) {
    return readList(what, () -> in.text("text"));
  }

  private @Nullable Map<String, String> readStringMap(String what) {
    if (!in.expectObject(what + " (an object of text values)")) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    boolean ok = true;
    String key;
    while ((key = in.nextField()) != null) {
      in.toValue();
      String value = in.text("text");
      if (value == null) {
        ok = false;
      } else {
        map.put(key, value);
      }
    }
    return ok ? map : null;
  }

  /**
   * Reads a list, each element with {@code element}.
   *
   * @param what what the list holds
   * @param element reads one element, or returns null after reporting
   * @param <T> the element type
   * @return the elements, or null if any could not be read
   */
  public <T> @Nullable List<T> readList(String what, java.util.function.Supplier<@Nullable T> element) {
    if (!in.expectArray(what)) {
      return null;
    }
    List<T> list = new ArrayList<>();
    boolean ok = true;
    while (in.next() != JsonToken.END_ARRAY) {
      if (in.token() == null) {
        return null;
      }
      T value = element.get();
      if (value == null) {
        ok = false;
      } else {
        list.add(value);
      }
    }
    return ok ? list : null;
  }

  private <T> @Nullable T buildAt(java.util.function.Supplier<T> build, TokenStreamLocation at) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      in.error(ProblemCode.INVALID_VALUE, e.getMessage(), in.here(at));
      return null;
    }
  }

  private static <T> boolean set(@Nullable T value, java.util.function.Consumer<? super T> setter) {
    if (value == null) {
      return false;
    }
    setter.accept(value);
    return true;
  }

  private static String shortenMessage(@Nullable String message) {
    if (message == null) {
      return "invalid value";
    }
    return message.length() <= 300 ? message : message.substring(0, 297) + "...";
  }
}
