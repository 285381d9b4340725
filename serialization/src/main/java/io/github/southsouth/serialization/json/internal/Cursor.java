package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadPolicy;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A position in a token stream being read, with where problems go: the parser, the name of the
 * input, whether it is YAML (where scalars of any type may stand for text), the problem collector
 * and the {@link ReadPolicy} that gives each problem its severity. Not thread-safe; one per input.
 */
public final class Cursor {

  /** The only explicit YAML tag accepted: the standard string tag. */
  private static final String STRING_TAG = "tag:yaml.org,2002:str";

  private final JsonParser parser;
  private final @Nullable String source;
  private final boolean yaml;
  private ProblemReport.Collector problems;
  private final ReadPolicy policy;
  private boolean stopped;
  private final int maxAliases;
  private final int maxNumberLength;
  private int aliases;

  /**
   * Creates a cursor.
   *
   * @param parser the parser, positioned before or at the first token to read
   * @param source the input's name, or null if it has none
   * @param problems where problems go
   * @param policy how problems count: unknown fields are recoverable, values that cannot be read
   *     invalid, and what stops reading fatal
   * @param maxAliases the most YAML aliases reported before reading stops
   * @param maxNumberLength the longest decimal accepted, in characters
   */
  public Cursor(
      JsonParser parser,
      @Nullable String source,
      ProblemReport.Collector problems,
      ReadPolicy policy,
      int maxAliases,
      int maxNumberLength) {
    this.parser = parser;
    this.source = source;
    this.yaml = parser instanceof YAMLParser;
    this.problems = problems;
    this.policy = policy;
    this.maxAliases = maxAliases;
    this.maxNumberLength = maxNumberLength;
  }

  /** Returns the parser. */
  public JsonParser parser() {
    return parser;
  }

  /** Returns the input's name, or null. */
  public @Nullable String source() {
    return source;
  }

  /** Tells whether the input is YAML. */
  public boolean isYaml() {
    return yaml;
  }

  /** Returns the longest decimal accepted. */
  int maxNumberLength() {
    return maxNumberLength;
  }

  /** Returns the collector. */
  public ProblemReport.Collector problems() {
    return problems;
  }

  /**
   * Sends further problems to another collector.
   *
   * @param problems the collector
   */
  public void problems(ProblemReport.Collector problems) {
    this.problems = problems;
  }

  /** Returns the current token. */
  public @Nullable JsonToken token() {
    return parser.currentToken();
  }

  /**
   * Moves to the next token, refusing YAML tags other than {@code !!str} and YAML aliases.
   *
   * @return the token, or null at the end of input
   * @throws FatalReadException if too many aliases were found
   */
  public @Nullable JsonToken next() {
    JsonToken token = parser.nextToken();
    if (yaml && token != null) {
      checkYaml((YAMLParser) parser);
    }
    return token;
  }

  private void checkYaml(YAMLParser yamlParser) {
    String tag = yamlParser.getRawTag();
    if (tag != null && !tag.equals(STRING_TAG) && !tag.equals("!!str")) {
      String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
      throw new FatalReadException(
          policy.problem(
              ProblemKind.FATAL,
              ProblemCode.UNSAFE_CONTENT,
              "the YAML tag " + shorten(shown) + " is not allowed: southsouth documents use plain"
                  + " values only (no tags, no custom types)",
              here()));
    }
    if (yamlParser.isCurrentAlias()) {
      aliases++;
      if (aliases > maxAliases) {
        throw new FatalReadException(
            policy.problem(
                ProblemKind.FATAL,
                ProblemCode.LIMIT_EXCEEDED,
                "more than " + maxAliases + " YAML aliases: reading stopped (the limit is"
                    + " NativeReader.withMaxYamlAliases)",
                here()));
      }
      // not expanded, so the document is read on, but what it holds is incomplete
      fatal(
          ProblemCode.UNSAFE_CONTENT,
          "the YAML alias *" + shorten(yamlParser.getString()) + " is not supported: write the value"
              + " out in full (southsouth documents use no anchors or aliases)",
          here());
    }
  }

  /**
   * Returns the parser's location of the current token, cheaply, to report a problem there later
   * with {@link #here(TokenStreamLocation)}.
   *
   * @return the mark
   */
  public TokenStreamLocation mark() {
    return parser.currentTokenLocation();
  }

  /**
   * Returns the location of a mark, with the JSON Pointer of the current token: right for a
   * problem found while still inside the value the mark was taken at.
   *
   * @param mark the mark
   * @return the location
   */
  public Location here(TokenStreamLocation mark) {
    return at(mark, pointer());
  }

  /**
   * Returns the JSON Pointer of the current token.
   *
   * @return the pointer, empty at the root
   */
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /**
   * Returns the location of the current token: source, line, column and JSON Pointer.
   *
   * @return the location
   */
  public Location here() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at(at, parser.streamReadContext().pathAsPointer().toString());
  }

  /**
   * Returns a location with this cursor's source.
   *
   * @param at the parser's location, or null
   * @param pointer the JSON Pointer, or empty
   * @return the location
   */
  public Location at(@Nullable TokenStreamLocation at, String pointer) {
    Location.Builder location = Location.builder();
    if (source != null) {
      location.source(source);
    }
    if (at != null && at.getLineNr() > 0) {
      location.line(at.getLineNr());
      if (at.getColumnNr() > 0) {
        location.column(at.getColumnNr());
      }
    }
    if (!pointer.isEmpty()) {
      location.pointer(pointer);
    }
    return location.build();
  }

  /**
   * Reports a value that cannot be read at the current token: an {@link ProblemKind#INVALID}
   * problem, an error in both modes.
   *
   * @param code the code
   * @param message what was found and what was expected
   */
  public void error(ProblemCode code, String message) {
    error(code, message, here());
  }

  /**
   * Reports a value that cannot be read at a location: an {@link ProblemKind#INVALID} problem, an
   * error in both modes.
   *
   * @param code the code
   * @param message what was found and what was expected
   * @param at where
   */
  public void error(ProblemCode code, String message, Location at) {
    problems.add(policy.problem(ProblemKind.INVALID, code, message, at));
  }

  /**
   * Reports a problem after which the input cannot be read on, or not completely (a {@link
   * ProblemKind#FATAL} problem); the read fails without checking the graph's rules.
   *
   * @param code the code
   * @param message what was found and what was expected
   * @param at where
   */
  public void fatal(ProblemCode code, String message, Location at) {
    problems.add(policy.problem(ProblemKind.FATAL, code, message, at));
    stopped = true;
  }

  /**
   * Reports the problem that stopped reading: that of a {@link FatalReadException} or a parser
   * error translated by {@link JacksonErrors}.
   *
   * @param found the problem
   */
  public void stop(Problem found) {
    fatal(found.code(), found.message(), found.location());
  }

  /**
   * Tells whether a {@link ProblemKind#FATAL} problem was reported.
   *
   * @return true if reading stopped, or what was read is incomplete
   */
  public boolean stopped() {
    return stopped;
  }

  /**
   * Reports an unknown field at the current property name, a {@link ProblemKind#RECOVERABLE}
   * problem (an error when strict, a warning when lenient), and skips its value.
   *
   * @param field the field's name
   * @param what what the field is in, e.g. "an actor"
   * @param expected the fields allowed there
   */
  public void unknownField(String field, String what, String expected) {
    Location at = here();
    String message =
        "unknown field \"" + shorten(field) + "\" in " + what + ": expected one of " + expected;
    problems.add(policy.problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_FIELD, message, at));
    next();
    skip();
  }

  /** Skips the current value with its children. */
  public void skip() {
    parser.skipChildren();
  }

  /**
   * Checks that the current token starts an object; if not, reports a wrong type and skips it.
   *
   * @param what what the object is, e.g. "an entity"
   * @return true if it is an object
   */
  public boolean expectObject(String what) {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(what + " (an object)");
    return false;
  }

  /**
   * Checks that the current token starts an array; if not, reports a wrong type and skips it.
   *
   * @param what what the list holds
   * @return true if it is an array
   */
  public boolean expectArray(String what) {
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    wrongType("a list of " + what);
    return false;
  }

  /**
   * Reads the name of the next field of the current object.
   *
   * @return the name, or null at the end of the object
   */
  public @Nullable String nextField() {
    JsonToken token = next();
    if (token == JsonToken.PROPERTY_NAME) {
      return parser.currentName();
    }
    return null;
  }

  /**
   * Moves to the value of the current field.
   */
  public void toValue() {
    next();
  }

  /**
   * Reads the current token as text: a JSON string or, in YAML, any scalar.
   *
   * @param what what is expected, e.g. "a date"
   * @return the text, or null after reporting a wrong type
   */
  public @Nullable String text(String what) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    if (yaml && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
      return parser.getString();
    }
    wrongType(what);
    return null;
  }

  /**
   * Reads the current token as text, like {@link #text(String)}, with what is expected given in
   * two parts that are joined only if a wrong type is reported.
   *
   * @param what the start of what is expected, e.g. "an actor id"
   * @param rest the rest, e.g. " as text, kind:slug"
   * @return the text, or null after reporting a wrong type
   */
  public @Nullable String text(String what, String rest) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING
        || (yaml && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL)) {
      return parser.getString();
    }
    wrongType(what + rest);
    return null;
  }

  /**
   * Reads the current token as text, like {@link #text(String)}, with what is expected given in
   * three parts that are joined only if a wrong type is reported.
   *
   * @param a the first part
   * @param b the second part
   * @param c the third part
   * @return the text, or null after reporting a wrong type
   */
  public @Nullable String text(String a, String b, String c) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING
        || (yaml && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL)) {
      return parser.getString();
    }
    wrongType(a + b + c);
    return null;
  }

  /**
   * Reports that the current value has the wrong type and skips it.
   *
   * @param expected what was expected
   */
  public void wrongType(String expected) {
    error(ProblemCode.WRONG_TYPE, "expected " + expected + ", found " + describe(parser.currentToken()));
    skip();
  }

  /**
   * Describes a token for a message.
   *
   * @param token the token
   * @return e.g. "a number"
   */
  public static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true/false";
      case VALUE_NULL:
        return "null";
      default:
        return "a " + token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * Cuts a value for a message to at most 60 characters.
   *
   * @param value the value
   * @return the value, cut with "..." if longer
   */
  public static String shorten(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
