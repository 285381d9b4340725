package io.github.southsouth.serialization.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
final class Rdf {

  private Rdf() {}

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
