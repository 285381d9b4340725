package io.github.southsouth.serialization.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.testing.ModelGenerators;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

class JsonLdWriterProperties {

  private final JsonLdWriter writer = JsonLdWriter.defaults();

  @Test
  void everyGeneratedGraphExportsAsRdfWithEveryEntityAndRelation() {
    Model vocabulary = Rdf.parse(JsonLdWriter.vocabulary());
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              Model model = Rdf.parse(writer.writeToString(graph), Map.of());
              for (Entity entity : graph.entities()) {
                Resource node = model.createResource(writer.iri(entity.id()));
                assertThat(model.listStatements(node, null, (org.apache.jena.rdf.model.RDFNode) null).toList())
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
              model.listStatements().forEach(s -> JsonLdWriterTest.assertDefined(vocabulary, s.getPredicate()));
            });
  }

  private static boolean isRelationProperty(String localName) {
    for (var type : io.github.southsouth.model.RelationType.values()) {
      if (JsonLdWriter.term(type).equals(localName)) {
        return true;
      }
    }
    return false;
  }

}
