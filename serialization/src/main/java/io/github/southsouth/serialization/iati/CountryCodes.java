package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * ISO 3166-1 alpha-2 to alpha-3 and numeric (UN M49) codes, from the bundled {@code
 * country-codes.csv} (datasets/country-codes, PDDL; see {@code NOTICE.md}). Thread-safe; loaded once.
 */
final class CountryCodes {

  /** Alpha-3 and M49 of one country. */
  static final class Codes {
    final String alpha3;
    final String m49;

    Codes(String alpha3, String m49) {
      this.alpha3 = alpha3;
      this.m49 = m49;
    }
  }

  private static final ImmutableMap<String, Codes> BY_ALPHA2 = load();

  private CountryCodes() {}

  static Optional<Codes> byAlpha2(String alpha2) {
    return Optional.ofNullable(BY_ALPHA2.get(alpha2));
  }

  private static ImmutableMap<String, Codes> load() {
    ImmutableMap.Builder<String, Codes> map = ImmutableMap.builder();
    try (InputStream in = CountryCodes.class.getResourceAsStream("country-codes.csv")) {
      if (in == null) {
        throw new IllegalStateException("country-codes.csv is not bundled");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split(",", -1);
        map.put(parts[0], new Codes(parts[1], parts[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map.buildOrThrow();
  }
}
