package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReadOptions;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Translates the errors of Jackson and SnakeYAML into located problems with our own words: the
 * raw messages and class names of the parsers never reach users. Stateless.
 */
public final class JacksonErrors {

  private JacksonErrors() {}

  /**
   * Translates a parser error.
   *
   * @param e the error
   * @param cursor the cursor that was reading, for the source name and pointer
   * @param options the limits in force, to name them
   * @param afterRoot whether the document's root value was complete when it happened
   * @return the problem
   */
  public static Problem translate(
      JacksonException e, Cursor cursor, ReadOptions options, boolean afterRoot) {
    JsonParser parser = cursor.parser();
    TokenStreamLocation at = e.getLocation();
    if (e instanceof StreamConstraintsException
        && String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT).contains("string value length")) {
      at = safeTokenLocation(parser); // where the string starts, not where reading stopped
    }
    if (at == null || at.getLineNr() <= 0) {
      at = safeLocation(parser);
    }
    Mark mark = yamlMark(e);
    if (mark != null) {
      at = new TokenStreamLocation(null, -1, mark.getLine() + 1, mark.getColumn() + 1);
    }
    String pointer = "";
    try {
      pointer = parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      // no pointer then
    }
    Location location = cursor.at(at, pointer);
    String raw = String.valueOf(e.getOriginalMessage());
    String lower = raw.toLowerCase(Locale.ROOT);

    if (e instanceof StreamConstraintsException) {
      return Problem.error(ProblemCode.LIMIT_EXCEEDED, limitMessage(lower, options), location);
    }
    if (e instanceof JacksonIOException) {
      Throwable cause = e.getCause();
      if (cause instanceof CharConversionException
          || cause instanceof CharacterCodingException
          || lower.contains("utf-8")
          || lower.contains("invalid utf")) {
        return Problem.error(ProblemCode.INVALID_ENCODING, "the input is not valid UTF-8", location);
      }
      return Problem.error(
          ProblemCode.IO_ERROR,
          "the input could not be read" + (cause instanceof IOException && cause.getMessage() != null
              ? ": " + Cursor.shorten(cause.getMessage()) : ""),
          location);
    }
    if (lower.contains("invalid utf-8") || lower.contains("invalid utf8") || lower.contains("utf-8")
        || lower.contains("surrogate") || lower.contains("malformed input")) {
      return Problem.error(ProblemCode.INVALID_ENCODING, "the input is not valid UTF-8", location);
    }
    if (lower.contains("code 0)") || lower.contains("special characters are not allowed")
        || lower.contains("ctrl-char") || lower.contains("control character")) {
      return Problem.error(
          ProblemCode.INVALID_ENCODING,
          "the input holds a control character (such as NUL) that is not allowed here",
          location);
    }
    if (lower.startsWith("duplicate object property") || lower.contains("duplicate field")
        || lower.contains("duplicate key")) {
      String name = between(raw, '"', '"');
      return Problem.error(
          ProblemCode.DUPLICATE_KEY,
          "the key " + (name == null ? "" : "\"" + Cursor.shorten(name) + "\" ")
              + "appears twice in one object: expected each key at most once",
          location);
    }
    if (afterRoot) {
      return Problem.error(
          ProblemCode.TRAILING_CONTENT,
          "something follows the end of the document: expected nothing after the root object",
          location);
    }
    if (e instanceof UnexpectedEndOfInputException || lower.contains("end-of-input")
        || lower.contains("stream end") || lower.contains("unexpected end")) {
      return Problem.error(
          ProblemCode.SYNTAX,
          "the document ends too early: an object, list or string is not closed",
          location);
    }
    if (lower.contains("(tab)") || lower.contains("\\t(tab)")) {
      return Problem.error(
          ProblemCode.SYNTAX,
          "a tab character is used for indentation: YAML indents with spaces only",
          location);
    }
    return Problem.error(ProblemCode.SYNTAX, syntaxMessage(cursor.isYaml(), raw), location);
  }

  /** Returns where SnakeYAML saw the problem: more precise than the last token's location. */
  private static @Nullable Mark yamlMark(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYamlEngineException) {
        return ((MarkedYamlEngineException) t).getProblemMark().orElse(null);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static @Nullable TokenStreamLocation safeTokenLocation(JsonParser parser) {
    try {
      return parser.currentTokenLocation();
    } catch (RuntimeException ignored) {
      return null;
    }
  }

  private static @Nullable TokenStreamLocation safeLocation(JsonParser parser) {
    try {
      return parser.currentLocation();
    } catch (RuntimeException ignored) {
      return null;
    }
  }

  private static String limitMessage(String lower, ReadOptions options) {
    if (lower.contains("nesting depth")) {
      return "the document nests objects and lists deeper than the limit of "
          + options.limits().maxNestingDepth() + " (ReadLimits.maxNestingDepth)";
    }
    if (lower.contains("string value length") || lower.contains("name length")) {
      return "a text value is longer than the limit of " + options.limits().maxStringLength()
          + " characters (ReadLimits.maxStringLength)";
    }
    if (lower.contains("number value length") || lower.contains("number length")) {
      return "a number is longer than the limit of " + options.limits().maxNumberLength()
          + " characters (ReadLimits.maxNumberLength)";
    }
    if (lower.contains("document length")) {
      return "the document is larger than the limit of " + options.limits().maxDocumentLength()
          + " (ReadLimits.maxDocumentLength)";
    }
    return "a safety limit on untrusted input was reached (see ReadOptions)";
  }

  /** Says what kind of syntax error it is, in our words, without the parser's text. */
  private static String syntaxMessage(boolean yaml, String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    if (yaml) {
      if (lower.contains("mapping values are not allowed")) {
        return "not well-formed YAML: a \"key: value\" is not allowed here (check the indentation"
            + " and quote values that contain \": \")";
      }
      if (lower.contains("could not find expected ':'")) {
        return "not well-formed YAML: expected \"key: value\"";
      }
      if (lower.contains("flow sequence") || lower.contains("flow mapping")) {
        return "not well-formed YAML: a [list] or {map} written inline is not closed";
      }
      if (lower.contains("block")) {
        return "not well-formed YAML: the indentation does not match the structure";
      }
      if (lower.contains("quoted scalar")) {
        return "not well-formed YAML: a quoted value is not closed";
      }
      return "not well-formed YAML";
    }
    if (lower.startsWith("unrecognized token")) {
      String token = between(raw, '\'', '\'');
      return "not well-formed JSON: unexpected " + (token == null ? "text" : "\"" + Cursor.shorten(token) + "\"")
          + ": expected a string, number, object, list, true, false or null";
    }
    if (lower.startsWith("unexpected character")) {
      String found = between(raw, '\'', '\'');
      String expected = "";
      int was = lower.indexOf("was expecting");
      if (was >= 0) {
        if (lower.indexOf("comma", was) >= 0) {
          expected = ": expected a comma or the end of the object or list";
        } else if (lower.indexOf("double-quote", was) >= 0) {
          expected = ": expected a key in double quotes";
        } else if (lower.indexOf("colon", was) >= 0) {
          expected = ": expected a colon after the key";
        }
      }
      return "not well-formed JSON: unexpected character "
          + (found == null ? "" : "'" + Cursor.shorten(found) + "'") + expected;
    }
    return "not well-formed JSON";
  }

  private static @Nullable String between(String text, char open, char close) {
    int start = text.indexOf(open);
    if (start < 0) {
      return null;
    }
    int end = text.indexOf(close, start + 1);
    return end < 0 ? null : text.substring(start + 1, end);
  }
}
