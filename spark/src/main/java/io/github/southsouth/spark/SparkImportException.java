package io.github.southsouth.spark;

/**
 * A strict import on Spark found a problem: thrown on the executor that imported the file, it fails
 * the job, and Spark reports it as the cause of its own exception. The message is the first error,
 * located as {@code FILE:LINE:COL: CODE message (at PATH)}, followed by how many problems the file
 * had in all.
 *
 * <p>Serializable, as Spark sends it from the executor to the driver; it carries text only.
 *
 * @since 0.1.0
 */
public final class SparkImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the located problem
   */
  public SparkImportException(String message) {
    super(message);
  }
}
