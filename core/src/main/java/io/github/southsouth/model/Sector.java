package io.github.southsouth.model;

import static com.google.common.base.Preconditions.checkNotNull;

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
    checkNotNull(code, "code");
    return builder().code(code).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return ImmutableSector.builder();
  }

  /**
   * Builds {@link Sector} values: set the attributes, then call {@link #build()}. Made with {@link
   * Sector#builder()}; a builder may be filled from an existing value with {@code from(...)} to make
   * a changed copy.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Fills this builder with the attribute values of an existing {@link Sector}: values are replaced, absent optional values do not replace present ones.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder from(Sector instance);

    /**
     * Sets {@link Sector#code() code}.
     *
     * @param code the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder code(String code);

    /**
     * Sets {@link Sector#vocabulary() vocabulary}. If not set, the default of {@link Sector#vocabulary() vocabulary} applies.
     *
     * @param vocabulary the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder vocabulary(SectorVocabulary vocabulary);

    /**
     * Sets the optional {@link Sector#share() share}.
     *
     * @param share the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder share(BigDecimal share);

    /**
     * Sets the optional {@link Sector#share() share}; an empty optional makes it absent.
     *
     * @param share the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    public abstract Builder share(Optional<? extends BigDecimal> share);

    /**
     * Builds a new {@link Sector Sector}.
     *
     * @return the value
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the value breaks one of its own checks
     */
    public abstract Sector build();
  }
}
