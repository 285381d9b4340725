package io.github.southsouth.serialization.jsonld;

import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

class JsonLdWriterProperties {

  private final JsonLdWriter writer = JsonLdWriter.defaults();

  @Test
  void everyGeneratedGraphExportsAsRdfWithEveryEntityAndRelation() {
    qt().forAll(ModelGenerators.graphs()).checkAssert(graph -> Rdf.assertExports(writer, graph));
  }
}
