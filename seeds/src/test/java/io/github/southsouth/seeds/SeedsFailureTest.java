package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeReader;
import io.github.southsouth.serialization.json.Syntax;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code Seeds.load()} fails the documented way, with its cause, on every call; and only once succeeds. */
class SeedsFailureTest {

  /** Reads a resource that is not there, as a damaged jar would. */
  private static CooperationGraph readMissingResource() throws ModelReadException {
    return NativeFormat.reader(ReadOptions.defaults())
        .readInputs(List.of(NativeReader.Input.of("gone.yaml", Syntax.YAML,
            () -> Seeds.class.getResourceAsStream(Seeds.RESOURCE_ROOT + "gone.yaml"))))
        .graph();
  }

  @Test
  void everyCallFailsWithTheDocumentedExceptionAndItsCause() {
    AtomicInteger attempts = new AtomicInteger();
    Seeds.Memo memo = new Seeds.Memo(() -> {
      attempts.incrementAndGet();
      return readMissingResource();
    });
    for (int call = 0; call < 3; call++) {
      Throwable thrown = catchThrowable(memo::get);
      assertThat(thrown)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the bundled southsouth dataset could not be read")
          .hasMessageContaining("gone.yaml")
          .hasCauseInstanceOf(ModelReadException.class);
    }
    assertThat(attempts).hasValue(3);
  }

  @Test
  void anUnexpectedFailureIsWrappedTheSameWay() {
    Seeds.Memo memo = new Seeds.Memo(() -> {
      throw new IllegalArgumentException("a broken resource");
    });
    for (int call = 0; call < 2; call++) {
      assertThat(catchThrowable(memo::get))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasRootCauseMessage("a broken resource");
    }
  }

  @Test
  void aSuccessIsReadOnceAndKept() {
    AtomicInteger attempts = new AtomicInteger();
    Seeds.Memo memo = new Seeds.Memo(() -> {
      if (attempts.incrementAndGet() == 1) {
        return readMissingResource();
      }
      return Seeds.load();
    });
    assertThat(catchThrowable(memo::get)).isInstanceOf(IllegalStateException.class);
    CooperationGraph first = memo.get();
    assertThat(memo.get()).isSameAs(first);
    assertThat(attempts).hasValue(2);
    assertThat(Seeds.load()).isSameAs(Seeds.load());
  }
}
