package io.github.southsouth.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.graph.CooperationGraph;
import org.junit.jupiter.api.Test;

class ModelGeneratorsTest {

  @Test
  void generatedGraphsBuildAndAreNotTrivial() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            g -> {
              assertThat(g.entityCount()).isGreaterThanOrEqualTo(7);
              assertThat(g.toBuilder().validate().isEmpty()).isTrue();
              assertThat(g.toBuilder().build()).isEqualTo(g);
            });
  }

  @Test
  void generatedGraphsDiffer() {
    java.util.Set<CooperationGraph> seen = new java.util.HashSet<>();
    qt().withExamples(50).forAll(ModelGenerators.graphs()).checkAssert(seen::add);
    assertThat(seen.size()).isGreaterThan(10);
  }
}
