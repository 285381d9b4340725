package io.github.southsouth.serialization.csv;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.Theme;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.internal.AtomicFiles;
import io.github.southsouth.serialization.internal.CsvSafety;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a graph as two spreadsheet tables and reads them back: {@code entities.csv}, one row per
 * entity, and {@code relations.csv}, one row per relation. Both are UTF-8 with a header row,
 * {@code \n} line ends, rows in the graph's order (entities by id, relations by from, type, to and
 * period), so the same graph always gives the same bytes.
 *
 * <pre>{@code
 * CsvTables.write(graph, Path.of("out"));                       // out/entities.csv, out/relations.csv
 * CooperationGraph back = CsvTables.read(Path.of("out"), ReadOptions.defaults());
 * }</pre>
 *
 * <p><b>entities.csv</b> columns. The writer puts them in the order id, kind, names, summaries,
 * the fixed columns, claims, authors, citations, external ids, attributes; the reader takes them in
 * any order. An empty cell means "absent"; a cell in a column that does not apply to the row's
 * kind must be empty.
 *
 * <table>
 *   <caption>Columns of entities.csv</caption>
 *   <tr><th>column</th><th>kinds</th><th>content</th></tr>
 *   <tr><td>{@code id}, {@code kind}</td><td>all</td><td>the entity id and its kind code</td></tr>
 *   <tr><td>{@code name.<tag>}</td><td>all</td><td>the name in one language: {@code name.en},
 *       {@code name.zh-Hans}, {@code name.zh-Latn-pinyin} always, and one column for every other
 *       language present</td></tr>
 *   <tr><td>{@code summary.<tag>}</td><td>all</td><td>the summary, likewise</td></tr>
 *   <tr><td>{@code initiativeKind}, {@code status}, {@code instruments}</td><td>initiative</td>
 *       <td>wire codes; instruments separated by spaces</td></tr>
 *   <tr><td>{@code start}, {@code end}</td><td>initiative, event</td><td>the period, as partial
 *       dates ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD})</td></tr>
 *   <tr><td>{@code conditionality}</td><td>initiative</td><td>{@code not-reported}, {@code
 *       none-attached} or {@code attached}</td></tr>
 *   <tr><td>{@code actorType}, {@code iso2}, {@code iso3}, {@code m49}</td><td>actor</td><td>the
 *       actor type code and country or region codes</td></tr>
 *   <tr><td>{@code place}</td><td>event</td><td>an actor id</td></tr>
 *   <tr><td>{@code holder}, {@code stance}, {@code about}</td><td>perspective</td><td>the holder's
 *       id, the stance code, the ids the claim is about separated by spaces</td></tr>
 *   <tr><td>{@code claim.<tag>}</td><td>perspective</td><td>the claim in one language</td></tr>
 *   <tr><td>{@code sourceKind}, {@code publisher}, {@code date}, {@code uri}</td><td>source</td>
 *       <td>as in the model</td></tr>
 *   <tr><td>{@code author.1}, {@code author.2}, ...</td><td>source</td><td>one column per author,
 *       as many as the source with the most authors has</td></tr>
 *   <tr><td>{@code dacSectors}</td><td>theme</td><td>OECD-DAC codes separated by spaces</td></tr>
 *   <tr><td>{@code citations}</td><td>all</td><td>the ids of the cited sources, separated by spaces,
 *       in citation order</td></tr>
 *   <tr><td>{@code externalId.<scheme>}</td><td>all</td><td>one column per scheme present, e.g.
 *       {@code externalId.wikidata}</td></tr>
 *   <tr><td>{@code attribute.<key>}</td><td>all</td><td>one column per attribute key present, e.g.
 *       {@code attribute.aiddata.flowClass}</td></tr>
 * </table>
 *
 * <p><b>relations.csv</b> columns: {@code from}, {@code type}, {@code to}, {@code start}, {@code
 * end}, {@code share}, {@code note}, {@code citations} (source ids separated by spaces).
 *
 * <p><b>What the tables hold.</b> Everything above survives a write and a read exactly. The tables
 * do <em>not</em> hold: an initiative's financing (amounts, financiers, loan terms), its sectors,
 * and the conditions listed under an attached conditionality (the state is kept); the locator and
 * quotation of citations (the cited source is kept); and the dataset's metadata ({@code
 * DatasetInfo}). Use the native format to keep those.
 *
 * <p><b>Safety.</b> Every cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return is written with a leading apostrophe, so that spreadsheet programs show it as
 * text instead of running it as a formula; the reader removes that apostrophe again.
 *
 * <p>Stateless and thread-safe. Writing and reading are O(n + r) for n entities and r relations;
 * reading streams each file row by row.
 *
 * @since 0.1.0
 */
public final class CsvTables {

  /** The file name of the entity table. */
  public static final String ENTITIES = "entities.csv";

  /** The file name of the relation table. */
  public static final String RELATIONS = "relations.csv";

  static final String ID = "id";
  static final String KIND = "kind";
  static final String NAME = "name.";
  static final String SUMMARY = "summary.";
  static final String CLAIM = "claim.";
  static final String AUTHOR = "author.";
  static final String EXTERNAL_ID = "externalId.";
  static final String ATTRIBUTE = "attribute.";
  static final String CITATIONS = "citations";

  /** Columns of entities.csv with a fixed name, in order, after the names and summaries. */
  static final List<String> FIXED_ENTITY_COLUMNS =
      List.of(
          "initiativeKind", "status", "instruments", "start", "end", "conditionality",
          "actorType", "iso2", "iso3", "m49", "place",
          "holder", "stance", "about",
          "sourceKind", "publisher", "date", "uri",
          "dacSectors");

  /** The columns of relations.csv, in order. */
  static final List<String> RELATION_COLUMNS =
      List.of("from", "type", "to", "start", "end", "share", "note", CITATIONS);

  /** Languages that always have a column, in this order; others follow sorted by tag. */
  static final List<String> MAIN_LANGUAGES =
      List.of(LocalizedText.ENGLISH, LocalizedText.CHINESE, LocalizedText.PINYIN);

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
          .build();

  private CsvTables() {}

  /**
   * Writes {@code entities.csv} and {@code relations.csv} into a directory, creating it if needed.
   * The two are written together: both are written in full and forced to disk beside their
   * targets before either replaces the file it stands for, so a failure while writing leaves both
   * as they were, never a new entities table beside an old relations table. (Should the second
   * rename fail after the first, which takes a vanished directory, the exception says which file
   * was replaced.)
   *
   * @param graph the graph
   * @param directory the directory
   * @throws IOException if a file cannot be written; the message says what was replaced, if anything
   */
  public static void write(CooperationGraph graph, Path directory) throws IOException {
    Map<Path, AtomicFiles.Content> tables = new LinkedHashMap<>();
    tables.put(directory.resolve(ENTITIES), out -> writeEntities(graph, out));
    tables.put(directory.resolve(RELATIONS), out -> writeRelations(graph, out));
    AtomicFiles.writeAll(tables);
  }

  /**
   * Writes the entity table to a stream, as UTF-8. The stream is flushed, not closed.
   *
   * @param graph the graph
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public static void writeEntities(CooperationGraph graph, OutputStream out) throws IOException {
    List<String> header = entityHeader(graph);
    List<Map<String, String>> rows = new ArrayList<>(graph.entityCount());
    for (Entity entity : graph.entities()) {
      rows.add(entityRow(entity));
    }
    writeTable(header, rows, out);
  }

  /**
   * Writes the relation table to a stream, as UTF-8. The stream is flushed, not closed.
   *
   * @param graph the graph
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public static void writeRelations(CooperationGraph graph, OutputStream out) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>(graph.relationCount());
    for (Relation relation : graph.relations()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("from", relation.from().toString());
      row.put("type", relation.type().code());
      row.put("to", relation.to().toString());
      relation.period().ifPresent(p -> period(row, p));
      relation.share().ifPresent(s -> row.put("share", s.toPlainString()));
      relation.note().ifPresent(n -> row.put("note", n));
      citations(row, relation.citations());
      rows.add(row);
    }
    writeTable(RELATION_COLUMNS, rows, out);
  }

  /**
   * Reads {@code entities.csv} and {@code relations.csv} from a directory into a graph, strictly.
   *
   * @param directory the directory holding both files
   * @return the graph
   * @throws ModelReadException with every problem found, each located by file, row and column
   */
  public static CooperationGraph read(Path directory) throws ModelReadException {
    return read(directory, ReadOptions.defaults());
  }

  /**
   * Reads {@code entities.csv} and {@code relations.csv} from a directory into a graph. Lenient
   * options keep the cells of columns the tables do not define as attributes {@code
   * csv.<column>} (with a warning) instead of failing; every other problem is an error in either
   * mode. Nothing is half-read: either the whole graph is returned or nothing.
   *
   * @param directory the directory holding both files
   * @param options leniency, problem limit and limits on the input
   * @return the graph
   * @throws ModelReadException with every problem found, each located by file, row and column
   */
  public static CooperationGraph read(Path directory, ReadOptions options) throws ModelReadException {
    return new CsvTableReader(directory, options).read();
  }

  static List<String> languages(Iterable<String> tags) {
    List<String> ordered = new ArrayList<>(MAIN_LANGUAGES);
    TreeSet<String> others = new TreeSet<>();
    for (String tag : tags) {
      if (!MAIN_LANGUAGES.contains(tag)) {
        others.add(tag);
      }
    }
    ordered.addAll(others);
    return ordered;
  }

  private static List<String> entityHeader(CooperationGraph graph) {
    TreeSet<String> nameTags = new TreeSet<>();
    TreeSet<String> summaryTags = new TreeSet<>();
    TreeSet<String> claimTags = new TreeSet<>();
    TreeSet<String> schemes = new TreeSet<>();
    TreeSet<String> keys = new TreeSet<>();
    int authors = 0;
    for (Entity entity : graph.entities()) {
      nameTags.addAll(entity.name().texts().keySet());
      summaryTags.addAll(entity.summary().texts().keySet());
      schemes.addAll(entity.externalIds().keySet());
      keys.addAll(entity.attributes().keySet());
      if (entity instanceof Perspective) {
        claimTags.addAll(((Perspective) entity).claim().texts().keySet());
      } else if (entity instanceof Source) {
        authors = Math.max(authors, ((Source) entity).authors().size());
      }
    }
    List<String> header = new ArrayList<>();
    header.add(ID);
    header.add(KIND);
    prefixed(header, NAME, languages(nameTags));
    prefixed(header, SUMMARY, languages(summaryTags));
    header.addAll(FIXED_ENTITY_COLUMNS);
    prefixed(header, CLAIM, languages(claimTags));
    for (int i = 1; i <= authors; i++) {
      header.add(AUTHOR + i);
    }
    header.add(CITATIONS);
    prefixed(header, EXTERNAL_ID, schemes);
    prefixed(header, ATTRIBUTE, keys);
    return header;
  }

  private static void prefixed(List<String> header, String prefix, Iterable<String> names) {
    for (String name : names) {
      header.add(prefix + name);
    }
  }

  private static Map<String, String> entityRow(Entity entity) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(ID, entity.id().toString());
    row.put(KIND, entity.kind().code());
    texts(row, NAME, entity.name());
    texts(row, SUMMARY, entity.summary());
    if (entity instanceof Initiative) {
      Initiative initiative = (Initiative) entity;
      row.put("initiativeKind", initiative.initiativeKind().code());
      initiative.status().ifPresent(s -> row.put("status", s.code()));
      row.put("instruments", join(initiative.instruments(), Instrument::code));
      initiative.period().ifPresent(p -> period(row, p));
      row.put("conditionality", initiative.conditionality().state().code());
    } else if (entity instanceof Actor) {
      Actor actor = (Actor) entity;
      row.put("actorType", actor.actorType().code());
      actor.iso2().ifPresent(c -> row.put("iso2", c));
      actor.iso3().ifPresent(c -> row.put("iso3", c));
      actor.m49().ifPresent(c -> row.put("m49", c));
    } else if (entity instanceof Event) {
      Event event = (Event) entity;
      event.period().ifPresent(p -> period(row, p));
      event.place().ifPresent(p -> row.put("place", p.toString()));
    } else if (entity instanceof Perspective) {
      Perspective perspective = (Perspective) entity;
      row.put("holder", perspective.holder().toString());
      row.put("stance", perspective.stance().code());
      row.put("about", join(perspective.about(), Object::toString));
      texts(row, CLAIM, perspective.claim());
    } else if (entity instanceof Source) {
      Source source = (Source) entity;
      row.put("sourceKind", source.sourceKind().code());
      source.publisher().ifPresent(p -> row.put("publisher", p));
      source.date().ifPresent(d -> row.put("date", d.toString()));
      source.uri().ifPresent(u -> row.put("uri", u));
      for (int i = 0; i < source.authors().size(); i++) {
        row.put(AUTHOR + (i + 1), source.authors().get(i));
      }
    } else if (entity instanceof Theme) {
      row.put("dacSectors", String.join(" ", ((Theme) entity).dacSectors()));
    }
    citations(row, entity.citations());
    entity.externalIds().forEach((scheme, value) -> row.put(EXTERNAL_ID + scheme, value));
    entity.attributes().forEach((key, value) -> row.put(ATTRIBUTE + key, value));
    return row;
  }

  private static void texts(Map<String, String> row, String prefix, LocalizedText text) {
    text.texts().forEach((tag, value) -> row.put(prefix + tag, value));
  }

  private static void period(Map<String, String> row, Period period) {
    period.start().map(PartialDate::toString).ifPresent(d -> row.put("start", d));
    period.end().map(PartialDate::toString).ifPresent(d -> row.put("end", d));
  }

  private static void citations(Map<String, String> row, List<Citation> citations) {
    if (!citations.isEmpty()) {
      row.put(CITATIONS, join(citations, c -> c.source().toString()));
    }
  }

  private static <T> String join(Iterable<T> values, Function<? super T, String> code) {
    StringBuilder text = new StringBuilder();
    for (T value : values) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(code.apply(value));
    }
    return text.toString();
  }

  private static void writeTable(List<String> header, List<Map<String, String>> rows, OutputStream out)
      throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String column : header) {
      schema.addColumn(column, CsvSchema.ColumnType.STRING);
    }
    try (SequenceWriter writer = MAPPER.writer(schema.build()).writeValues(out)) {
      for (Map<String, String> row : rows) {
        String[] cells = new String[header.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = CsvSafety.neutralize(Optional.ofNullable(row.get(header.get(i))).orElse(""));
        }
        writer.write(cells);
      }
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
    }
    out.flush();
  }
}
