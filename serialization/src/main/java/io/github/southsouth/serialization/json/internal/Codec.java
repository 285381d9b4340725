package io.github.southsouth.serialization.json.internal;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Ordering;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.problem.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
 * <p>This class holds the reading state of one cursor and the values every part of the format
 * uses: ids, vocabulary codes, decimals, dates, periods, texts by language, citations, lists and
 * maps. Each part has a class of its own, reached from here when reading: {@link EntityCodec}
 * (entities, every kind), {@link FinancingCodec} (the objects an initiative holds), {@link
 * RelationCodec} and {@link DatasetInfoCodec}. An object with known keys is read by {@code
 * readObject}, given its fields as an enum ({@code Keys}) and what to do with each.
 *
 * <p>Reading methods expect the cursor on the value's first token and leave it on its last.
 * Not thread-safe when reading (one per cursor); the write methods are stateless.
 */
public final class Codec {

  private final Cursor in;
  /** Ids read so far by their text, to share one instance per id; null if not shared. */
  private final @Nullable Map<String, EntityId> ids;
  private final FinancingCodec financing;
  private final EntityCodec entities;
  private final RelationCodec relations;
  private final DatasetInfoCodec datasetInfo;

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
    this.financing = new FinancingCodec(this);
    this.entities = new EntityCodec(this, financing);
    this.relations = new RelationCodec(this);
    this.datasetInfo = new DatasetInfoCodec(this);
  }

  /** Returns the cursor. */
  public Cursor cursor() {
    return in;
  }

  /** Returns the reader of entities on this codec's cursor. */
  public EntityCodec entities() {
    return entities;
  }

  /** Returns the reader of financing and the other objects an initiative holds on this codec's cursor. */
  public FinancingCodec financing() {
    return financing;
  }

  /** Returns the reader of relations on this codec's cursor. */
  public RelationCodec relations() {
    return relations;
  }

  /** Returns the reader of dataset metadata on this codec's cursor. */
  public DatasetInfoCodec datasetInfo() {
    return datasetInfo;
  }

  /**
   * Writes a citation.
   *
   * @param g the generator
   * @param c the citation
   */
  public static void writeCitation(JsonGenerator g, Citation c) {
    g.writeStartObject();
    writeId(g, "source", c.source());
    writeOptional(g, "locator", c.locator(), JsonGenerator::writeString);
    writeOptional(g, "quote", c.quote(), JsonGenerator::writeString);
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
    writeOptional(g, "start", p.start(), Codec::writeDate);
    writeOptional(g, "end", p.end(), Codec::writeDate);
    g.writeEndObject();
  }

  /**
   * Writes a localized text as an object of tag to text, sorted by tag.
   *
   * @param g the generator
   * @param text the text
   */
  public static void writeLocalized(JsonGenerator g, LocalizedText text) {
    writeObject(g, text.texts());
  }

  /** Writes a map of text as an object, in the map's order. */
  private static void writeObject(JsonGenerator g, Map<String, String> map) {
    g.writeStartObject();
    map.forEach((key, value) -> { // no entry set or iterator, unlike a for loop
      g.writeName(key);
      g.writeString(value);
    });
    g.writeEndObject();
  }

  static void writeText(JsonGenerator g, String name, LocalizedText text) {
    if (!text.isEmpty()) {
      g.writeName(name);
      writeLocalized(g, text);
    }
  }

  /** Writes a named list of values, each with {@code element}, unless there are none. */
  static <T> void writeArray(JsonGenerator g, String name, Collection<T> values, BiConsumer<JsonGenerator, T> element) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (T value : values) {
        element.accept(g, value);
      }
      g.writeEndArray();
    }
  }

  static void writeMap(JsonGenerator g, String name, Map<String, String> map) {
    if (!map.isEmpty()) {
      g.writeName(name);
      writeObject(g, map.size() == 1 || isSortedNaturally(map) ? map : new TreeMap<>(map));
    }
  }

  /** Tells whether a map already iterates in natural key order, as attributes do. */
  static boolean isSortedNaturally(Map<String, String> map) {
    return map instanceof ImmutableSortedMap
        && Ordering.natural().equals(((ImmutableSortedMap<String, String>) map).comparator());
  }

  /** Writes a named value with {@code writer}, if present. */
  static <T> void writeOptional(JsonGenerator g, String name, Optional<T> value, BiConsumer<JsonGenerator, T> writer) {
    if (value.isPresent()) {
      g.writeName(name);
      writer.accept(g, value.get());
    }
  }

  static void writeId(JsonGenerator g, String name, EntityId id) {
    g.writeName(name);
    writeId(g, id);
  }

  static void writeId(JsonGenerator g, EntityId id) {
    g.writeString(id.toString());
  }

  /**
   * Writes a partial date in its ISO 8601 form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param g the generator
   * @param date the date
   */
  public static void writeDate(JsonGenerator g, PartialDate date) {
    g.writeString(date.toString());
  }

  static void writeDecimal(JsonGenerator g, BigDecimal value) {
    g.writeString(value.toPlainString());
  }

  static void writeCode(JsonGenerator g, String name, Coded value) {
    g.writeName(name);
    writeCode(g, value);
  }

  static void writeCode(JsonGenerator g, Coded value) {
    g.writeString(value.code());
  }

  /**
   * Reads true or false.
   *
   * @param what what is expected, for a message
   * @return the value, or null after reporting a wrong type
   */
  public @Nullable Boolean readBoolean(String what) {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    in.wrongType(what);
    return null;
  }

  /** The fields of a citation. */
  private enum CitationField { SOURCE, LOCATOR, QUOTE }

  private static final Keys<CitationField> CITATION =
      new Keys<>(CitationField.class, "a citation", false, "source: source:<slug>", CitationField.SOURCE);

  /**
   * Reads a citation.
   *
   * @return the citation, or null
   */
  public @Nullable Citation readCitation() {
    Citation.Builder b = Citation.builder();
    return readObject(CITATION, b::build, field -> switch (field) {
      case SOURCE -> set(readId("a source id"), b::source);
      case LOCATOR -> set(in.text("a locator as text"), b::locator);
      case QUOTE -> set(in.text("a quotation as text"), b::quote);
    });
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
    @Nullable PartialDate start = null;
    @Nullable PartialDate end = null;
    boolean ok = true;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "start" -> {
          in.toValue();
          ok &= (start = readDate()) != null;
        }
        case "end" -> {
          in.toValue();
          ok &= (end = readDate()) != null;
        }
        default -> in.unknownField(field, "a period", "start, end");
      }
    }
    return ok ? Period.between(Optional.ofNullable(start), Optional.ofNullable(end)) : null;
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
    EntityId id = parse(text, EntityId::parse);
    if (ids != null && id != null) {
      ids.put(text, id);
    }
    return id;
  }

  /**
   * Parses text read at the current token, reporting a value it rejects.
   *
   * @param text the text, or null if it could not be read
   * @param parser parses it, throwing {@link IllegalArgumentException} with a message if invalid
   * @param <T> the value
   * @return the value, or null
   */
  <T> @Nullable T parse(@Nullable String text, Function<String, T> parser) {
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
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
              + in.maxNumberLength() + " (ReadLimits.maxNumberLength)");
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

  @Nullable List<Citation> readCitations() {
    return readList("citations", this::readCitation);
  }

  @Nullable List<EntityId> readIds(String what) {
    return readList(what, () -> readId("an entity id"));
  }

  @Nullable List<String> readStrings(String what) {
    return readList(what, () -> in.text("text"));
  }

  @Nullable Map<String, String> readStringMap(String what) {
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
  public <T> @Nullable List<T> readList(String what, Supplier<@Nullable T> element) {
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

  /**
   * The fields an object of the native format may have, made once per kind of object from an enum
   * of its fields in the order messages list them ({@code BUDGET_KIND} is the field {@code
   * budgetKind}), with those it must have. Immutable.
   *
   * @param <K> the enum of fields
   */
  static final class Keys<K extends Enum<K>> {
    final String what;
    final ImmutableMap<String, K> byName;
    final String names;
    /** The fields the object must have, one bit per field's ordinal. */
    final long required;
    final boolean namesAllMissing;
    final String expected;

    /**
     * Makes the keys of a kind of object.
     *
     * @param fields the enum of its fields
     * @param what the object in messages, e.g. "a sector"
     * @param namesAllMissing whether a missing-field problem names every required field missing,
     *     or only the first
     * @param expected what a missing-field problem says is expected
     * @param required the fields it must have
     */
    @SafeVarargs
    Keys(Class<K> fields, String what, boolean namesAllMissing, String expected, K... required) {
      ImmutableMap.Builder<String, K> byName = ImmutableMap.builder();
      for (K field : fields.getEnumConstants()) {
        byName.put(CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, field.name()), field);
      }
      long mask = 0;
      for (K field : required) {
        mask |= 1L << field.ordinal();
      }
      this.what = what;
      this.byName = byName.buildOrThrow();
      this.names = String.join(", ", this.byName.keySet());
      this.required = mask;
      this.namesAllMissing = namesAllMissing;
      this.expected = expected;
    }

    /** Returns the required fields missing from those seen (bits by ordinal): the first or all. */
    String missing(long seen) {
      List<String> missing = new ArrayList<>();
      byName.forEach((name, field) -> {
        if ((required & ~seen & 1L << field.ordinal()) != 0) {
          missing.add(name);
        }
      });
      return namesAllMissing ? String.join(", ", missing) : missing.get(0);
    }
  }

  /**
   * Reads an object with known keys: reads each field's value with {@code fields}, reports unknown
   * fields (and skips them) and missing required ones, then builds the value with {@code build} if
   * everything could be read. One pass; a field given twice is read twice.
   *
   * @param keys the fields the object may have
   * @param build builds the value once every field is set
   * @param fields reads the value of a field, the cursor on it, and tells whether it could be read
   * @param <K> the enum of fields
   * @param <T> the value
   * @return the value, or null if it could not be read (problems reported)
   */
  <K extends Enum<K>, T> @Nullable T readObject(Keys<K> keys, Supplier<T> build, Predicate<K> fields) {
    if (!in.expectObject(keys.what)) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    boolean ok = true;
    long seen = 0;
    String name;
    while ((name = in.nextField()) != null) {
      K field = keys.byName.get(name);
      if (field == null) {
        in.unknownField(name, keys.what, keys.names);
      } else {
        in.toValue();
        seen |= 1L << field.ordinal();
        ok &= fields.test(field);
      }
    }
    if ((seen & keys.required) != keys.required) {
      in.error(
          ProblemCode.MISSING_FIELD,
          keys.what + " has no " + keys.missing(seen) + ": expected " + keys.expected,
          in.here(start));
      return null;
    }
    if (!ok) {
      return null;
    }
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      in.error(ProblemCode.INVALID_VALUE, e.getMessage(), in.here(start));
      return null;
    }
  }

  static <T> boolean set(@Nullable T value, Consumer<? super T> setter) {
    if (value == null) {
      return false;
    }
    setter.accept(value);
    return true;
  }

  static String shortenMessage(@Nullable String message) {
    if (message == null) {
      return "invalid value";
    }
    return message.length() <= 300 ? message : message.substring(0, 297) + "...";
  }
}
