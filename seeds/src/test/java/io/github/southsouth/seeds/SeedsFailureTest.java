package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.base.Supplier;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeReader;
import io.github.southsouth.serialization.json.Syntax;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code Seeds.load()} fails the documented way, with the problems that stopped the read, on every
 * call until a read succeeds; a success is read once and kept.
 */
class SeedsFailureTest {

  /** Reads a resource that is not there, as a damaged jar would. */
  private static CooperationGraph readMissingResource() {
    return NativeFormat.reader(ReadOptions.defaults())
        .readInputs(List.of(NativeReader.Input.of("gone.yaml", Syntax.YAML,
            () -> Seeds.class.getResourceAsStream(Seeds.RESOURCE_ROOT + "gone.yaml"))))
        .graph();
  }

  @Test
  void everyCallFailsWithTheDocumentedExceptionAndItsProblems() {
    AtomicInteger attempts = new AtomicInteger();
    Supplier<CooperationGraph> load = Seeds.memoize(() -> {
      attempts.incrementAndGet();
      return readMissingResource();
    });
    for (int call = 0; call < 3; call++) {
      Throwable thrown = catchThrowable(load::get);
      assertThat(thrown).isExactlyInstanceOf(ModelReadException.class).hasMessageContaining("gone.yaml");
      assertThat(((ModelReadException) thrown).report().errorCount()).isPositive();
    }
    assertThat(attempts).hasValue(3);
  }

  @Test
  void aSuccessIsReadOnceAndKept() {
    AtomicInteger attempts = new AtomicInteger();
    Supplier<CooperationGraph> load = Seeds.memoize(() -> {
      if (attempts.incrementAndGet() == 1) {
        return readMissingResource();
      }
      return Seeds.load();
    });
    assertThat(catchThrowable(load::get)).isInstanceOf(ModelReadException.class);
    CooperationGraph first = load.get();
    assertThat(load.get()).isSameAs(first);
    assertThat(attempts).hasValue(2);
    assertThat(Seeds.load()).isSameAs(Seeds.load());
  }
}
