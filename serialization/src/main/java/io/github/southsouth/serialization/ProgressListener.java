package io.github.southsouth.serialization;

/**
 * Receives progress of a long read or import, so that a command line can show a bar. Called on the
 * thread that called the read or import (even where the file is parsed on a second thread), at
 * most every few hundred records; implementations should return quickly.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (records, bytes, totalBytes) -> {};

  /**
   * Reports progress.
   *
   * @param records records (entities, activities, rows) done so far
   * @param bytes bytes of input read so far
   * @param totalBytes the input's size, or -1 if unknown
   */
  void progress(long records, long bytes, long totalBytes);
}
