package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.problem.Severity;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadLimits;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadResult;
import io.github.southsouth.testing.SilentStreams;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input, one case per test: each asserts the problem code and where it is (line and column),
 * and that the read ends within a bounded time without running out of memory or stack.
 */
@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class BadInputTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  private static final String HEAD = "{\"format\": \"southsouth\", \"formatVersion\": 1,\n";

  private static ProblemReport problems(InputStream in, Syntax syntax, ReadOptions options) {
    return assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            ReadResult result = NativeFormat.reader(options).readResult(in, "in." + syntax.name().toLowerCase(Locale.ROOT), syntax);
            return result.warnings();
          } catch (ModelReadException e) {
            assertThat(e.getMessage()).doesNotContain("tools.jackson", "Exception", "Immutable", "snakeyaml");
            return e.report();
          }
        });
  }

  private static ProblemReport problems(String text, Syntax syntax) {
    return problems(bytes(text), syntax, ReadOptions.defaults());
  }

  private static ProblemReport json(String text) {
    return problems(text, Syntax.JSON);
  }

  private static ProblemReport yaml(String text) {
    return problems(text, Syntax.YAML);
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Asserts that the report holds an error with this code at this line and column, and returns it. */
  private static Problem assertError(ProblemReport report, ProblemCode code, int line, int column) {
    assertThat(report.errors()).as(report.toString()).extracting(Problem::code).contains(code);
    Problem problem = report.errors().stream().filter(p -> p.code() == code).findFirst().orElseThrow();
    assertThat(problem.location().line()).as(problem.toString()).hasValue(line);
    assertThat(problem.location().column()).as(problem.toString()).hasValue(column);
    assertThat(problem.toString()).startsWith(problem.location().source().orElseThrow() + ":" + line + ":" + column + ": " + code.code() + " ");
    return problem;
  }

  /** An input of {@code prefix}, then {@code count} times {@code fill}, then {@code suffix}, made as read. */
  private static InputStream generated(String prefix, byte fill, long count, String suffix) {
    InputStream middle =
        new InputStream() {
          long left = count;

          @Override
          public int read() {
            return left-- > 0 ? fill : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, fill);
            left -= n;
            return n;
          }
        };
    return new SequenceInputStream(new SequenceInputStream(bytes(prefix), middle), bytes(suffix));
  }

  private static String actor(String fields) {
    return HEAD + "\"entities\": [\n{\"id\": \"actor:ken\", \"name\": {\"en\": \"Kenya\"}, \"actorType\": \"country\"" + fields + "}\n]}\n";
  }

  // ------------------------------------------------------------ syntax and encoding

  @Test
  void emptyFile() {
    assertError(json(""), ProblemCode.EMPTY_INPUT, 1, 1);
  }

  @Test
  void whitespaceOnly() {
    assertError(yaml("  \n\n   \n"), ProblemCode.EMPTY_INPUT, 1, 1);
    assertError(json(" \n\t\n"), ProblemCode.EMPTY_INPUT, 1, 1);
  }

  @Test
  void notAnObject() {
    Problem problem = assertError(json("\n  [1, 2, 3]\n"), ProblemCode.WRONG_TYPE, 2, 3);
    assertThat(problem.message()).contains("found a list");
  }

  @Test
  void syntaxError() {
    Problem problem = assertError(json(HEAD + "\"entities\": [,]}"), ProblemCode.SYNTAX, 2, 14);
    assertThat(problem.message()).startsWith("not well-formed JSON");
  }

  @Test
  void truncatedDocument() {
    Problem problem = assertError(json(HEAD + "\"entities\": [{\"id\": \"actor:ken\""), ProblemCode.SYNTAX, 2, 32);
    assertThat(problem.message()).contains("ends too early");
  }

  @Test
  void trailingGarbage() {
    assertError(json(HEAD + "\"entities\": []}\n} x"), ProblemCode.TRAILING_CONTENT, 3, 1);
    assertError(json(HEAD + "\"entities\": []}\n{}"), ProblemCode.TRAILING_CONTENT, 3, 1);
  }

  @Test
  void secondYamlDocument() {
    assertError(yaml("format: southsouth\nformatVersion: 1\n---\nformat: other\n"), ProblemCode.TRAILING_CONTENT, 4, 1);
  }

  @Test
  void invalidUtf8() {
    byte[] head = (HEAD + "\"entities\": [{\"id\": \"actor:ken\", \"name\": {\"en\": \"K").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[head.length + 3];
    System.arraycopy(head, 0, bad, 0, head.length);
    bad[head.length] = (byte) 0xC3;
    bad[head.length + 1] = (byte) 0x28; // not a continuation byte
    bad[head.length + 2] = '"';
    ProblemReport report = problems(new ByteArrayInputStream(bad), Syntax.JSON, ReadOptions.defaults());
    assertError(report, ProblemCode.INVALID_ENCODING, 2, 53); // just after the bad bytes
  }

  @Test
  void invalidUtf8InYaml() {
    byte[] head = "format: southsouth\nformatVersion: 1\nentities:\n  - id: ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[head.length + 2];
    System.arraycopy(head, 0, bad, 0, head.length);
    bad[head.length] = (byte) 0xFF;
    bad[head.length + 1] = '\n';
    ProblemReport report = problems(new ByteArrayInputStream(bad), Syntax.YAML, ReadOptions.defaults());
    assertThat(report.errors()).extracting(Problem::code).containsExactly(ProblemCode.INVALID_ENCODING);
    assertThat(report.errors().get(0).location().source()).hasValue("in.yaml");
  }

  @Test
  void nulBytes() {
    assertError(json(HEAD + "\"entities\": [{\"id\": \"actor:k\u0000en\"}]}"), ProblemCode.INVALID_ENCODING, 2, 29);
    // SnakeYAML checks characters a buffer at a time, before it knows lines: the whole input is refused
    ProblemReport yamlNul = yaml("format: southsouth\nformatVersion: 1\nx: \u0000\n");
    assertThat(yamlNul.errors()).extracting(Problem::code).containsExactly(ProblemCode.INVALID_ENCODING);
  }

  @Test
  void duplicateKey() {
    Problem problem = assertError(json(actor(",\n\"iso2\": \"KE\", \"iso2\": \"KE\"")), ProblemCode.DUPLICATE_KEY, 4, 21); // Jackson finds it at the end of the repeated key
    assertThat(problem.message()).contains("\"iso2\"");
    assertError(yaml("format: southsouth\nformatVersion: 1\nformat: southsouth\n"), ProblemCode.DUPLICATE_KEY, 3, 7);
  }

  @Test
  void yamlTabs() {
    Problem problem =
        assertError(yaml("format: southsouth\nformatVersion: 1\nentities:\n\t- id: actor:ken\n"), ProblemCode.SYNTAX, 4, 1);
    assertThat(problem.message()).contains("tab");
  }

  // ------------------------------------------------------------ the document model

  @Test
  void unknownFieldIsAnErrorWhenStrict() {
    Problem problem = assertError(json(actor(",\n  \"colour\": \"red\"")), ProblemCode.UNKNOWN_FIELD, 4, 3);
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.message()).contains("\"colour\"");
    assertThat(problem.location().pointer()).hasValue("/entities/0/colour");
  }

  @Test
  void unknownFieldIsAWarningWhenLenient() {
    ProblemReport warnings = problems(bytes(actor(",\n  \"colour\": \"red\"")), Syntax.JSON, ReadOptions.lenient());
    assertThat(warnings.hasErrors()).isFalse();
    assertThat(warnings.warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD);
      assertThat(p.location().line()).hasValue(4);
      assertThat(p.toString()).contains("warning: unknown-field");
    });
  }

  @Test
  void missingRequiredField() {
    String doc = HEAD + "\"entities\": [\n  {\"id\": \"actor:ken\", \"name\": {\"en\": \"Kenya\"}}\n]}";
    Problem problem = assertError(json(doc), ProblemCode.MISSING_FIELD, 3, 3);
    assertThat(problem.message()).contains("actorType").contains("country");
  }

  @Test
  void wrongJsonType() {
    String doc = HEAD + "\"entities\": [\n  {\"id\": \"actor:ken\", \"name\": 5, \"actorType\": \"country\"}\n]}";
    Problem problem = assertError(json(doc), ProblemCode.WRONG_TYPE, 3, 31);
    assertThat(problem.message()).contains("found a number");
    assertThat(problem.location().pointer()).hasValue("/entities/0/name");
  }

  @Test
  void decimalAsNumberInJsonIsWrongType() {
    String doc = HEAD + "\"relations\": [\n  {\"from\": \"initiative:a\", \"type\": \"benefits\", \"to\": \"actor:b\", \"share\": 25}\n]}";
    assertError(json(doc), ProblemCode.WRONG_TYPE, 3, 74);
  }

  @Test
  void unknownEnumCode() {
    Problem problem = assertError(json(actor("").replace("\"country\"", "\"nation\"")), ProblemCode.UNKNOWN_CODE, 3, 59);
    assertThat(problem.message()).isEqualTo("unknown actor type \"nation\": expected one of country, region, group, organization, forum, community, person");
  }

  @Test
  void badLanguageTag() {
    Problem problem = assertError(json(actor("").replace("{\"en\": \"Kenya\"}", "{\"en\": \"Kenya\", \"not a tag!\": \"x\"}")), ProblemCode.INVALID_VALUE, 3, 45);
    assertThat(problem.message()).contains("language tag");
  }

  @Test
  void badDate() {
    String doc = HEAD + "\"entities\": [\n  {\"id\": \"source:s\", \"name\": {\"en\": \"S\"},\n   \"date\": \"2021-02-30\"}\n]}";
    Problem problem = assertError(json(doc), ProblemCode.INVALID_VALUE, 4, 12);
    assertThat(problem.message()).isEqualTo("invalid date \"2021-02-30\": day 30 does not exist in 2021-02");
    assertThat(json(doc.replace("2021-02-30", "30 May 2021")).errors().get(0).message()).contains("expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void badCurrency() {
    String doc = initiativeWithMoney("{\"amount\": \"10\", \"currency\": \"usd\"}");
    Problem problem = assertError(json(doc), ProblemCode.INVALID_VALUE, 5, 47);
    assertThat(problem.message()).contains("\"usd\"").contains("ISO 4217");
  }

  @Test
  void unknownCurrencyIsLocatedAtItsEntity() {
    String doc = initiativeWithMoney("{\"amount\": \"10\", \"currency\": \"XYZ\"}");
    Problem problem = assertError(json(doc), ProblemCode.UNKNOWN_CURRENCY, 3, 3);
    assertThat(problem.location().pointer()).hasValue("/entities/0");
    assertThat(problem.location().subject()).hasValue("initiative:i");
  }

  @Test
  void badDecimal() {
    Problem problem = assertError(json(initiativeWithMoney("{\"amount\": \"1e6\", \"currency\": \"USD\"}")), ProblemCode.INVALID_VALUE, 5, 29);
    assertThat(problem.message()).contains("no exponent");
    assertError(json(initiativeWithMoney("{\"amount\": \"1,000\", \"currency\": \"USD\"}")), ProblemCode.INVALID_VALUE, 5, 29);
  }

  private static String initiativeWithMoney(String money) {
    return HEAD + "\"entities\": [\n  {\"id\": \"initiative:i\", \"name\": {\"en\": \"I\"}, \"initiativeKind\": \"project\",\n"
        + "   \"financing\": [{\"instrument\": \"grant\",\n"
        + "     \"amounts\": [" + money + "]}]}\n]}";
  }

  @Test
  void missingRequiredFieldsAreNamedAtTheObject() {
    // an amount of money names the first field missing, a relation every one
    Problem money = assertError(json(initiativeWithMoney("{\"basis\": \"nominal\"}")), ProblemCode.MISSING_FIELD, 5, 18);
    assertThat(money.message()).isEqualTo("an amount of money has no amount: expected amount and currency");
    String doc = HEAD + "\"entities\": [\n" + SOURCES + "],\n\"relations\": [\n  {\"type\": \"benefits\"}\n]}";
    Problem relation = assertError(json(doc), ProblemCode.MISSING_FIELD, 8, 3);
    assertThat(relation.message()).isEqualTo("a relation has no from, to: expected from, type and to");
    assertThat(relation.location().pointer()).hasValue("/relations/0");
  }

  @Test
  void badEntityId() {
    Problem problem = assertError(json(actor("").replace("\"actor:ken\"", "\"actor:Kenya Republic\"")), ProblemCode.INVALID_VALUE, 3, 8);
    assertThat(problem.message()).contains("invalid slug");
    assertError(json(actor("").replace("\"actor:ken\"", "\"country:ken\"")), ProblemCode.INVALID_VALUE, 3, 8);
  }

  @Test
  void fieldOfAnotherKind() {
    Problem problem = assertError(json(actor(",\n  \"initiativeKind\": \"project\"")), ProblemCode.UNKNOWN_FIELD, 4, 3);
    assertThat(problem.message()).contains("not a field of an actor").contains("actorType");
  }

  @Test
  void unsupportedFormatVersion() {
    Problem problem = assertError(json("{\"format\": \"southsouth\",\n \"formatVersion\": 2}"), ProblemCode.UNSUPPORTED_VERSION, 2, 19);
    assertThat(problem.message()).isEqualTo("formatVersion 2 is not supported: this reader supports formatVersion 1");
  }

  @Test
  void wrongFormat() {
    assertError(yaml("format: geojson\nformatVersion: 1\n"), ProblemCode.WRONG_FORMAT, 1, 9);
    assertError(json("{\n \"type\": \"FeatureCollection\"}"), ProblemCode.WRONG_FORMAT, 1, 1);
  }

  // ------------------------------------------------------------ rules of the graph, located

  private static final String SOURCES =
      "  {\"id\": \"actor:a\", \"name\": {\"en\": \"A\"}, \"actorType\": \"region\"},\n"
          + "  {\"id\": \"actor:b\", \"name\": {\"en\": \"B\"}, \"actorType\": \"region\"},\n"
          + "  {\"id\": \"initiative:i\", \"name\": {\"en\": \"I\"}, \"initiativeKind\": \"project\"}\n";

  @Test
  void duplicateId() {
    String doc = HEAD + "\"entities\": [\n" + SOURCES + ", {\"id\": \"actor:b\", \"name\": {\"en\": \"B2\"}, \"actorType\": \"group\"}\n]}";
    Problem problem = assertError(json(doc), ProblemCode.DUPLICATE_ID, 6, 3);
    assertThat(problem.location().pointer()).hasValue("/entities/3");
  }

  @Test
  void danglingReference() {
    String doc = HEAD + "\"entities\": [\n" + SOURCES + "],\n\"relations\": [\n"
        + "  {\"from\": \"initiative:i\", \"type\": \"benefits\", \"to\": \"actor:zzz\"}\n]}";
    Problem problem = assertError(json(doc), ProblemCode.DANGLING_REFERENCE, 8, 3);
    assertThat(problem.location().pointer()).hasValue("/relations/0");
    assertThat(problem.message()).contains("actor:zzz");
  }

  @Test
  void relationOutsideItsDomain() {
    String doc = HEAD + "\"entities\": [\n" + SOURCES + "],\n\"relations\": [\n"
        + "  {\"from\": \"initiative:i\", \"type\": \"benefits\", \"to\": \"actor:a\"},\n"
        + "  {\"from\": \"actor:a\", \"type\": \"embodies\", \"to\": \"initiative:i\"}\n]}";
    Problem problem = assertError(json(doc), ProblemCode.RELATION_KINDS, 9, 3);
    assertThat(problem.location().pointer()).hasValue("/relations/1");
  }

  @Test
  void partOfCycle() {
    String doc = HEAD + "\"entities\": [\n" + SOURCES + "],\n\"relations\": [\n"
        + "  {\"from\": \"actor:a\", \"type\": \"part-of\", \"to\": \"actor:b\"},\n"
        + "  {\"from\": \"actor:b\", \"type\": \"part-of\", \"to\": \"actor:a\"}\n]}";
    Problem problem = assertError(json(doc), ProblemCode.PART_OF_CYCLE, 3, 3);
    assertThat(problem.location().subject()).hasValue("actor:a");
  }

  @Test
  void shareOver100() {
    String doc = HEAD + "\"entities\": [\n" + SOURCES + "],\n\"relations\": [\n"
        + "  {\"from\": \"initiative:i\", \"type\": \"benefits\", \"to\": \"actor:a\", \"share\": \"100.5\"}\n]}";
    assertError(json(doc), ProblemCode.SHARE_RANGE, 8, 3);
  }

  @Test
  void everyProblemIsReportedInOneRead() {
    String doc = HEAD + "\"entities\": [\n"
        + "  {\"id\": \"actor:a\", \"name\": {\"en\": \"A\"}, \"actorType\": \"nation\"},\n"
        + "  {\"id\": \"source:s\", \"name\": {\"en\": \"S\"}, \"date\": \"May 2020\"},\n"
        + "  {\"id\": \"actor:b\", \"name\": {\"en\": \"B\"}, \"actorType\": \"region\", \"colour\": 1}\n"
        + "],\n\"relations\": [\n"
        + "  {\"from\": \"actor:b\", \"type\": \"member-of\", \"to\": \"actor:c\"}\n]}";
    ProblemReport report = json(doc);
    assertThat(report.errors()).extracting(Problem::code).containsExactly(
        ProblemCode.UNKNOWN_CODE, ProblemCode.INVALID_VALUE, ProblemCode.UNKNOWN_FIELD, ProblemCode.DANGLING_REFERENCE);
    // actor:a could not be read, but it exists: references to it are not also reported
    assertThat(report.toString()).doesNotContain("actor:a does not exist");
  }

  // ------------------------------------------------------------ limits and unsafe content

  @Test
  void deepNesting200000() {
    int depth = 200_000;
    InputStream deep = new SequenceInputStream(
        generated(HEAD + "\"entities\": ", (byte) '[', depth, ""), generated("", (byte) ']', depth, "}"));
    Problem problem = assertError(problems(deep, Syntax.JSON, ReadOptions.defaults()), ProblemCode.LIMIT_EXCEEDED, 2, 13 + 200);
    assertThat(problem.message()).contains("deeper than the limit of 200");
  }

  @Test
  void deepNestingInYaml() {
    int depth = 200_000;
    InputStream deep = new SequenceInputStream(
        generated("format: southsouth\nformatVersion: 1\nentities: ", (byte) '[', depth, ""), generated("", (byte) ']', depth, "\n"));
    ProblemReport report = problems(deep, Syntax.YAML, ReadOptions.defaults());
    Problem limit = report.errors().stream().filter(p -> p.code() == ProblemCode.LIMIT_EXCEEDED).findFirst().orElseThrow();
    assertThat(limit.location().line()).hasValue(3);
  }

  @Test
  void sixtyMegabyteString() {
    InputStream big = generated(HEAD + "\"entities\": [{\"id\": \"", (byte) 'a', 60L * 1024 * 1024, "\"}]}");
    Problem problem = assertError(problems(big, Syntax.JSON, ReadOptions.defaults()), ProblemCode.LIMIT_EXCEEDED, 2, 21);
    assertThat(problem.message()).contains("longer than the limit of 10000000");
  }

  @Test
  void hundredThousandDigitNumber() {
    InputStream big = generated(HEAD + "\"entities\": [", (byte) '7', 100_000, "]}");
    Problem problem = assertError(problems(big, Syntax.JSON, ReadOptions.defaults()), ProblemCode.LIMIT_EXCEEDED, 2, 1465); // where reading stopped, past the limit
    assertThat(problem.message()).contains("number is longer than the limit of 1000");
    InputStream asText = generated(HEAD + "\"relations\": [{\"from\": \"actor:a\", \"type\": \"member-of\", \"to\": \"actor:b\", \"share\": \"", (byte) '7', 100_000,
        "\"},\n{\"from\": \"actor:c\", \"type\": \"member-of\", \"to\": \"actor:d\"}]}");
    ProblemReport report = problems(asText, Syntax.JSON, ReadOptions.defaults());
    assertError(report, ProblemCode.LIMIT_EXCEEDED, 2, 82);
    // in a string the parser read it whole: an invalid value, not a stop, so the next relation is read
    // and the graph's rules are checked on it
    assertThat(report.errors()).extracting(Problem::code).contains(ProblemCode.DANGLING_REFERENCE);
  }

  @Test
  void documentSizeLimit() {
    InputStream big = generated(HEAD + "\"entities\": [], \"relations\": [", (byte) ' ', 5_000, "]}");
    ProblemReport report = problems(big, Syntax.JSON, ReadOptions.defaults().withLimits(ReadLimits.builder().maxDocumentLength(1000).build()));
    assertThat(report.errors()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
    assertThat(report.errors().get(0).message()).contains("larger than the limit of 1000");
  }

  @Test
  void yamlBillionLaughs() {
    StringBuilder doc = new StringBuilder("format: southsouth\nformatVersion: 1\n");
    doc.append("dataset:\n  description:\n    en: &a \"lol\"\n");
    StringBuilder laughs = new StringBuilder("a: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int level = 1; level <= 8; level++) {
      laughs.append("a").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        laughs.append(i == 0 ? "" : ",").append("*a").append(level - 1);
      }
      laughs.append("]\n");
    }
    // the laughs sit under an unknown key: skipped unread, never expanded
    doc.append("x:\n").append(laughs.toString().replaceAll("(?m)^", "  ")).append("entities: [");
    for (int i = 0; i < 60; i++) {
      doc.append(i == 0 ? "" : ", ").append("*a8");
    }
    doc.append("]\n");
    ProblemReport report = yaml(doc.toString());
    // aliases are never expanded: each is refused, and reading stops at the alias limit (50)
    Problem first = assertError(report, ProblemCode.UNSAFE_CONTENT, 16, 12);
    assertThat(first.message()).contains("alias *a8");
    Problem limit = assertError(report, ProblemCode.LIMIT_EXCEEDED, 16, 12 + 50 * 5);
    assertThat(limit.message()).contains("more than 50 YAML aliases");
  }

  @Test
  void theYamlAliasLimitIsAnOptionOfTheReader() {
    String doc = "format: southsouth\nformatVersion: 1\nx: &a 1\nentities: [*a, *a, *a, *a, *a]\n";
    ModelReadException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> NativeFormat.reader().withMaxYamlAliases(3).read(bytes(doc), "in.yaml", Syntax.YAML),
        ModelReadException.class);
    assertThat(e.report().errors()).filteredOn(p -> p.code() == ProblemCode.LIMIT_EXCEEDED).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("more than 3 YAML aliases").contains("NativeReader.withMaxYamlAliases"));
  }

  @Test
  void yamlJavaTag() {
    Problem problem = assertError(
        yaml("format: southsouth\nformatVersion: 1\nentities:\n  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.org/\"]]]]\n"),
        ProblemCode.UNSAFE_CONTENT, 4, 5);
    assertThat(problem.message()).contains("!!javax.script.ScriptEngineManager").contains("not allowed");
  }

  @Test
  void yamlCustomLocalTag() {
    assertError(yaml("format: southsouth\nformatVersion: 1\ndataset:\n  version: !secret x\n"), ProblemCode.UNSAFE_CONTENT, 4, 12);
  }

  // ------------------------------------------------------------ JSON Lines

  @Test
  void jsonLinesTwoRecordsOnOneLine() {
    String doc = "{\"format\":\"southsouth\",\"formatVersion\":1}\n"
        + "{\"entity\":{\"id\":\"actor:a\",\"name\":{\"en\":\"A\"},\"actorType\":\"region\"}} {\"entity\":{}}\n";
    assertError(problems(doc, Syntax.JSON_LINES), ProblemCode.SYNTAX, 2, 68);
  }

  @Test
  void jsonLinesBadRecordWhileStreaming() throws Exception {
    String doc = "{\"format\":\"southsouth\",\"formatVersion\":1}\n"
        + "{\"entity\":{\"id\":\"actor:a\",\"name\":{\"en\":\"A\"},\"actorType\":\"region\"}}\n"
        + "{\"entity\":{\"id\":\"actor:b\",\"name\":{\"en\":\"B\"},\"actorType\":\"planet\"}}\n"
        + "{\"relation\":{\"from\":\"actor:a\",\"type\":\"member-of\",\"to\":\"actor:b\"}}\n";
    try (JsonLinesReader strict = NativeFormat.reader().records(bytes(doc), "big.jsonl")) {
      assertThat(strict.next().entity()).isPresent();
      assertThatThrownBy(strict::next)
          .isInstanceOfSatisfying(InvalidModelException.class, e -> assertError(e.report(), ProblemCode.UNKNOWN_CODE, 3, 57));
    }
    try (JsonLinesReader lenient = NativeFormat.reader(ReadOptions.lenient()).records(bytes(doc), "big.jsonl")) {
      assertThat(lenient.stream().toList()).hasSize(2);
      assertThat(lenient.warnings().warnings()).extracting(Problem::code)
          .containsExactly(ProblemCode.UNKNOWN_CODE, ProblemCode.SKIPPED_RECORD);
    }
  }

  @Test
  void jsonLinesHeaderWithoutVersionStopsReadingAsOneWithoutFormatDoes() {
    NativeReader.Input header = NativeReader.Input.of("a.jsonl", Syntax.JSON_LINES, () -> bytes("{\"format\":\"southsouth\"}\n"));
    NativeReader.Input dangling = NativeReader.Input.of("b.json", Syntax.JSON, () -> bytes(HEAD
        + "\"relations\": [{\"from\": \"actor:a\", \"type\": \"member-of\", \"to\": \"actor:b\"}]}"));
    assertThatThrownBy(() -> NativeFormat.reader().readInputs(List.of(header, dangling)))
        .isInstanceOfSatisfying(ModelReadException.class, e ->
            // a fatal problem: what was read is incomplete, so the graph's rules are not checked
            assertThat(e.report().problems()).extracting(Problem::code).containsExactly(ProblemCode.MISSING_FIELD));
  }

  @Test
  void jsonLinesWithoutHeader() {
    String doc = "{\"entity\":{\"id\":\"actor:a\",\"name\":{\"en\":\"A\"},\"actorType\":\"region\"}}\n";
    assertThatThrownBy(() -> NativeFormat.reader().records(bytes(doc), "x.jsonl"))
        .isInstanceOfSatisfying(ModelReadException.class, e ->
            assertError(e.report(), ProblemCode.UNKNOWN_FIELD, 1, 2));
    assertThat(List.of(problems(doc, Syntax.JSON_LINES).errors().get(0).code()))
        .containsAnyOf(ProblemCode.UNKNOWN_FIELD, ProblemCode.WRONG_FORMAT);
  }
}
