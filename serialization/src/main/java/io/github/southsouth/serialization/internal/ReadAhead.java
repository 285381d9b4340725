package io.github.southsouth.serialization.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Runs a producer — typically the parser of a large file — on a thread of its own, a bounded
 * amount of input ahead of the consumer that maps what it parses, so that parsing and mapping
 * overlap on a machine with more than one core. Items reach the consumer in the order they were
 * produced, in batches (fewer hand-overs between the threads). What waits for the consumer is
 * bounded twice: in batches, and in weight — each item's weight is given with it, e.g. the bytes
 * of input it was read from — so that a file of very large records does not fill the heap; the
 * producer blocks until the consumer catches up. One item heavier than the whole allowance is
 * still handed over, alone.
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
     * @param weight what the item costs to hold, in the unit of the read-ahead's allowance
     * @throws CancellationException if the consumer has stopped; the producer should let it
     *     propagate
     */
    void accept(T item, long weight);
  }

  /** Thrown inside the producer's thread when the consumer has closed the read-ahead. */
  private static final class Stopped extends CancellationException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the consumer stopped reading");
    }
  }

  /** Items handed over together, and their weight. */
  private static final class Batch {
    static final Batch END = new Batch(new Object[0], 0);

    final Object[] items;
    final long weight;

    Batch(Object[] items, long weight) {
      this.items = items;
      this.weight = weight;
    }
  }

  private final int capacity;
  private final long maxWeight;
  private final int batchSize;
  private final Thread thread;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  /** The batches waiting for the consumer, and their weight; guarded by {@link #lock}. */
  private final ArrayDeque<Batch> queue = new ArrayDeque<>();
  private long queuedWeight;
  private volatile boolean stopped;
  private volatile @Nullable Throwable failure;
  private Object @Nullable [] current;
  private int position;
  private boolean ended;

  private ReadAhead(String threadName, int capacity, long maxWeight, int batchSize, Producer<T> producer) {
    this.capacity = capacity;
    this.maxWeight = maxWeight;
    this.batchSize = batchSize;
    this.thread = new Thread(() -> run(producer), threadName);
    thread.setDaemon(true);
  }

  /**
   * Starts the producer on a new daemon thread.
   *
   * @param threadName the thread's name, for thread dumps
   * @param capacity how many batches may wait for the consumer
   * @param maxWeight how much weight may wait for the consumer (a batch is handed over early once
   *     it reaches a quarter of this)
   * @param batchSize how many items are handed over at most at a time
   * @param producer the producer
   * @param <T> the items
   * @return the running read-ahead; close it when done
   */
  public static <T> ReadAhead<T> start(
      String threadName, int capacity, long maxWeight, int batchSize, Producer<T> producer) {
    if (capacity < 1 || maxWeight < 1 || batchSize < 1) {
      throw new IllegalArgumentException("capacity, weight and batch size must be positive");
    }
    ReadAhead<T> ahead = new ReadAhead<>(threadName, capacity, maxWeight, batchSize, producer);
    ahead.thread.start();
    return ahead;
  }

  private void run(Producer<T> producer) {
    Object[][] pending = {new Object[batchSize]};
    int[] filled = {0};
    long[] weight = {0};
    long batchWeight = Math.max(1, maxWeight / 4);
    try {
      producer.produce((item, itemWeight) -> {
        pending[0][filled[0]++] = item;
        weight[0] += Math.max(0, itemWeight);
        if (filled[0] == batchSize || weight[0] >= batchWeight) {
          put(new Batch(Arrays.copyOf(pending[0], filled[0]), weight[0]));
          Arrays.fill(pending[0], 0, filled[0], null);
          filled[0] = 0;
          weight[0] = 0;
        }
      });
    } catch (Stopped e) {
      return;
    } catch (Throwable e) {
      if (stopped) {
        return;
      }
      failure = e;
    }
    try {
      if (filled[0] > 0) {
        put(new Batch(Arrays.copyOf(pending[0], filled[0]), weight[0]));
      }
      put(Batch.END);
    } catch (Stopped e) {
      // the consumer is gone: nobody waits for the rest
    }
  }

  /** Queues a batch, waiting while the queue is full in batches or in weight; never for the end. */
  private void put(Batch batch) {
    lock.lock();
    try {
      while (!stopped
          && batch != Batch.END
          && !queue.isEmpty()
          && (queue.size() >= capacity || queuedWeight + batch.weight > maxWeight)) {
        changed.await(50, TimeUnit.MILLISECONDS);
      }
      if (stopped) {
        throw new Stopped();
      }
      queue.addLast(batch);
      queuedWeight += batch.weight;
      changed.signalAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    } finally {
      lock.unlock();
    }
  }

  private Batch take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (queue.isEmpty()) {
        if (!changed.await(100, TimeUnit.MILLISECONDS) && queue.isEmpty() && !thread.isAlive()) {
          // the producer's thread died without handing over the end (it could not even do that)
          if (failure == null) {
            failure = new IllegalStateException("the reading thread " + thread.getName() + " ended unexpectedly");
          }
          return Batch.END;
        }
      }
      Batch batch = queue.removeFirst();
      queuedWeight -= batch.weight;
      changed.signalAll();
      return batch;
    } finally {
      lock.unlock();
    }
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
    while (current == null || position == current.length) {
      if (ended) {
        return null;
      }
      Batch batch;
      try {
        batch = take();
      } catch (InterruptedException e) {
        close();
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while waiting for the input");
      }
      if (batch == Batch.END) {
        ended = true;
        current = null;
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
      current = batch.items;
      position = 0;
    }
    Object item = current[position];
    current[position++] = null;
    return (T) item;
  }

  /** Stops the producer if it is still running and waits for its thread to end. */
  @Override
  public void close() {
    if (!ended) {
      stopped = true;
      ended = true;
      lock.lock();
      try {
        queue.clear();
        queuedWeight = 0;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
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
