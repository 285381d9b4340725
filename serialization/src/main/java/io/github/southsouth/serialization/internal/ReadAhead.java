package io.github.southsouth.serialization.internal;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Runs a producer — typically the parser of a large file — on a thread of its own, a bounded
 * number of items ahead of the consumer that maps them, so that parsing and mapping overlap on a
 * machine with more than one core. Items reach the consumer in the order they were produced, in
 * batches (fewer hand-overs between the threads), and the producer blocks when the consumer is
 * {@code capacity} batches behind, so memory stays bounded.
 *
 * <p>Whatever the producer writes before it hands an item over is visible to the consumer when it
 * receives that item, and everything it writes is visible once {@link #next()} has returned
 * {@code null}: the two threads need no other synchronisation if the producer keeps its other
 * state to itself until then. An exception thrown by the producer is rethrown by {@link #next()}
 * once the items produced before it are consumed. {@link #close()} stops the producer, if it is
 * still running, and waits for its thread to end.
 *
 * <p>One instance serves one producer and one consuming thread; it is not otherwise thread-safe.
 * Not API.
 *
 * @param <T> the items
 */
public final class ReadAhead<T> implements AutoCloseable {

  /** Produces the items, handing each to the sink in order. */
  @FunctionalInterface
  public interface Producer<T> {
    /**
     * Produces all items.
     *
     * @param sink receives the items; blocks while the consumer is far behind
     * @throws Exception any failure, rethrown to the consumer
     */
    void produce(Sink<T> sink) throws Exception;
  }

  /** Receives the producer's items. */
  @FunctionalInterface
  public interface Sink<T> {
    /**
     * Hands one item to the consumer.
     *
     * @param item the item
     * @throws CancellationException if the consumer has stopped; the producer should let it
     *     propagate
     */
    void accept(T item);
  }

  /** Thrown inside the producer's thread when the consumer has closed the read-ahead. */
  private static final class Stopped extends CancellationException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the consumer stopped reading");
    }
  }

  private static final Object[] END = new Object[0];

  private final BlockingQueue<Object[]> queue;
  private final int batchSize;
  private final Thread thread;
  private volatile boolean stopped;
  private volatile @Nullable Throwable failure;
  private Object @Nullable [] batch;
  private int position;
  private int length;
  private boolean ended;

  private ReadAhead(String threadName, int capacity, int batchSize, Producer<T> producer) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batchSize = batchSize;
    this.thread = new Thread(() -> run(producer), threadName);
    thread.setDaemon(true);
  }

  /**
   * Starts the producer on a new daemon thread.
   *
   * @param threadName the thread's name, for thread dumps
   * @param capacity how many batches may wait for the consumer
   * @param batchSize how many items are handed over at a time
   * @param producer the producer
   * @param <T> the items
   * @return the running read-ahead; close it when done
   */
  public static <T> ReadAhead<T> start(String threadName, int capacity, int batchSize, Producer<T> producer) {
    if (capacity < 1 || batchSize < 1) {
      throw new IllegalArgumentException("capacity and batch size must be positive");
    }
    ReadAhead<T> ahead = new ReadAhead<>(threadName, capacity, batchSize, producer);
    ahead.thread.start();
    return ahead;
  }

  private void run(Producer<T> producer) {
    Object[][] pending = {new Object[batchSize]};
    int[] filled = {0};
    try {
      producer.produce(item -> {
        pending[0][filled[0]++] = item;
        if (filled[0] == batchSize) {
          put(pending[0]);
          pending[0] = new Object[batchSize];
          filled[0] = 0;
        }
      });
      if (filled[0] > 0) {
        put(Arrays.copyOf(pending[0], filled[0]));
      }
    } catch (Stopped e) {
      return;
    } catch (Throwable e) {
      if (stopped) {
        return;
      }
      failure = e;
      try {
        if (filled[0] > 0) {
          put(Arrays.copyOf(pending[0], filled[0]));
        }
      } catch (Stopped stop) {
        return;
      }
    }
    try {
      put(END);
    } catch (Stopped e) {
      // the consumer is gone: nobody waits for the end
    }
  }

  private void put(Object[] items) {
    try {
      while (!stopped) {
        if (queue.offer(items, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Stopped();
  }

  /**
   * Returns the next item, waiting for the producer if needed.
   *
   * @return the item, or null when the producer has finished and every item was returned
   * @throws RuntimeException the producer's unchecked exception, after the items produced before
   *     it; a checked one is wrapped in an {@link IllegalStateException}
   * @throws Error the producer's error
   * @throws CancellationException if the calling thread is interrupted while waiting (its
   *     interrupt flag is set again)
   */
  @SuppressWarnings("unchecked")
  public @Nullable T next() {
    while (batch == null || position == length) {
      if (ended) {
        return null;
      }
      Object[] items;
      try {
        items = queue.take();
      } catch (InterruptedException e) {
        close();
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while waiting for the input");
      }
      if (items == END) {
        ended = true;
        join();
        Throwable e = failure;
        if (e instanceof RuntimeException) {
          throw (RuntimeException) e;
        }
        if (e instanceof Error) {
          throw (Error) e;
        }
        if (e != null) {
          throw new IllegalStateException(e);
        }
        return null;
      }
      batch = items;
      position = 0;
      length = items.length;
    }
    Object item = batch[position];
    batch[position++] = null;
    return (T) item;
  }

  /** Stops the producer if it is still running and waits for its thread to end. */
  @Override
  public void close() {
    if (!ended) {
      stopped = true;
      queue.clear();
      ended = true;
    }
    join();
  }

  private void join() {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
