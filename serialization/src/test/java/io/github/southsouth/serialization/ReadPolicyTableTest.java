package io.github.southsouth.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ReadPolicy.Outcome;
import io.github.southsouth.serialization.aiddata.AidData;
import io.github.southsouth.serialization.aiddata.AidDataImport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import io.github.southsouth.serialization.aiddata.GcdfCsv;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import io.github.southsouth.serialization.iati.IatiXml;
import io.github.southsouth.serialization.json.JsonLinesReader;
import io.github.southsouth.serialization.json.JsonLinesRecord;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.testing.SilentStreams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table that every reader passes: for each reader and each kind of problem it reports, an input
 * and what a strict and a lenient read make of it — the problem's severity, whether its record is
 * left out, and whether reading stops. The expected outcomes are written here, row by row, not
 * taken from {@link ReadPolicy}; the test also checks that the policy agrees with them.
 *
 * <p>Each input holds a clean record, the record with the problem (the subject) and, where the
 * reader has one, a later record with a marker problem: reading went on past the problem if and
 * only if the marker is reported.
 */
@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class ReadPolicyTableTest {

  @TempDir Path dir;

  /** The readers, each run through its public entry point. */
  enum Reader {
    NATIVE_JSON,
    NATIVE_YAML,
    JSON_LINES,
    JSON_LINES_RECORDS,
    CSV_TABLES,
    IATI,
    IATI_STREAM,
    AIDDATA,
    AIDDATA_STREAM
  }

  /**
   * One row of the table.
   *
   * @param files the input: file name and bytes
   * @param code the code of the problem under test
   * @param fragment text that the problem's one-line form contains
   * @param clean a record without problems, present whenever the read succeeds (or null)
   * @param subject the record with the problem (or null where the problem is not in a record)
   * @param marker text of a problem reported after the subject if reading went on (or null)
   */
  record Case(
      Reader reader,
      ProblemKind kind,
      Map<String, byte[]> files,
      ProblemCode code,
      String fragment,
      @Nullable EntityId clean,
      @Nullable EntityId subject,
      @Nullable String marker,
      Outcome strict,
      Outcome lenient) {

    @Override
    public String toString() {
      return reader + " " + kind + " (" + code.code() + ")";
    }
  }

  /** What a read showed: whether it failed, every problem reported, and the ids read. */
  record Seen(boolean failed, List<Problem> problems, Set<EntityId> ids) {}

  static Stream<Arguments> table() {
    List<Case> cases = new ArrayList<>();
    nativeCases(cases);
    // the CSV tables have no problem that is a warning when lenient after the header: no marker there
    cases.add(csv(ProblemKind.RECOVERABLE,
        "id,kind,name.en,actorType,zzProblem\nactor:a,actor,A,country,\nactor:b,actor,B,country,x\n",
        ProblemCode.EXTRA_COLUMN, "zzProblem", null, Outcome.FAIL, Outcome.WARN));
    cases.add(csv(ProblemKind.INVALID,
        "id,kind,name.en,actorType\nactor:a,actor,A,country\nactor:b,actor,B,spaceship\nzzMarker,actor,M,country\n",
        ProblemCode.UNKNOWN_CODE, "spaceship", "zzMarker", Outcome.FAIL, Outcome.FAIL));
    cases.add(csv(ProblemKind.FATAL,
        "id,kind,name.en,actorType,name.en\nactor:a,actor,A,country,A\nzzMarker,actor,M,country,M\n",
        ProblemCode.DUPLICATE_KEY, "name.en", "zzMarker", Outcome.STOP, Outcome.STOP));
    String marker = "<description><narrative xml:lang=\"FR\">Marqueur</narrative></description>";
    cases.add(iati(ProblemKind.NOTE, "<description><narrative xml:lang=\"ES\">Nota</narrative></description>", marker,
        ProblemCode.INVALID_VALUE, "\"ES\"", Outcome.WARN, Outcome.WARN));
    cases.add(iati(ProblemKind.RECOVERABLE, "<sector code=\"99999\"/>", marker,
        ProblemCode.UNKNOWN_CODE, "99999", Outcome.FAIL, Outcome.WARN));
    cases.add(iati(ProblemKind.MALFORMED_RECORD,
        "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-01-01\"/>"
            + "<value value-date=\"2020-01-01\">12x</value></transaction>", marker,
        ProblemCode.INVALID_VALUE, "12x", Outcome.FAIL, Outcome.SKIP_RECORD));
    cases.add(iati(ProblemKind.FATAL, "<title><narrative>unclosed</title>", marker,
        ProblemCode.SYNTAX, "", Outcome.STOP, Outcome.STOP));
    cases.add(aidData(ProblemKind.NOTE, "Sector Name", "=SUM(1)", ProblemCode.UNSAFE_CONTENT, "'='",
        Outcome.WARN, Outcome.WARN));
    cases.add(aidData(ProblemKind.RECOVERABLE, "Status", "Flying", ProblemCode.UNKNOWN_CODE, "Flying",
        Outcome.FAIL, Outcome.WARN));
    cases.add(aidData(ProblemKind.MALFORMED_RECORD, "Commitment Year", "20x6", ProblemCode.INVALID_VALUE, "20x6",
        Outcome.FAIL, Outcome.SKIP_RECORD));
    cases.add(aidData(ProblemKind.FATAL, "Title", "\uFFFF", ProblemCode.INVALID_ENCODING, "",
        Outcome.STOP, Outcome.STOP));
    // the streaming imports read the same inputs and decide the same way
    for (Case c : List.copyOf(cases)) {
      if (c.reader() == Reader.IATI || c.reader() == Reader.AIDDATA) {
        cases.add(new Case(c.reader() == Reader.IATI ? Reader.IATI_STREAM : Reader.AIDDATA_STREAM, c.kind(), c.files(),
            c.code(), c.fragment(), c.clean(), c.subject(), c.marker(), c.strict(), c.lenient()));
      }
    }
    return cases.stream().flatMap(c -> Stream.of(
        Arguments.of(c, Leniency.STRICT, c.strict()), Arguments.of(c, Leniency.LENIENT, c.lenient())));
  }

  @ParameterizedTest(name = "{0}, {1}: {2}")
  @MethodSource("table")
  void everyReaderAppliesTheOnePolicy(Case c, Leniency leniency, Outcome expected) throws IOException {
    assertThat(ReadPolicy.of(leniency).outcome(c.kind())).as("the policy's decision").isEqualTo(expected);
    for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
    Seen seen = read(c, ReadOptions.defaults().withLeniency(leniency));
    String report = seen.problems().toString();

    List<Problem> found = seen.problems().stream()
        .filter(p -> p.code() == c.code() && p.toString().contains(c.fragment()))
        .toList();
    assertThat(found).as("the problem in %s", report).isNotEmpty()
        .allSatisfy(p -> assertThat(p.severity()).as(p.toString()).isEqualTo(expected.severity()));
    boolean skipped = seen.problems().stream().anyMatch(p -> p.code() == ProblemCode.SKIPPED_RECORD && !p.isError());
    boolean markerSeen = c.marker() != null && seen.problems().stream().anyMatch(p -> p.toString().contains(c.marker()));

    assertThat(seen.failed()).as("the read fails: %s", report)
        .isEqualTo(expected == Outcome.FAIL || expected == Outcome.STOP);
    assertThat(skipped).as("a skipped-record warning: %s", report).isEqualTo(expected == Outcome.SKIP_RECORD);
    if (c.marker() != null) {
      assertThat(markerSeen).as("reading went on past the problem: %s", report).isEqualTo(expected != Outcome.STOP);
    }
    if (!seen.failed()) {
      if (c.clean() != null) {
        assertThat(seen.ids()).as("the clean record").contains(c.clean());
      }
      if (c.subject() != null) {
        assertThat(seen.ids().contains(c.subject())).as("the subject is kept: %s", seen.ids())
            .isEqualTo(expected != Outcome.SKIP_RECORD);
      }
    }
  }

  // ---- running each reader

  private Seen read(Case c, ReadOptions options) {
    Path file = dir.resolve(c.files().keySet().iterator().next());
    try {
      switch (c.reader()) {
        case NATIVE_JSON:
        case NATIVE_YAML:
        case JSON_LINES:
          ReadResult result = NativeFormat.reader(options).readResult(List.of(file));
          return seen(result.graph(), result.warnings());
        case JSON_LINES_RECORDS:
          return records(file, options);
        case CSV_TABLES:
          ReadResult tables = CsvTables.reader(options).readResult(dir);
          return seen(tables.graph(), tables.warnings());
        case IATI:
          IatiImport iati = IatiImporter.reader(options).readResult(file);
          return seen(iati.graph(), iati.warnings());
        case AIDDATA:
          AidDataImport aidData = AidDataImporter.reader(options).readResult(file);
          return seen(aidData.graph(), aidData.warnings());
        case IATI_STREAM:
        case AIDDATA_STREAM:
          Set<EntityId> ids = new LinkedHashSet<>();
          RecordSink sink = new RecordSink() {
            @Override
            public void entity(Entity entity) {
              ids.add(entity.id());
            }

            @Override
            public void relation(Relation relation) {}
          };
          StreamedImport streamed = c.reader() == Reader.IATI_STREAM
              ? IatiImporter.reader(options).stream(file, sink)
              : AidDataImporter.reader(options).stream(file, sink);
          return new Seen(false, streamed.warnings().problems(), ids);
        default:
          throw new AssertionError(c.reader());
      }
    } catch (ModelReadException e) {
      return new Seen(true, e.report().problems(), Set.of());
    }
  }

  private static Seen seen(CooperationGraph graph, ProblemReport problems) {
    Set<EntityId> ids = new LinkedHashSet<>();
    graph.entities().forEach(e -> ids.add(e.id()));
    return new Seen(false, problems.problems(), ids);
  }

  /** Streams every record, going on after a record that fails, as a caller that logs and continues would. */
  private static Seen records(Path file, ReadOptions options) {
    List<Problem> problems = new ArrayList<>();
    Set<EntityId> ids = new LinkedHashSet<>();
    boolean failed = false;
    try (JsonLinesReader records = NativeFormat.reader(options).records(file)) {
      while (true) {
        try {
          if (!records.hasNext()) {
            break;
          }
          JsonLinesRecord record = records.next();
          record.entity().map(Entity::id).ifPresent(ids::add);
        } catch (InvalidModelException e) {
          failed = true;
          problems.addAll(e.report().problems());
        }
      }
      problems.addAll(records.warnings().problems());
    }
    return new Seen(failed, problems, failed ? Set.of() : ids);
  }

  // ---- the inputs

  private static final EntityId CLEAN_ACTOR = EntityId.parse("actor:a");
  private static final EntityId SUBJECT_ACTOR = EntityId.parse("actor:b");

  /** Native JSON, YAML and JSON Lines: the same three actors in each syntax. */
  private static void nativeCases(List<Case> cases) {
    String fine = "{\"id\": \"actor:a\", \"name\": {\"en\": \"A\"}, \"actorType\": \"country\"}";
    String markerJson = "{\"id\": \"actor:c\", \"name\": {\"en\": \"C\"}, \"actorType\": \"country\", \"zzMarker\": 1}";
    String unknownField = "{\"id\": \"actor:b\", \"name\": {\"en\": \"B\"}, \"actorType\": \"country\", \"zzProblem\": 1}";
    String badCode = "{\"id\": \"actor:b\", \"name\": {\"en\": \"B\"}, \"actorType\": \"spaceship\"}";
    String twice = "{\"id\": \"actor:b\", \"name\": {\"en\": \"B\"}, \"actorType\": \"country\", \"actorType\": \"country\"}";
    for (Reader reader : List.of(Reader.NATIVE_JSON, Reader.JSON_LINES, Reader.JSON_LINES_RECORDS)) {
      boolean stream = reader == Reader.JSON_LINES_RECORDS;
      cases.add(nativeJson(reader, ProblemKind.RECOVERABLE, fine, unknownField, markerJson,
          ProblemCode.UNKNOWN_FIELD, "zzProblem", Outcome.FAIL, Outcome.WARN));
      // in a graph the actor cannot be left out (others may refer to it); a stream of records can
      cases.add(nativeJson(reader, stream ? ProblemKind.MALFORMED_RECORD : ProblemKind.INVALID, fine, badCode,
          markerJson, ProblemCode.UNKNOWN_CODE, "spaceship", Outcome.FAIL,
          stream ? Outcome.SKIP_RECORD : Outcome.FAIL));
      cases.add(nativeJson(reader, ProblemKind.FATAL, fine, twice, markerJson,
          ProblemCode.DUPLICATE_KEY, "actorType", Outcome.STOP, Outcome.STOP));
    }
    String yamlFine = "  - id: actor:a\n    name: {en: A}\n    actorType: country\n";
    String yamlMarker = "  - id: actor:c\n    name: {en: C}\n    actorType: country\n    zzMarker: 1\n";
    cases.add(yaml(ProblemKind.RECOVERABLE, yamlFine,
        "  - id: actor:b\n    name: {en: B}\n    actorType: country\n    zzProblem: 1\n", yamlMarker,
        ProblemCode.UNKNOWN_FIELD, "zzProblem", Outcome.FAIL, Outcome.WARN));
    cases.add(yaml(ProblemKind.INVALID, yamlFine,
        "  - id: actor:b\n    name: {en: B}\n    actorType: spaceship\n", yamlMarker,
        ProblemCode.UNKNOWN_CODE, "spaceship", Outcome.FAIL, Outcome.FAIL));
    cases.add(yaml(ProblemKind.FATAL, yamlFine,
        "  - id: actor:b\n    name: {en: B}\n    actorType: !!binary Y291bnRyeQ==\n", yamlMarker,
        ProblemCode.UNSAFE_CONTENT, "binary", Outcome.STOP, Outcome.STOP));
  }

  private static Case nativeJson(Reader reader, ProblemKind kind, String fine, String subject, String marker,
      ProblemCode code, String fragment, Outcome strict, Outcome lenient) {
    String text;
    String name;
    if (reader == Reader.NATIVE_JSON) {
      name = "doc.json";
      text = "{\"format\": \"southsouth\", \"formatVersion\": 1,\n\"entities\": [\n" + fine + ",\n" + subject + ",\n"
          + marker + "\n]}\n";
    } else {
      name = "doc.jsonl";
      text = "{\"format\": \"southsouth\", \"formatVersion\": 1}\n{\"entity\": " + fine + "}\n{\"entity\": " + subject
          + "}\n{\"entity\": " + marker + "}\n";
    }
    return new Case(reader, kind, Map.of(name, utf8(text)), code, fragment, CLEAN_ACTOR, SUBJECT_ACTOR, "zzMarker",
        strict, lenient);
  }

  private static Case yaml(ProblemKind kind, String fine, String subject, String marker, ProblemCode code,
      String fragment, Outcome strict, Outcome lenient) {
    String text = "format: southsouth\nformatVersion: 1\nentities:\n" + fine + subject + marker;
    return new Case(Reader.NATIVE_YAML, kind, Map.of("doc.yaml", utf8(text)), code, fragment, CLEAN_ACTOR,
        SUBJECT_ACTOR, "zzMarker", strict, lenient);
  }

  private static Case csv(ProblemKind kind, String entities, ProblemCode code, String fragment,
      @Nullable String marker, Outcome strict, Outcome lenient) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(CsvTables.ENTITIES, utf8(entities));
    files.put(CsvTables.RELATIONS, utf8("from,type,to\n"));
    return new Case(Reader.CSV_TABLES, kind, files, code, fragment, CLEAN_ACTOR, SUBJECT_ACTOR, marker,
        strict, lenient);
  }

  private static Case iati(ProblemKind kind, String subject, String marker, ProblemCode code, String fragment,
      Outcome strict, Outcome lenient) {
    String text = IatiXml.HEAD + IatiXml.activity("POLICY-1", "") + IatiXml.activity("POLICY-2", subject)
        + IatiXml.activity("POLICY-3", marker) + IatiXml.TAIL;
    return new Case(Reader.IATI, kind, Map.of("activities.xml", utf8(text)), code, fragment,
        EntityId.encode(Kind.INITIATIVE, "POLICY-1"), EntityId.encode(Kind.INITIATIVE, "POLICY-2"), "\"FR\"",
        strict, lenient);
  }

  /** Three GCDF rows; the subject has {@code value} in {@code column}, the marker a formula-like cell. */
  private static Case aidData(ProblemKind kind, String column, String value, ProblemCode code, String fragment,
      Outcome strict, Outcome lenient) {
    Map<String, String> subject = GcdfCsv.row("9002", "Project 9002");
    subject.put(column, value);
    Map<String, String> marker = GcdfCsv.row("9003", "Project 9003");
    marker.put("Sector Name", "@marker");
    String text = GcdfCsv.write(GcdfCsv.header(), List.of(GcdfCsv.row("9001", "Project 9001"), subject, marker));
    return new Case(Reader.AIDDATA, kind, Map.of("gcdf.csv", notUtf8(text)), code, fragment,
        AidData.initiativeId("9001"), AidData.initiativeId("9002"), "'@'", strict, lenient);
  }

  /** Encodes a text in UTF-8, but for U+FFFF, which stands for a byte that is not UTF-8 there. */
  private static byte[] notUtf8(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int bad = text.indexOf('\uFFFF');
    if (bad < 0) {
      return utf8(text);
    }
    out.writeBytes(utf8(text.substring(0, bad)));
    out.write(0xC3); // a lead byte followed by a quote: not UTF-8
    out.writeBytes(utf8(text.substring(bad + 1)));
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
