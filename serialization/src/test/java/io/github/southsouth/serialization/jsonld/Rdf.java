package io.github.southsouth.serialization.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Parses JSON-LD with Apache Jena without touching the network: remote documents are served only
 * from a fixed map (the published context and vocabulary, read from the jar), every other load
 * fails, and every load is recorded so tests can assert what was asked for.
 */
public final class Rdf {

  private Rdf() {}

  /** The published vocabulary, parsed at first use. */
  private static final class Vocabulary {
    static final Model MODEL = parse(JsonLdWriter.vocabulary());
  }

  /**
   * Checks that the graph exports as RDF that holds every entity, every relation as one triple
   * and only properties the published vocabulary defines.
   *
   * @param writer the writer under test
   * @param graph the graph to export
   */
  public static void assertExports(JsonLdWriter writer, CooperationGraph graph) {
    Model model = parse(writer.writeToString(graph), Map.of());
    for (Entity entity : graph.entities()) {
      Resource node = model.createResource(writer.iri(entity.id()));
      assertThat(model.listStatements(node, null, (RDFNode) null).toList())
          .as("triples of %s", entity.id())
          .isNotEmpty();
    }
    assertThat(model.size()).isGreaterThanOrEqualTo(graph.entityCount());
    Set<String> links = new HashSet<>();
    for (Relation relation : graph.relations()) {
      links.add(relation.from() + " " + relation.type().code() + " " + relation.to());
      assertThat(
              model.contains(
                  model.createResource(writer.iri(relation.from())),
                  model.createProperty(JsonLdWriter.propertyIri(relation.type())),
                  model.createResource(writer.iri(relation.to()))))
          .as(relation.describe())
          .isTrue();
    }
    long relationTriples =
        model.listStatements().filterKeep(s -> s.getPredicate().getURI().startsWith(JsonLdWriter.NAMESPACE)
            && isRelationProperty(s.getPredicate().getLocalName())).toList().size();
    assertThat(relationTriples).isEqualTo(links.size());
    model.listStatements().forEach(s -> JsonLdWriterTest.assertDefined(Vocabulary.MODEL, s.getPredicate()));
  }

  private static boolean isRelationProperty(String localName) {
    for (RelationType type : RelationType.values()) {
      if (JsonLdWriter.term(type).equals(localName)) {
        return true;
      }
    }
    return false;
  }

  /** The documents the loader may serve: the published IRIs mapped to the bundled text. */
  static final Map<String, String> BUNDLED =
      Map.of(
          JsonLdWriter.CONTEXT_IRI, JsonLdWriter.context(),
          JsonLdWriter.VOCABULARY_IRI, JsonLdWriter.vocabulary());

  /** Every IRI a loader was asked for, in order. */
  static final List<String> REQUESTED = Collections.synchronizedList(new ArrayList<>());

  /** Parses JSON-LD 1.1 strictly (warnings are errors), serving remote documents from the jar. */
  static Model parse(String jsonld) {
    return parse(jsonld, BUNDLED);
  }

  /** Parses JSON-LD 1.1 strictly, serving only the given documents. */
  static Model parse(String jsonld, Map<String, String> documents) {
    DocumentLoader loader =
        (URI url, DocumentLoaderOptions options) -> {
          REQUESTED.add(url.toString());
          String text = documents.get(url.toString());
          if (text == null) {
            throw new JsonLdError(
                JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "tests load nothing over the network: " + url);
          }
          Document document = JsonDocument.of(new StringReader(text));
          document.setDocumentUrl(url);
          return document;
        };
    Context context = Context.create().set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(loader));
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create()
        .fromString(jsonld)
        .lang(Lang.JSONLD11)
        .context(context)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(model);
    return model;
  }
}
