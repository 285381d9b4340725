package io.github.southsouth.serialization.csv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.serialization.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A graph as two spreadsheet tables, written by {@link #writer()} and read back by {@link
 * #reader()}: {@code entities.csv}, one row per entity, and {@code relations.csv}, one row per
 * relation. Both are UTF-8 with a header row, {@code \n} line ends, rows in the graph's order (entities by id, relations by from, type, to and
 * period), so the same graph always gives the same bytes.
 *
 * <pre>{@code
 * CsvTables.writer().write(graph, Path.of("out"));              // out/entities.csv, out/relations.csv
 * CooperationGraph back = CsvTables.reader().read(Path.of("out"));
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
 * <p>The entry point of the format: stateless and thread-safe, like the writer and readers it
 * returns. Writing and reading are O(n + r) for n entities and r relations; reading streams each
 * file row by row.
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

  private CsvTables() {}

  /**
   * Returns the writer of the tables. It has no settings: the tables' layout is fixed, so that the
   * same graph always gives the same bytes.
   *
   * @return the writer, immutable and shared
   */
  public static CsvTablesWriter writer() {
    return CsvTablesWriter.INSTANCE;
  }

  /**
   * Returns a reader of the tables with strict default options.
   *
   * @return the reader
   */
  public static CsvTablesReader reader() {
    return reader(ReadOptions.defaults());
  }

  /**
   * Returns a reader of the tables with the given options.
   *
   * @param options leniency, problem limit, limits on the input and progress
   * @return the reader
   * @throws NullPointerException if {@code options} is null
   */
  public static CsvTablesReader reader(ReadOptions options) {
    checkNotNull(options, "options");
    return new CsvTablesReader(options);
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

}
