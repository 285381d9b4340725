package io.github.southsouth.serialization.json.internal;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which strings the YAML writer quotes: those Jackson quotes anyway, and every plain
 * scalar that a YAML 1.1 loader (PyYAML's {@code yaml.safe_load}, SnakeYAML 1.x and 2.x, Ruby's
 * Psych) would turn into something other than the same string: booleans such as {@code yes},
 * {@code no}, {@code on}, {@code off}, {@code y} and {@code n} in any case; integers in octal
 * ({@code 0777}), hexadecimal ({@code 0x1F}), binary, with underscores ({@code 1_000}) or in base 60
 * ({@code 12:30}); floats such as {@code 1e3} or {@code .inf}; {@code null} and {@code ~}; dates
 * and timestamps ({@code 1955-04-18}); and the merge and value keys {@code <<} and {@code =}. So
 * a file this library writes reads back as the same strings its JSON form holds, in any YAML
 * tool. Keys are checked too: a language tag {@code no} (Norwegian) would otherwise become the
 * boolean {@code false}.
 *
 * <p>The patterns are those of the YAML 1.1 type repository as SnakeYAML and PyYAML implement
 * them, widened where the two differ (a quote too many costs nothing).
 *
 * <p>Immutable and thread-safe.
 */
public final class Yaml11Quoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  private static final Pattern NOT_A_STRING_IN_YAML_1_1 =
      Pattern.compile(
          String.join(
              "|",
              // bool (YAML 1.1 spec, including y and n, which PyYAML and SnakeYAML leave alone)
              "(?i:y|n|yes|no|true|false|on|off)",
              // int: binary, octal, decimal, hexadecimal, base 60, with underscores
              "[-+]?0b[0-1_]+",
              "[-+]?0[0-7_]+",
              "[-+]?(?:0|[1-9][0-9_]*)",
              "[-+]?0x[0-9a-fA-F_]+",
              "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?",
              // float, including exponents without a dot, infinities and not-a-number
              "[-+]?(?:\\.[0-9_]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?",
              "[-+]?\\.(?:inf|Inf|INF)",
              "\\.(?:nan|NaN|NAN)",
              // null, merge, value
              "~|null|Null|NULL|<<|=",
              // timestamp: a date, or a date and a time
              "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                  + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?"));

  /** The one instance. */
  public static final Yaml11Quoting INSTANCE = new Yaml11Quoting();

  private Yaml11Quoting() {}

  /**
   * Tells whether a YAML 1.1 loader would read {@code text}, written as a plain scalar, as
   * anything but this string. O(length).
   *
   * @param text the string
   * @return true if it must be quoted
   */
  public static boolean resolvesToAnotherType(String text) {
    return text.isEmpty() || NOT_A_STRING_IN_YAML_1_1.matcher(text).matches();
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || resolvesToAnotherType(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || resolvesToAnotherType(value);
  }
}
