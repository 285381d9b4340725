package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * An area of contribution, such as infrastructure investment, technological assistance or multilateral platforms. A theme may map to OECD-DAC sector codes, which lets importers link projects to it.
 *
 * <p>Make one with {@link #builder()}; copy and change one with {@code builder().from(x)}. Immutable and thread-safe, with structural equality over every attribute.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class Theme implements Entity {

  Theme() {}

  @Override
  public final Kind kind() {
    return Kind.THEME;
  }

  /**
   * Returns the OECD-DAC sector codes (three or five digits) this theme covers.
   *
   * @return the codes, in the order given
   */
  public abstract ImmutableList<String> dacSectors();

  @Value.Check
  void check() {
    Kind.THEME.checkIdOfThisKind(id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Theme}. Not thread-safe; use one per thread. */
  public static class Builder extends ImmutableTheme.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
