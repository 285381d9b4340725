package io.github.southsouth.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the DataFrames of {@link SouthSouthFrames}: stable, documented column by column,
 * changed only in a release that says so. Codes are the model's lowercase wire codes ({@code
 * commitment}, {@code none-attached}, {@code country}); ids are entity ids ({@code
 * initiative:iati-...}, {@code actor:ken}); dates are partial dates as written in the native format
 * ({@code 2019}, {@code 2019-05}, {@code 2019-05-17}). Every table has {@code file}, the input file
 * a row comes from (a local path, or the URI of a file of another file system), and {@code
 * file_index}, its position in the sorted list of input files.
 *
 * <p>Amounts are {@link #AMOUNT} ({@code decimal(38,12)}): exact for every amount of up to 26
 * integer and 12 fractional digits; an amount that does not fit is not rounded but left out, with
 * a located {@code invalid-value} problem.
 *
 * <p>The fields are constants: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FrameSchemas {

  /** The type of every amount and share: {@code decimal(38,12)}. */
  public static final DecimalType AMOUNT = DataTypes.createDecimalType(38, 12);

  /** A sector of an initiative: {@code vocabulary} (code), {@code code}, {@code share} (percent, nullable). */
  public static final StructType SECTOR = schema(
      field("vocabulary", DataTypes.StringType, false),
      field("code", DataTypes.StringType, false),
      field("share", AMOUNT, true));

  /**
   * One row per initiative: {@code id}; {@code kind} (framework, programme, project); {@code name}
   * (English where given, else the first language); {@code name_zh} (Simplified Chinese,
   * nullable); {@code status} (nullable); {@code start}, {@code end} (nullable); {@code year}, the
   * start year (nullable); {@code conditionality}, the state (not-reported, none-attached,
   * attached); {@code conditions}, how many conditions; {@code collateralised}; {@code
   * in_aggregates}, whether the source includes it in aggregates; {@code instruments}, of the
   * initiative and its flows except planned ones; {@code sectors}, array of {@link #SECTOR}; {@code
   * recipients}, the actors it benefits; {@code regions}, every region it is in, as {@code
   * Grouping.byRegion()} gives them (the regions it benefits and those containing what it benefits,
   * transitively); {@code file}, {@code file_index}.
   */
  public static final StructType INITIATIVES = schema(
      field("id", DataTypes.StringType, false),
      field("kind", DataTypes.StringType, false),
      field("name", DataTypes.StringType, false),
      field("name_zh", DataTypes.StringType, true),
      field("status", DataTypes.StringType, true),
      field("start", DataTypes.StringType, true),
      field("end", DataTypes.StringType, true),
      field("year", DataTypes.IntegerType, true),
      field("conditionality", DataTypes.StringType, false),
      field("conditions", DataTypes.IntegerType, false),
      field("collateralised", DataTypes.BooleanType, false),
      field("in_aggregates", DataTypes.BooleanType, false),
      field("instruments", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("sectors", DataTypes.createArrayType(SECTOR, false), false),
      field("recipients", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("regions", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("file", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false));

  /**
   * One row per actor: {@code id}; {@code type} (country, region, government, organisation, ...);
   * {@code name}; {@code name_zh} (nullable); {@code iso2}, {@code iso3}, {@code m49} (nullable);
   * {@code file}, {@code file_index}. An actor several files produce is one row.
   */
  public static final StructType ACTORS = schema(
      field("id", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false),
      field("name", DataTypes.StringType, false),
      field("name_zh", DataTypes.StringType, true),
      field("iso2", DataTypes.StringType, true),
      field("iso3", DataTypes.StringType, true),
      field("m49", DataTypes.StringType, true),
      field("file", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false));

  /**
   * One row per relation: {@code from}, {@code type} (benefits, member-of, addresses, ...), {@code
   * to}; {@code share} (percent, nullable); {@code start}, {@code end} (nullable); {@code file},
   * {@code file_index}. A relation several files produce is one row.
   */
  public static final StructType RELATIONS = schema(
      field("from", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false),
      field("to", DataTypes.StringType, false),
      field("share", AMOUNT, true),
      field("start", DataTypes.StringType, true),
      field("end", DataTypes.StringType, true),
      field("file", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false));

  /**
   * One row per amount of a financing flow (a flow usually has one amount; AidData gives some in
   * the original currency and in constant US dollars): {@code initiative}; {@code flow}, the flow's
   * position among the initiative's financing; {@code amount_index}, the amount's position in the
   * flow; {@code stage} (commitment, disbursement, budget, ...); {@code direction} (outgoing,
   * incoming, planned, unspecified); {@code instrument} (grant, concessional-loan, ...); {@code
   * date}; {@code period_start}, {@code period_end}; {@code budget_kind} (original, revised);
   * {@code financier} (nullable each); {@code currency}; {@code basis} (nominal, constant-usd-...);
   * {@code amount} ({@link #AMOUNT}); {@code in_totals}, whether totals count the flow (a revised
   * budget replaces the original of its period); {@code file}, {@code file_index}.
   */
  public static final StructType FINANCING = schema(
      field("initiative", DataTypes.StringType, false),
      field("flow", DataTypes.IntegerType, false),
      field("amount_index", DataTypes.IntegerType, false),
      field("stage", DataTypes.StringType, false),
      field("direction", DataTypes.StringType, false),
      field("instrument", DataTypes.StringType, false),
      field("date", DataTypes.StringType, true),
      field("period_start", DataTypes.StringType, true),
      field("period_end", DataTypes.StringType, true),
      field("budget_kind", DataTypes.StringType, true),
      field("financier", DataTypes.StringType, true),
      field("currency", DataTypes.StringType, false),
      field("basis", DataTypes.StringType, false),
      field("amount", AMOUNT, false),
      field("in_totals", DataTypes.BooleanType, false),
      field("file", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false));

  /**
   * One row per condition attached to an initiative: {@code initiative}; {@code type} (policy,
   * performance, ...); {@code description} (English where given, nullable); {@code file}, {@code
   * file_index}. The state of each initiative (also when no condition is listed) is in {@link
   * #INITIATIVES}.
   */
  public static final StructType CONDITIONS = schema(
      field("initiative", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false),
      field("description", DataTypes.StringType, true),
      field("file", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false));

  /**
   * One row per problem: {@code file}, the file the problem is in; {@code line}, {@code column}
   * (1-based, nullable); {@code path}, an XPath-like path, JSON Pointer or CSV column (nullable);
   * {@code subject}, what it concerns (nullable); {@code code} (duplicate-id, syntax,
   * invalid-value, ...); {@code severity} (error, warning); {@code message}; {@code file_index}.
   */
  public static final StructType PROBLEMS = schema(
      field("file", DataTypes.StringType, false),
      field("line", DataTypes.IntegerType, true),
      field("column", DataTypes.IntegerType, true),
      field("path", DataTypes.StringType, true),
      field("subject", DataTypes.StringType, true),
      field("code", DataTypes.StringType, false),
      field("severity", DataTypes.StringType, false),
      field("message", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false));

  private FrameSchemas() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }
}
