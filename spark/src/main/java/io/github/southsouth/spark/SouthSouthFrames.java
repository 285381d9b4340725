package io.github.southsouth.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.Severity;
import io.github.southsouth.spark.internal.JoinSchemas;
import io.github.southsouth.spark.internal.Table;
import io.github.southsouth.spark.internal.TableRow;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The DataFrames of one import on Spark, in the schemas of {@link FrameSchemas}: {@link
 * #initiatives()}, {@link #actors()}, {@link #relations()}, {@link #financing()}, {@link
 * #conditions()} and {@link #problems()}. Made by {@link SouthSouthSpark}.
 *
 * <p>Each file is imported once, when the first of the frames is computed (at once for a strict
 * import), and its rows are kept (memory, then disk) for the others; {@link #unpersist()} lets
 * Spark drop them. The frames are lazy Spark plans: every action on them runs a job.
 *
 * <p><b>Memory.</b> An IATI or AidData file is imported on its executor record by record, each
 * record turned into rows as the importer passes it and handed to Spark through a bounded queue:
 * no graph of the file is built, no row waits for the end of its file, and the heap a task needs
 * does not grow with the size of its file, except for what the importer keeps by id. What one
 * file alone cannot decide goes out as internal rows, which these frames join on the cluster and
 * never show: the recipients the import makes itself (an OECD-DAC region, a country without
 * reference data), whose regions the file's own actor rows complete (such an actor has no
 * ancestors, so it is a region of the initiative when its type is {@code region}; the regions the
 * reference data give are on the row already), and the IATI related activities the file does not
 * hold. A native JSON Lines file is read whole, as one graph: a native file is a dataset validated
 * as a whole (references between records, {@code part-of} cycles), which the library's
 * record-by-record reader does not check.
 *
 * <p><b>Several files.</b> Each file is imported alone, so what one file produces is what one JVM
 * produces for that file; then:
 *
 * <ul>
 *   <li>an entity several files produce (a country, a region, an organisation, a reference
 *       programme) is one row, the one of the first file (by {@code file_index}); an initiative
 *       id found again with other data is left out with its flows and conditions, with a {@code
 *       duplicate-id} problem (an error when strict, which fails the import), as one JVM does for
 *       an activity imported twice; an actor found again with other data keeps the first file's
 *       row, with a {@code merge-conflict} warning;
 *   <li>a relation several files produce is one row;
 *   <li>an IATI related activity that another file holds is linked as one JVM importing all the
 *       files links it ({@code part-of} from child to parent, {@code related-to} for the other
 *       types), and the {@code dangling-reference} warning its file gave is dropped; one whose
 *       target no file holds keeps its warning. Each open identifier is paired with its warning by
 *       file, initiative, type and position (both are in the order of the file's {@code
 *       related-activity} elements), and only a pair whose warning shows that identifier is linked;
 *       if a file's warnings were cut short ({@code max problems}), an identifier without its
 *       warning stays unlinked.
 * </ul>
 *
 * <p>What still differs from one JVM importing all the files together: one JVM makes an
 * organisation whose ref two files use with names sharing no word a second actor ({@code
 * REF.HASH}, with a {@code duplicate-key} warning), and merges the names where they share one,
 * where Spark keeps the first file's; an organisation that one file names only by ref is left out
 * there (with its {@code missing-name} warning, the ref kept in the initiative's attributes) even
 * if another file names it; an IATI initiative keeps a linked identifier in its attribute {@code
 * iati.relatedActivities.*}, which no frame shows; and {@code part-of} cycles among related
 * activities of different files, which one JVM reports as errors, are not looked for: the
 * relations of such a cycle are rows of {@link #relations()}.
 *
 * <p>Thread-safe: Datasets are immutable plans.
 *
 * @since 0.1.0
 */
public final class SouthSouthFrames {

  private static final String RANK = "_southsouth_rank";

  private final JavaRDD<TableRow> rows;
  private final Dataset<Row> initiatives;
  private final Dataset<Row> actors;
  private final Dataset<Row> relations;
  private final Dataset<Row> financing;
  private final Dataset<Row> conditions;
  private final Dataset<Row> problems;

  private SouthSouthFrames(SparkSession spark, JavaRDD<TableRow> rows, boolean lenient) {
    this.rows = rows;
    Dataset<Row> fileActors = frame(spark, rows, Table.ACTORS);
    Dataset<Row> allInitiatives = ranked(withMadeRegions(frame(spark, rows, Table.INITIATIVES), fileActors,
        frame(spark, rows, Table.MADE_RECIPIENTS)), "id");
    Dataset<Row> allActors = ranked(fileActors, "id");
    this.initiatives = first(allInitiatives);
    this.actors = first(allActors);
    Dataset<Row> kept = initiatives.select(col("id").as("_kept_id"), col("file_index").as("_kept_file"));
    Dataset<Row> relatedWarnings = frame(spark, rows, Table.RELATED_WARNINGS);
    Dataset<Row> linked = linkedRelated(frame(spark, rows, Table.OPEN_RELATED), relatedWarnings, kept);
    this.relations = first(ranked(frame(spark, rows, Table.RELATIONS).unionByName(relatedRelations(linked)),
        "from", "type", "to"));
    this.financing = fromKept(frame(spark, rows, Table.FINANCING), kept);
    this.conditions = fromKept(frame(spark, rows, Table.CONDITIONS), kept);
    Dataset<Row> duplicates = conflicts(allInitiatives, FrameSchemas.INITIATIVES, ProblemCode.DUPLICATE_ID,
        lenient ? Severity.WARNING : Severity.ERROR, "the initiative %s was already imported from %s with other data:"
            + " an id must be unique; left out with its financing and conditions");
    Dataset<Row> differing = conflicts(allActors, FrameSchemas.ACTORS, ProblemCode.MERGE_CONFLICT, Severity.WARNING,
        "the actor %s differs from the one imported from %s; the first is kept");
    this.problems = frame(spark, rows, Table.PROBLEMS).unionByName(unlinkedWarnings(relatedWarnings, linked))
        .unionByName(duplicates).unionByName(differing);
  }

  static SouthSouthFrames create(SparkSession spark, JavaRDD<TableRow> rows, boolean lenient) {
    return new SouthSouthFrames(spark, rows, lenient);
  }

  /** The rows of one table, in its schema ({@link JoinSchemas#of}). */
  private static Dataset<Row> frame(SparkSession spark, JavaRDD<TableRow> rows, Table table) {
    return spark.createDataFrame(rows.filter(new InTable(table)).map(new RowOf()), JoinSchemas.of(table));
  }

  /**
   * Completes the regions of each initiative row with its recipients that its file's import made
   * itself and that are regions: such an actor has no ancestors, so it is a region of the
   * initiative exactly when its row in the same file has the type {@code region}. The regions stay
   * sorted by id as on the executor: ids are ASCII, where Spark's order of strings (by UTF-8 bytes)
   * is Java's.
   */
  private static Dataset<Row> withMadeRegions(Dataset<Row> initiatives, Dataset<Row> fileActors,
      Dataset<Row> madeRecipients) {
    Dataset<Row> regions = fileActors.filter(col("type").equalTo(ActorType.REGION.code()))
        .select(col("id").as("_region"), col("file_index").as("_region_file"));
    Dataset<Row> made = madeRecipients
        .join(regions, col("recipient").equalTo(col("_region")).and(col("file_index").equalTo(col("_region_file"))),
            "left_semi")
        .groupBy(col("initiative").as("_made_id"), col("file_index").as("_made_file"))
        .agg(collect_set(col("recipient")).as("_made"));
    Column[] columns = Arrays.stream(FrameSchemas.INITIATIVES.fieldNames())
        .map(name -> name.equals("regions")
            ? coalesce(array_sort(array_distinct(concat(col("regions"), col("_made")))), col("regions")).as(name)
            : col(name))
        .toArray(Column[]::new);
    return initiatives
        .join(made, col("id").equalTo(col("_made_id")).and(col("file_index").equalTo(col("_made_file"))), "left")
        .select(columns);
  }

  /**
   * The open related activities that another file holds: those of a kept initiative whose target
   * is a kept initiative id, each with the warning its file gave about it (same file, initiative,
   * type and position, and the identifier shown in the warning is the one in the row).
   */
  private static Dataset<Row> linkedRelated(Dataset<Row> open, Dataset<Row> warnings, Dataset<Row> kept) {
    Dataset<Row> warned = warnings.select(col("subject").as("_w_subject"), col("related_type").as("_w_type"),
        col("related_ordinal").as("_w_ordinal"), col("related_shown").as("_w_shown"), col("file_index").as("_w_file"));
    return open
        .join(kept, col("from").equalTo(col("_kept_id")).and(col("file_index").equalTo(col("_kept_file"))), "left_semi")
        .join(kept.select(col("_kept_id").as("_target")).distinct(), col("target_id").equalTo(col("_target")),
            "left_semi")
        .join(warned, col("file_index").equalTo(col("_w_file")).and(col("from").equalTo(col("_w_subject")))
            .and(col("type").equalTo(col("_w_type"))).and(col("ordinal").equalTo(col("_w_ordinal")))
            .and(col("shown").equalTo(col("_w_shown"))), "left_semi");
  }

  /**
   * The relations of linked related activities, as the IATI importer makes them for activities of
   * one import: {@code part-of} from the child to the parent (type parent, or child reversed),
   * {@code related-to} for the other types.
   */
  private static Dataset<Row> relatedRelations(Dataset<Row> linked) {
    Column child = col("type").equalTo("child");
    return linked.select(
        when(child, col("target_id")).otherwise(col("from")).as("from"),
        when(col("type").isin("parent", "child"), lit(RelationType.PART_OF.code()))
            .otherwise(lit(RelationType.RELATED_TO.code())).as("type"),
        when(child, col("from")).otherwise(col("target_id")).as("to"),
        lit(null).cast(FrameSchemas.AMOUNT).as("share"),
        lit(null).cast(DataTypes.StringType).as("start"),
        lit(null).cast(DataTypes.StringType).as("end"),
        col("file"),
        col("file_index"));
  }

  /** The warnings about open related activities that no file holds, as problem rows. */
  private static Dataset<Row> unlinkedWarnings(Dataset<Row> warnings, Dataset<Row> linked) {
    Dataset<Row> keys = linked.select(col("from").as("_l_from"), col("type").as("_l_type"),
        col("ordinal").as("_l_ordinal"), col("file_index").as("_l_file"));
    Column[] columns = Arrays.stream(FrameSchemas.PROBLEMS.fieldNames()).map(name -> col(name)).toArray(Column[]::new);
    return warnings
        .join(keys, col("file_index").equalTo(col("_l_file")).and(col("subject").equalTo(col("_l_from")))
            .and(col("related_type").equalTo(col("_l_type"))).and(col("related_ordinal").equalTo(col("_l_ordinal"))),
            "left_anti")
        .select(columns);
  }

  /** Keeps the rows of one table. */
  private static final class InTable implements Function<TableRow, Boolean> {
    private static final long serialVersionUID = 1L;
    private final Table table;

    InTable(Table table) {
      this.table = table;
    }

    @Override
    public Boolean call(TableRow row) {
      return row.table() == table;
    }
  }

  /** The row of a table row. */
  private static final class RowOf implements Function<TableRow, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(TableRow row) {
      return row.row();
    }
  }

  /** Numbers the rows of each key in file order. */
  private static Dataset<Row> ranked(Dataset<Row> frame, String... key) {
    Column[] keys = Arrays.stream(key).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    return frame.withColumn(RANK, row_number().over(Window.partitionBy(keys).orderBy(col("file_index"))));
  }

  private static Dataset<Row> first(Dataset<Row> ranked) {
    return ranked.filter(col(RANK).equalTo(1)).drop(RANK);
  }

  /** The rows of the initiatives kept, by initiative id and file. */
  private static Dataset<Row> fromKept(Dataset<Row> rows, Dataset<Row> kept) {
    return rows.join(kept, col("initiative").equalTo(col("_kept_id")).and(col("file_index").equalTo(col("_kept_file"))),
        "left_semi");
  }

  /** A problem row for each later row of an id whose data differ from the first row's. */
  private static Dataset<Row> conflicts(Dataset<Row> ranked, StructType schema, ProblemCode code, Severity severity,
      String message) {
    List<Column> data = Arrays.stream(schema.fieldNames())
        .filter(name -> !name.equals("file") && !name.equals("file_index"))
        .map(org.apache.spark.sql.functions::col)
        .toList();
    Column values = struct(data.toArray(new Column[0]));
    Dataset<Row> first = ranked.filter(col(RANK).equalTo(1))
        .select(col("id").as("_first_id"), col("file").as("_first_file"), values.as("_first_values"));
    Dataset<Row> later = ranked.filter(col(RANK).gt(1)).select(col("id"), col("file"), col("file_index"),
        values.as("_values"));
    String[] parts = message.split("%s", -1);
    return later.join(first, col("id").equalTo(col("_first_id")))
        .filter(col("_values").notEqual(col("_first_values")))
        .select(
            col("file"),
            lit(null).cast(DataTypes.IntegerType).as("line"),
            lit(null).cast(DataTypes.IntegerType).as("column"),
            lit(null).cast(DataTypes.StringType).as("path"),
            col("id").as("subject"),
            lit(code.code()).as("code"),
            lit(severity.code()).as("severity"),
            concat(lit(parts[0]), col("id"), lit(parts[1]), col("_first_file"), lit(parts[2])).as("message"),
            col("file_index"));
  }

  /**
   * Returns the initiatives, one row per id; schema {@link FrameSchemas#INITIATIVES}.
   *
   * @return the frame
   */
  public Dataset<Row> initiatives() {
    return initiatives;
  }

  /**
   * Returns the actors, one row per id; schema {@link FrameSchemas#ACTORS}.
   *
   * @return the frame
   */
  public Dataset<Row> actors() {
    return actors;
  }

  /**
   * Returns the relations, one row per statement (from, type, to); schema {@link
   * FrameSchemas#RELATIONS}.
   *
   * @return the frame
   */
  public Dataset<Row> relations() {
    return relations;
  }

  /**
   * Returns the financing, one row per amount of each flow of the initiatives kept; schema {@link
   * FrameSchemas#FINANCING}.
   *
   * @return the frame
   */
  public Dataset<Row> financing() {
    return financing;
  }

  /**
   * Returns the conditions of the initiatives kept, one row per condition; schema {@link
   * FrameSchemas#CONDITIONS}.
   *
   * @return the frame
   */
  public Dataset<Row> conditions() {
    return conditions;
  }

  /**
   * Returns every located problem of every file, but the warnings about related activities that
   * another file holds, and those found across files (duplicate ids, differing actors); schema
   * {@link FrameSchemas#PROBLEMS}. Empty when every file imported cleanly.
   *
   * @return the frame
   */
  public Dataset<Row> problems() {
    return problems;
  }

  /**
   * Lets Spark drop the imported rows it keeps; a later action imports the files again. O(1).
   */
  public void unpersist() {
    rows.unpersist(false);
  }
}
