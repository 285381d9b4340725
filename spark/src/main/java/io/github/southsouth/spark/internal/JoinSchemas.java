package io.github.southsouth.spark.internal;

import io.github.southsouth.spark.FrameSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the internal tables: rows an executor makes for what one file alone cannot
 * decide, which {@code SouthSouthFrames} completes on the cluster by joins with the rows of the
 * other tables. No public frame shows them.
 *
 * <p>The fields are constants: immutable and thread-safe.
 */
public final class JoinSchemas {

  /**
   * A recipient of an initiative that the import made itself (an OECD-DAC region, a country
   * without reference data), whose regions the reference data do not give: the initiative's row
   * went out with the regions of its other recipients, and the file's own row of the actor tells
   * whether the recipient is itself a region (an actor an importer makes has no ancestors).
   */
  public static final StructType MADE_RECIPIENTS = new StructType(new StructField[] {
      field("initiative", DataTypes.StringType, false),
      field("recipient", DataTypes.StringType, false),
      field("file", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false)});

  /**
   * An IATI related activity that the file's import did not find, one row per identifier of the
   * initiative's attribute {@code iati.relatedActivities.<type>}: {@code type} is the type's name
   * in the attribute ({@code parent}, {@code child}, {@code sibling}...), {@code target} the
   * identifier as given, {@code shown} as the importer's warning shows it, {@code target_id} the
   * initiative id it stands for (an identifier that cannot be one has no row), {@code ordinal} its
   * position among the initiative's identifiers of that type.
   */
  public static final StructType OPEN_RELATED = new StructType(new StructField[] {
      field("from", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false),
      field("target", DataTypes.StringType, false),
      field("shown", DataTypes.StringType, false),
      field("target_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("file", DataTypes.StringType, false),
      field("file_index", DataTypes.IntegerType, false)});

  /**
   * The warning of an open related activity ({@code dangling-reference}): the fields of {@link
   * FrameSchemas#PROBLEMS}, then the type's name, the warning's position among the warnings of its
   * initiative and type (the position of its identifier in {@link #OPEN_RELATED}, since the
   * importer makes both in the same order), and the identifier as the message shows it.
   */
  public static final StructType RELATED_WARNINGS = problemsAnd(
      field("related_type", DataTypes.StringType, false),
      field("related_ordinal", DataTypes.IntegerType, false),
      field("related_shown", DataTypes.StringType, false));

  private JoinSchemas() {}

  /**
   * Returns the schema of a table.
   *
   * @param table a table
   * @return its schema: {@link FrameSchemas}' for the public tables, this class's for the others
   */
  public static StructType of(Table table) {
    return switch (table) {
      case INITIATIVES -> FrameSchemas.INITIATIVES;
      case ACTORS -> FrameSchemas.ACTORS;
      case RELATIONS -> FrameSchemas.RELATIONS;
      case FINANCING -> FrameSchemas.FINANCING;
      case CONDITIONS -> FrameSchemas.CONDITIONS;
      case PROBLEMS -> FrameSchemas.PROBLEMS;
      case MADE_RECIPIENTS -> MADE_RECIPIENTS;
      case OPEN_RELATED -> OPEN_RELATED;
      case RELATED_WARNINGS -> RELATED_WARNINGS;
    };
  }

  private static StructType problemsAnd(StructField... more) {
    List<StructField> fields = new ArrayList<>(Arrays.asList(FrameSchemas.PROBLEMS.fields()));
    fields.addAll(Arrays.asList(more));
    return new StructType(fields.toArray(new StructField[0]));
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
