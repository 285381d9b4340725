package io.github.southsouth.benchmarks;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.google.common.collect.ImmutableSet;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.CurrencyBasis;
import io.github.southsouth.graph.FinanceTable;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import io.github.southsouth.serialization.jsonld.JsonLdWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * southsouth beside the peer a data team would pick instead: Apache Jena's in-memory RDF model,
 * loaded from the JSON-LD and the N-Triples of the same graph, and asked the same three questions in
 * SPARQL.
 *
 * <ul>
 *   <li>Loading: native JSON into a validated {@link CooperationGraph} ({@link #loadNative}), against
 *       Jena parsing N-Triples ({@link #loadJenaNTriples}) and JSON-LD ({@link #loadJenaJsonLd}) of
 *       the same triples into a default model.
 *   <li>Queries: initiatives embodying a principle; initiatives in a region, through {@code part-of}
 *       and {@code member-of}; committed finance by goal × region. Each as an {@code
 *       InitiativeQuery} and as the equivalent SPARQL over the model loaded from N-Triples. The
 *       answers are checked equal at set-up, so the two sides do the same work.
 * </ul>
 *
 * <p>The graph is {@link PeerGraphs#graph}: the synthetic graph of the other benchmarks with a
 * geography of regions and subregions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JenaPeerBenchmark {

  static final EntityId PRINCIPLE = EntityId.of(Kind.PRINCIPLE, "p3");
  static final EntityId REGION = PeerGraphs.actor("r2");

  /** How many initiatives the graph has. */
  @Param({"20000", "100000"})
  public int initiatives;

  private static final JsonLdWriter WRITER = JsonLdWriter.defaults().withPretty(false);

  private byte[] nativeJson;
  private byte[] jsonld;
  private byte[] ntriples;
  private CooperationGraph graph;
  private Model model;
  private Query embodying;
  private Query inRegion;
  private Query financeByGoalAndRegion;

  /** Builds the graph, writes it in the three forms, loads both sides once and checks their answers. */
  @Setup
  public void setUp() {
    graph = PeerGraphs.graph(42, initiatives);
    Inputs inputs = Inputs.of(graph);
    nativeJson = inputs.nativeJson();
    jsonld = inputs.jsonld();
    ntriples = inputs.ntriples();
    Model fromJsonLd = parse(jsonld, Lang.JSONLD11);
    model = parse(ntriples, Lang.NTRIPLES);
    if (!model.isIsomorphicWith(fromJsonLd)) {
      throw new IllegalStateException("the N-Triples and the JSON-LD give different models");
    }
    embodying = QueryFactory.create(Sparql.embodying(WRITER.iri(PRINCIPLE)));
    inRegion = QueryFactory.create(Sparql.inRegion(WRITER.iri(REGION)));
    financeByGoalAndRegion = QueryFactory.create(Sparql.financeByGoalAndRegion());
    check();
    System.out.printf(Locale.ROOT,
        "%ngraph: %,d initiatives, %,d entities, %,d relations; native JSON %,d bytes, JSON-LD %,d bytes,"
            + " N-Triples %,d bytes (%,d triples)%n",
        initiatives, graph.entities().size(), graph.relations().size(), nativeJson.length, jsonld.length,
        ntriples.length, model.size());
  }

  /**
   * Reads native JSON into a validated graph.
   *
   * @return the graph
   * @throws ModelReadException never: the input is valid
   */
  @Benchmark
  public CooperationGraph loadNative() throws ModelReadException {
    return NativeFormat.reader().read(new ByteArrayInputStream(nativeJson), "peer.json", Syntax.JSON);
  }

  /**
   * Parses the N-Triples into a Jena model.
   *
   * @return the model
   */
  @Benchmark
  public Model loadJenaNTriples() {
    return parse(ntriples, Lang.NTRIPLES);
  }

  /**
   * Parses the JSON-LD (context embedded, nothing fetched) into a Jena model.
   *
   * @return the model
   */
  @Benchmark
  public Model loadJenaJsonLd() {
    return parse(jsonld, Lang.JSONLD11);
  }

  /**
   * Initiatives embodying a principle, typed.
   *
   * @return their ids
   */
  @Benchmark
  public ImmutableSet<EntityId> queryEmbodying() {
    return ImmutableSet.copyOf(graph.initiativeQuery().embodying(PRINCIPLE).ids());
  }

  /**
   * Initiatives embodying a principle, in SPARQL.
   *
   * @return their IRIs
   */
  @Benchmark
  public ImmutableSet<String> sparqlEmbodying() {
    return iris(embodying);
  }

  /**
   * Initiatives in a region, typed.
   *
   * @return their ids
   */
  @Benchmark
  public ImmutableSet<EntityId> queryInRegion() {
    return ImmutableSet.copyOf(graph.initiativeQuery().inRegion(REGION).ids());
  }

  /**
   * Initiatives in a region, in SPARQL with a property path.
   *
   * @return their IRIs
   */
  @Benchmark
  public ImmutableSet<String> sparqlInRegion() {
    return iris(inRegion);
  }

  /**
   * Committed finance by goal × region, typed.
   *
   * @return the sums by goal, region, currency and basis
   */
  @Benchmark
  public Map<String, BigDecimal> queryFinance() {
    FinanceTable<EntityId, EntityId> table =
        graph.initiativeQuery().financeBy(Grouping.byGoal(), Grouping.byRegion());
    Map<String, BigDecimal> sums = new TreeMap<>();
    table.sums().cellSet().forEach(cell -> {
      for (Map.Entry<CurrencyBasis, BigDecimal> sum : cell.getValue().entrySet()) {
        sums.put(key(WRITER.iri(cell.getRowKey()), WRITER.iri(cell.getColumnKey()), sum.getKey().currency(),
            sum.getKey().basis().code()), sum.getValue());
      }
    });
    return sums;
  }

  /**
   * Committed finance by goal × region, in SPARQL with GROUP BY and SUM.
   *
   * @return the sums by goal, region, currency and basis
   */
  @Benchmark
  public Map<String, BigDecimal> sparqlFinance() {
    Map<String, BigDecimal> sums = new TreeMap<>();
    try (QueryExecution execution = QueryExecution.model(model).query(financeByGoalAndRegion).build()) {
      ResultSet results = execution.execSelect();
      while (results.hasNext()) {
        QuerySolution row = results.next();
        sums.put(
            key(row.getResource("goal").getURI(), row.getResource("region").getURI(),
                row.getLiteral("currency").getString(), row.getLiteral("basis").getString()),
            new BigDecimal(row.getLiteral("sum").getLexicalForm()));
      }
    }
    return sums;
  }

  private void check() {
    ImmutableSet<String> typed = queryEmbodying().stream().map(WRITER::iri).collect(ImmutableSet.toImmutableSet());
    require("embodying " + PRINCIPLE, typed, sparqlEmbodying());
    typed = queryInRegion().stream().map(WRITER::iri).collect(ImmutableSet.toImmutableSet());
    require("in region " + REGION, typed, sparqlInRegion());
    Map<String, BigDecimal> ours = queryFinance();
    Map<String, BigDecimal> theirs = sparqlFinance();
    // Decimal sums compare by value: SPARQL may write 100.0 where BigDecimal has 100.
    boolean same = ours.size() == theirs.size()
        && ours.entrySet().stream().allMatch(e -> theirs.containsKey(e.getKey())
            && theirs.get(e.getKey()).compareTo(e.getValue()) == 0);
    if (!same || ours.isEmpty()) {
      throw new IllegalStateException("finance by goal x region differs: " + ours.size() + " cells typed, "
          + theirs.size() + " in SPARQL");
    }
  }

  private static void require(String what, ImmutableSet<String> typed, ImmutableSet<String> sparql) {
    if (!typed.equals(sparql) || typed.isEmpty()) {
      throw new IllegalStateException(what + ": " + typed.size() + " typed, " + sparql.size() + " in SPARQL");
    }
  }

  private ImmutableSet<String> iris(Query query) {
    ImmutableSet.Builder<String> iris = ImmutableSet.builder();
    try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
      ResultSet results = execution.execSelect();
      while (results.hasNext()) {
        iris.add(results.next().getResource("i").getURI());
      }
    }
    return iris.build();
  }

  private static String key(String goal, String region, String currency, String basis) {
    return goal + ' ' + region + ' ' + currency + ' ' + basis;
  }

  /** Parses RDF into a default in-memory model; JSON-LD may load no document (the context is embedded). */
  static Model parse(byte[] bytes, Lang lang) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser parser = RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).build();
    if (lang.equals(Lang.JSONLD11)) {
      DocumentLoader offline = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "the benchmark loads nothing: " + url);
      };
      Context context = Context.create().set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(offline));
      parser = RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).context(context).build();
    }
    parser.parse(model);
    return model;
  }

  /** The SPARQL side of each question, written against the published vocabulary. */
  static final class Sparql {
    private static final String PREFIXES =
        "PREFIX ss: <" + JsonLdWriter.NAMESPACE + ">\nPREFIX schema: <https://schema.org/>\n";

    private Sparql() {}

    static String embodying(String principle) {
      return PREFIXES + "SELECT ?i WHERE { ?i <" + JsonLdWriter.propertyIri(RelationType.EMBODIES) + "> <"
          + principle + "> }";
    }

    static String inRegion(String region) {
      return PREFIXES + "SELECT DISTINCT ?i WHERE { ?i <" + JsonLdWriter.propertyIri(RelationType.BENEFITS)
          + "> ?area . ?area (<" + JsonLdWriter.propertyIri(RelationType.PART_OF) + ">|<"
          + JsonLdWriter.propertyIri(RelationType.MEMBER_OF) + ">)* <" + region + "> }";
    }

    static String financeByGoalAndRegion() {
      return PREFIXES
          + "SELECT ?goal ?region ?currency ?basis (SUM(?value) AS ?sum) WHERE {\n"
          + "  { SELECT DISTINCT ?i ?region WHERE {\n"
          + "      ?i <" + JsonLdWriter.propertyIri(RelationType.BENEFITS) + "> ?area .\n"
          + "      ?area (<" + JsonLdWriter.propertyIri(RelationType.PART_OF) + ">|<"
          + JsonLdWriter.propertyIri(RelationType.MEMBER_OF) + ">)* ?region .\n"
          + "      ?region ss:actorType \"region\" } }\n"
          + "  ?i <" + JsonLdWriter.propertyIri(RelationType.ADVANCES) + "> ?goal .\n"
          + "  ?i ss:financing ?f . ?f ss:stage \"commitment\" ; schema:amount ?m .\n"
          + "  ?m schema:value ?value ; schema:currency ?currency ; ss:basis ?basis .\n"
          + "} GROUP BY ?goal ?region ?currency ?basis";
    }
  }

  /** The same graph in the three forms the loads read. */
  record Inputs(byte[] nativeJson, byte[] jsonld, byte[] ntriples) {

    /** Writes the graph as native JSON and JSON-LD, and the JSON-LD's triples as N-Triples. */
    static Inputs of(CooperationGraph graph) {
      byte[] nativeJson = NativeFormat.writer().withPretty(false).toBytes(graph, Syntax.JSON);
      byte[] jsonld = WRITER.writeToString(graph).getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RDFDataMgr.write(out, parse(jsonld, Lang.JSONLD11), Lang.NTRIPLES);
      return new Inputs(nativeJson, jsonld, out.toByteArray());
    }
  }
}
