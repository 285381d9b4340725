package io.github.southsouth.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.diagram.DiagramOptions;
import io.github.southsouth.serialization.diagram.DiagramFormat;
import io.github.southsouth.serialization.diagram.Diagrams;
import io.github.southsouth.serialization.jsonld.JsonLdWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled dataset survives every export: it is real RDF, it renders, and its tables read back. */
class SeedsExportTest {

  private static final CooperationGraph SEEDS = Seeds.load();

  @Test
  void jsonLdOfTheDatasetParsesAsRdfWithTheExpectedTriples() {
    JsonLdWriter writer = JsonLdWriter.defaults();
    String jsonld = writer.writeToString(SEEDS);
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create()
        .fromString(jsonld)
        .lang(Lang.JSONLD11)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(model);

    assertThat(model.size()).isGreaterThan(10L * SEEDS.entityCount());
    Resource mutualBenefit = model.createResource(writer.iri(EntityId.parse("principle:mutual-benefit")));
    assertThat(model.contains(mutualBenefit, SKOS.prefLabel, model.createLiteral("Mutual Benefit", "en"))).isTrue();
    assertThat(model.contains(mutualBenefit, SKOS.prefLabel, model.createLiteral("互利", "zh-Hans"))).isTrue();
    assertThat(model.contains(mutualBenefit, SKOS.prefLabel, model.createLiteral("Hùlì", "zh-Latn-pinyin"))).isTrue();
    Resource bri = model.createResource(writer.iri(EntityId.parse("initiative:belt-and-road")));
    Resource sharedDevelopment = model.createResource(writer.iri(EntityId.parse("goal:shared-development")));
    assertThat(model.contains(bri, model.createProperty(JsonLdWriter.NAMESPACE + "advances"), sharedDevelopment)).isTrue();
    assertThat(model.contains(null, model.createProperty("http://purl.org/dc/terms/license"),
        model.createResource("https://creativecommons.org/licenses/by/4.0/"))).isTrue();
    Resource essay = model.createResource(writer.iri(EntityId.parse("source:essay")));
    assertThat(model.contains(mutualBenefit, model.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), essay)).isTrue();
    Resource kenya = model.createResource(writer.iri(EntityId.parse("actor:ken")));
    assertThat(model.contains(kenya, OWL.sameAs, model.createResource("http://www.wikidata.org/entity/Q114"))).isTrue();
  }

  @Test
  void csvTablesOfTheDatasetReadBack(@TempDir Path dir) throws Exception {
    CsvTables.writer().write(SEEDS, dir);
    CooperationGraph back = CsvTables.reader().read(dir);
    assertThat(back.ids()).isEqualTo(SEEDS.ids());
    assertThat(back.relationCount()).isEqualTo(SEEDS.relationCount());
  }

  @Test
  void aNeighbourhoodOfTheDatasetRendersWithGraphviz(@TempDir Path dir) throws Exception {
    boolean graphviz;
    try {
      graphviz = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    } catch (java.io.IOException e) {
      graphviz = false;
    }
    assumeTrue(graphviz, "Graphviz 'dot' is not installed: skipping the rendering check (.ci/run installs it)");
    String dot =
        Diagrams.writer(DiagramFormat.DOT).with(DiagramOptions.builder().around(EntityId.parse("principle:non-conditionality"), 2).languages("zh-Hans", "en").build()).writeToString(SEEDS);
    Path file = dir.resolve("neighbourhood.dot");
    Files.writeString(file, dot, StandardCharsets.UTF_8);
    Process render =
        new ProcessBuilder("dot", "-Tsvg", file.toString(), "-o", dir.resolve("neighbourhood.svg").toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(render.exitValue()).as(log).isZero();
    assertThat(Files.readString(dir.resolve("neighbourhood.svg"), StandardCharsets.UTF_8)).contains("<svg").contains("无附加条件");
  }
}
