package io.github.southsouth.model;

/**
 * The code list a {@link Sector} code comes from.
 *
 * <p>A closed vocabulary; each constant has a stable wire {@linkplain #code() code}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum SectorVocabulary implements Coded {
  /** OECD-DAC purpose codes, five digits. */
  DAC_5("dac-5"),
  /** OECD-DAC sector categories, three digits. */
  DAC_3("dac-3"),
  /** Any other vocabulary, such as a publisher's own. */
  OTHER("other");

  private final String code;

  SectorVocabulary(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
