package io.github.southsouth.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sector an {@link Initiative} works in: a code from a {@link SectorVocabulary} (OECD-DAC
 * five-digit purpose codes by default) and, optionally, the share of the initiative in it.
 *
 * <p>Shares are percentages; {@code CooperationGraph} checks that each is within 0 to 100 and that
 * the shares of one vocabulary add up to at most 100. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Sector {

  Sector() {}

  /**
   * Returns the code, e.g. {@code 23230} (solar energy).
   *
   * @return the code, not blank
   */
  public abstract String code();

  /**
   * Returns the vocabulary of the code; DAC five-digit unless said otherwise.
   *
   * @return the vocabulary
   */
  @Value.Default
  public SectorVocabulary vocabulary() {
    return SectorVocabulary.DAC_5;
  }

  /**
   * Returns the share of the initiative in this sector, in percent.
   *
   * @return the share
   */
  public abstract Optional<BigDecimal> share();

  @Value.Check
  void check() {
    if (code().isBlank()) {
      throw new IllegalArgumentException("a sector code is blank");
    }
  }

  /**
   * Returns a DAC five-digit sector with no share.
   *
   * @param code the DAC code
   * @return the sector
   */
  public static Sector dac(String code) {
    return builder().code(code).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Sector}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableSector.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
