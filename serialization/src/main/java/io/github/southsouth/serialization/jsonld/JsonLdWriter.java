package io.github.southsouth.serialization.jsonld;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LoanTerms;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.Theme;
import io.github.southsouth.serialization.internal.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a {@link CooperationGraph} as JSON-LD 1.1: linked data that joins with Wikidata and reads
 * in any RDF tool. The output is streamed (one entity at a time, no tree in memory) and
 * deterministic: the same graph and options always give the same bytes.
 *
 * <pre>{@code
 * JsonLdWriter writer = JsonLdWriter.defaults().withBase("https://example.org/id/");
 * writer.write(graph, Path.of("southsouth.jsonld"));
 * }</pre>
 *
 * <p><b>Mapping.</b> Each entity is a node whose IRI is the {@linkplain #withBase base} followed
 * by {@code kind/slug}, e.g. {@code https://southsouth.github.io/id/principle/mutual-benefit}.
 *
 * <table>
 *   <caption>How the model maps to RDF</caption>
 *   <tr><th>model</th><th>RDF</th></tr>
 *   <tr><td>principle, goal, theme, concept</td><td>{@code skos:Concept} and {@code
 *       southsouth:Principle} (...) in a {@code skos:ConceptScheme} per kind; name as {@code
 *       skos:prefLabel}, summary as {@code skos:definition}, one per language</td></tr>
 *   <tr><td>initiative</td><td>{@code schema:Project}; name {@code schema:name}, summary {@code
 *       schema:description}, period {@code schema:startDate}/{@code endDate}, financing amounts
 *       as {@code schema:MonetaryAmount}</td></tr>
 *   <tr><td>actor</td><td>{@code schema:Country}, {@code schema:AdministrativeArea} (regions),
 *       {@code schema:Organization} (groups, organisations, forums) or {@code
 *       southsouth:Community}; always {@code prov:Agent}</td></tr>
 *   <tr><td>event</td><td>{@code schema:Event} with typed start and end dates and {@code
 *       schema:location}</td></tr>
 *   <tr><td>perspective</td><td>{@code schema:Claim}: the claim as {@code schema:text}, the holder
 *       as {@code prov:wasAttributedTo}, subjects as {@code schema:about}</td></tr>
 *   <tr><td>source</td><td>{@code schema:CreativeWork} or a subtype by source kind</td></tr>
 *   <tr><td>citations</td><td>{@code prov:wasDerivedFrom} the cited source; a {@code
 *       southsouth:citation} node too when the citation has a locator or quotation</td></tr>
 *   <tr><td>external ids</td><td>{@code dcterms:identifier "scheme:id"}; {@code owl:sameAs} the
 *       Wikidata entity for a {@code wikidata} id of the form {@code Q123}</td></tr>
 *   <tr><td>relations</td><td>a triple with a {@code southsouth:} property named after the type
 *       ({@code part-of} is {@code southsouth:partOf}); a relation with a period, share, note or
 *       citations is also described by an {@code rdf:Statement} node</td></tr>
 *   <tr><td>dates</td><td>{@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear} by
 *       precision</td></tr>
 * </table>
 *
 * <p>Unless told to {@linkplain #withEmbeddedContext(boolean) reference} the published context by its
 * IRI, the writer embeds it, so that the output reads offline. The published context and the
 * vocabulary that defines the {@code southsouth:} terms ship in this jar: see {@link #context()}
 * and {@link #vocabulary()}.
 *
 * <p>Immutable and thread-safe; one writer can write many graphs at once. The {@code with...}
 * methods return a new writer, as {@link #defaults()} is shared. Writing is O(n + r) for
 * n entities and r relations.
 *
 * @since 0.1.0
 */
public final class JsonLdWriter {

  /** The namespace of the {@code southsouth:} vocabulary. */
  public static final String NAMESPACE = "https://southsouth.github.io/ns#";

  /** The IRI at which the {@code @context} is published; the same text as {@link #context()}. */
  public static final String CONTEXT_IRI = "https://southsouth.github.io/ns/context.jsonld";

  /** Licence IRIs of the SPDX identifiers datasets commonly use, as their stewards publish them. */
  private static final ImmutableMap<String, String> LICENSE_IRIS =
      ImmutableMap.of(
          "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
          "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/",
          "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/",
          "PDDL-1.0", "https://opendatacommons.org/licenses/pddl/1-0/",
          "ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/");

  private static final Pattern SPDX_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");

  /**
   * Returns the IRI that {@code dcterms:license} gets for a dataset licence: the licence's own IRI
   * for the common Creative Commons and Open Data Commons identifiers ({@code CC-BY-4.0} gives
   * {@code https://creativecommons.org/licenses/by/4.0/}), the SPDX IRI for another SPDX identifier,
   * the licence itself if it is an http(s) IRI. A licence in free text has no IRI; the export then
   * states it as {@code dcterms:rights}. O(length of the licence).
   *
   * @param license the licence, as {@link DatasetInfo#license()} holds it
   * @return the IRI, or empty for free text
   */
  public static Optional<String> licenseIri(String license) {
    String trimmed = license.strip();
    if (LICENSE_IRIS.containsKey(trimmed)) {
      return Optional.of(LICENSE_IRIS.get(trimmed));
    }
    if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
      return trimmed.chars().anyMatch(c -> c <= ' ') ? Optional.empty() : Optional.of(trimmed);
    }
    return SPDX_ID.matcher(trimmed).matches()
        ? Optional.of("http://spdx.org/licenses/" + trimmed)
        : Optional.empty();
  }

  /** The IRI at which the vocabulary is published; the same text as {@link #vocabulary()}. */
  public static final String VOCABULARY_IRI = "https://southsouth.github.io/ns/vocabulary.jsonld";

  /** The base of entity IRIs unless {@linkplain #withBase(String) set} otherwise. */
  public static final String DEFAULT_BASE = "https://southsouth.github.io/id/";

  private static final String CONTEXT_RESOURCE = "context.jsonld";
  private static final String VOCABULARY_RESOURCE = "vocabulary.jsonld";
  private static final String WIKIDATA = "http://www.wikidata.org/entity/";
  private static final Pattern WIKIDATA_ITEM = Pattern.compile("Q[1-9][0-9]{0,11}");

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final ImmutableMap<Kind, String> SCHEME_NAMES =
      ImmutableMap.of(
          Kind.PRINCIPLE, "principles",
          Kind.GOAL, "goals",
          Kind.THEME, "themes",
          Kind.CONCEPT, "concepts");

  private static final ImmutableMap<Kind, LocalizedText> SCHEME_LABELS =
      ImmutableMap.of(
          Kind.PRINCIPLE,
          LocalizedText.of(Map.of("en", "Principles of South-South Cooperation", "zh-Hans", "南南合作原则")),
          Kind.GOAL,
          LocalizedText.of(Map.of("en", "Goals of South-South Cooperation", "zh-Hans", "南南合作目标")),
          Kind.THEME,
          LocalizedText.of(Map.of("en", "Areas of contribution", "zh-Hans", "合作领域")),
          Kind.CONCEPT,
          LocalizedText.of(Map.of("en", "Concepts of South-South Cooperation", "zh-Hans", "南南合作相关概念")));

  private final String base;
  private final boolean embedContext;
  private final boolean pretty;

  private static final JsonLdWriter DEFAULTS = new JsonLdWriter(DEFAULT_BASE, true, true);

  private JsonLdWriter(String base, boolean embedContext, boolean pretty) {
    this.base = base;
    this.embedContext = embedContext;
    this.pretty = pretty;
  }

  /**
   * Returns the writer with the defaults: entity IRIs under {@link #DEFAULT_BASE}, the context
   * embedded, output indented. The {@code with...} methods return writers with other settings.
   *
   * @return the writer, immutable and shared
   */
  public static JsonLdWriter defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a writer like this one with another base of entity IRIs: an entity's IRI is the base
   * followed by {@code kind/slug}.
   *
   * @param base an absolute IRI ending in {@code /} or {@code #}, e.g. {@code
   *     https://example.org/id/}
   * @return the writer
   * @throws IllegalArgumentException if the base is not an absolute IRI ending in {@code /} or
   *     {@code #}, or has a query
   */
  public JsonLdWriter withBase(String base) {
    checkNotNull(base, "base");
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid base IRI \"" + base + "\": " + e.getReason(), e);
    }
    if (!uri.isAbsolute() || uri.getRawQuery() != null || !(base.endsWith("/") || base.endsWith("#"))) {
      throw new IllegalArgumentException(
          "invalid base IRI \"" + base + "\": expected an absolute IRI without a query, ending in / or #,"
              + " e.g. https://example.org/id/");
    }
    return new JsonLdWriter(base, embedContext, pretty);
  }

  /**
   * Returns a writer like this one that embeds the context (true, the default), so that the output
   * reads offline, or refers to the published context by its IRI, {@link #CONTEXT_IRI} (false):
   * smaller output, but a consumer then needs the context from the web or from {@link #context()}.
   *
   * @param embed true to embed the context, false to refer to it
   * @return the writer
   */
  public JsonLdWriter withEmbeddedContext(boolean embed) {
    return new JsonLdWriter(base, embed, pretty);
  }

  /**
   * Returns a writer like this one whose output is indented, with {@code \n} line ends (true, the
   * default), or compact (false).
   *
   * @param pretty true to indent
   * @return the writer
   */
  public JsonLdWriter withPretty(boolean pretty) {
    return new JsonLdWriter(base, embedContext, pretty);
  }

  /**
   * Returns the base of entity IRIs.
   *
   * @return an absolute IRI ending in {@code /} or {@code #}
   */
  public String base() {
    return base;
  }

  /**
   * Tells whether the context is embedded in the output, rather than referred to by its IRI.
   *
   * @return true if embedded
   */
  public boolean embedsContext() {
    return embedContext;
  }

  /**
   * Tells whether the output is indented.
   *
   * @return true if indented
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Returns the IRI of an entity: the base, the kind code, a slash and the slug.
   *
   * @param id the entity's id
   * @return the IRI, e.g. {@code https://southsouth.github.io/id/actor/ken}
   */
  public String iri(EntityId id) {
    checkNotNull(id, "id");
    return base + id.kind().code() + '/' + id.slug();
  }

  /**
   * Returns the IRI of the property that stands for a relation type: the namespace followed by the
   * type's code in camel case, e.g. {@code https://southsouth.github.io/ns#partOf}.
   *
   * @param type the relation type
   * @return the property IRI
   */
  public static String propertyIri(RelationType type) {
    checkNotNull(type, "type");
    return NAMESPACE + term(type);
  }

  /**
   * Returns the published {@code @context} document, as shipped in this jar.
   *
   * @return the JSON text of the context, UTF-8 decoded
   */
  public static String context() {
    return new String(Resources.CONTEXT, StandardCharsets.UTF_8);
  }

  /**
   * Returns the vocabulary that defines the {@code southsouth:} classes and properties (labels,
   * comments, domains and ranges), as a JSON-LD document shipped in this jar.
   *
   * @return the JSON-LD text of the vocabulary
   */
  public static String vocabulary() {
    return new String(Resources.VOCABULARY, StandardCharsets.UTF_8);
  }

  /**
   * Writes a graph to a file, atomically: the file is replaced in one step once complete, or left
   * as it was if writing fails.
   *
   * @param graph the graph
   * @param file the file to write or replace
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(CooperationGraph graph, Path file) {
    checkNotNull(graph, "graph");
    checkNotNull(file, "file");
    try {
      AtomicFiles.write(file, out -> write(graph, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a graph to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param graph the graph
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(CooperationGraph graph, OutputStream out) {
    checkNotNull(graph, "graph");
    checkNotNull(out, "out");
    try {
      try (JsonGenerator json = FACTORY.createGenerator(writeContext(), out, JsonEncoding.UTF8)) {
        new Emitter(json, graph).document();
      } catch (JacksonIOException e) {
        throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a graph as JSON-LD text.
   *
   * @param graph the graph
   * @return the JSON-LD document
   */
  public String writeToString(CooperationGraph graph) {
    checkNotNull(graph, "graph");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(graph, out); // a ByteArrayOutputStream does not fail
    return out.toString(StandardCharsets.UTF_8);
  }

  private ObjectWriteContext writeContext() {
    if (!pretty) {
      return ObjectWriteContext.empty();
    }
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  static String term(RelationType type) {
    String code = type.code();
    StringBuilder term = new StringBuilder(code.length());
    boolean upper = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        term.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return term.toString();
  }

  /** Writes one document; one per call, not shared. */
  private final class Emitter {
    private final JsonGenerator json;
    private final CooperationGraph graph;

    Emitter(JsonGenerator json, CooperationGraph graph) {
      this.json = json;
      this.graph = graph;
    }

    void document() {
      json.writeStartObject();
      json.writeName("@context");
      if (embedContext) {
        copyEmbeddedContext();
      } else {
        json.writeString(CONTEXT_IRI);
      }
      json.writeName("@graph");
      json.writeStartArray();
      dataset(graph.info());
      for (Map.Entry<Kind, String> scheme : SCHEME_NAMES.entrySet()) {
        if (!graph.ofKind(scheme.getKey()).isEmpty()) {
          conceptScheme(scheme.getKey());
        }
      }
      for (Entity entity : graph.entities()) {
        entity(entity);
      }
      for (Relation relation : graph.relations()) {
        if (isQualified(relation)) {
          statement(relation);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void copyEmbeddedContext() {
      try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), Resources.CONTEXT)) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (name.equals("@context")) {
            json.copyCurrentStructure(parser);
            return;
          }
          parser.skipChildren();
        }
      }
      throw new IllegalStateException("the bundled " + CONTEXT_RESOURCE + " has no @context");
    }

    private void dataset(DatasetInfo info) {
      json.writeStartObject();
      json.writeStringProperty("id", base + "dataset");
      types("dcat:Dataset", "schema:Dataset");
      languageMap("title", info.title());
      languageMap("description", info.description());
      info.version().ifPresent(v -> json.writeStringProperty("version", v));
      info.license().ifPresent(l -> {
        Optional<String> iri = licenseIri(l);
        json.writeStringProperty(iri.isPresent() ? "license" : "rights", iri.orElse(l));
      });
      ids("source", info.sources());
      json.writeEndObject();
    }

    private void conceptScheme(Kind kind) {
      json.writeStartObject();
      json.writeStringProperty("id", schemeIri(kind));
      types("skos:ConceptScheme");
      languageMap("prefLabel", SCHEME_LABELS.get(kind));
      json.writeEndObject();
    }

    private String schemeIri(Kind kind) {
      return base + "scheme/" + SCHEME_NAMES.get(kind);
    }

    private void entity(Entity entity) {
      json.writeStartObject();
      json.writeStringProperty("id", iri(entity.id()));
      types(types(entity).toArray(new String[0]));
      boolean skos = SCHEME_NAMES.containsKey(entity.kind());
      if (skos) {
        json.writeStringProperty("inScheme", schemeIri(entity.kind()));
        languageMap("prefLabel", entity.name());
        languageMap("definition", entity.summary());
      } else {
        languageMap("name", entity.name());
        languageMap("description", entity.summary());
      }
      kindSpecific(entity);
      externalIds(entity.externalIds());
      citations(entity.citations());
      attributes(entity.attributes());
      relations(entity.id());
      json.writeEndObject();
    }

    private List<String> types(Entity entity) {
      List<String> types = new ArrayList<>(3);
      switch (entity.kind()) {
        case PRINCIPLE:
          return List.of("skos:Concept", "southsouth:Principle");
        case GOAL:
          return List.of("skos:Concept", "southsouth:Goal");
        case THEME:
          return List.of("skos:Concept", "southsouth:Theme");
        case CONCEPT:
          return List.of("skos:Concept", "southsouth:Concept");
        case INITIATIVE:
          return List.of("schema:Project", "southsouth:Initiative");
        case EVENT:
          return List.of("schema:Event", "southsouth:Event");
        case PERSPECTIVE:
          return List.of("schema:Claim", "southsouth:Perspective");
        case SOURCE:
          types.add(sourceType((Source) entity));
          types.add("southsouth:Source");
          return types;
        case ACTOR:
        default:
          Actor actor = (Actor) entity;
          switch (actor.actorType()) {
            case COUNTRY:
              types.add("schema:Country");
              break;
            case REGION:
              types.add("schema:AdministrativeArea");
              break;
            case COMMUNITY:
              types.add("southsouth:Community");
              break;
            default:
              types.add("schema:Organization");
          }
          types.add("prov:Agent");
          types.add("southsouth:Actor");
          return types;
      }
    }

    private String sourceType(Source source) {
      switch (source.sourceKind()) {
        case REPORT:
        case OFFICIAL_DOCUMENT:
          return "schema:Report";
        case DATASET:
          return "schema:Dataset";
        case ARTICLE:
          return "schema:ScholarlyArticle";
        case BOOK:
          return "schema:Book";
        case WEBSITE:
          return "schema:WebSite";
        case NEWS:
          return "schema:NewsArticle";
        default:
          return "schema:CreativeWork";
      }
    }

    private void kindSpecific(Entity entity) {
      if (entity instanceof Theme) {
        strings("dacSector", ((Theme) entity).dacSectors());
      } else if (entity instanceof Initiative) {
        initiative((Initiative) entity);
      } else if (entity instanceof Actor) {
        Actor actor = (Actor) entity;
        json.writeStringProperty("actorType", actor.actorType().code());
        actor.iso2().ifPresent(c -> json.writeStringProperty("iso2", c));
        actor.iso3().ifPresent(c -> json.writeStringProperty("iso3", c));
        actor.m49().ifPresent(c -> json.writeStringProperty("m49", c));
      } else if (entity instanceof Event) {
        Event event = (Event) entity;
        event.period().ifPresent(this::period);
        event.place().ifPresent(p -> json.writeStringProperty("location", iri(p)));
      } else if (entity instanceof Perspective) {
        Perspective perspective = (Perspective) entity;
        json.writeStringProperty("stance", perspective.stance().code());
        languageMap("text", perspective.claim());
        json.writeStringProperty("wasAttributedTo", iri(perspective.holder()));
        ids("about", perspective.about());
      } else if (entity instanceof Source) {
        Source source = (Source) entity;
        json.writeStringProperty("sourceKind", source.sourceKind().code());
        if (!source.authors().isEmpty()) {
          strings("author", source.authors());
        }
        source.publisher().ifPresent(p -> json.writeStringProperty("publisher", p));
        source.date().ifPresent(d -> date("issued", d));
        source.uri().ifPresent(u -> json.writeStringProperty("url", u));
      }
    }

    private void initiative(Initiative initiative) {
      json.writeStringProperty("initiativeKind", initiative.initiativeKind().code());
      initiative.status().ifPresent(s -> json.writeStringProperty("status", s.code()));
      initiative.period().ifPresent(this::period);
      List<String> instruments = new ArrayList<>();
      for (Instrument instrument : initiative.instruments()) {
        instruments.add(instrument.code());
      }
      strings("instrument", instruments);
      json.writeStringProperty("conditionality", initiative.conditionality().state().code());
      if (!initiative.conditionality().conditions().isEmpty()) {
        json.writeName("condition");
        json.writeStartArray();
        for (Condition condition : initiative.conditionality().conditions()) {
          json.writeStartObject();
          types("southsouth:Condition");
          json.writeStringProperty("conditionType", condition.type().code());
          languageMap("description", condition.description());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (!initiative.financing().isEmpty()) {
        json.writeName("financing");
        json.writeStartArray();
        for (Financing financing : initiative.financing()) {
          financing(financing);
        }
        json.writeEndArray();
      }
      if (!initiative.sectors().isEmpty()) {
        json.writeName("sector");
        json.writeStartArray();
        for (Sector sector : initiative.sectors()) {
          json.writeStartObject();
          types("southsouth:Sector");
          json.writeStringProperty("notation", sector.code());
          json.writeStringProperty("sectorVocabulary", sector.vocabulary().code());
          sector.share().ifPresent(s -> decimal("share", s));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
    }

    private void financing(Financing financing) {
      json.writeStartObject();
      types("southsouth:Financing");
      json.writeStringProperty("instrument", financing.instrument().code());
      json.writeStringProperty("stage", financing.stage().code());
      json.writeName("amount");
      json.writeStartArray();
      for (Money money : financing.amounts()) {
        json.writeStartObject();
        types("schema:MonetaryAmount");
        decimal("value", money.amount());
        json.writeStringProperty("currency", money.currency());
        json.writeStringProperty("basis", money.basis().code());
        json.writeEndObject();
      }
      json.writeEndArray();
      financing.financier().ifPresent(f -> json.writeStringProperty("funder", iri(f)));
      financing.date().ifPresent(d -> date("date", d));
      financing.period().ifPresent(this::period);
      financing.budgetKind().ifPresent(k -> json.writeStringProperty("budgetKind", k.code()));
      if (financing.terms().isPresent()) {
        LoanTerms terms = financing.terms().get();
        terms.interestRate().ifPresent(v -> decimal("interestRate", v));
        terms.maturityYears().ifPresent(v -> decimal("maturityYears", v));
        terms.gracePeriodYears().ifPresent(v -> decimal("gracePeriodYears", v));
        terms.grantElement().ifPresent(v -> decimal("grantElement", v));
      }
      attributes(financing.attributes());
      json.writeEndObject();
    }

    private void externalIds(ImmutableMap<String, String> externalIds) {
      if (externalIds.isEmpty()) {
        return;
      }
      String wikidata = externalIds.get("wikidata");
      if (wikidata != null && WIKIDATA_ITEM.matcher(wikidata).matches()) {
        json.writeStringProperty("sameAs", WIKIDATA + wikidata);
      }
      List<String> identifiers = new ArrayList<>(externalIds.size());
      externalIds.forEach((scheme, value) -> identifiers.add(scheme + ':' + value));
      strings("identifier", identifiers);
    }

    private void citations(List<Citation> citations) {
      if (citations.isEmpty()) {
        return;
      }
      Set<EntityId> sources = new LinkedHashSet<>();
      boolean detailed = false;
      for (Citation citation : citations) {
        sources.add(citation.source());
        detailed |= citation.locator().isPresent() || citation.quote().isPresent();
      }
      ids("wasDerivedFrom", sources);
      if (!detailed) {
        return;
      }
      json.writeName("citation");
      json.writeStartArray();
      for (Citation citation : citations) {
        if (citation.locator().isEmpty() && citation.quote().isEmpty()) {
          continue;
        }
        json.writeStartObject();
        types("southsouth:Citation");
        json.writeStringProperty("citedSource", iri(citation.source()));
        citation.locator().ifPresent(l -> json.writeStringProperty("locator", l));
        citation.quote().ifPresent(q -> json.writeStringProperty("quote", q));
        json.writeEndObject();
      }
      json.writeEndArray();
    }

    private void attributes(ImmutableMap<String, String> attributes) {
      if (attributes.isEmpty()) {
        return;
      }
      json.writeName("attribute");
      json.writeStartArray();
      attributes.forEach(
          (key, value) -> {
            json.writeStartObject();
            types("southsouth:Attribute");
            json.writeStringProperty("key", key);
            json.writeStringProperty("attributeValue", value);
            json.writeEndObject();
          });
      json.writeEndArray();
    }

    private void relations(EntityId id) {
      ImmutableList<Relation> outgoing = graph.outgoing(id);
      Map<RelationType, Set<EntityId>> targets = new EnumMap<>(RelationType.class);
      for (Relation relation : outgoing) {
        targets.computeIfAbsent(relation.type(), t -> new LinkedHashSet<>()).add(relation.to());
      }
      targets.forEach((type, ids) -> ids(term(type), ids));
    }

    private boolean isQualified(Relation relation) {
      return relation.period().isPresent()
          || relation.share().isPresent()
          || relation.note().isPresent()
          || !relation.citations().isEmpty();
    }

    private void statement(Relation relation) {
      json.writeStartObject();
      types("rdf:Statement");
      json.writeStringProperty("subject", iri(relation.from()));
      json.writeStringProperty("predicate", "southsouth:" + term(relation.type()));
      json.writeStringProperty("object", iri(relation.to()));
      relation.period().ifPresent(this::period);
      relation.share().ifPresent(s -> decimal("share", s));
      relation.note().ifPresent(n -> json.writeStringProperty("comment", n));
      citations(relation.citations());
      json.writeEndObject();
    }

    private void period(Period period) {
      period.start().ifPresent(d -> date("startDate", d));
      period.end().ifPresent(d -> date("endDate", d));
    }

    private void date(String name, PartialDate date) {
      json.writeName(name);
      json.writeStartObject();
      json.writeStringProperty("@value", date.toString());
      json.writeStringProperty(
          "@type",
          date.day().isPresent() ? "xsd:date" : date.month().isPresent() ? "xsd:gYearMonth" : "xsd:gYear");
      json.writeEndObject();
    }

    private void decimal(String name, BigDecimal value) {
      // The context types these terms as xsd:decimal; a string keeps the exact digits.
      json.writeStringProperty(name, value.toPlainString());
    }

    private void types(String... types) {
      json.writeName("type");
      if (types.length == 1) {
        json.writeString(types[0]);
        return;
      }
      json.writeStartArray();
      for (String type : types) {
        json.writeString(type);
      }
      json.writeEndArray();
    }

    private void languageMap(String name, LocalizedText text) {
      if (text.isEmpty()) {
        return;
      }
      json.writeName(name);
      json.writeStartObject();
      text.texts().forEach(json::writeStringProperty);
      json.writeEndObject();
    }

    private void ids(String name, Iterable<EntityId> ids) {
      List<String> iris = new ArrayList<>();
      for (EntityId id : ids) {
        iris.add(iri(id));
      }
      strings(name, iris);
    }

    private void strings(String name, List<String> values) {
      if (values.isEmpty()) {
        return;
      }
      json.writeName(name);
      if (values.size() == 1 && !name.equals("author")) {
        json.writeString(values.get(0));
        return;
      }
      json.writeStartArray();
      for (String value : values) {
        json.writeString(value);
      }
      json.writeEndArray();
    }
  }

  /** The bundled documents, read once. */
  private static final class Resources {
    static final byte[] CONTEXT = read(CONTEXT_RESOURCE);
    static final byte[] VOCABULARY = read(VOCABULARY_RESOURCE);

    private static byte[] read(String name) {
      try (InputStream in = JsonLdWriter.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the resource " + name + " is missing from the southsouth-serialization jar");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public String toString() {
    return "JsonLdWriter{base=" + base + (embedContext ? ", embedded context" : ", context " + CONTEXT_IRI) + "}";
  }
}
