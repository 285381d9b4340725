package io.github.southsouth.serialization.aiddata;

import static io.github.southsouth.serialization.aiddata.GcdfText.describeFirst;
import static io.github.southsouth.serialization.aiddata.GcdfText.hash;
import static io.github.southsouth.serialization.aiddata.GcdfText.isDigits;
import static io.github.southsouth.serialization.aiddata.GcdfText.shorten;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ImportAccount;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.internal.CsvRecord;
import io.github.southsouth.serialization.internal.CsvRowReader;
import io.github.southsouth.serialization.internal.CsvSafety;
import io.github.southsouth.serialization.internal.ImportSupport;
import io.github.southsouth.serialization.internal.PartOfCycles;
import io.github.southsouth.serialization.internal.TextPool;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of one import: maps GCDF rows to entities and relations as they stream past, keeps
 * what later rows and files need (agencies and sources seen, record ids, parent links), links ADM1
 * locations, and builds the graph at the end. Not thread-safe; one per import.
 */
final class GcdfImport {


  static final Citation DATASET_CITATION = Citation.of(AidData.DATASET_SOURCE);

  private final ReadOptions options;
  private final ReadPolicy policy;
  private final ReferenceData reference;
  private final GcdfClassification classification;
  private final GcdfLocations locations;
  private final GcdfParties parties;
  private final GcdfSources sourceColumns;
  private final ProblemReport.Collector problems;

  /** The records kept, in the order read. */
  private final Map<EntityId, KeptRecord> records = new LinkedHashMap<>();
  private final Map<EntityId, Actor> actors = new LinkedHashMap<>();
  private final Map<List<String>, EntityId> agencyIds = new HashMap<>();
  private final Map<String, EntityId> sourceIdsByUrl = new HashMap<>();
  /**
   * One instance of each sector and citation of a source, shared by the records that have it (the
   * values of short cells are shared by {@link #texts}, and dates by the thread that reads them).
   */
  private final Map<Object, Object> values = new HashMap<>();
  /**
   * The values of the cells kept as attributes, codes and currencies, each held once: used by the
   * thread that reads a project table, while it reads.
   */
  private final TextPool texts = new TextPool();
  private final Map<EntityId, Source> sources = new LinkedHashMap<>();
  /**
   * The relations of the records' rows. Each has its row's record at one end and a record id is
   * imported once, so no two rows add the same relation: they need no key.
   */
  private final List<Relation> rowRelations = new ArrayList<>();
  /** The relations added later (rules, parents, ADM1 units), by key: some are stated twice. */
  private final Map<RelationKey, Relation> relations = new LinkedHashMap<>();
  private final Set<EntityId> referenceIds = new LinkedHashSet<>();
  private final List<ParentLink> parentLinks = new ArrayList<>();

  /**
   * For the account of what was not kept: per column ordinal, the records imported whose cell of
   * a column kept verbatim only held a value; and the same per header name for the columns GCDF
   * 3.0 does not define, which are not imported at all.
   */
  private final long[] verbatimCounts = new long[GcdfColumn.values().length];
  private final Map<String, Long> undefinedCounts = new LinkedHashMap<>();
  /** The cells and names of the columns the current file has that GCDF 3.0 does not define. */
  private int[] undefinedCells = new int[0];
  private String[] undefinedNames = new String[0];
  /** The ordinals and cells of the columns kept verbatim only, for the header last seen. */
  private int[] verbatimColumns = new int[0];
  private int[] verbatimCells = new int[0];

  /** Where a streamed import passes each record as it is mapped; null when the graph is built. */
  private @Nullable RecordSink stream;
  private int rowsRead;
  private int recordsSkipped;
  private int recommended;

  /** The identity of a relation: one relation per source, type and target. */
  static final class RelationKey {
    final EntityId from;
    final RelationType type;
    final EntityId to;
    final int hash;

    RelationKey(EntityId from, RelationType type, EntityId to) {
      this.from = from;
      this.type = type;
      this.to = to;
      this.hash = (from.hashCode() * 31 + type.ordinal()) * 31 + to.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof RelationKey)) {
        return false;
      }
      RelationKey k = (RelationKey) o;
      return hash == k.hash && type == k.type && from.equals(k.from) && to.equals(k.to);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  static final class ParentLink {
    final EntityId child;
    final String parentRecordId;
    final Location at;

    ParentLink(EntityId child, String parentRecordId, Location at) {
      this.child = child;
      this.parentRecordId = parentRecordId;
      this.at = at;
    }
  }

  GcdfImport(ReadOptions options, ReferenceData reference, ProblemReport.Collector problems) {
    this.options = options;
    this.policy = ReadPolicy.of(options);
    this.reference = reference;
    this.classification = new GcdfClassification(reference);
    this.problems = problems;
    this.parties = new GcdfParties(reference, actors, agencyIds);
    this.sourceColumns = new GcdfSources(sourceIdsByUrl, values);
    this.locations =
        new GcdfLocations(options, reference, problems, records.keySet(), actors, relations, referenceIds);
  }

  int rowsRead() {
    return rowsRead;
  }

  int recordsImported() {
    return records.size();
  }

  int recordsSkipped() {
    return recordsSkipped;
  }

  int recommended() {
    return recommended;
  }

  /**
   * Returns what the import read but did not map: each GCDF column kept only verbatim (as an
   * {@code aiddata.} attribute) with the number of imported records where it held a value, and
   * each column GCDF 3.0 does not define, which is not imported, with the same count.
   */
  ImportAccount account() {
    ImportAccount.Builder account = ImportAccount.builder();
    for (GcdfColumn column : GcdfColumn.values()) {
      if (verbatimCounts[column.ordinal()] > 0) {
        account.add(column.header() + " (kept verbatim as " + column.attributeKey() + ")",
            verbatimCounts[column.ordinal()]);
      }
    }
    undefinedCounts.forEach((name, count) -> account.add(name + " (not a GCDF 3.0 column; dropped)", count));
    return account.build();
  }

  int admRowsRead() {
    return locations.rowsRead();
  }

  int admRowsLinked() {
    return locations.rowsLinked();
  }

  int admRowsSkipped() {
    return locations.rowsSkipped();
  }

  // ---------------------------------------------------------------- header

  /**
   * Resolves a project table's header: the index of every known column, one warning for the
   * columns the importer does not know, one problem listing every required column that is absent,
   * and one for a column given twice.
   *
   * @return the index, or empty if the header is unusable (the problems are reported)
   */
  Optional<Map<GcdfColumn, Integer>> projectHeader(CsvRowReader rows) {
    Map<GcdfColumn, Integer> index = new EnumMap<>(GcdfColumn.class);
    List<String> extra = new ArrayList<>();
    List<Integer> extraCells = new ArrayList<>();
    boolean ok = true;
    List<String> header = rows.header();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      Optional<GcdfColumn> column = GcdfColumn.byHeader(name);
      if (column.isEmpty()) {
        extra.add(GcdfColumn.normalise(name));
        extraCells.add(i);
      } else if (index.putIfAbsent(column.get(), i) != null) {
        problems.add(
            policy.problem(
                ProblemKind.FATAL,
                ProblemCode.DUPLICATE_KEY,
                "the column \"" + column.get().header() + "\" appears twice in the header (cells "
                    + (index.get(column.get()) + 1) + " and " + (i + 1) + "): expected each column once",
                rows.cell(i, name)));
        ok = false;
      }
    }
    List<String> missing = new ArrayList<>();
    for (GcdfColumn column : GcdfColumn.requiredColumns()) {
      if (!index.containsKey(column)) {
        missing.add("\"" + column.header() + "\"");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          policy.problem(
              ProblemKind.FATAL,
              ProblemCode.MISSING_COLUMN,
              "the header lacks " + (missing.size() == 1 ? "the required column " : "the required columns ")
                  + String.join(", ", missing)
                  + (index.isEmpty()
                      ? "; it names none of the 126 GCDF 3.0 columns: expected the project-level table"
                          + " of AidData's Global Chinese Development Finance Dataset 3.0 (or its ADM1"
                          + " locations file)"
                      : ""),
              Location.builder().source(rows.source()).line(1).pointer("row 1").build()));
      ok = false;
    }
    if (!extra.isEmpty() && !index.isEmpty()) {
      problems.add(
          policy.problem(
              ProblemKind.NOTE,
              ProblemCode.EXTRA_COLUMN,
              "the header has " + extra.size() + (extra.size() == 1 ? " column" : " columns")
                  + " that GCDF 3.0 does not define and that is not imported: \""
                  + String.join("\", \"", extra.subList(0, Math.min(extra.size(), 20)))
                  + "\"" + (extra.size() > 20 ? " and " + (extra.size() - 20) + " more" : ""),
              Location.builder().source(rows.source()).line(1).pointer("row 1").build()));
    }
    if (ok) {
      // the cells kept as they are (attributes, financing values, codes) are shared as they are read
      boolean[] kept = new boolean[rows.header().size()];
      index.forEach(
          (column, cell) ->
              kept[cell] = column.role() != GcdfColumn.Role.TYPED
                  || column == GcdfColumn.SECTOR_CODE
                  || column == GcdfColumn.ORIGINAL_CURRENCY);
      rows.share(texts, kept);
      undefinedNames = extra.stream().map(n -> n.isEmpty() ? "(unnamed column)" : n).toArray(String[]::new);
      undefinedCells = extraCells.stream().mapToInt(Integer::intValue).toArray();
    }
    return ok ? Optional.of(index) : Optional.empty();
  }

  // ---------------------------------------------------------------- project rows

  /**
   * A record kept: its id and record id, its initiative unless it was streamed, and where its row
   * is, made into a location when needed.
   */
  private static final class KeptRecord {
    final EntityId id;
    final String recordId;
    final @Nullable Initiative initiative;
    final String source;
    final int rowNumber;
    final int line;

    KeptRecord(Initiative initiative, CsvRecord row, boolean streamed) {
      this.id = initiative.id();
      this.recordId = AidData.recordId(initiative).orElse("");
      this.initiative = streamed ? null : initiative;
      this.source = row.source();
      this.rowNumber = row.rowNumber();
      this.line = row.rowLine();
    }

    Location at() {
      return CsvRecord.rowLocation(source, rowNumber, line);
    }
  }

  /**
   * The cell index of each column by ordinal (-1 for a column the file lacks), and the attribute
   * columns with their cells, for the header last seen: worked out once per file, not per row.
   */
  private Map<GcdfColumn, Integer> indexSeen;
  private int[] cellOfSeen;
  private GcdfColumn[] attributeColumns;
  private int[] attributeCells;

  /**
   * The non-empty cells of a row's attribute columns as a map by attribute key, in key order: a
   * view that the initiative's builder takes in one call, sized at once, rather than growing its
   * entry array cell by cell.
   */
  private final class AttributeCells extends AbstractMap<String, String> {
    private final List<String> cells;
    /** The indexes into {@link #attributeColumns} of the columns whose cell is not empty. */
    private final int[] filled;
    private final int size;

    AttributeCells(CsvRecord record) {
      this.cells = record.cells();
      int[] columns = attributeCells;
      int[] found = new int[columns.length];
      int n = 0;
      for (int i = 0; i < columns.length; i++) {
        if (!record.isEmpty(columns[i])) {
          found[n++] = i;
        }
      }
      this.filled = found;
      this.size = n;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Map.Entry<String, String> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              int i = filled[next++];
              return new AbstractMap.SimpleImmutableEntry<>(
                  attributeColumns[i].attributeKey(), cells.get(attributeCells[i]));
            }
          };
        }
      };
    }
  }


  private int[] columnIndexes(Map<GcdfColumn, Integer> index) {
    if (index != indexSeen) {
      GcdfColumn[] all = GcdfColumn.values();
      int[] cellOf = new int[all.length];
      Arrays.fill(cellOf, -1);
      List<GcdfColumn> attributes = new ArrayList<>();
      for (Map.Entry<GcdfColumn, Integer> entry : index.entrySet()) {
        cellOf[entry.getKey().ordinal()] = entry.getValue();
        if (entry.getKey().role() == GcdfColumn.Role.ATTRIBUTE) {
          attributes.add(entry.getKey());
        }
      }
      // in key order, so that a record's attributes are mostly sorted already when its sorted
      // attribute map is built
      attributes.sort(Comparator.comparing(GcdfColumn::attributeKey));
      attributeColumns = attributes.toArray(new GcdfColumn[0]);
      List<GcdfColumn> verbatim = new ArrayList<>();
      index.keySet().stream().filter(GcdfColumn::keptVerbatimOnly).forEach(verbatim::add);
      verbatimColumns = verbatim.stream().mapToInt(GcdfColumn::ordinal).toArray();
      verbatimCells = verbatim.stream().mapToInt(c -> cellOf[c.ordinal()]).toArray();
      attributeCells = new int[attributeColumns.length];
      for (int i = 0; i < attributeColumns.length; i++) {
        attributeCells[i] = cellOf[attributeColumns[i].ordinal()];
      }
      cellOfSeen = cellOf;
      indexSeen = index;
    }
    return cellOfSeen;
  }

  /**
   * Makes ready to map a row of the project table: checks its width, its cells and its record id,
   * and maps what depends on the row alone (name, summary, status, period, instruments). Touches
   * no state of the import but its settings, so the thread that reads the file does it while the
   * calling thread maps earlier rows with {@link #projectRow(Prepared)}. Call {@link
   * #prepareColumns} first, on the calling thread.
   *
   * @param record the row
   * @param index the column of each cell
   * @param datePool where the dates of this file's rows are shared; used by one thread only
   * @return the row, made ready
   */
  Prepared prepare(CsvRecord record, Map<GcdfColumn, Integer> index, Map<Object, Object> datePool) {
    GcdfRow row = new GcdfRow(record, index, columnIndexes(index), datePool, options);
    List<String> cells = record.cells();
    String recordText = row.get(GcdfColumn.RECORD_ID).strip();
    if (cells.size() != record.header().size()) {
      row.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.SYNTAX,
          "row " + record.rowNumber() + " has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
              + " but the header has " + record.header().size()
              + ": expected one cell per column (cells holding commas must be quoted)",
          record.row());
      return new Prepared(row, recordText, null, true);
    }
    for (int i = 0; record.hasSuspectCells() && i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.indexOf('\0') >= 0) {
        row.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_ENCODING,
            "the cell holds a NUL character: expected text", record.cell(i, record.header().get(i).strip()));
      } else if (CsvSafety.isFormulaLike(cell)) {
        row.problem(ProblemKind.NOTE, ProblemCode.UNSAFE_CONTENT,
            "the cell starts with " + describeFirst(cell)
                + ", so a spreadsheet would run it as a formula: kept as text; CSV exports neutralise it",
            record.cell(i, record.header().get(i).strip()));
      }
    }
    EntityId id = null;
    if (recordText.isEmpty()) {
      row.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.MISSING_FIELD,
          "the row has no AidData Record ID: expected a whole number such as 47008",
          row.at(GcdfColumn.RECORD_ID));
    } else if (!isDigits(recordText) || recordText.length() > 18) {
      row.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
          "\"" + shorten(recordText) + "\" is not an AidData Record ID: expected a whole number such as 47008",
          row.at(GcdfColumn.RECORD_ID));
    } else {
      id = AidData.initiativeId(recordText);
    }
    Prepared prepared = new Prepared(row, recordText, id, false);
    if (id != null) {
      mapRowAlone(prepared);
    }
    return prepared;
  }

  /**
   * Maps a row of the project table made ready by {@link #prepare}: finds repeated record ids and
   * maps what depends on the rows before it (agencies, financing, sectors, recipient, sources,
   * parents). Problems are reported in the order of the row's columns as before: those of the
   * checks, then a repeated id, then those of the mapping.
   *
   * @param prepared the row
   */
  void projectRow(Prepared prepared) {
    rowsRead++;
    GcdfRow row = prepared.row;
    if (prepared.wrongWidth) {
      finish(row, prepared.recordText, null);
      return;
    }
    EntityId id = prepared.id;
    if (id != null) {
      KeptRecord seen = records.get(id);
      if (seen != null) {
        Location first = seen.at();
        row.problemAt(prepared.checked, ProblemKind.MALFORMED_RECORD, ProblemCode.DUPLICATE_ID,
            "AidData Record ID " + prepared.recordText + " appears again; first at " + first
                + ": expected each record once", row.at(GcdfColumn.RECORD_ID));
      }
    }
    Initiative initiative = id == null ? null : map(prepared);
    finish(row, prepared.recordText, initiative);
  }

  /** Makes {@link #prepare} ready for the columns of a file; on the calling thread. */
  void prepareColumns(Map<GcdfColumn, Integer> index) {
    columnIndexes(index);
  }

  /** A row of the project table made ready to map, and what the reading thread mapped of it. */
  final class Prepared {
    final GcdfRow row;
    final String recordText;
    final @Nullable EntityId id;
    final boolean wrongWidth;
    /** How many problems the checks found: a repeated id is reported after them. */
    final int checked;
    Initiative.@Nullable Builder builder;
    @Nullable Citation cite;
    Set<Instrument> instruments = Set.of();
    Optional<PartialDate> commitment = Optional.empty();

    Prepared(GcdfRow row, String recordText, @Nullable EntityId id, boolean wrongWidth) {
      this.row = row;
      this.recordText = recordText;
      this.id = id;
      this.wrongWidth = wrongWidth;
      this.checked = row.found.size();
    }

    /** Returns the row as read. */
    CsvRecord record() {
      return row.record;
    }
  }


  /** Returns the instance held equal to an immutable value, holding this one if it is the first. */
  @SuppressWarnings("unchecked") // a value is held under itself, so the one found has its class
  private <T> T shared(T value) {
    return shared(values, value);
  }

  /** Returns the instance held equal to an immutable value in a pool, holding this one if it is the first. */
  @SuppressWarnings("unchecked") // a value is held under itself, so the one found has its class
  static <T> T shared(Map<Object, Object> pool, T value) {
    Object known = pool.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }

  private void finish(GcdfRow row, String recordText, Initiative initiative) {
    if (row.malformed) {
      row.found.forEach(problems::add); // warnings when lenient, where the record is left out
      if (policy.skipsMalformedRecords()) {
        recordsSkipped++;
        problems.add(
            policy.skippedRecord(
                (recordText.isEmpty() ? "the record" : "record " + shorten(recordText))
                    + " in row " + row.record.rowNumber()
                    + " was left out because of the problems reported for this row",
                row.record.row()));
      }
      return;
    }
    row.found.forEach(problems::add);
    if (initiative == null) {
      return;
    }
    records.put(initiative.id(), new KeptRecord(initiative, row.record, stream != null));
    count(row.record);
    actors.putAll(row.newActors);
    agencyIds.putAll(row.newAgencyIds);
    sources.putAll(row.newSources);
    sourceIdsByUrl.putAll(row.newSourceIds);
    if (stream != null) {
      stream.entity(initiative);
      row.newRelations.values().forEach(stream::relation);
    } else {
      rowRelations.addAll(row.newRelations.values());
    }
    referenceIds.addAll(row.newReferenceIds);
    parentLinks.addAll(row.newParents);
    classify(row, initiative, recordText);
    if (AidData.isRecommendedForAggregates(initiative)) {
      recommended++;
    }
  }

  /** Counts the cells of a kept record that the model does not map, for {@link #account()}. */
  private void count(CsvRecord record) {
    for (int i = 0; i < verbatimColumns.length; i++) {
      if (!record.isEmpty(verbatimCells[i])) {
        verbatimCounts[verbatimColumns[i]]++;
      }
    }
    for (int i = 0; i < undefinedCells.length; i++) {
      if (!record.isEmpty(undefinedCells[i])) {
        undefinedCounts.merge(undefinedNames[i], 1L, Long::sum);
      }
    }
  }

  /**
   * Links a record to the reference programmes whose matching rule it satisfies ({@code part-of},
   * noting the rule), so that it is found by their principles, goals and themes.
   */
  private void classify(GcdfRow row, Initiative initiative, String recordId) {
    List<EntityId> recipients = new ArrayList<>();
    for (Relation relation : row.newRelations.values()) {
      if (relation.type() == RelationType.BENEFITS && relation.from().equals(initiative.id())) {
        recipients.add(relation.to());
      }
    }
    Citation cite = Citation.of(AidData.DATASET_SOURCE, "AidData Record ID " + recordId);
    for (Relation classified : reference.classify(initiative, recipients, cite)) {
      Relation relation = classification.withCells(classified, recordId, row::get);
      relations.put(new RelationKey(relation.from(), relation.type(), relation.to()), relation);
      referenceIds.add(relation.to());
    }
  }

  /** Maps what of a row depends on the row alone, on the reading thread; see {@link #prepare}. */
  private void mapRowAlone(Prepared prepared) {
    GcdfRow row = prepared.row;
    EntityId id = prepared.id;
    String recordId = prepared.recordText;
    Citation cite = Citation.of(AidData.DATASET_SOURCE, "AidData Record ID " + recordId);
    Initiative.Builder b = Initiative.builder();
    b.id(id).initiativeKind(InitiativeKind.PROJECT).putExternalId(AidData.SCHEME, recordId);
    b.addCitations(cite);

    // name and summary
    String title = row.get(GcdfColumn.TITLE).strip();
    if (title.isEmpty()) {
      row.problem(ProblemKind.RECOVERABLE, ProblemCode.MISSING_FIELD,
          "record " + recordId + " has no Title: named \"AidData record " + recordId + "\" instead",
          row.at(GcdfColumn.TITLE));
      title = "AidData record " + recordId;
    }
    b.name(LocalizedText.english(title));
    String description = row.get(GcdfColumn.DESCRIPTION).strip();
    if (!description.isEmpty()) {
      b.summary(LocalizedText.english(description));
    }

    String recommendedValue = row.get(GcdfColumn.RECOMMENDED_FOR_AGGREGATES).strip();
    b.inAggregates(recommendedValue.equalsIgnoreCase("yes"));
    if (!recommendedValue.equalsIgnoreCase("yes") && !recommendedValue.equalsIgnoreCase("no")) {
      row.problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
          "\"" + shorten(recommendedValue) + "\" in \"Recommended For Aggregates\" is neither Yes nor No:"
              + " the record is not counted as recommended for aggregates",
          row.at(GcdfColumn.RECOMMENDED_FOR_AGGREGATES));
    }

    // status
    GcdfFinance.mapStatus(row).ifPresent(b::status);

    // period: actual dates first, then the year columns, then planned dates
    Optional<PartialDate> plannedStart = row.date(GcdfColumn.PLANNED_IMPLEMENTATION_START_DATE);
    Optional<PartialDate> actualStart = row.date(GcdfColumn.ACTUAL_IMPLEMENTATION_START_DATE);
    Optional<PartialDate> startYear = row.year(GcdfColumn.IMPLEMENTATION_START_YEAR);
    Optional<PartialDate> plannedEnd = row.date(GcdfColumn.PLANNED_COMPLETION_DATE);
    Optional<PartialDate> actualEnd = row.date(GcdfColumn.ACTUAL_COMPLETION_DATE);
    Optional<PartialDate> endYear = row.year(GcdfColumn.COMPLETION_YEAR);
    Optional<PartialDate> commitmentDate = row.date(GcdfColumn.COMMITMENT_DATE);
    Optional<PartialDate> commitmentYear = row.year(GcdfColumn.COMMITMENT_YEAR);
    Optional<PartialDate> start = first(actualStart, startYear, plannedStart);
    Optional<PartialDate> end = first(actualEnd, endYear, plannedEnd);
    if (start.isPresent() || end.isPresent()) {
      Period period = Period.between(start, end);
      if (period.isOrdered()) {
        b.period(period);
      } else {
        row.problem(ProblemKind.RECOVERABLE, ProblemCode.INVALID_VALUE,
            "record " + recordId + " starts (" + start.get() + ") after it ends (" + end.get()
                + "): no period set; every date column is kept as an attribute",
            row.at(GcdfColumn.ACTUAL_IMPLEMENTATION_START_DATE));
      }
    }

    // instruments
    Set<Instrument> instruments = GcdfFinance.mapInstruments(row);
    b.addAllInstruments(instruments);
    prepared.builder = b;
    prepared.cite = cite;
    prepared.instruments = instruments;
    prepared.commitment = first(commitmentDate, commitmentYear);
  }

  /** Maps what of a row depends on the rows before it, on the calling thread. */
  private Initiative map(Prepared prepared) {
    GcdfRow row = prepared.row;
    EntityId id = prepared.id;
    String recordId = prepared.recordText;
    Initiative.Builder b = prepared.builder;
    Citation cite = prepared.cite;
    Set<Instrument> instruments = prepared.instruments;

    // attributes: every non-empty cell of an attribute column, verbatim (here rather than on the
    // reading thread, which has the more to do); the cells of other columns that are kept as
    // attributes (amounts without a financing, sources that cannot be paired) are collected
    // apart, and their keys are never those of attribute columns
    b.putAllAttributes(new AttributeCells(row.record));
    Map<String, String> attributes = new LinkedHashMap<>();

    // agencies
    List<EntityId> funders = parties.agencies(row, id, cite, GcdfColumn.FUNDING_AGENCIES,
        GcdfColumn.FUNDING_AGENCIES_TYPE, RelationType.FUNDS, "funding agency");
    parties.agencies(row, id, cite, GcdfColumn.CO_FINANCING_AGENCIES, GcdfColumn.CO_FINANCING_AGENCIES_TYPE,
        RelationType.FUNDS, "co-financing agency");
    parties.agencies(row, id, cite, GcdfColumn.IMPLEMENTING_AGENCIES, GcdfColumn.IMPLEMENTING_AGENCIES_TYPE,
        RelationType.IMPLEMENTS, "implementing agency");
    parties.agencies(row, id, cite, GcdfColumn.DIRECT_RECEIVING_AGENCIES,
        GcdfColumn.DIRECT_RECEIVING_AGENCIES_TYPE, RelationType.PARTICIPATES_IN, "direct receiving agency");
    parties.agencies(row, id, cite, GcdfColumn.INDIRECT_RECEIVING_AGENCIES,
        GcdfColumn.INDIRECT_RECEIVING_AGENCIES_TYPE, RelationType.PARTICIPATES_IN,
        "indirect receiving agency");

    // financing
    Map<String, String> financingAttributes = new LinkedHashMap<>();
    Optional<Financing> financing =
        GcdfFinance.mapFinancing(row, instruments, funders, prepared.commitment, financingAttributes);
    financing.ifPresent(b::addFinancing);
    if (financing.isEmpty()) {
      attributes.putAll(financingAttributes);
    }

    // sector and themes
    String sectorCode = row.get(GcdfColumn.SECTOR_CODE).strip();
    if (!sectorCode.isEmpty()) {
      SectorVocabulary vocabulary;
      if (isDigits(sectorCode) && sectorCode.length() == 3) {
        vocabulary = SectorVocabulary.DAC_3;
      } else if (isDigits(sectorCode) && sectorCode.length() == 5) {
        vocabulary = SectorVocabulary.DAC_5;
      } else {
        vocabulary = SectorVocabulary.OTHER;
        row.problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
            "\"" + shorten(sectorCode) + "\" in \"Sector Code\" is not an OECD-DAC code of 3 or 5 digits:"
                + " kept with vocabulary \"other\"", row.at(GcdfColumn.SECTOR_CODE));
      }
      b.addSectors(shared(Sector.builder().code(sectorCode).vocabulary(vocabulary).build()));
      if (vocabulary != SectorVocabulary.OTHER) {
        List<GcdfClassification.ThemeMatch> themes =
            classification.themes(sectorCode, row.get(GcdfColumn.SECTOR_NAME).strip());
        Citation sectorCite = themes.isEmpty() ? cite
            : shared(GcdfClassification.citation(recordId, List.of(GcdfColumn.SECTOR_CODE.header())));
        for (GcdfClassification.ThemeMatch match : themes) {
          row.newReferenceIds.add(match.theme.id());
          row.relate(id, RelationType.ADDRESSES, match.theme.id(), match.note, sectorCite);
        }
      }
    }

    // recipient
    parties.recipient(row, id, cite);

    // collateral: GCDF reports the security of a loan, never policy conditions, so the
    // conditionality stays not reported
    parties.collateral(row, attributes).ifPresent(b::collateral);

    // sources
    sourceColumns.sources(row, recordId, b, attributes);

    // parents
    String parents = row.get(GcdfColumn.PARENT_ID);
    for (String parent : parents.split("\\|", -1)) {
      String p = parent.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!isDigits(p) || p.length() > 18) {
        row.problem(ProblemKind.RECOVERABLE, ProblemCode.INVALID_VALUE,
            "\"" + shorten(p) + "\" in \"AidData Parent ID\" is not a record id: expected whole numbers"
                + " separated by |", row.at(GcdfColumn.PARENT_ID));
      } else {
        row.newParents.add(new ParentLink(id, p, row.at(GcdfColumn.PARENT_ID)));
      }
    }

    b.putAllAttributes(attributes);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      row.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
          "record " + recordId + " cannot be represented: " + e.getMessage(), row.record.row());
      return null;
    }
  }

  // ---------------------------------------------------------------- ADM1 locations

  /** Resolves an ADM1 locations header; see {@link GcdfLocations#adm1Header}. */
  Optional<Map<String, Integer>> adm1Header(CsvRowReader rows) {
    return locations.adm1Header(rows);
  }

  /** Links one ADM1 location row; see {@link GcdfLocations#adm1Row}. */
  void adm1Row(CsvRecord record, Map<String, Integer> index) {
    locations.adm1Row(record, index);
  }

  /** Turns the ADM1 links into relations; see {@link GcdfLocations#finishLocations}. */
  void finishLocations() {
    locations.finishLocations();
  }

  // ---------------------------------------------------------------- the end

  /** Links records to their parents, now that every record is known; warns once per file. */
  void resolveParents() {
    Map<String, List<ParentLink>> unresolved = new LinkedHashMap<>();
    for (ParentLink link : parentLinks) {
      KeptRecord parentRecord = records.get(AidData.initiativeId(link.parentRecordId));
      EntityId parent = parentRecord == null ? null : parentRecord.id; // the instance held already
      if (parent != null && !parent.equals(link.child)) {
        relations.put(
            new RelationKey(link.child, RelationType.PART_OF, parent),
            Relation.builder().from(link.child).type(RelationType.PART_OF).to(parent)
                .addCitations(Citation.of(AidData.DATASET_SOURCE, "AidData Parent ID of "
                    + records.get(link.child).recordId))
                .build());
      } else {
        unresolved.computeIfAbsent(link.at.source().orElse(""), k -> new ArrayList<>()).add(link);
      }
    }
    unresolved.forEach(
        (file, links) -> {
          Set<String> examples = new LinkedHashSet<>();
          Set<EntityId> records = new LinkedHashSet<>();
          for (ParentLink link : links) {
            records.add(link.child);
            if (examples.size() < 5) {
              examples.add(link.parentRecordId);
            }
          }
          problems.add(
              policy.problem(
                  ProblemKind.NOTE,
                  ProblemCode.DANGLING_REFERENCE,
                  records.size() + (records.size() == 1 ? " record names" : " records name")
                      + " an AidData Parent ID that is not a record of this import (e.g. "
                      + String.join(", ", examples) + "): kept as attribute " + AidData.PARENT_ID
                      + ", without a part-of relation",
                  Location.builder().from(links.get(0).at).build()));
        });
  }

  /**
   * Makes a streamed import: from now on each record is passed to the sink as it is mapped, with
   * the relations of its row, instead of being kept; {@link #finishStream} passes the rest.
   */
  void streamTo(RecordSink sink) {
    this.stream = sink;
  }

  /** The dataset metadata of the import, once every file is read. */
  DatasetInfo info() {
    return DatasetInfo.builder()
        .title(LocalizedText.english("AidData GCDF 3.0 records"))
        .description(LocalizedText.english(
            records.size() + " records of AidData's Global Chinese Development Finance"
                + " Dataset, Version 3.0, imported by southsouth"))
        .version("3.0")
        .license("ODC-By-1.0")
        .addSources(AidData.DATASET_SOURCE)
        .build();
  }

  /** Builds the graph, or reports why it cannot be built. */
  Optional<CooperationGraph> build() {
    CooperationGraph.Builder graph = CooperationGraph.builder().problemLimit(options.maxProblems()).info(info());
    emitRest(ImportSupport.into(graph));
    try {
      return Optional.of(graph.build());
    } catch (InvalidModelException e) {
      for (Problem p : e.report().problems()) {
        problems.add(locate(p));
      }
      return Optional.empty();
    }
  }

  /**
   * Ends a streamed import: reports {@code part-of} cycles among the records as {@link #build}
   * would, and unless there is an error passes what was kept to the end to the sink.
   *
   * @return whether the import succeeded
   */
  boolean finishStream(RecordSink sink) {
    List<Relation> between = new ArrayList<>();
    for (Relation relation : relations.values()) {
      if (records.containsKey(relation.from()) && records.containsKey(relation.to())) {
        between.add(relation);
      }
    }
    PartOfCycles.between(between, options.maxProblems()).forEach(p -> problems.add(locate(p)));
    if (problems.hasErrors()) {
      return false;
    }
    emitRest(sink);
    return true;
  }

  /**
   * Passes the records made at the end to a sink: the dataset's source, the records kept (none
   * when streamed), agencies, recipients and sources, the reference entities linked to, and the
   * relations of the rows kept, of the rules, parents and ADM1 units, and of the reference data.
   */
  private void emitRest(RecordSink graph) {
    Source dataset =
        Source.builder()
            .id(AidData.DATASET_SOURCE)
            .name(LocalizedText.english(
                "AidData's Global Chinese Development Finance Dataset, Version 3.0"))
            .summary(LocalizedText.english(
                "20,985 Chinese-financed projects in 165 low- and middle-income countries, commitments"
                    + " 2000-2021. Licensed under the Open Data Commons Attribution License (ODC-By 1.0);"
                    + " attribution: AidData. 2023. Global Chinese Development Finance Dataset, Version 3.0."))
            .sourceKind(SourceKind.DATASET)
            .addAuthors("AidData")
            .publisher("AidData, a research lab at William & Mary")
            .date(PartialDate.of(2023, 11, 6))
            .uri("https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0")
            .putAttribute("license", "ODC-By-1.0")
            .putAttribute("attribution", "AidData. 2023. Global Chinese Development Finance Dataset, Version 3.0.")
            .build();
    graph.entity(dataset);
    for (KeptRecord record : records.values()) {
      if (record.initiative != null) {
        graph.entity(record.initiative);
      }
    }
    actors.values().forEach(graph::entity);
    sources.values().forEach(graph::entity);
    ReferenceData.Closure closure = reference.closure(referenceIds);
    Set<EntityId> added = new HashSet<>();
    for (Entity entity : closure.entities()) {
      EntityId id = entity.id();
      if (!id.equals(dataset.id()) && !records.containsKey(id) && !actors.containsKey(id)
          && !sources.containsKey(id) && added.add(id)) {
        graph.entity(entity);
      }
    }
    rowRelations.forEach(graph::relation);
    relations.values().forEach(graph::relation);
    Set<RelationKey> closureKeys = new HashSet<>();
    for (Relation relation : closure.relations()) {
      RelationKey key = new RelationKey(relation.from(), relation.type(), relation.to());
      if (!relations.containsKey(key) && closureKeys.add(key)) {
        graph.relation(relation);
      }
    }
  }

  private Problem locate(Problem problem) {
    Optional<String> subject = problem.location().subject();
    if (subject.isEmpty()) {
      return problem;
    }
    String first = subject.get().split(" ", 2)[0];
    Optional<EntityId> id = EntityId.tryParse(first);
    Location at = id.map(records::get).map(KeptRecord::at).orElse(null);
    if (at == null) {
      return problem;
    }
    return Problem.builder().from(problem)
        .location(Location.builder().from(at).subject(subject.get()).build()).build();
  }

  // ---------------------------------------------------------------- helpers

  @SafeVarargs
  private static Optional<PartialDate> first(Optional<PartialDate>... candidates) {
    for (Optional<PartialDate> candidate : candidates) {
      if (candidate.isPresent()) {
        return candidate;
      }
    }
    return Optional.empty();
  }
}
