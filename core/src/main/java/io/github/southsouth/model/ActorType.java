package io.github.southsouth.model;

/**
 * What kind of actor an {@link Actor} is.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum ActorType implements Coded {
  /** A country or area with an ISO 3166-1 code. */
  COUNTRY("country"),
  /** A geographic region, such as a UN M49 region. */
  REGION("region"),
  /** A group of countries defined by a list, such as the least developed countries. */
  GROUP("group"),
  /** An organisation: a ministry, bank, company, university or international body. */
  ORGANIZATION("organization"),
  /** A standing forum of states, such as FOCAC. */
  FORUM("forum"),
  /** A body of people who hold a view, such as "Chinese citizens". */
  COMMUNITY("community"),
  /** A single person whose view is recorded, such as a researcher. */
  PERSON("person");

  private final String code;

  ActorType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
