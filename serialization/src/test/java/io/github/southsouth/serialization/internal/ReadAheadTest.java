package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private static List<Integer> drain(ReadAhead<Integer> ahead) {
    List<Integer> seen = new ArrayList<>();
    for (Integer item = ahead.next(); item != null; item = ahead.next()) {
      seen.add(item);
    }
    return seen;
  }

  private static List<Integer> upTo(int count) {
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      expected.add(i);
    }
    return expected;
  }

  @Test
  void everyItemArrivesInOrderWhateverTheBatchAndQueueSizes() {
    qt().forAll(integers().between(0, 2_000), integers().between(1, 5), integers().between(1, 70))
        .checkAssert((count, capacity, batch) -> {
          try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", capacity, 1_000_000, batch, sink -> {
            for (int i = 0; i < count; i++) {
              sink.accept(i, 1);
            }
          })) {
            assertThat(drain(ahead)).isEqualTo(upTo(count));
            assertThat(ahead.next()).isNull();
          }
        });
  }

  @Test
  void whatTheProducerWroteIsVisibleAtTheEnd() {
    int[] written = new int[1];
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 2, 1_000, 3, sink -> {
      for (int i = 0; i < 10; i++) {
        sink.accept(i, 1);
      }
      written[0] = 42;
    })) {
      assertThat(drain(ahead)).hasSize(10);
      assertThat(written[0]).isEqualTo(42);
    }
  }

  @Test
  void theProducersExceptionComesAfterTheItemsBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 4, 1_000, 4, sink -> {
      for (int i = 0; i < 7; i++) {
        sink.accept(i, 1);
      }
      throw new IllegalArgumentException("broken producer");
    })) {
      assertThatThrownBy(() -> {
        for (Integer item = ahead.next(); item != null; item = ahead.next()) {
          seen.add(item);
        }
      }).isInstanceOf(IllegalArgumentException.class).hasMessage("broken producer");
    }
    assertThat(seen).isEqualTo(upTo(7));
  }

  @Test
  void aCheckedExceptionIsWrapped() {
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 1, 1_000, 1, sink -> {
      throw new IOException("disk gone");
    })) {
      assertThatThrownBy(ahead::next)
          .isInstanceOf(IllegalStateException.class)
          .hasCauseInstanceOf(IOException.class);
    }
  }

  @Test
  void closingEarlyStopsAProducerThatWouldNeverEnd() throws InterruptedException {
    AtomicBoolean producerEnded = new AtomicBoolean();
    AtomicReference<Thread> producer = new AtomicReference<>();
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 2, 1_000, 2, sink -> {
      producer.set(Thread.currentThread());
      try {
        for (int i = 0; ; i++) {
          sink.accept(i, 1);
        }
      } finally {
        producerEnded.set(true);
      }
    })) {
      assertThat(ahead.next()).isEqualTo(0);
      assertThat(ahead.next()).isEqualTo(1);
    }
    assertThat(producerEnded).isTrue();
    assertThat(producer.get().isAlive()).isFalse();
  }

  @Test
  void anInterruptedConsumerStopsTheProducerAndKeepsItsInterruptFlag() throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    AtomicReference<Thread> producer = new AtomicReference<>();
    Thread consumer = new Thread(() -> {
      try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 1, 1_000, 1, sink -> {
        producer.set(Thread.currentThread());
        for (int i = 0; ; i++) {
          sink.accept(i, 1);
        }
      })) {
        Thread.currentThread().interrupt();
        ahead.next();
      } catch (RuntimeException e) {
        thrown.set(e);
        flagKept.set(Thread.currentThread().isInterrupted());
      }
    });
    consumer.start();
    consumer.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(consumer.isAlive()).isFalse();
    assertThat(thrown.get()).isExactlyInstanceOf(CancellationException.class);
    assertThat(flagKept).isTrue();
    assertThat(producer.get().isAlive()).isFalse();
  }

  @Test
  void heavyItemsWaitWhileTheAllowanceIsUsedUpAndOneHeavierThanItStillPasses() throws InterruptedException {
    AtomicInteger produced = new AtomicInteger();
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 100, 10, 100, sink -> {
      for (int i = 0; i < 20; i++) {
        sink.accept(i, i == 19 ? 50 : 4);
        produced.incrementAndGet();
      }
    })) {
      Thread.sleep(300);
      // each item (4) weighs more than a batch may (a quarter of 10), so goes alone: two fit in
      // the allowance of 10, the third waits
      assertThat(produced.get()).isLessThanOrEqualTo(3);
      assertThat(drain(ahead)).isEqualTo(upTo(20));
    }
  }

  @Test
  void manyLightItemsWaitWhenTheQueueHoldsItsBatches() throws InterruptedException {
    AtomicInteger produced = new AtomicInteger();
    try (ReadAhead<Integer> ahead = ReadAhead.start("test-reader", 2, 1_000_000, 5, sink -> {
      for (int i = 0; i < 100; i++) {
        sink.accept(i, 1);
        produced.incrementAndGet();
      }
    })) {
      Thread.sleep(300);
      // two queued batches of 5, and a third batch full and waiting
      assertThat(produced.get()).isLessThanOrEqualTo(15);
      assertThat(drain(ahead)).isEqualTo(upTo(100));
    }
  }

  @Test
  void refusesEmptyQueuesAndBatches() {
    assertThatThrownBy(() -> ReadAhead.start("test-reader", 0, 1, 1, sink -> { }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadAhead.start("test-reader", 1, 0, 1, sink -> { }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadAhead.start("test-reader", 1, 1, 0, sink -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
