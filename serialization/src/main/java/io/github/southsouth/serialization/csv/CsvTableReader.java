package io.github.southsouth.serialization.csv;

import static io.github.southsouth.serialization.csv.CsvTables.ATTRIBUTE;
import static io.github.southsouth.serialization.csv.CsvTables.AUTHOR;
import static io.github.southsouth.serialization.csv.CsvTables.CITATIONS;
import static io.github.southsouth.serialization.csv.CsvTables.CLAIM;
import static io.github.southsouth.serialization.csv.CsvTables.EXTERNAL_ID;
import static io.github.southsouth.serialization.csv.CsvTables.ID;
import static io.github.southsouth.serialization.csv.CsvTables.KIND;
import static io.github.southsouth.serialization.csv.CsvTables.NAME;
import static io.github.southsouth.serialization.csv.CsvTables.SUMMARY;

import com.google.common.collect.ImmutableSet;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Stance;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.ReadResult;
import io.github.southsouth.serialization.internal.CsvRowReader;
import io.github.southsouth.serialization.internal.TextPool;
import io.github.southsouth.serialization.internal.CsvSafety;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the two tables of {@link CsvTables}; one instance per read. Not thread-safe. */
final class CsvTableReader {

  /** The kinds each fixed column applies to. */
  private static final Map<String, ImmutableSet<Kind>> APPLIES_TO = new HashMap<>();

  static {
    for (String c : List.of("initiativeKind", "status", "instruments", "conditionality")) {
      APPLIES_TO.put(c, ImmutableSet.of(Kind.INITIATIVE));
    }
    APPLIES_TO.put("start", ImmutableSet.of(Kind.INITIATIVE, Kind.EVENT));
    APPLIES_TO.put("end", ImmutableSet.of(Kind.INITIATIVE, Kind.EVENT));
    for (String c : List.of("actorType", "iso2", "iso3", "m49")) {
      APPLIES_TO.put(c, ImmutableSet.of(Kind.ACTOR));
    }
    APPLIES_TO.put("place", ImmutableSet.of(Kind.EVENT));
    for (String c : List.of("holder", "stance", "about")) {
      APPLIES_TO.put(c, ImmutableSet.of(Kind.PERSPECTIVE));
    }
    for (String c : List.of("sourceKind", "publisher", "date", "uri")) {
      APPLIES_TO.put(c, ImmutableSet.of(Kind.SOURCE));
    }
    APPLIES_TO.put("dacSectors", ImmutableSet.of(Kind.THEME));
  }

  private final Path directory;
  private final ReadOptions options;
  private final ReadPolicy policy;
  private final ProblemReport.Collector problems;
  private final Map<String, Location> subjects = new HashMap<>();
  /** The values of the cells kept, each held once. */
  private final TextPool texts = new TextPool();
  private int errors;

  CsvTableReader(Path directory, ReadOptions options) {
    this.directory = directory;
    this.options = options;
    this.policy = ReadPolicy.of(options);
    this.problems = ProblemReport.collector(options.maxProblems());
  }

  ReadResult read() {
    CooperationGraph.Builder graph = CooperationGraph.builder().problemLimit(options.maxProblems());
    readTable(CsvTables.ENTITIES, new EntityTable(graph));
    readTable(CsvTables.RELATIONS, new RelationTable(graph));
    if (problems.hasErrors()) {
      throw new ModelReadException(problems.build());
    }
    CooperationGraph built;
    try {
      built = graph.build(); // validates once
    } catch (InvalidModelException e) {
      problems.addAll(e.report().map(this::locate));
      throw new ModelReadException(problems.build());
    }
    return ReadResult.of(built, problems.build()); // the warnings of a lenient read
  }

  private void add(Problem problem) {
    if (problem.isError()) {
      errors++;
    }
    problems.add(problem);
  }

  /** Adds the file and row of a problem's subject, found when the row was read. */
  private Problem locate(Problem problem) {
    Optional<Location> row = problem.location().subject().map(subjects::get);
    if (row.isEmpty() || problem.location().source().isPresent()) {
      return problem;
    }
    Location where =
        Location.builder().from(row.get()).subject(problem.location().subject().get()).build();
    return Problem.builder().from(problem).location(where).build();
  }

  /** What to do with each row of one table. */
  private interface Table {
    List<String> required();

    boolean knows(String column);

    void header(Header header);

    void row(Row row);
  }

  private void readTable(String fileName, Table table) {
    Path file = directory.resolve(fileName);
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      add(
          policy.problem(ProblemKind.FATAL,
              ProblemCode.IO_ERROR,
              "the file " + fileName + " is missing from " + directory + ": expected " + CsvTables.ENTITIES
                  + " and " + CsvTables.RELATIONS + " side by side",
              Location.builder().source(fileName).build()));
      return;
    } catch (IOException e) {
      add(policy.problem(ProblemKind.FATAL, ProblemCode.IO_ERROR, "cannot read the file: " + e.getMessage(), Location.builder().source(fileName).build()));
      return;
    }
    try (CsvRowReader rows = new CsvRowReader(in, fileName, options)) {
      if (!rows.readHeader()) {
        add(policy.problem(ProblemKind.FATAL, ProblemCode.EMPTY_INPUT, "the file is empty: expected a header row", at(fileName, 1)));
        return;
      }
      Header header = header(fileName, rows.header(), table);
      if (header == null) {
        return;
      }
      table.header(header);
      while (rows.next()) {
        List<String> cells = rows.cells();
        if (cells.size() > header.columns.size()) {
          add(
              policy.problem(ProblemKind.INVALID,
                  ProblemCode.SYNTAX,
                  "the row has " + cells.size() + " cells but the header has " + header.columns.size()
                      + " columns: expected at most one cell per column",
                  rows.row()));
          continue;
        }
        table.row(new Row(rows, header));
        if (problems.isFull()) {
          return;
        }
      }
    } catch (CsvRowReader.Failure e) {
      add(e.problem());
    } catch (IOException e) {
      add(policy.problem(ProblemKind.FATAL, ProblemCode.IO_ERROR, "cannot close the file: " + e.getMessage(), Location.builder().source(fileName).build()));
    }
  }

  private static Location at(String fileName, int line) {
    return Location.builder().source(fileName).line(line).build();
  }

  /** The columns of a table's header and what each holds. */
  private static final class Header {
    final List<String> columns;
    final Map<String, Integer> index = new HashMap<>();
    final List<String> unknown = new ArrayList<>();

    Header(List<String> columns) {
      this.columns = columns;
    }
  }

  private Header header(String fileName, List<String> cells, Table table) {
    List<String> columns = new ArrayList<>(cells.size());
    Header header = new Header(columns);
    boolean ok = true;
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      columns.add(name);
      Location where = Location.builder().source(fileName).line(1).pointer("row 1, column " + (i + 1) + " \"" + name + "\"").build();
      if (header.index.putIfAbsent(name, i) != null) {
        add(policy.problem(ProblemKind.FATAL, ProblemCode.DUPLICATE_KEY, "the column \"" + name + "\" appears twice in the header", where));
        ok = false;
      } else if (!table.knows(name)) {
        // strict: an error, and the rows are read on without the column's cells
        boolean kept = policy.outcome(ProblemKind.RECOVERABLE) == ReadPolicy.Outcome.WARN;
        if (kept) {
          header.unknown.add(name);
        }
        add(
            policy.problem(
                ProblemKind.RECOVERABLE,
                ProblemCode.EXTRA_COLUMN,
                kept
                    ? "the column \"" + name + "\" is not one of the table's; its cells are kept as attribute csv." + name
                    : "the column \"" + name + "\" is not one of the table's: expected the columns described in"
                        + " CsvTables (read leniently to keep its cells as attributes)",
                where));
      }
    }
    for (String required : table.required()) {
      if (!header.index.containsKey(required)) {
        add(
            policy.problem(ProblemKind.FATAL,
                ProblemCode.MISSING_COLUMN,
                "the header has no column \"" + required + "\": expected at least " + String.join(", ", table.required()),
                Location.builder().source(fileName).line(1).pointer("row 1").build()));
        ok = false;
      }
    }
    return ok ? header : null;
  }

  /**
   * The reader's current row, with typed, located access to its cells; valid until the reader
   * moves on.
   */
  private final class Row {
    final CsvRowReader rows;
    final Header header;
    final List<String> cells;

    Row(CsvRowReader rows, Header header) {
      this.rows = rows;
      this.header = header;
      this.cells = rows.cells();
    }

    Location where(String column) {
      Integer i = header.index.get(column);
      return rows.cell(i == null ? -1 : i, column);
    }

    Location where() {
      return rows.row();
    }

    Optional<String> cell(String column) {
      Integer i = header.index.get(column);
      if (i == null || i >= cells.size() || cells.get(i).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(texts.share(CsvSafety.restore(cells.get(i))));
    }

    void error(ProblemCode code, String column, String message) {
      add(policy.problem(ProblemKind.INVALID, code, message, where(column)));
    }

    Optional<String> required(String column, String what) {
      Optional<String> value = cell(column);
      if (value.isEmpty()) {
        error(ProblemCode.MISSING_FIELD, column, "the " + column + " cell is empty: expected " + what);
      }
      return value;
    }

    Optional<EntityId> id(String column, String value) {
      Optional<EntityId> id = EntityId.tryParse(value);
      if (id.isEmpty()) {
        error(ProblemCode.INVALID_VALUE, column,
            "\"" + value + "\" is not an entity id: expected kind:slug, e.g. actor:ken, with kind one of " + Coded.codesOf(Kind.class));
      }
      return id;
    }

    Optional<EntityId> id(String column) {
      return cell(column).flatMap(v -> id(column, v));
    }

    List<EntityId> ids(String column) {
      List<EntityId> ids = new ArrayList<>();
      cell(column).ifPresent(v -> {
        for (String token : v.split(" ")) {
          if (!token.isEmpty()) {
            id(column, token).ifPresent(ids::add);
          }
        }
      });
      return ids;
    }

    <E extends Enum<E> & Coded> Optional<E> code(String column, Class<E> type, String vocabulary) {
      return cell(column).flatMap(v -> code(column, v, type, vocabulary));
    }

    <E extends Enum<E> & Coded> Optional<E> code(String column, String value, Class<E> type, String vocabulary) {
      Optional<E> code = Coded.fromCode(type, value);
      if (code.isEmpty()) {
        error(ProblemCode.UNKNOWN_CODE, column,
            "\"" + value + "\" is not a known " + vocabulary + ": expected one of " + Coded.codesOf(type));
      }
      return code;
    }

    Optional<PartialDate> date(String column) {
      return cell(column).flatMap(v -> {
        try {
          return Optional.of(PartialDate.parse(v));
        } catch (IllegalArgumentException e) {
          error(ProblemCode.INVALID_VALUE, column, e.getMessage());
          return Optional.empty();
        }
      });
    }

    Optional<Period> period() {
      Optional<PartialDate> start = date("start");
      Optional<PartialDate> end = date("end");
      return start.isPresent() || end.isPresent() ? Optional.of(Period.between(start, end)) : Optional.empty();
    }

    Optional<BigDecimal> decimal(String column) {
      return cell(column).flatMap(v -> {
        try {
          if (v.indexOf('e') >= 0 || v.indexOf('E') >= 0) {
            throw new NumberFormatException();
          }
          return Optional.of(new BigDecimal(v));
        } catch (NumberFormatException e) {
          error(ProblemCode.INVALID_VALUE, column, "\"" + v + "\" is not a decimal number: expected e.g. 12.5");
          return Optional.empty();
        }
      });
    }

    /** The texts of columns {@code prefix + tag}, by tag. */
    LocalizedText texts(String prefix) {
      Map<String, String> texts = new TreeMap<>();
      for (int i = 0; i < header.columns.size(); i++) {
        String column = header.columns.get(i);
        if (column.startsWith(prefix)) {
          Optional<String> value = cell(column);
          if (value.isPresent() && !value.get().isBlank()) {
            texts.put(column.substring(prefix.length()), value.get());
          } else if (value.isPresent()) {
            error(ProblemCode.INVALID_VALUE, column, "the text is blank: expected text or an empty cell");
          }
        }
      }
      try {
        return LocalizedText.of(texts);
      } catch (IllegalArgumentException e) {
        add(policy.problem(ProblemKind.INVALID, ProblemCode.INVALID_VALUE, e.getMessage(), where()));
        return LocalizedText.empty();
      }
    }

    Map<String, String> suffixed(String prefix) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String column : header.columns) {
        if (column.startsWith(prefix)) {
          cell(column).ifPresent(v -> values.put(column.substring(prefix.length()), v));
        }
      }
      return values;
    }

    List<Citation> citations() {
      List<Citation> citations = new ArrayList<>();
      for (EntityId source : ids(CITATIONS)) {
        citations.add(Citation.of(source));
      }
      return citations;
    }
  }

  private static boolean isDynamic(String column, String... prefixes) {
    for (String prefix : prefixes) {
      if (column.startsWith(prefix) && column.length() > prefix.length()) {
        return true;
      }
    }
    return false;
  }

  /** entities.csv */
  private final class EntityTable implements Table {
    private final CooperationGraph.Builder graph;
    private Header header;

    EntityTable(CooperationGraph.Builder graph) {
      this.graph = graph;
    }

    @Override
    public List<String> required() {
      return List.of(ID, KIND, NAME + LocalizedText.ENGLISH);
    }

    @Override
    public boolean knows(String column) {
      if (column.equals(ID) || column.equals(KIND) || column.equals(CITATIONS) || APPLIES_TO.containsKey(column)) {
        return true;
      }
      if (column.startsWith(AUTHOR)) {
        String n = column.substring(AUTHOR.length());
        return !n.isEmpty() && n.chars().allMatch(Character::isDigit) && !n.startsWith("0");
      }
      if (isDynamic(column, NAME, SUMMARY, CLAIM)) {
        return LocalizedText.isWellFormedTag(column.substring(column.indexOf('.') + 1));
      }
      return isDynamic(column, EXTERNAL_ID, ATTRIBUTE);
    }

    @Override
    public void header(Header header) {
      this.header = header;
    }

    @Override
    public void row(Row row) {
      int before = errors;
      Optional<EntityId> id = row.required(ID, "an entity id such as principle:mutual-benefit").flatMap(v -> row.id(ID, v));
      Optional<Kind> kind = row.code(KIND, Kind.class, "kind");
      if (id.isEmpty() || kind.isEmpty()) {
        if (row.cell(KIND).isEmpty()) {
          row.error(ProblemCode.MISSING_FIELD, KIND, "the kind cell is empty: expected one of " + Coded.codesOf(Kind.class));
        }
        return;
      }
      if (id.get().kind() != kind.get()) {
        row.error(ProblemCode.INVALID_VALUE, KIND,
            "the kind is " + kind.get().code() + " but the id " + id.get() + " is of kind " + id.get().kind().code()
                + ": expected the kind of the id's prefix");
        return;
      }
      for (String column : header.columns) {
        ImmutableSet<Kind> kinds = APPLIES_TO.get(column);
        boolean misplaced =
            (kinds != null && !kinds.contains(kind.get()))
                || (column.startsWith(CLAIM) && kind.get() != Kind.PERSPECTIVE)
                || (column.startsWith(AUTHOR) && kind.get() != Kind.SOURCE);
        if (misplaced && row.cell(column).isPresent()) {
          row.error(ProblemCode.UNKNOWN_FIELD, column,
              "the column \"" + column + "\" does not apply to " + kind.get().withArticle() + ": expected the cell empty");
        }
      }
      subjects.put(id.get().toString(), row.where());
      Optional<Entity> entity = entity(row, id.get());
      if (entity.isPresent() && errors == before) {
        graph.addEntity(entity.get());
      }
    }

    private Optional<Entity> entity(Row row, EntityId id) {
      LocalizedText name = row.texts(NAME);
      LocalizedText summary = row.texts(SUMMARY);
      List<Citation> citations = row.citations();
      Map<String, String> externalIds = row.suffixed(EXTERNAL_ID);
      Map<String, String> attributes = row.suffixed(ATTRIBUTE);
      for (String unknown : header.unknown) {
        row.cell(unknown).ifPresent(v -> attributes.put("csv." + unknown, v));
      }
      try {
        switch (id.kind()) {
          case PRINCIPLE:
            return Optional.of(Principle.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes).build());
          case GOAL:
            return Optional.of(Goal.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes).build());
          case CONCEPT:
            return Optional.of(Concept.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes).build());
          case THEME:
            Theme.Builder theme = Theme.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes);
            row.cell("dacSectors").ifPresent(v -> {
              for (String code : v.split(" ")) {
                if (!code.isEmpty()) {
                  theme.addDacSectors(code);
                }
              }
            });
            return Optional.of(theme.build());
          case INITIATIVE:
            return initiative(row, id, name, summary, citations, externalIds, attributes);
          case ACTOR:
            Optional<ActorType> actorType = row.cell("actorType").isEmpty()
                ? missing(row, "actorType", "an actor type, one of " + Coded.codesOf(ActorType.class))
                : row.code("actorType", ActorType.class, "actor type");
            if (actorType.isEmpty()) {
              return Optional.empty();
            }
            Actor.Builder actor = Actor.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes).actorType(actorType.get());
            row.cell("iso2").ifPresent(actor::iso2);
            row.cell("iso3").ifPresent(actor::iso3);
            row.cell("m49").ifPresent(actor::m49);
            return Optional.of(actor.build());
          case EVENT:
            Event.Builder event = Event.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes);
            row.period().ifPresent(event::period);
            row.id("place").ifPresent(event::place);
            return Optional.of(event.build());
          case PERSPECTIVE:
            Optional<EntityId> holder = row.required("holder", "the id of the actor who holds the perspective")
                .flatMap(v -> row.id("holder", v));
            Optional<Stance> stance = row.cell("stance").isEmpty()
                ? missing(row, "stance", "a stance, one of " + Coded.codesOf(Stance.class))
                : row.code("stance", Stance.class, "stance");
            if (holder.isEmpty() || stance.isEmpty()) {
              return Optional.empty();
            }
            return Optional.of(Perspective.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes)
                .holder(holder.get()).stance(stance.get()).claim(row.texts(CLAIM)).addAllAbout(row.ids("about")).build());
          case SOURCE:
          default:
            Source.Builder source = Source.builder().id(id).name(name).summary(summary).addAllCitations(citations)
                .putAllExternalIds(externalIds).putAllAttributes(attributes);
            row.code("sourceKind", SourceKind.class, "source kind").ifPresent(source::sourceKind);
            row.cell("publisher").ifPresent(source::publisher);
            row.date("date").ifPresent(source::date);
            row.cell("uri").ifPresent(source::uri);
            TreeMap<Integer, String> authors = new TreeMap<>();
            row.suffixed(AUTHOR).forEach((n, author) -> authors.put(Integer.parseInt(n), author));
            source.addAllAuthors(authors.values());
            return Optional.of(source.build());
        }
      } catch (IllegalArgumentException e) {
        add(policy.problem(ProblemKind.INVALID, ProblemCode.INVALID_VALUE, e.getMessage(), row.where()));
        return Optional.empty();
      }
    }

    private Optional<Entity> initiative(
        Row row, EntityId id, LocalizedText name, LocalizedText summary, List<Citation> citations,
        Map<String, String> externalIds, Map<String, String> attributes) {
      Optional<InitiativeKind> initiativeKind = row.cell("initiativeKind").isEmpty()
          ? missing(row, "initiativeKind", "an initiative kind, one of " + Coded.codesOf(InitiativeKind.class))
          : row.code("initiativeKind", InitiativeKind.class, "initiative kind");
      if (initiativeKind.isEmpty()) {
        return Optional.empty();
      }
      Initiative.Builder initiative = Initiative.builder().id(id).name(name).summary(summary).addAllCitations(citations)
          .putAllExternalIds(externalIds).putAllAttributes(attributes).initiativeKind(initiativeKind.get());
      row.code("status", InitiativeStatus.class, "initiative status").ifPresent(initiative::status);
      row.period().ifPresent(initiative::period);
      row.cell("instruments").ifPresent(v -> {
        for (String code : v.split(" ")) {
          if (!code.isEmpty()) {
            row.code("instruments", code, Instrument.class, "instrument").ifPresent(initiative::addInstruments);
          }
        }
      });
      Optional<ConditionalityState> state = row.code("conditionality", ConditionalityState.class, "conditionality state");
      state.ifPresent(s -> initiative.conditionality(Conditionality.builder().state(s).build()));
      return Optional.of(initiative.build());
    }

    private <T> Optional<T> missing(Row row, String column, String expected) {
      row.error(ProblemCode.MISSING_FIELD, column, "the " + column + " cell is empty: expected " + expected);
      return Optional.empty();
    }
  }

  /** relations.csv */
  private final class RelationTable implements Table {
    private final CooperationGraph.Builder graph;

    RelationTable(CooperationGraph.Builder graph) {
      this.graph = graph;
    }

    @Override
    public List<String> required() {
      return List.of("from", "type", "to");
    }

    @Override
    public boolean knows(String column) {
      return CsvTables.RELATION_COLUMNS.contains(column);
    }

    @Override
    public void header(Header header) {
      if (!header.unknown.isEmpty()) {
        for (String unknown : header.unknown) {
          add(
              policy.problem(ProblemKind.INVALID,
                  ProblemCode.EXTRA_COLUMN,
                  "the column \"" + unknown + "\" is not one of relations.csv's and relations have no attributes"
                      + " to keep it in: expected only " + String.join(", ", CsvTables.RELATION_COLUMNS),
                  Location.builder().source(CsvTables.RELATIONS).line(1).pointer("row 1").build()));
        }
      }
    }

    @Override
    public void row(Row row) {
      int before = errors;
      Optional<EntityId> from = row.required("from", "an entity id").flatMap(v -> row.id("from", v));
      Optional<RelationType> type = row.cell("type").isEmpty()
          ? missingType(row)
          : row.code("type", RelationType.class, "relation type");
      Optional<EntityId> to = row.required("to", "an entity id").flatMap(v -> row.id("to", v));
      Relation.Builder relation = Relation.builder();
      row.period().ifPresent(relation::period);
      row.decimal("share").ifPresent(relation::share);
      row.cell("note").ifPresent(relation::note);
      relation.addAllCitations(row.citations());
      if (from.isEmpty() || type.isEmpty() || to.isEmpty() || errors != before) {
        return;
      }
      Relation built = relation.from(from.get()).type(type.get()).to(to.get()).build();
      subjects.putIfAbsent(built.describe(), row.where());
      graph.addRelation(built);
    }

    private Optional<RelationType> missingType(Row row) {
      row.error(ProblemCode.MISSING_FIELD, "type", "the type cell is empty: expected one of " + Coded.codesOf(RelationType.class));
      return Optional.empty();
    }
  }
}
