package io.github.southsouth.serialization.jsonld;

import static io.github.southsouth.serialization.ExportFixtures.AIDDATA;
import static io.github.southsouth.serialization.ExportFixtures.BANDUNG;
import static io.github.southsouth.serialization.ExportFixtures.BRI;
import static io.github.southsouth.serialization.ExportFixtures.ESSAY;
import static io.github.southsouth.serialization.ExportFixtures.HIDDEN_DEBT;
import static io.github.southsouth.serialization.ExportFixtures.KENYA;
import static io.github.southsouth.serialization.ExportFixtures.MUTUAL_BENEFIT;
import static io.github.southsouth.serialization.ExportFixtures.NON_CONDITIONALITY;
import static io.github.southsouth.serialization.ExportFixtures.SGR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.serialization.ExportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLdWriterTest {

  private static final String SCHEMA = "https://schema.org/";
  private static final String PROV = "http://www.w3.org/ns/prov#";
  private static final String SS = JsonLdWriter.NAMESPACE;

  private final CooperationGraph graph = ExportFixtures.small();
  private final JsonLdWriter writer = JsonLdWriter.defaults();

  private Resource node(Model model, EntityId id) {
    return model.createResource(writer.iri(id));
  }

  private static Property property(Model model, String iri) {
    return model.createProperty(iri);
  }

  @Test
  void bundledContextAndVocabularyAreTheOnesPublishedInDocs() throws IOException {
    Path docs = Path.of("..", "docs", "jsonld");
    assertThat(Files.readString(docs.resolve("context.jsonld"), StandardCharsets.UTF_8))
        .isEqualTo(JsonLdWriter.context());
    assertThat(Files.readString(docs.resolve("vocabulary.jsonld"), StandardCharsets.UTF_8))
        .isEqualTo(JsonLdWriter.vocabulary());
  }

  @Test
  void embeddedContextParsesWithoutLoadingAnything() {
    Rdf.REQUESTED.clear();
    Model model = Rdf.parse(writer.writeToString(graph), Map.of());
    assertThat(model.size()).isPositive();
    assertThat(Rdf.REQUESTED).isEmpty();
  }

  @Test
  void referencedContextGivesTheSameTriplesAsTheEmbeddedOne() {
    Rdf.REQUESTED.clear();
    String referencing = JsonLdWriter.defaults().withEmbeddedContext(false).writeToString(graph);
    assertThat(referencing).contains("\"@context\" : \"" + JsonLdWriter.CONTEXT_IRI + "\"");
    Model referenced = Rdf.parse(referencing);
    assertThat(Rdf.REQUESTED).containsOnly(JsonLdWriter.CONTEXT_IRI);
    assertThat(referenced.isIsomorphicWith(Rdf.parse(writer.writeToString(graph)))).isTrue();
  }

  @Test
  void theDatasetLicenceIsStatedAsTheLicencesIri() {
    Model model = Rdf.parse(writer.writeToString(graph));
    Statement license = model.listStatements(null, property(model, "http://purl.org/dc/terms/license"), (RDFNode) null).next();
    assertThat(license.getObject().isURIResource()).isTrue();
    assertThat(license.getObject().asResource().getURI()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(license.getSubject().getURI()).endsWith("dataset");
    assertThat(JsonLdWriter.licenseIri("CC0-1.0")).contains("https://creativecommons.org/publicdomain/zero/1.0/");
    assertThat(JsonLdWriter.licenseIri("MIT")).contains("http://spdx.org/licenses/MIT");
    assertThat(JsonLdWriter.licenseIri("https://example.org/terms")).contains("https://example.org/terms");
    assertThat(JsonLdWriter.licenseIri("free for any use")).isEmpty();
  }

  @Test
  void tripleCountOfTheFixture() {
    Model model = Rdf.parse(writer.writeToString(graph));
    int dataset = 2 /* types */ + 2 /* title en, zh */ + 1 /* version */ + 1 /* license */ + 1 /* source */;
    int schemes = 2 * (1 /* type */ + 2 /* labels */); // principles and goals have members
    int essay = 2 /* types */ + 1 /* name */ + 1 /* sourceKind */ + 1 /* issued */;
    int nonConditionality =
        2 + 1 /* inScheme */ + 3 /* labels */ + 1 /* definition */ + 1 /* wasDerivedFrom */
            + 1 /* citation */ + 3 /* citation node: type, citedSource, locator */;
    int mutualBenefit = 2 + 1 + 3 + 1 /* wasDerivedFrom, no locator so no citation node */;
    int goal = 2 + 1 + 2;
    int bri =
        2 + 3 /* names */ + 1 /* initiativeKind */ + 1 /* startDate */ + 1 /* conditionality */
            + 2 /* embodies x2 */ + 1 /* advances */;
    int sgr =
        2 + 2 /* names */ + 1 /* kind */ + 1 /* instrument */ + 1 /* conditionality */
            + 1 /* financing */ + 1 /* part-of */ + 1 /* benefits */
            + 5 /* financing node: type, instrument, stage, funder, date */ + 1 /* amount */
            + 4 /* amount node: type, value, currency, basis */;
    int country = 3 /* types */ + 2 /* names */ + 1 /* actorType */ + 3 /* codes */ + 1 /* sameAs */ + 1 /* identifier */;
    int china = country + 2 /* funds, participates-in */;
    int kenya = country;
    int aiddata = 3 + 1 + 1 + 1 /* holds */;
    int bandung = 2 + 2 + 2 /* start, end */;
    int perspective = 2 + 1 /* name */ + 1 /* stance */ + 1 /* claim text */ + 1 /* wasAttributedTo */
        + 1 /* about */ + 1 /* concerns */;
    int statements =
        /* BRI embodies mutual benefit, with a citation: */ 4 + 1 /* wasDerivedFrom */ + 1 /* citation */ + 3
        /* SGR benefits Kenya, with a share: */ + 4 + 1;
    assertThat(model.size())
        .isEqualTo(dataset + schemes + essay + nonConditionality + mutualBenefit + goal + bri + sgr + china
            + kenya + aiddata + bandung + perspective + statements);
  }

  @Test
  void expectedTriples() {
    Model model = Rdf.parse(writer.writeToString(graph));
    Resource nonConditionality = node(model, NON_CONDITIONALITY);

    // concepts with a label per language, in a scheme
    assertThat(model.contains(nonConditionality, RDF.type, SKOS.Concept)).isTrue();
    assertThat(model.contains(nonConditionality, RDF.type, model.createResource(SS + "Principle"))).isTrue();
    assertThat(model.contains(nonConditionality, SKOS.prefLabel, model.createLiteral("Non-Conditionality", "en"))).isTrue();
    assertThat(model.contains(nonConditionality, SKOS.prefLabel, model.createLiteral("不附加条件", "zh-Hans"))).isTrue();
    assertThat(model.contains(nonConditionality, SKOS.prefLabel, model.createLiteral("Bù fùjiā tiáojiàn", "zh-Latn-pinyin"))).isTrue();
    Resource scheme = model.createResource(JsonLdWriter.DEFAULT_BASE + "scheme/principles");
    assertThat(model.contains(nonConditionality, SKOS.inScheme, scheme)).isTrue();
    assertThat(model.contains(scheme, RDF.type, SKOS.ConceptScheme)).isTrue();

    // a relation
    assertThat(model.contains(node(model, BRI), property(model, SS + "embodies"), node(model, MUTUAL_BENEFIT))).isTrue();
    assertThat(model.contains(node(model, SGR), property(model, SS + "partOf"), node(model, BRI))).isTrue();

    // a citation: the simple link, and the detailed node with its locator
    assertThat(model.contains(nonConditionality, property(model, PROV + "wasDerivedFrom"), node(model, ESSAY))).isTrue();
    Resource citation = nonConditionality.getPropertyResourceValue(property(model, SS + "citation"));
    assertThat(citation.getPropertyResourceValue(property(model, SS + "citedSource"))).isEqualTo(node(model, ESSAY));
    assertThat(citation.getProperty(property(model, SS + "locator")).getString()).isEqualTo("Key principles");

    // a cited relation, reified
    List<Resource> statements =
        model.listResourcesWithProperty(RDF.subject, node(model, BRI)).filterKeep(s -> s.hasProperty(RDF.object, node(model, MUTUAL_BENEFIT))).toList();
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0).getPropertyResourceValue(RDF.predicate).getURI()).isEqualTo(SS + "embodies");
    assertThat(statements.get(0).hasProperty(property(model, PROV + "wasDerivedFrom"), node(model, ESSAY))).isTrue();

    // a perspective attributed to its holder
    Resource perspective = node(model, HIDDEN_DEBT);
    assertThat(model.contains(perspective, RDF.type, model.createResource(SCHEMA + "Claim"))).isTrue();
    assertThat(model.contains(perspective, property(model, PROV + "wasAttributedTo"), node(model, AIDDATA))).isTrue();
    assertThat(model.contains(perspective, property(model, SCHEMA + "about"), node(model, BRI))).isTrue();

    // sameAs Wikidata
    assertThat(model.contains(node(model, KENYA), OWL.sameAs, model.createResource("http://www.wikidata.org/entity/Q114"))).isTrue();
    assertThat(model.contains(node(model, KENYA), RDF.type, model.createResource(SCHEMA + "Country"))).isTrue();

    // dates typed by precision
    assertThat(literal(model, BANDUNG, SCHEMA + "startDate").getDatatypeURI()).isEqualTo(XSDDatatype.XSDdate.getURI());
    assertThat(literal(model, BANDUNG, SCHEMA + "startDate").getLexicalForm()).isEqualTo("1955-04-18");
    assertThat(literal(model, BRI, SCHEMA + "startDate").getDatatypeURI()).isEqualTo(XSDDatatype.XSDgYearMonth.getURI());
    assertThat(literal(model, ESSAY, "http://purl.org/dc/terms/issued").getDatatypeURI()).isEqualTo(XSDDatatype.XSDgYear.getURI());

    // money
    Resource financing = node(model, SGR).getPropertyResourceValue(property(model, SS + "financing"));
    Resource amount = financing.getPropertyResourceValue(property(model, SCHEMA + "amount"));
    assertThat(amount.hasProperty(RDF.type, model.createResource(SCHEMA + "MonetaryAmount"))).isTrue();
    Literal value = amount.getProperty(property(model, SCHEMA + "value")).getLiteral();
    assertThat(value.getDatatypeURI()).isEqualTo(XSDDatatype.XSDdecimal.getURI());
    assertThat(value.getLexicalForm()).isEqualTo("3200000000");
    assertThat(amount.getProperty(property(model, SCHEMA + "currency")).getString()).isEqualTo("USD");
    assertThat(financing.getPropertyResourceValue(property(model, SCHEMA + "funder"))).isEqualTo(node(model, ExportFixtures.CHINA));
  }

  private Literal literal(Model model, EntityId id, String property) {
    Statement statement = node(model, id).getProperty(property(model, property));
    assertThat(statement).as("%s of %s", property, id).isNotNull();
    return statement.getLiteral();
  }

  @Test
  void vocabularyDefinesEveryRelationTypeWithLabelDomainAndRange() {
    Model vocabulary = Rdf.parse(JsonLdWriter.vocabulary());
    for (RelationType type : RelationType.values()) {
      Resource property = vocabulary.createResource(JsonLdWriter.propertyIri(type));
      assertThat(property.hasProperty(RDF.type, OWL.ObjectProperty)).as(type.code()).isTrue();
      assertThat(property.getProperty(RDFS.label)).as(type.code()).isNotNull();
      assertThat(property.getProperty(RDFS.domain)).as(type.code()).isNotNull();
      assertThat(property.getProperty(RDFS.range)).as(type.code()).isNotNull();
      assertThat(property.getProperty(vocabulary.createProperty(SS + "wireCode")).getString()).isEqualTo(type.code());
      for (var kind : type.domain()) {
        String kindClass = SS + Character.toUpperCase(kind.code().charAt(0)) + kind.code().substring(1);
        boolean anyKind = type.domain().size() == io.github.southsouth.model.Kind.values().length;
        assertThat(anyKind || property.hasProperty(vocabulary.createProperty(SCHEMA + "domainIncludes"), vocabulary.createResource(kindClass)))
            .as("%s domain includes %s", type.code(), kind.code())
            .isTrue();
      }
    }
  }

  @Test
  void everySouthsouthTermInAnExportIsDefinedInTheVocabulary() {
    Model vocabulary = Rdf.parse(JsonLdWriter.vocabulary());
    Model model = Rdf.parse(writer.writeToString(graph));
    model.listStatements().forEach(s -> {
      assertDefined(vocabulary, s.getPredicate());
      RDFNode object = s.getObject();
      if (s.getPredicate().equals(RDF.type) || s.getPredicate().equals(RDF.predicate)) {
        assertDefined(vocabulary, object.asResource());
      }
    });
  }

  static void assertDefined(Model vocabulary, Resource term) {
    if (term.isURIResource() && term.getURI().startsWith(SS)) {
      assertThat(vocabulary.contains(term, RDFS.label)).as("%s is defined in the vocabulary", term).isTrue();
    }
  }

  @Test
  void baseIsConfigurableAndChecked() {
    JsonLdWriter custom = JsonLdWriter.defaults().withBase("https://example.org/ssc/");
    assertThat(custom.iri(KENYA)).isEqualTo("https://example.org/ssc/actor/ken");
    Model model = Rdf.parse(custom.writeToString(graph));
    assertThat(model.containsResource(model.createResource("https://example.org/ssc/actor/ken"))).isTrue();
    assertThat(model.containsResource(model.createResource(JsonLdWriter.DEFAULT_BASE + "actor/ken"))).isFalse();

    assertThatThrownBy(() -> JsonLdWriter.defaults().withBase("example.org/id/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected an absolute IRI");
    assertThatThrownBy(() -> JsonLdWriter.defaults().withBase("https://example.org/id"))
        .hasMessageContaining("ending in / or #");
  }

  @Test
  void outputIsDeterministicAndWrittenAtomically(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.jsonld");
    writer.write(graph, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(writer.writeToString(graph));
    assertThat(writer.writeToString(graph)).isEqualTo(writer.writeToString(ExportFixtures.small()));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void compactOutputHoldsTheSameTriples() {
    String compact = JsonLdWriter.defaults().withPretty(false).writeToString(graph);
    assertThat(compact).doesNotContain("\n");
    assertThat(Rdf.parse(compact).isIsomorphicWith(Rdf.parse(writer.writeToString(graph)))).isTrue();
  }
}
