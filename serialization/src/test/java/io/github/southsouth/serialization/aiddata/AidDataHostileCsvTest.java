package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadLimits;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.testing.SilentStreams;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and unusual CSV: every problem is located, nothing is half-loaded. */
@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class AidDataHostileCsvTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws Exception {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(String name, byte[] content) throws Exception {
    Path path = dir.resolve(name);
    Files.write(path, content);
    return path;
  }

  private static ProblemReport failure(ReadOptions options, Path file) {
    try {
      AidDataImporter.reader(options).readResult(file);
    } catch (ModelReadException e) {
      assertThat(e.getMessage()).doesNotContain("tools.jackson").doesNotContain("Exception").doesNotContain("Immutable");
      return e.report();
    }
    throw new AssertionError("expected the import of " + file + " to fail");
  }

  private static String rows(Map<String, String>... rows) {
    return GcdfCsv.write(GcdfCsv.header(), List.of(rows));
  }

  @Test
  void anEmptyFileIsReported() throws Exception {
    for (String content : new String[] {"", "\n\n", "\uFEFF"}) {
      ProblemReport report = failure(ReadOptions.defaults(), file("empty.csv", content));
      assertThat(report.errors()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(ProblemCode.EMPTY_INPUT);
        assertThat(p.location().source().orElseThrow()).endsWith("empty.csv");
      });
    }
  }

  @Test
  void aWrongHeaderListsEveryMissingColumnOnce() throws Exception {
    ProblemReport report = failure(ReadOptions.defaults(), file("wrong.csv", "name,amount\nx,1\n"));
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MISSING_COLUMN);
      assertThat(p.location().line()).hasValue(1);
      assertThat(p.message()).contains("\"AidData Record ID\"", "\"Recommended For Aggregates\"", "\"Title\"",
          "\"Amount (Constant USD 2021)\"", "names none of the 126 GCDF 3.0 columns");
    });
    List<String> header = new ArrayList<>(GcdfCsv.header());
    header.remove("Title");
    header.remove("Status");
    ProblemReport partial =
        failure(ReadOptions.defaults(), file("partial.csv", GcdfCsv.write(header, List.of(GcdfCsv.row("1", "x")))));
    assertThat(partial.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MISSING_COLUMN);
      assertThat(p.message()).contains("columns \"Title\", \"Status\"").doesNotContain("names none");
    });
  }

  @Test
  void anUnclosedQuoteIsASyntaxErrorWithItsRowAndLine() throws Exception {
    String good = rows(GcdfCsv.row("1", "first"));
    String text = good + "\"2\",\"Yes\",\"unclosed\n";
    ProblemReport report = failure(ReadOptions.lenient(), file("quote.csv", text));
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
      assertThat(p.message()).contains("row 3").contains("never closed");
      assertThat(p.location().line()).isPresent();
      assertThat(p.location().pointer().orElseThrow()).startsWith("row 3");
    });
  }

  @Test
  void aTenMegabyteCellExceedsTheStringLimit() throws Exception {
    Map<String, String> row = GcdfCsv.row("1", "huge");
    row.put("Description", "x".repeat(10 * 1024 * 1024 + 1));
    ProblemReport report = failure(ReadOptions.lenient(), file("huge.csv", rows(row)));
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("10000000").contains("maxStringLength");
      assertThat(p.location().pointer()).contains("row 2, column \"Description\"");
      assertThat(p.location().line()).hasValue(2);
    });
    // and the limit is the caller's to set
    Map<String, String> small = GcdfCsv.row("1", "x".repeat(101));
    ProblemReport limited = failure(ReadOptions.defaults().withLimits(ReadLimits.builder().maxStringLength(100).build()), file("small.csv", rows(small)));
    assertThat(limited.errors()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
  }

  @Test
  void aFileBeyondTheDocumentLimitIsRefused() throws Exception {
    Path path = file("big.csv", rows(GcdfCsv.row("1", "a"), GcdfCsv.row("2", "b")));
    ProblemReport report = failure(ReadOptions.defaults().withLimits(ReadLimits.builder().maxDocumentLength(1000).build()), path);
    assertThat(report.errors()).extracting(Problem::code).containsExactly(ProblemCode.LIMIT_EXCEEDED);
    assertThat(report.errors().get(0).message()).contains("maxDocumentLength");
  }

  @Test
  void formulaCellsAreImportedVerbatimWithALocatedWarning() throws Exception {
    Map<String, String> row = GcdfCsv.row("1", "=HYPERLINK(\"http://evil.example\",\"click\")");
    row.put("Staff Comments", "@SUM(A1:A9)");
    row.put("Deviation from Planned Completion Date", "-128.0");
    AidDataImport result = AidDataImporter.reader().readResult(file("formula.csv", rows(row)));
    Initiative initiative = result.graph().get(AidData.initiativeId("1"), Initiative.class);
    assertThat(initiative.name().english()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(initiative.attributes()).containsEntry("aiddata.staffComments", "@SUM(A1:A9)");
    assertThat(result.warnings().warnings()).hasSize(2).allSatisfy(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNSAFE_CONTENT);
      assertThat(p.location().line()).hasValue(2);
    });
    assertThat(result.warnings().warnings()).extracting(p -> p.location().pointer().orElseThrow())
        .containsExactly("row 2, column \"Title\"", "row 2, column \"Staff Comments\"");
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(rows(GcdfCsv.row("1", "fine")).getBytes(StandardCharsets.UTF_8));
    bytes.write("\"2\",\"Yes\",\"".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.write("\"\n".getBytes(StandardCharsets.UTF_8));
    ProblemReport report = failure(ReadOptions.lenient(), file("latin1.csv", bytes.toByteArray()));
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.INVALID_ENCODING);
      assertThat(p.location().line()).hasValue(3);
      assertThat(p.message()).contains("not valid UTF-8");
    });
  }

  @Test
  void bomQuotedNewlinesAnyColumnOrderCurlyOrStraightApostrophesAndUsDates() throws Exception {
    List<String> header = new ArrayList<>(GcdfCsv.header());
    Collections.reverse(header);
    header.replaceAll(h -> h.replace('’', '\''));
    header.add("Analyst Notes");
    Map<String, String> row = GcdfCsv.row("7", "Line one,\nline \"two\"");
    row.put("Commitment Date (MM/DD/YYYY)", "12/03/2019");
    row.put("Supplier's Credit/Export Seller's Credit", "Yes");
    row.put("Funding Agencies", "Bank A| Bank B ||");
    row.put("Funding Agencies Type", "State-owned Policy Bank|State-owned Commercial Bank||");
    row.put("Amount (Constant USD 2021)", "");
    row.put("Analyst Notes", "not a GCDF column");
    Path path = file("bom.csv", "\uFEFF" + GcdfCsv.write(header, List.of(row)));
    AidDataImport result = AidDataImporter.reader().readResult(path);
    Initiative initiative = result.graph().get(AidData.initiativeId("7"), Initiative.class);
    assertThat(initiative.name().english()).isEqualTo("Line one,\nline \"two\"");
    assertThat(initiative.attributes()).containsEntry("aiddata.suppliersCreditExportSellersCredit", "Yes")
        .containsEntry("aiddata.commitmentDate", "12/03/2019");
    assertThat(initiative.financing()).isEmpty();
    assertThat(result.graph().actors()).extracting(a -> a.name().english()).contains("Bank A", "Bank B");
    assertThat(result.warnings().warnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.EXTRA_COLUMN);
      assertThat(p.message()).contains("\"Analyst Notes\"");
    });
    Map<String, String> dated = GcdfCsv.row("8", "dated");
    dated.put("Commitment Date (MM/DD/YYYY)", "12/03/2019");
    dated.put("Amount (Constant USD 2021)", "5.0");
    Initiative withDate =
        AidDataImporter.reader().read(file("dated.csv", rows(dated)))
            .get(AidData.initiativeId("8"), Initiative.class);
    assertThat(withDate.financing().get(0).date()).contains(PartialDate.of(2019, 12, 3));
  }

  @Test
  void datesAndYearsAreReadInEveryFormOfTheDatasetAndNoOther() throws Exception {
    Map<String, PartialDate> dates = new LinkedHashMap<>();
    dates.put("1/2/2019", PartialDate.of(2019, 1, 2));
    dates.put("12/3/2019", PartialDate.of(2019, 12, 3));
    dates.put("01/02/2019", PartialDate.of(2019, 1, 2));
    dates.put("2019-12-03", PartialDate.of(2019, 12, 3));
    dates.put(" 7/31/2020 ", PartialDate.of(2020, 7, 31));
    Map<String, PartialDate> years = new LinkedHashMap<>();
    years.put("2019", PartialDate.of(2019));
    years.put("2019.0", PartialDate.of(2019));
    years.put("2019.00", PartialDate.of(2019));
    int id = 100;
    for (Map.Entry<String, PartialDate> date : dates.entrySet()) {
      Map<String, String> row = GcdfCsv.row(Integer.toString(++id), "dated");
      row.put("Actual Implementation Start Date (MM/DD/YYYY)", date.getKey());
      Initiative initiative =
          AidDataImporter.reader().read(file("date" + id + ".csv", rows(row)))
              .get(AidData.initiativeId(Integer.toString(id)), Initiative.class);
      assertThat(initiative.period().orElseThrow().start()).as(date.getKey()).contains(date.getValue());
    }
    for (Map.Entry<String, PartialDate> year : years.entrySet()) {
      Map<String, String> row = GcdfCsv.row(Integer.toString(++id), "dated");
      row.put("Implementation Start Year", year.getKey());
      Initiative initiative =
          AidDataImporter.reader().read(file("year" + id + ".csv", rows(row)))
              .get(AidData.initiativeId(Integer.toString(id)), Initiative.class);
      assertThat(initiative.period().orElseThrow().start()).as(year.getKey()).contains(year.getValue());
    }
    for (String bad : List.of("1/2/19", "123/1/2019", "1/2/2019x", "1//2019", "/1/2019", "1/2/20190",
        "13/1/2019", "2/30/2019", "2019-13-45", "12-03-2019", "1/2/201a")) {
      Map<String, String> row = GcdfCsv.row(Integer.toString(++id), "bad date");
      row.put("Actual Implementation Start Date (MM/DD/YYYY)", bad);
      ProblemReport report = failure(ReadOptions.defaults(), file("bad" + id + ".csv", rows(row)));
      assertThat(report.errors()).as(bad).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
        assertThat(p.message()).contains("is not a date");
      });
    }
    for (String bad : List.of("2019.", "2019.5", "219", "20190", "0000", "2019.0x", "year")) {
      Map<String, String> row = GcdfCsv.row(Integer.toString(++id), "bad year");
      row.put("Implementation Start Year", bad);
      ProblemReport report = failure(ReadOptions.defaults(), file("bad" + id + ".csv", rows(row)));
      assertThat(report.errors()).as(bad).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
        assertThat(p.message()).contains("is not a year");
      });
    }
  }

  @Test
  void aMalformedRowFailsWhenStrictAndIsSkippedWhenLenient() throws Exception {
    Map<String, String> bad = GcdfCsv.row("2", "bad amount");
    bad.put("Amount (Constant USD 2021)", "12 million");
    Map<String, String> badDate = GcdfCsv.row("3", "bad date");
    badDate.put("Actual Completion Date (MM/DD/YYYY)", "2019-13-45");
    String text = rows(GcdfCsv.row("1", "good"), bad, badDate) + "\"4\",\"Yes\"\n";
    Path path = file("malformed.csv", text);

    ProblemReport strict = failure(ReadOptions.defaults(), path);
    assertThat(strict.errors()).extracting(Problem::code)
        .containsExactly(ProblemCode.INVALID_VALUE, ProblemCode.INVALID_VALUE, ProblemCode.SYNTAX);
    assertThat(strict.errors().get(0).location().pointer()).contains("row 3, column \"Amount (Constant USD 2021)\"");
    assertThat(strict.errors().get(0).message()).contains("\"12 million\"").contains("not a number");
    assertThat(strict.errors().get(1).location().pointer()).contains("row 4, column \"Actual Completion Date (MM/DD/YYYY)\"");
    assertThat(strict.errors().get(2).message()).contains("row 5 has 2 cells but the header has 126");

    AidDataImport lenient = AidDataImporter.reader(ReadOptions.lenient()).readResult(path);
    assertThat(lenient.recordsImported()).isEqualTo(1);
    assertThat(lenient.recordsSkipped()).isEqualTo(3);
    assertThat(lenient.graph().initiatives()).extracting(i -> AidData.recordId(i).orElseThrow()).containsExactly("1");
    assertThat(lenient.warnings().warnings()).extracting(Problem::code)
        .containsExactly(ProblemCode.INVALID_VALUE, ProblemCode.SKIPPED_RECORD, ProblemCode.INVALID_VALUE,
            ProblemCode.SKIPPED_RECORD, ProblemCode.SYNTAX, ProblemCode.SKIPPED_RECORD);
  }

  @Test
  void unknownCodesAreErrorsWhenStrictAndKeptWhenLenient() throws Exception {
    Map<String, String> row = GcdfCsv.row("5", "odd codes");
    row.put("Status", "Rumoured");
    row.put("Flow Type", "Barter");
    row.put("Original Currency", "XYZ");
    row.put("Amount (Original Currency)", "100.0");
    row.put("Amount (Constant USD 2021)", "90.0");
    Path path = file("codes.csv", rows(row));
    ProblemReport strict = failure(ReadOptions.defaults(), path);
    assertThat(strict.errors()).extracting(Problem::code)
        .containsExactly(ProblemCode.UNKNOWN_CODE, ProblemCode.UNKNOWN_CODE, ProblemCode.UNKNOWN_CURRENCY);
    AidDataImport lenient = AidDataImporter.reader(ReadOptions.lenient()).readResult(path);
    Initiative initiative = lenient.graph().get(AidData.initiativeId("5"), Initiative.class);
    assertThat(initiative.status()).isEmpty();
    assertThat(initiative.instruments()).isEmpty();
    assertThat(initiative.attributes()).containsEntry(AidData.STATUS, "Rumoured").containsEntry(AidData.FLOW_TYPE, "Barter");
    assertThat(initiative.financing().get(0).attributes())
        .containsEntry("aiddata.amountOriginalCurrency", "100.0").containsEntry("aiddata.originalCurrency", "XYZ");
    assertThat(lenient.warnings().warnings()).hasSize(3);
  }

  @Test
  void aRepeatedRecordIdIsReported() throws Exception {
    Path path = file("twice.csv", rows(GcdfCsv.row("9", "once"), GcdfCsv.row("9", "twice")));
    ProblemReport report = failure(ReadOptions.defaults(), path);
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_ID);
      assertThat(p.message()).contains("first at").contains("row 2");
      assertThat(p.location().pointer()).contains("row 3, column \"AidData Record ID\"");
    });
  }

  @Test
  void aRepeatedRecordIdIsReportedBeforeTheRowsOtherProblemsAndAfterItsCellChecks() throws Exception {
    // the cell checks and the mapping of the row alone happen ahead on the reading thread, the
    // check for a repeated id on the calling one; the row's problems keep the order of its columns
    Map<String, String> again = GcdfCsv.row("9", "");
    again.put("Staff Comments", "=1+1");
    again.put("Status", "Rumoured");
    Path path = file("twice-bad.csv", rows(GcdfCsv.row("9", "once"), again));
    ProblemReport report = failure(ReadOptions.defaults(), path);
    assertThat(report.problems()).extracting(Problem::code)
        .containsExactly(
            ProblemCode.UNSAFE_CONTENT, ProblemCode.DUPLICATE_ID, ProblemCode.MISSING_FIELD, ProblemCode.UNKNOWN_CODE);
  }

  @Test
  void aMissingFileIsAnIoError() {
    ProblemReport report = failure(ReadOptions.defaults(), dir.resolve("absent.csv"));
    assertThat(report.errors()).extracting(Problem::code).containsExactly(ProblemCode.IO_ERROR);
    assertThat(report.errors().get(0).message()).contains("does not exist");
  }
}
