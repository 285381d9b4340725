package io.github.southsouth.serialization.aiddata;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LoanTerms;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.problem.Severity;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.internal.CsvRecord;
import io.github.southsouth.serialization.internal.CsvRowReader;
import io.github.southsouth.serialization.internal.CsvSafety;
import io.github.southsouth.serialization.internal.TextPool;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The state of one import: maps GCDF rows to entities and relations as they stream past, keeps
 * what later rows and files need (agencies and sources seen, record ids, parent links), links ADM1
 * locations, and builds the graph at the end. Not thread-safe; one per import.
 */
final class GcdfImport {

  private static final Pattern SLUG_JUNK = Pattern.compile("[^a-z0-9]+");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_SCALE = 100;

  private static final Citation DATASET_CITATION = Citation.of(AidData.DATASET_SOURCE);

  /** The ADM1 columns the importer needs. */
  static final ImmutableList<String> ADM1_REQUIRED =
      ImmutableList.of("id", "shapeID", "shapeGroup", "shapeName", "intersection_ratio", "even_split_ratio");

  /** How a row problem counts, by leniency. */
  private enum Weight {
    /** The row cannot be imported as it is: error when strict; when lenient, the row is skipped. */
    MALFORMED,
    /** The value is kept as an attribute but not typed: error when strict, warning when lenient. */
    RECOVERABLE,
    /** Source data kept faithfully, worth a look: a warning in both modes. */
    NOTE
  }

  private final ReadOptions options;
  private final ReferenceData reference;
  private final ProblemReport.Collector problems;

  /** The records kept, in the order read. */
  private final Map<EntityId, KeptRecord> records = new LinkedHashMap<>();
  private final Map<EntityId, Actor> actors = new LinkedHashMap<>();
  private final Map<List<String>, EntityId> agencyIds = new HashMap<>();
  private final Map<String, EntityId> sourceIdsByUrl = new HashMap<>();
  /** The stripped items of the agency cells seen (see {@link #items}). */
  private final Map<String, String[]> itemsOfCell = new HashMap<>();
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
  private final Map<EntityId, Map<EntityId, AdmLink>> admLinks = new LinkedHashMap<>();

  private int rowsRead;
  private int recordsSkipped;
  private int recommended;
  private int admRowsRead;
  private int admRowsLinked;
  private int admRowsSkipped;

  /** The identity of a relation: one relation per source, type and target. */
  private static final class RelationKey {
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

  private static final class ParentLink {
    final EntityId child;
    final String parentRecordId;
    final Location at;

    ParentLink(EntityId child, String parentRecordId, Location at) {
      this.child = child;
      this.parentRecordId = parentRecordId;
      this.at = at;
    }
  }

  private static final class AdmLink {
    final EntityId region;
    final BigDecimal ratio;
    final String note;
    final Citation cite;
    final Location at;

    AdmLink(EntityId region, BigDecimal ratio, String note, Citation cite, Location at) {
      this.region = region;
      this.ratio = ratio;
      this.note = note;
      this.cite = cite;
      this.at = at;
    }
  }

  GcdfImport(ReadOptions options, ReferenceData reference, ProblemReport.Collector problems) {
    this.options = options;
    this.reference = reference;
    this.problems = problems;
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

  int admRowsRead() {
    return admRowsRead;
  }

  int admRowsLinked() {
    return admRowsLinked;
  }

  int admRowsSkipped() {
    return admRowsSkipped;
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
    boolean ok = true;
    List<String> header = rows.header();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      Optional<GcdfColumn> column = GcdfColumn.byHeader(name);
      if (column.isEmpty()) {
        extra.add(GcdfColumn.normalise(name));
      } else if (index.putIfAbsent(column.get(), i) != null) {
        problems.add(
            Problem.error(
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
          Problem.error(
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
          Problem.warning(
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
    }
    return ok ? Optional.of(index) : Optional.empty();
  }

  // ---------------------------------------------------------------- project rows

  /** A record kept: its initiative, and where its row is, made into a location when needed. */
  private static final class KeptRecord {
    final Initiative initiative;
    final String source;
    final int rowNumber;
    final int line;

    KeptRecord(Initiative initiative, CsvRecord row) {
      this.initiative = initiative;
      this.source = row.source();
      this.rowNumber = row.rowNumber();
      this.line = row.rowLine();
    }

    Location at() {
      return CsvRecord.rowLocation(source, rowNumber, line);
    }
  }

  /** One row being mapped: its cells, problems and the entities it will add if it is kept. */
  private final class Row {
    final CsvRecord record;
    final Map<GcdfColumn, Integer> index;
    final List<Problem> found = new ArrayList<>();
    boolean malformed;
    final Map<EntityId, Actor> newActors = new LinkedHashMap<>();
    final Map<List<String>, EntityId> newAgencyIds = new HashMap<>();
    final Map<EntityId, Source> newSources = new LinkedHashMap<>();
    final Map<String, EntityId> newSourceIds = new HashMap<>();
    final Map<RelationKey, Relation> newRelations = new LinkedHashMap<>();
    final Set<EntityId> newReferenceIds = new LinkedHashSet<>();
    final List<ParentLink> newParents = new ArrayList<>();
    /** The citation list shared by the row's relations, made for the first of them. */
    private @Nullable ImmutableList<Citation> citations;

    final int[] cellOf;
    final List<String> cells;

    /** Where the row's dates are shared: owned by the thread that reads them (see prepare). */
    private final Map<Object, Object> datePool;

    Row(CsvRecord record, Map<GcdfColumn, Integer> index, Map<Object, Object> datePool) {
      this.record = record;
      this.index = index;
      this.cellOf = columnIndexes(index);
      this.cells = record.cells();
      this.datePool = datePool;
    }

    String get(GcdfColumn column) {
      int i = cellOf[column.ordinal()];
      return i < 0 || i >= cells.size() ? "" : cells.get(i);
    }

    /** Returns the one list of this citation that the row's relations share. */
    ImmutableList<Citation> citationsOf(Citation cite) {
      ImmutableList<Citation> list = citations;
      if (list == null || list.get(0) != cite) {
        list = ImmutableList.of(cite);
        citations = list;
      }
      return list;
    }

    Location at(GcdfColumn column) {
      int i = cellOf[column.ordinal()];
      return i < 0 ? record.row() : record.cell(i, column.header());
    }

    void problem(Weight weight, ProblemCode code, String message, Location at) {
      problemAt(found.size(), weight, code, message, at);
    }

    /** Records a problem before those found from {@code position} on. */
    void problemAt(int position, Weight weight, ProblemCode code, String message, Location at) {
      Severity severity;
      if (weight == Weight.NOTE) {
        severity = Severity.WARNING;
      } else {
        severity = options.isLenient() && weight == Weight.RECOVERABLE ? Severity.WARNING : Severity.ERROR;
      }
      if (weight == Weight.MALFORMED) {
        malformed = true;
      }
      found.add(position, Problem.builder().severity(severity).code(code).message(message).location(at).build());
    }

    Optional<BigDecimal> decimal(GcdfColumn column) {
      String text = get(column).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (text.length() > options.maxNumberLength()) {
        problem(Weight.MALFORMED, ProblemCode.LIMIT_EXCEEDED,
            "the number in \"" + column.header() + "\" has " + text.length()
                + " characters, more than the limit of " + options.maxNumberLength()
                + " (ReadOptions.maxNumberLength)", at(column));
        return Optional.empty();
      }
      if (CsvSafety.isPlainNumber(text)) {
        BigDecimal value = new BigDecimal(text);
        if (Math.abs(value.scale()) <= MAX_SCALE) {
          return Optional.of(value);
        }
      }
      problem(Weight.MALFORMED, ProblemCode.INVALID_VALUE,
          "\"" + shorten(text) + "\" in \"" + column.header()
              + "\" is not a number: expected a decimal such as 1500000.0", at(column));
      return Optional.empty();
    }

    Optional<PartialDate> date(GcdfColumn column) {
      String text = get(column).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        if (text.length() == 10 && text.charAt(4) == '-') {
          return Optional.of(shared(datePool, PartialDate.parse(text)));
        }
        // MM/DD/YYYY, month and day of one or two digits
        int slash = text.indexOf('/');
        int secondSlash = slash < 0 ? -1 : text.indexOf('/', slash + 1);
        if (slash >= 1 && slash <= 2 && secondSlash - slash >= 2 && secondSlash - slash <= 3
            && text.length() - secondSlash == 5 && isDigits(text, 0, slash)
            && isDigits(text, slash + 1, secondSlash) && isDigits(text, secondSlash + 1, text.length())) {
          return Optional.of(
              shared(
                  datePool,
                  PartialDate.of(
                      Integer.parseInt(text, secondSlash + 1, text.length(), 10),
                      Integer.parseInt(text, 0, slash, 10),
                      Integer.parseInt(text, slash + 1, secondSlash, 10))));
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      problem(Weight.MALFORMED, ProblemCode.INVALID_VALUE,
          "\"" + shorten(text) + "\" in \"" + column.header()
              + "\" is not a date: expected YYYY-MM-DD or MM/DD/YYYY, e.g. 2019-12-03 or 12/03/2019",
          at(column));
      return Optional.empty();
    }

    Optional<PartialDate> year(GcdfColumn column) {
      String text = get(column).strip();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      // four digits, then possibly a point and zeros (2019.0)
      boolean decimalZero = text.length() > 5 && text.charAt(4) == '.';
      for (int i = 5; decimalZero && i < text.length(); i++) {
        decimalZero = text.charAt(i) == '0';
      }
      if ((text.length() == 4 || decimalZero) && isDigits(text, 0, 4)) {
        int year = Integer.parseInt(text, 0, 4, 10);
        if (year >= 1) {
          return Optional.of(shared(datePool, PartialDate.of(year)));
        }
      }
      problem(Weight.MALFORMED, ProblemCode.INVALID_VALUE,
          "\"" + shorten(text) + "\" in \"" + column.header()
              + "\" is not a year: expected four digits such as 2019 or 2019.0", at(column));
      return Optional.empty();
    }

    boolean yes(GcdfColumn column) {
      return get(column).strip().equalsIgnoreCase("yes");
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
    Row row = new Row(record, index, datePool);
    List<String> cells = record.cells();
    String recordText = row.get(GcdfColumn.RECORD_ID).strip();
    if (cells.size() != record.header().size()) {
      row.problem(Weight.MALFORMED, ProblemCode.SYNTAX,
          "row " + record.rowNumber() + " has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
              + " but the header has " + record.header().size()
              + ": expected one cell per column (cells holding commas must be quoted)",
          record.row());
      return new Prepared(row, recordText, null, true);
    }
    for (int i = 0; record.hasSuspectCells() && i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.indexOf('\0') >= 0) {
        row.problem(Weight.MALFORMED, ProblemCode.INVALID_ENCODING,
            "the cell holds a NUL character: expected text", record.cell(i, record.header().get(i).strip()));
      } else if (CsvSafety.isFormulaLike(cell)) {
        row.problem(Weight.NOTE, ProblemCode.UNSAFE_CONTENT,
            "the cell starts with " + describeFirst(cell)
                + ", so a spreadsheet would run it as a formula: kept as text; CSV exports neutralise it",
            record.cell(i, record.header().get(i).strip()));
      }
    }
    EntityId id = null;
    if (recordText.isEmpty()) {
      row.problem(Weight.MALFORMED, ProblemCode.MISSING_FIELD,
          "the row has no AidData Record ID: expected a whole number such as 47008",
          row.at(GcdfColumn.RECORD_ID));
    } else if (!isDigits(recordText) || recordText.length() > 18) {
      row.problem(Weight.MALFORMED, ProblemCode.INVALID_VALUE,
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
    Row row = prepared.row;
    if (prepared.wrongWidth) {
      finish(row, prepared.recordText, null);
      return;
    }
    EntityId id = prepared.id;
    if (id != null) {
      KeptRecord seen = records.get(id);
      if (seen != null) {
        Location first = seen.at();
        row.problemAt(prepared.checked, Weight.MALFORMED, ProblemCode.DUPLICATE_ID,
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
    final Row row;
    final String recordText;
    final @Nullable EntityId id;
    final boolean wrongWidth;
    /** How many problems the checks found: a repeated id is reported after them. */
    final int checked;
    Initiative.@Nullable Builder builder;
    @Nullable Citation cite;
    Set<Instrument> instruments = Set.of();
    Optional<PartialDate> commitment = Optional.empty();

    Prepared(Row row, String recordText, @Nullable EntityId id, boolean wrongWidth) {
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
  private static <T> T shared(Map<Object, Object> pool, T value) {
    Object known = pool.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }

  private void finish(Row row, String recordText, Initiative initiative) {
    if (row.malformed) {
      if (options.isLenient()) {
        for (Problem p : row.found) {
          problems.add(p.isError() ? Problem.builder().from(p).severity(Severity.WARNING).build() : p);
        }
        recordsSkipped++;
        problems.add(
            Problem.warning(
                ProblemCode.SKIPPED_RECORD,
                (recordText.isEmpty() ? "the record" : "record " + shorten(recordText))
                    + " in row " + row.record.rowNumber()
                    + " was left out because of the problems reported for this row",
                row.record.row()));
      } else {
        row.found.forEach(problems::add);
      }
      return;
    }
    row.found.forEach(problems::add);
    if (initiative == null) {
      return;
    }
    records.put(initiative.id(), new KeptRecord(initiative, row.record));
    actors.putAll(row.newActors);
    agencyIds.putAll(row.newAgencyIds);
    sources.putAll(row.newSources);
    sourceIdsByUrl.putAll(row.newSourceIds);
    rowRelations.addAll(row.newRelations.values());
    referenceIds.addAll(row.newReferenceIds);
    parentLinks.addAll(row.newParents);
    classify(row, initiative, recordText);
    if (AidData.isRecommendedForAggregates(initiative)) {
      recommended++;
    }
  }

  /**
   * Links a record to the reference programmes whose matching rule it satisfies ({@code part-of},
   * noting the rule), so that it is found by their principles, goals and themes.
   */
  private void classify(Row row, Initiative initiative, String recordId) {
    List<EntityId> recipients = new ArrayList<>();
    for (Relation relation : row.newRelations.values()) {
      if (relation.type() == RelationType.BENEFITS && relation.from().equals(initiative.id())) {
        recipients.add(relation.to());
      }
    }
    Citation cite = Citation.of(AidData.DATASET_SOURCE, "AidData Record ID " + recordId);
    for (Relation relation : reference.classify(initiative, recipients, cite)) {
      relations.put(new RelationKey(relation.from(), relation.type(), relation.to()), relation);
      referenceIds.add(relation.to());
    }
  }

  /** Maps what of a row depends on the row alone, on the reading thread; see {@link #prepare}. */
  private void mapRowAlone(Prepared prepared) {
    Row row = prepared.row;
    EntityId id = prepared.id;
    String recordId = prepared.recordText;
    Citation cite = Citation.of(AidData.DATASET_SOURCE, "AidData Record ID " + recordId);
    Initiative.Builder b = Initiative.builder();
    b.id(id).initiativeKind(InitiativeKind.PROJECT).putExternalId(AidData.SCHEME, recordId);
    b.addCitations(cite);

    // name and summary
    String title = row.get(GcdfColumn.TITLE).strip();
    if (title.isEmpty()) {
      row.problem(Weight.RECOVERABLE, ProblemCode.MISSING_FIELD,
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
    if (!recommendedValue.equalsIgnoreCase("yes") && !recommendedValue.equalsIgnoreCase("no")) {
      row.problem(Weight.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
          "\"" + shorten(recommendedValue) + "\" in \"Recommended For Aggregates\" is neither Yes nor No:"
              + " the record is not counted as recommended for aggregates",
          row.at(GcdfColumn.RECOMMENDED_FOR_AGGREGATES));
    }

    // status
    mapStatus(row).ifPresent(b::status);

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
        row.problem(Weight.RECOVERABLE, ProblemCode.INVALID_VALUE,
            "record " + recordId + " starts (" + start.get() + ") after it ends (" + end.get()
                + "): no period set; every date column is kept as an attribute",
            row.at(GcdfColumn.ACTUAL_IMPLEMENTATION_START_DATE));
      }
    }

    // instruments
    Set<Instrument> instruments = mapInstruments(row);
    b.addAllInstruments(instruments);
    prepared.builder = b;
    prepared.cite = cite;
    prepared.instruments = instruments;
    prepared.commitment = first(commitmentDate, commitmentYear);
  }

  /** Maps what of a row depends on the rows before it, on the calling thread. */
  private Initiative map(Prepared prepared) {
    Row row = prepared.row;
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
    List<EntityId> funders = agencies(row, id, cite, GcdfColumn.FUNDING_AGENCIES,
        GcdfColumn.FUNDING_AGENCIES_TYPE, RelationType.FUNDS, "funding agency");
    agencies(row, id, cite, GcdfColumn.CO_FINANCING_AGENCIES, GcdfColumn.CO_FINANCING_AGENCIES_TYPE,
        RelationType.FUNDS, "co-financing agency");
    agencies(row, id, cite, GcdfColumn.IMPLEMENTING_AGENCIES, GcdfColumn.IMPLEMENTING_AGENCIES_TYPE,
        RelationType.IMPLEMENTS, "implementing agency");
    agencies(row, id, cite, GcdfColumn.DIRECT_RECEIVING_AGENCIES,
        GcdfColumn.DIRECT_RECEIVING_AGENCIES_TYPE, RelationType.PARTICIPATES_IN, "direct receiving agency");
    agencies(row, id, cite, GcdfColumn.INDIRECT_RECEIVING_AGENCIES,
        GcdfColumn.INDIRECT_RECEIVING_AGENCIES_TYPE, RelationType.PARTICIPATES_IN,
        "indirect receiving agency");

    // financing
    Map<String, String> financingAttributes = new LinkedHashMap<>();
    Optional<Financing> financing =
        mapFinancing(row, instruments, funders, prepared.commitment, financingAttributes);
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
        row.problem(Weight.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
            "\"" + shorten(sectorCode) + "\" in \"Sector Code\" is not an OECD-DAC code of 3 or 5 digits:"
                + " kept with vocabulary \"other\"", row.at(GcdfColumn.SECTOR_CODE));
      }
      b.addSectors(shared(Sector.builder().code(sectorCode).vocabulary(vocabulary).build()));
      if (vocabulary != SectorVocabulary.OTHER) {
        for (Theme theme : reference.themesForSector(sectorCode)) {
          row.newReferenceIds.add(theme.id());
          relate(row, id, RelationType.ADDRESSES, theme.id(), null, cite);
        }
      }
    }

    // recipient
    recipient(row, id, cite);

    // conditionality: GCDF reports security, never policy conditions
    if (row.yes(GcdfColumn.COLLATERALIZED)) {
      String collateral = row.get(GcdfColumn.COLLATERAL).strip();
      b.conditionality(
          Conditionality.attached(
              List.of(
                  Condition.builder()
                      .type(ConditionType.OTHER)
                      .description(
                          LocalizedText.english(
                              collateral.isEmpty()
                                  ? "Collateralized (AidData does not describe the collateral)"
                                  : "Collateral: " + collateral))
                      .build())));
    }

    // sources
    sources(row, recordId, b, attributes);

    // parents
    String parents = row.get(GcdfColumn.PARENT_ID);
    for (String parent : parents.split("\\|", -1)) {
      String p = parent.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!isDigits(p) || p.length() > 18) {
        row.problem(Weight.RECOVERABLE, ProblemCode.INVALID_VALUE,
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
      row.problem(Weight.MALFORMED, ProblemCode.INVALID_VALUE,
          "record " + recordId + " cannot be represented: " + e.getMessage(), row.record.row());
      return null;
    }
  }

  private Optional<InitiativeStatus> mapStatus(Row row) {
    String raw = row.get(GcdfColumn.STATUS).strip();
    switch (raw.toLowerCase(Locale.ROOT)) {
      case "":
        return Optional.empty();
      case "pipeline: pledge":
        return Optional.of(InitiativeStatus.PLEDGED);
      case "pipeline: commitment":
        return Optional.of(InitiativeStatus.COMMITTED);
      case "implementation":
        return Optional.of(InitiativeStatus.IMPLEMENTATION);
      case "completion":
      case "completed":
        return Optional.of(InitiativeStatus.COMPLETED);
      case "suspended":
        return Optional.of(InitiativeStatus.SUSPENDED);
      case "cancelled":
      case "canceled":
        return Optional.of(InitiativeStatus.CANCELLED);
      default:
        row.problem(Weight.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
            "\"" + shorten(raw) + "\" is not a GCDF Status: expected Pipeline: Pledge, Pipeline: Commitment,"
                + " Implementation, Completion, Suspended or Cancelled; kept as attribute "
                + AidData.STATUS + " only", row.at(GcdfColumn.STATUS));
        return Optional.empty();
    }
  }

  private Set<Instrument> mapInstruments(Row row) {
    String raw = row.get(GcdfColumn.FLOW_TYPE).strip();
    String flow = raw.toLowerCase(Locale.ROOT);
    Set<Instrument> set = EnumSet.noneOf(Instrument.class);
    if (flow.isEmpty()) {
      return set;
    }
    if (flow.equals("loan")) {
      if (row.yes(GcdfColumn.INTEREST_FREE_LOAN)) {
        set.add(Instrument.INTEREST_FREE_LOAN);
      }
      if (row.yes(GcdfColumn.GCL) || row.yes(GcdfColumn.PBC)) {
        set.add(Instrument.CONCESSIONAL_LOAN);
      }
      if (row.yes(GcdfColumn.EXPORT_BUYERS_CREDIT) || row.yes(GcdfColumn.SUPPLIERS_CREDIT)
          || row.yes(GcdfColumn.PBC)) {
        set.add(Instrument.EXPORT_CREDIT);
      }
      if (set.isEmpty()) {
        String flowClass = row.get(GcdfColumn.FLOW_CLASS).strip().toLowerCase(Locale.ROOT);
        if (flowClass.equals("oda-like")) {
          set.add(Instrument.CONCESSIONAL_LOAN);
        } else if (flowClass.equals("oof-like")) {
          set.add(Instrument.COMMERCIAL_LOAN);
        } else {
          set.add(Instrument.OTHER);
        }
      }
    } else if (flow.equals("grant")) {
      set.add(Instrument.GRANT);
    } else if (flow.equals("debt forgiveness")) {
      set.add(Instrument.DEBT_FORGIVENESS);
    } else if (flow.equals("debt rescheduling")) {
      set.add(Instrument.DEBT_RESCHEDULING);
    } else if (flow.startsWith("scholarships")) {
      set.add(Instrument.TRAINING);
    } else if (flow.startsWith("free-standing technical assistance")) {
      set.add(Instrument.TECHNICAL_ASSISTANCE);
    } else if (flow.startsWith("vague")) {
      set.add(Instrument.OTHER);
    } else {
      row.problem(Weight.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
          "\"" + shorten(raw) + "\" is not a GCDF Flow Type: expected Loan, Grant, Debt Forgiveness,"
              + " Debt Rescheduling, Scholarships/Training in Donor Country, Free-standing Technical"
              + " Assistance or Vague (TBD); kept as attribute " + AidData.FLOW_TYPE + " only",
          row.at(GcdfColumn.FLOW_TYPE));
    }
    return set;
  }

  private Optional<Financing> mapFinancing(
      Row row,
      Set<Instrument> instruments,
      List<EntityId> funders,
      Optional<PartialDate> date,
      Map<String, String> attributes) {
    List<Money> amounts = new ArrayList<>();
    Optional<BigDecimal> original = row.decimal(GcdfColumn.AMOUNT_ORIGINAL_CURRENCY);
    String currency = row.get(GcdfColumn.ORIGINAL_CURRENCY).strip();
    Optional<BigDecimal> nominalUsd = row.decimal(GcdfColumn.AMOUNT_NOMINAL_USD);
    Optional<BigDecimal> constantUsd = row.decimal(GcdfColumn.AMOUNT_CONSTANT_USD_2021);
    Money originalMoney = null;
    if (original.isPresent()) {
      if (currency.isEmpty()) {
        row.problem(Weight.RECOVERABLE, ProblemCode.MISSING_FIELD,
            "\"Amount (Original Currency)\" is given without \"Original Currency\": kept as an attribute",
            row.at(GcdfColumn.ORIGINAL_CURRENCY));
      } else if (!Money.isKnownCurrency(currency)) {
        row.problem(Weight.RECOVERABLE, ProblemCode.UNKNOWN_CURRENCY,
            "\"" + shorten(currency) + "\" in \"Original Currency\" is not an ISO 4217 code: the amount"
                + " in original currency is kept as an attribute", row.at(GcdfColumn.ORIGINAL_CURRENCY));
      } else {
        originalMoney = Money.of(original.get(), currency);
        amounts.add(originalMoney);
      }
    }
    if (nominalUsd.isPresent()) {
      Money nominal = Money.of(nominalUsd.get(), "USD");
      if (originalMoney == null || !originalMoney.currency().equals("USD")) {
        amounts.add(nominal);
      } else if (!originalMoney.isSameQuantity(nominal)) {
        attributes.put(GcdfColumn.AMOUNT_NOMINAL_USD.attributeKey(), row.get(GcdfColumn.AMOUNT_NOMINAL_USD));
      }
    }
    constantUsd.ifPresent(a -> amounts.add(Money.of(a, "USD", AidData.CONSTANT_2021)));

    LoanTerms.Builder terms = LoanTerms.builder();
    Optional<BigDecimal> rate = row.decimal(GcdfColumn.INTEREST_RATE);
    Optional<BigDecimal> maturity = row.decimal(GcdfColumn.MATURITY);
    Optional<BigDecimal> grace = row.decimal(GcdfColumn.GRACE_PERIOD);
    Optional<BigDecimal> grantElement = row.decimal(GcdfColumn.GRANT_ELEMENT_OECD_CASH_FLOW);
    rate.ifPresent(terms::interestRate);
    maturity.ifPresent(terms::maturityYears);
    grace.ifPresent(terms::gracePeriodYears);
    grantElement.ifPresent(terms::grantElement);
    boolean hasTerms = rate.isPresent() || maturity.isPresent() || grace.isPresent() || grantElement.isPresent();

    for (GcdfColumn column :
        List.of(GcdfColumn.AMOUNT_ESTIMATED, GcdfColumn.ADJUSTED_AMOUNT_ORIGINAL_CURRENCY,
            GcdfColumn.ADJUSTED_AMOUNT_CONSTANT_USD_2021, GcdfColumn.ADJUSTED_AMOUNT_NOMINAL_USD,
            GcdfColumn.GRANT_ELEMENT_OECD_GRANT_EQUIV, GcdfColumn.GRANT_ELEMENT_IMF)) {
      String value = row.get(column);
      if (!value.isEmpty()) {
        attributes.put(column.attributeKey(), value);
      }
    }
    if (originalMoney == null) {
      for (GcdfColumn column : List.of(GcdfColumn.AMOUNT_ORIGINAL_CURRENCY, GcdfColumn.ORIGINAL_CURRENCY)) {
        String value = row.get(column);
        if (!value.isEmpty()) {
          attributes.put(column.attributeKey(), value);
        }
      }
    }
    if (amounts.isEmpty()) {
      // no amount to carry them: every financing column stays an attribute of the initiative
      for (GcdfColumn column : GcdfColumn.values()) {
        if (column.role() == GcdfColumn.Role.FINANCING && !row.get(column).isEmpty()) {
          attributes.put(column.attributeKey(), row.get(column));
        }
      }
      return Optional.empty();
    }
    Financing.Builder f = Financing.builder();
    f.instrument(instruments.isEmpty() ? Instrument.OTHER : instruments.iterator().next());
    f.stage(row.get(GcdfColumn.STATUS).strip().equalsIgnoreCase("pipeline: pledge")
        ? FinancingStage.PLEDGE : FinancingStage.COMMITMENT);
    f.addAllAmounts(amounts);
    if (!funders.isEmpty()) {
      f.financier(funders.get(0));
    }
    date.ifPresent(f::date);
    if (hasTerms) {
      f.terms(terms.build());
    }
    f.putAllAttributes(attributes);
    attributes.clear();
    return Optional.of(f.build());
  }

  /** Adds the actors of one agency column and their relations; returns their ids in order. */
  private List<EntityId> agencies(
      Row row, EntityId initiative, Citation cite, GcdfColumn namesColumn, GcdfColumn typesColumn,
      RelationType type, String role) {
    String names = row.get(namesColumn);
    if (names.isBlank()) {
      return List.of();
    }
    String[] nameItems = items(names);
    String[] typeItems = items(row.get(typesColumn));
    if (!row.get(typesColumn).isEmpty() && typeItems.length != nameItems.length) {
      row.problem(Weight.NOTE, ProblemCode.INVALID_VALUE,
          "\"" + namesColumn.header() + "\" lists " + nameItems.length + " names but \""
              + typesColumn.header() + "\" lists " + typeItems.length
              + " types: types are paired with names by position", row.at(typesColumn));
    }
    List<EntityId> ids = new ArrayList<>();
    for (int i = 0; i < nameItems.length; i++) {
      String name = nameItems[i];
      if (name.isEmpty()) {
        continue;
      }
      String agencyType = i < typeItems.length ? typeItems[i] : "";
      EntityId actor = agency(row, name, agencyType);
      if (!ids.contains(actor)) {
        ids.add(actor);
      }
      relate(row, actor, type, initiative, role, cite);
    }
    return ids;
  }

  /**
   * The items of a {@code |}-separated cell, stripped, as {@code cell.split("\\|", -1)} with each
   * item stripped: the same array for the same cell text, so that the agency cells, whose values
   * recur from row to row, are split once and their items (as keys) hashed once. At most {@value
   * TextPool#MAX_ENTRIES} cells are held; the arrays are never changed.
   */
  private String[] items(String cell) {
    String[] known = itemsOfCell.get(cell);
    if (known != null) {
      return known;
    }
    String[] items = cell.split("\\|", -1);
    for (int i = 0; i < items.length; i++) {
      items[i] = items[i].strip();
    }
    if (itemsOfCell.size() < TextPool.MAX_ENTRIES) {
      itemsOfCell.put(cell, items);
    }
    return items;
  }

  private EntityId agency(Row row, String name, String agencyType) {
    List<String> key = List.of(name, agencyType);
    EntityId known = agencyIds.get(key);
    if (known == null) {
      known = row.newAgencyIds.get(key);
    }
    if (known != null) {
      return known;
    }
    String base = "aiddata-" + slug(name, 120) + (agencyType.isEmpty() ? "" : "." + slug(agencyType, 60));
    EntityId id = EntityId.of(Kind.ACTOR, base);
    if (actors.containsKey(id) || row.newActors.containsKey(id) || reference.graph().contains(id)) {
      id = EntityId.of(Kind.ACTOR, base + "-" + hash(name + "|" + agencyType, 8));
    }
    Actor.Builder actor =
        Actor.builder()
            .id(id)
            .actorType(ActorType.ORGANIZATION)
            .name(LocalizedText.english(name))
            .addCitations(DATASET_CITATION);
    if (!agencyType.isEmpty()) {
      actor.putAttribute(AidData.NAMESPACE + "agencyType", agencyType);
    }
    row.newActors.put(id, actor.build());
    row.newAgencyIds.put(key, id);
    return id;
  }

  private void relate(Row row, EntityId from, RelationType type, EntityId to, String note, Citation cite) {
    // Every relation a row adds has the row's own record at one end, and a record id seen before
    // makes the row malformed (it is left out), so only the row's own relations can be the same.
    RelationKey key = new RelationKey(from, type, to);
    Relation existing = row.newRelations.get(key);
    Relation.Builder r = Relation.builder().from(from).type(type).to(to);
    if (existing != null) {
      String merged = existing.note().orElse("");
      if (note != null && !merged.contains(note)) {
        merged = merged.isEmpty() ? note : merged + "; " + note;
      }
      if (!merged.isEmpty()) {
        r.note(merged);
      }
    } else if (note != null) {
      r.note(note);
    }
    row.newRelations.put(key, r.build().withCitations(row.citationsOf(cite)));
  }

  private void recipient(Row row, EntityId initiative, Citation cite) {
    String iso3 = row.get(GcdfColumn.RECIPIENT_ISO_3).strip();
    String name = row.get(GcdfColumn.RECIPIENT).strip();
    String region = row.get(GcdfColumn.RECIPIENT_REGION).strip();
    if (isLetters3(iso3)) {
      EntityId country = country(row, iso3.toUpperCase(Locale.ROOT), name);
      relate(row, initiative, RelationType.BENEFITS, country, null, cite);
      return;
    }
    if (!iso3.isEmpty()) {
      row.problem(Weight.NOTE, ProblemCode.INVALID_VALUE,
          "\"" + shorten(iso3) + "\" in \"Recipient ISO-3\" is not an ISO 3166-1 alpha-3 code: the record"
              + " is linked to its recipient region instead", row.at(GcdfColumn.RECIPIENT_ISO_3));
    }
    Optional<EntityId> regionId = region(row, region);
    if (regionId.isPresent()) {
      relate(row, initiative, RelationType.BENEFITS, regionId.get(), name.isEmpty() ? null : name, cite);
    } else {
      row.problem(Weight.NOTE, ProblemCode.MISSING_FIELD,
          "the record names no recipient country (\"Recipient ISO-3\") and its \"Recipient Region\" is \""
              + shorten(region) + "\": no benefits relation; the recipient is kept as attributes",
          row.at(GcdfColumn.RECIPIENT_ISO_3));
    }
  }

  /** Returns the id of a country, from the reference data or made from the record's own name. */
  private EntityId country(Row row, String iso3, String name) {
    Optional<Actor> known = reference.countryByIso3(iso3);
    if (known.isPresent()) {
      row.newReferenceIds.add(known.get().id());
      return known.get().id();
    }
    EntityId id = EntityId.of(Kind.ACTOR, iso3.toLowerCase(Locale.ROOT));
    Actor seen = actors.get(id);
    if (seen != null) {
      return seen.id(); // the same instance on every row, held once
    }
    if (!row.newActors.containsKey(id)) {
      row.newActors.put(
          id,
          Actor.builder()
              .id(id)
              .actorType(ActorType.COUNTRY)
              .name(LocalizedText.english(name.isEmpty() ? iso3 : name))
              .iso3(iso3)
              .addCitations(DATASET_CITATION)
              .build());
    }
    return id;
  }

  /** GCDF's Recipient Region values and the UN M49 regions they stand for. */
  private static final Map<String, String[]> REGIONS =
      Map.of(
          "africa", new String[] {"002", "Africa"},
          "america", new String[] {"019", "Americas"},
          "americas", new String[] {"019", "Americas"},
          "asia", new String[] {"142", "Asia"},
          "europe", new String[] {"150", "Europe"},
          "oceania", new String[] {"009", "Oceania"});

  private Optional<EntityId> region(Row row, String region) {
    String key = region.toLowerCase(Locale.ROOT);
    String[] m49 = REGIONS.get(key);
    if (m49 != null) {
      Optional<Actor> known = reference.byM49(m49[0]);
      if (known.isPresent()) {
        row.newReferenceIds.add(known.get().id());
        return Optional.of(known.get().id());
      }
      EntityId id = EntityId.of(Kind.ACTOR, "m49-" + m49[0]);
      addRegion(row, id, m49[1], m49[0]);
      return Optional.of(id);
    }
    if (key.equals("middle east")) {
      EntityId id = EntityId.of(Kind.ACTOR, "aiddata-region-middle-east");
      addRegion(row, id, "Middle East", null);
      return Optional.of(id);
    }
    return Optional.empty();
  }

  private void addRegion(Row row, EntityId id, String name, String m49) {
    if (actors.containsKey(id) || row.newActors.containsKey(id)) {
      return;
    }
    Actor.Builder actor =
        Actor.builder()
            .id(id)
            .actorType(ActorType.REGION)
            .name(LocalizedText.english(name))
            .addCitations(DATASET_CITATION);
    if (m49 != null) {
      actor.m49(m49);
    }
    row.newActors.put(id, actor.build());
  }

  private void sources(Row row, String recordId, Initiative.Builder b, Map<String, String> attributes) {
    String urlCell = row.get(GcdfColumn.SOURCE_URLS);
    if (urlCell.isBlank()) {
      for (GcdfColumn column :
          List.of(GcdfColumn.SOURCE_TITLES, GcdfColumn.SOURCE_PUBLISHERS, GcdfColumn.SOURCE_RESOURCE_TYPES)) {
        if (!row.get(column).isBlank()) {
          attributes.put(column.attributeKey(), row.get(column));
        }
      }
      return;
    }
    String[] urls = urlCell.split("\\|", -1);
    // the item lists are split only when a new source needs them; most URLs recur
    String[][] aligned = new String[3][];
    boolean[] pairs = new boolean[3];
    GcdfColumn[] columns = {
      GcdfColumn.SOURCE_TITLES, GcdfColumn.SOURCE_PUBLISHERS, GcdfColumn.SOURCE_RESOURCE_TYPES
    };
    for (int c = 0; c < columns.length; c++) {
      String cell = row.get(columns[c]);
      int items = itemCount(cell);
      if (items == urls.length) {
        pairs[c] = true;
      } else if (!cell.isBlank()) {
        attributes.put(columns[c].attributeKey(), cell);
        row.problem(Weight.NOTE, ProblemCode.INVALID_VALUE,
            "\"" + columns[c].header() + "\" has " + items + " items separated by | but \"Source URLs\""
                + " has " + urls.length + ": they cannot be paired, so the sources are named by their URLs"
                + " and the cell is kept as attribute " + columns[c].attributeKey(),
            row.at(columns[c]));
      }
    }
    Set<EntityId> cited = new LinkedHashSet<>();
    for (int i = 0; i < urls.length; i++) {
      String url = urls[i].strip();
      if (url.isEmpty()) {
        continue;
      }
      EntityId id = sourceIdsByUrl.get(url);
      if (id == null) {
        id = row.newSourceIds.get(url);
      }
      if (id == null) {
        id = EntityId.of(Kind.SOURCE, "aiddata-url-" + hash(url, 16));
        for (int c = 0; c < columns.length; c++) {
          if (pairs[c] && aligned[c] == null) {
            aligned[c] = row.get(columns[c]).split("\\|", -1);
          }
        }
        String title = aligned[0] == null ? "" : aligned[0][i].strip();
        String publisher = aligned[1] == null ? "" : aligned[1][i].strip();
        String type = aligned[2] == null ? "" : aligned[2][i].strip();
        Source.Builder source =
            Source.builder()
                .id(id)
                .name(LocalizedText.english(title.isEmpty() ? url : title))
                .sourceKind(sourceKind(type))
                .addCitations(Citation.of(AidData.DATASET_SOURCE, "Source URLs of AidData Record ID " + recordId));
        if (!publisher.isEmpty()) {
          source.publisher(publisher);
        }
        if (!type.isEmpty()) {
          source.putAttribute(AidData.NAMESPACE + "resourceType", type);
        }
        if (isAbsoluteUri(url)) {
          source.uri(url);
        } else {
          source.putAttribute(AidData.NAMESPACE + "url", url);
          row.problem(Weight.NOTE, ProblemCode.INVALID_VALUE,
              "the source URL \"" + shorten(url) + "\" is not a valid absolute URI: kept as the source's"
                  + " name and attribute aiddata.url, without a uri", row.at(GcdfColumn.SOURCE_URLS));
        }
        row.newSources.put(id, source.build());
        row.newSourceIds.put(url, id);
      }
      cited.add(id);
    }
    for (EntityId id : cited) {
      b.addCitations(shared(Citation.of(id)));
    }
  }

  /** The number of items in a {@code |}-separated cell, as {@code cell.split("\\|", -1).length}. */
  private static int itemCount(String cell) {
    int count = 1;
    for (int i = cell.indexOf('|'); i >= 0; i = cell.indexOf('|', i + 1)) {
      count++;
    }
    return count;
  }

  private static SourceKind sourceKind(String resourceType) {
    String type = resourceType.toLowerCase(Locale.ROOT);
    if (type.startsWith("media report")) {
      return SourceKind.NEWS;
    }
    if (type.contains("official source")) {
      return SourceKind.OFFICIAL_DOCUMENT;
    }
    if (type.startsWith("academic journal")) {
      return SourceKind.ARTICLE;
    }
    if (type.contains("academic")) {
      return SourceKind.REPORT;
    }
    if (type.startsWith("social media")) {
      return SourceKind.WEBSITE;
    }
    return SourceKind.OTHER;
  }

  private static boolean isAbsoluteUri(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() && uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")
              ? uri.getHost() != null || uri.getRawAuthority() != null
              : true);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- ADM1 locations

  /** Resolves an ADM1 locations header; reports missing columns. */
  Optional<Map<String, Integer>> adm1Header(CsvRowReader rows) {
    Map<String, Integer> index = new HashMap<>();
    List<String> header = rows.header();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(GcdfColumn.normalise(header.get(i)), i);
    }
    List<String> missing = new ArrayList<>();
    for (String column : ADM1_REQUIRED) {
      if (!index.containsKey(column)) {
        missing.add("\"" + column + "\"");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          Problem.error(
              ProblemCode.MISSING_COLUMN,
              "the ADM1 locations header lacks the required "
                  + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing),
              Location.builder().source(rows.source()).line(1).pointer("row 1").build()));
      return Optional.empty();
    }
    return Optional.of(index);
  }

  /** Links one ADM1 location row to its record, if the record was imported. */
  void adm1Row(CsvRecord record, Map<String, Integer> index) {
    admRowsRead++;
    List<String> cells = record.cells();
    if (cells.size() != record.header().size()) {
      admProblem(record, record.row(), ProblemCode.SYNTAX,
          "row " + record.rowNumber() + " has " + cells.size() + " cells but the header has "
              + record.header().size() + ": expected one cell per column");
      return;
    }
    String recordId = cell(cells, index, "id");
    EntityId initiative =
        isDigits(recordId) && recordId.length() <= 18 ? AidData.initiativeId(recordId) : null;
    if (initiative == null) {
      admProblem(record, record.cell(index.get("id"), "id"), ProblemCode.INVALID_VALUE,
          "\"" + shorten(recordId) + "\" in \"id\" is not an AidData Record ID: expected a whole number");
      return;
    }
    if (!records.containsKey(initiative)) {
      return;
    }
    String shapeId = cell(cells, index, "shapeID");
    String group = cell(cells, index, "shapeGroup").toUpperCase(Locale.ROOT);
    String shapeName = cell(cells, index, "shapeName");
    String ratioText = cell(cells, index, "intersection_ratio");
    if (shapeId.isEmpty() || !isLetters3(group) || !CsvSafety.isPlainNumber(ratioText)) {
      admProblem(record, record.row(), ProblemCode.INVALID_VALUE,
          "the location of record " + recordId + " needs a shapeID, an ISO-3 shapeGroup and a decimal"
              + " intersection_ratio; found \"" + shorten(shapeId) + "\", \"" + shorten(group) + "\", \""
              + shorten(ratioText) + "\"");
      return;
    }
    BigDecimal ratio = new BigDecimal(ratioText);
    if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0 || Math.abs(ratio.scale()) > MAX_SCALE) {
      admProblem(record, record.cell(index.get("intersection_ratio"), "intersection_ratio"),
          ProblemCode.INVALID_VALUE,
          "intersection_ratio " + shorten(ratioText) + " of record " + recordId + " is outside 0 to 1");
      return;
    }
    EntityId region = EntityId.encode(Kind.ACTOR, "geoboundaries-" + shapeId);
    Map<EntityId, AdmLink> links = admLinks.computeIfAbsent(initiative, k -> new LinkedHashMap<>());
    if (links.containsKey(region)) {
      problems.add(
          Problem.warning(
              ProblemCode.DUPLICATE_RELATION,
              "record " + recordId + " is linked to ADM1 unit " + shapeId + " again: the first row is kept",
              record.row()));
      return;
    }
    if (!actors.containsKey(region)) {
      Actor.Builder actor =
          Actor.builder()
              .id(region)
              .actorType(ActorType.REGION)
              .name(LocalizedText.english(shapeName.isEmpty() ? shapeId : shapeName))
              .putExternalId("geoboundaries", shapeId)
              .putAttribute("geoboundaries.level", "ADM1")
              .putAttribute("geoboundaries.shapeGroup", group)
              .addCitations(Citation.of(AidData.DATASET_SOURCE, "GCDF 3.0 ADM1 locations"));
      String lon = cell(cells, index, "centroid_longitude");
      String lat = cell(cells, index, "centroid_latitude");
      if (!lon.isEmpty() && !lat.isEmpty()) {
        actor.putAttribute("geoboundaries.centroidLongitude", lon);
        actor.putAttribute("geoboundaries.centroidLatitude", lat);
      }
      actors.put(region, actor.build());
      EntityId country = admCountry(record, group);
      relations.put(
          new RelationKey(region, RelationType.PART_OF, country),
          Relation.builder().from(region).type(RelationType.PART_OF).to(country)
              .addCitations(Citation.of(AidData.DATASET_SOURCE, "GCDF 3.0 ADM1 locations")).build());
    }
    StringBuilder note = new StringBuilder("ADM1 unit (geoBoundaries v6 CGAZ); intersection ratio ")
        .append(ratioText);
    String even = cell(cells, index, "even_split_ratio");
    if (!even.isEmpty()) {
      note.append(", even-split ratio ").append(even);
    }
    String value = cell(cells, index, "intersection_ratio_commitment_value");
    if (!value.isEmpty()) {
      note.append(", commitment value ").append(value).append(" constant 2021 USD");
    }
    Citation cite = Citation.of(AidData.DATASET_SOURCE, "GCDF 3.0 ADM1 locations, id " + recordId);
    links.put(region, new AdmLink(region, ratio, note.toString(), cite, record.row()));
    admRowsLinked++;
  }

  /**
   * Turns the ADM1 links into benefits relations, once every location file is read. The
   * intersection ratios become shares when a record's ratios add up to at most 1; AidData rounds
   * them to two decimals, so they sometimes add up to a little more, and then they stay in the
   * relation notes only (warning), since shares of one initiative's recipients may not exceed 100.
   */
  void finishLocations() {
    admLinks.forEach(
        (initiative, links) -> {
          BigDecimal sum = BigDecimal.ZERO;
          for (AdmLink link : links.values()) {
            sum = sum.add(link.ratio);
          }
          boolean shares = sum.compareTo(BigDecimal.ONE) <= 0;
          if (!shares) {
            problems.add(
                Problem.warning(
                    ProblemCode.SHARE_SUM,
                    "the ADM1 intersection ratios of " + initiative + " add up to " + sum.toPlainString()
                        + " (AidData rounds them to two decimals): kept in the notes of its benefits"
                        + " relations, not as shares",
                    links.values().iterator().next().at));
          }
          for (AdmLink link : links.values()) {
            Relation.Builder r =
                Relation.builder().from(initiative).type(RelationType.BENEFITS).to(link.region)
                    .note(link.note).addCitations(link.cite);
            if (shares) {
              r.share(link.ratio.multiply(HUNDRED));
            }
            relations.put(new RelationKey(initiative, RelationType.BENEFITS, link.region), r.build());
          }
        });
    admLinks.clear();
  }

  private EntityId admCountry(CsvRecord record, String iso3) {
    Optional<Actor> known = reference.countryByIso3(iso3);
    if (known.isPresent()) {
      referenceIds.add(known.get().id());
      return known.get().id();
    }
    EntityId id = EntityId.of(Kind.ACTOR, iso3.toLowerCase(Locale.ROOT));
    if (!actors.containsKey(id)) {
      problems.add(
          Problem.warning(
              ProblemCode.MISSING_NAME,
              "country " + iso3 + " of an ADM1 unit is neither in the reference data nor a recipient of"
                  + " this import: named by its code",
              record.row()));
      actors.put(
          id,
          Actor.builder().id(id).actorType(ActorType.COUNTRY).name(LocalizedText.english(iso3)).iso3(iso3)
              .addCitations(DATASET_CITATION).build());
    }
    return id;
  }

  private void admProblem(CsvRecord record, Location at, ProblemCode code, String message) {
    if (options.isLenient()) {
      problems.add(Problem.warning(code, message, at));
      problems.add(Problem.warning(ProblemCode.SKIPPED_RECORD,
          "ADM1 row " + record.rowNumber() + " was left out because of the problem above", record.row()));
      admRowsSkipped++;
    } else {
      problems.add(Problem.error(code, message, at));
    }
  }

  private static String cell(List<String> cells, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    return i == null || i >= cells.size() ? "" : cells.get(i).strip();
  }

  // ---------------------------------------------------------------- the end

  /** Links records to their parents, now that every record is known; warns once per file. */
  void resolveParents() {
    Map<String, List<ParentLink>> unresolved = new LinkedHashMap<>();
    for (ParentLink link : parentLinks) {
      KeptRecord parentRecord = records.get(AidData.initiativeId(link.parentRecordId));
      EntityId parent = parentRecord == null ? null : parentRecord.initiative.id(); // the instance held already
      if (parent != null && !parent.equals(link.child)) {
        relations.put(
            new RelationKey(link.child, RelationType.PART_OF, parent),
            Relation.builder().from(link.child).type(RelationType.PART_OF).to(parent)
                .addCitations(Citation.of(AidData.DATASET_SOURCE, "AidData Parent ID of "
                    + AidData.recordId(records.get(link.child).initiative).orElse("")))
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
              Problem.warning(
                  ProblemCode.DANGLING_REFERENCE,
                  records.size() + (records.size() == 1 ? " record names" : " records name")
                      + " an AidData Parent ID that is not a record of this import (e.g. "
                      + String.join(", ", examples) + "): kept as attribute " + AidData.PARENT_ID
                      + ", without a part-of relation",
                  Location.builder().from(links.get(0).at).build()));
        });
  }

  /** Builds the graph, or reports why it cannot be built. */
  Optional<CooperationGraph> build() {
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
    CooperationGraph.Builder graph =
        CooperationGraph.builder()
            .problemLimit(options.maxProblems())
            .info(
                DatasetInfo.builder()
                    .title(LocalizedText.english("AidData GCDF 3.0 records"))
                    .description(LocalizedText.english(
                        records.size() + " records of AidData's Global Chinese Development Finance"
                            + " Dataset, Version 3.0, imported by southsouth"))
                    .version("3.0")
                    .license("ODC-By-1.0")
                    .addSources(AidData.DATASET_SOURCE)
                    .build());
    graph.addEntity(dataset);
    for (KeptRecord record : records.values()) {
      graph.addEntity(record.initiative);
    }
    graph.addEntities(actors.values());
    graph.addEntities(sources.values());
    ReferenceData.Closure closure = reference.closure(referenceIds);
    Set<EntityId> added = new HashSet<>();
    for (Entity entity : closure.entities()) {
      EntityId id = entity.id();
      if (!id.equals(dataset.id()) && !records.containsKey(id) && !actors.containsKey(id)
          && !sources.containsKey(id) && added.add(id)) {
        graph.addEntity(entity);
      }
    }
    graph.addRelations(rowRelations);
    graph.addRelations(relations.values());
    Set<RelationKey> closureKeys = new HashSet<>();
    for (Relation relation : closure.relations()) {
      RelationKey key = new RelationKey(relation.from(), relation.type(), relation.to());
      if (!relations.containsKey(key) && closureKeys.add(key)) {
        graph.addRelation(relation);
      }
    }
    try {
      return Optional.of(graph.build());
    } catch (InvalidModelException e) {
      for (Problem p : e.report().problems()) {
        problems.add(locate(p));
      }
      return Optional.empty();
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

  /** Makes a readable slug: lower case, runs of other characters as one hyphen, bounded length. */
  static String slug(String text, int max) {
    String slug = SLUG_JUNK.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (slug.length() > max) {
      slug = slug.substring(0, max).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? hash(text, 12) : slug;
  }

  static String hash(String text, int hexDigits) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; hex.length() < hexDigits; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return hex.substring(0, hexDigits);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
    }
  }

  /** Whether the text is one or more ASCII digits. */
  private static boolean isDigits(String text) {
    return !text.isEmpty() && isDigits(text, 0, text.length());
  }

  /** Whether the characters from {@code start} to {@code end} are ASCII digits. */
  private static boolean isDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the text is three ASCII letters, as an ISO 3166-1 alpha-3 code. */
  private static boolean isLetters3(String text) {
    if (text.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static String describeFirst(String cell) {
    char c = cell.charAt(0);
    return c == '\t' ? "a tab" : c == '\r' ? "a carriage return" : "'" + c + "'";
  }
}
