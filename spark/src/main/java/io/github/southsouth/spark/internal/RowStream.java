package io.github.southsouth.spark.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one import as the iterator Spark pulls, while the import pushes them: the import runs
 * on a thread of its own (a daemon named after the file) and hands each row over through a queue
 * of {@value #CAPACITY} rows, so that a task holds a bounded number of rows however large its
 * file, and Spark has the first rows before the import ends.
 *
 * <p>An exception of the import reaches the consumer, unchanged if unchecked, after the rows
 * passed before it. {@link #close()} (Spark's task completion, or the consumer's interruption)
 * stops the import: its next row throws on its thread, which then ends; close waits for it.
 *
 * <p>One consumer thread; {@link #close()} may be called from any thread, any number of times.
 */
final class RowStream implements Iterator<TableRow>, AutoCloseable {

  /** How many rows may wait for the consumer. */
  static final int CAPACITY = 1024;

  /** How long {@link #close()} waits for the import's thread, in milliseconds. */
  private static final long JOIN_MILLIS = 30_000;

  private static final Object END = new Object();

  /** What a row import does: passes its rows to the consumer given, on the calling thread. */
  @FunctionalInterface
  interface Import {
    /**
     * Runs the import.
     *
     * @param out receives the rows; throws when the stream was closed
     */
    void run(Consumer<TableRow> out);
  }

  /** An exception the import ended with. */
  private record Failure(Throwable error) {}

  /** Thrown into the import when the stream is closed: ends it. */
  private static final class Closed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Closed() {
      super("the rows are no longer read", null, false, false);
    }
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread producer;
  private volatile boolean closed;
  private @Nullable TableRow next;
  private boolean ended;

  /**
   * Creates the stream; {@link #start()} starts the import.
   *
   * @param threadName the name of the import's thread
   * @param work the import
   */
  RowStream(String threadName, Import work) {
    this.producer = new Thread(() -> {
      Object last = END;
      try {
        work.run(this::put);
      } catch (Closed e) {
        return;
      } catch (Throwable e) { // handed to the consumer, which rethrows it
        last = new Failure(e);
      }
      try {
        queue.put(last);
      } catch (InterruptedException e) {
        // closed meanwhile: nobody reads the end
      }
    }, threadName);
    producer.setDaemon(true);
  }

  /** Starts the import. */
  void start() {
    producer.start();
  }

  private void put(TableRow row) {
    if (closed) {
      throw new Closed();
    }
    try {
      queue.put(row);
    } catch (InterruptedException e) {
      throw new Closed();
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws RuntimeException the exception the import ended with
   * @throws IllegalStateException if the consumer is interrupted while it waits
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (ended) {
      return false;
    }
    Object taken;
    try {
      taken = queue.take();
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the rows of " + producer.getName(), e);
    }
    if (taken == END) {
      ended = true;
      return false;
    }
    if (taken instanceof Failure failure) {
      ended = true;
      close();
      Throwable error = failure.error();
      if (error instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (error instanceof Error fatal) {
        throw fatal;
      }
      throw new IllegalStateException(error);
    }
    next = (TableRow) taken;
    return true;
  }

  @Override
  public TableRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TableRow row = next;
    next = null;
    return row;
  }

  /**
   * Stops the import if it still runs, and waits up to 30 seconds for its thread to end. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    producer.interrupt();
    queue.clear();
    if (Thread.currentThread() != producer) {
      try {
        producer.join(JOIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
