package io.github.southsouth.problem;

import io.github.southsouth.model.Coded;

/**
 * How serious a {@link Problem} is. An error makes a read or a build fail; a warning is reported
 * and the data is kept.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Severity implements Coded {
  /** The data cannot be used as it is. */
  ERROR("error"),
  /** The data was used, but something in it deserves a look. */
  WARNING("warning");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
