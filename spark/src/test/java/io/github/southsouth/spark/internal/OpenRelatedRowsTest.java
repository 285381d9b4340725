package io.github.southsouth.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.spark.FrameSchemas;
import io.github.southsouth.spark.SparkReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The rows of the related activities a file does not hold, and of the warnings about them, pair
 * up: the executor numbers the identifiers of an initiative's attribute and the warnings of that
 * initiative and type in the same order, so that the n-th identifier and the n-th warning are
 * about the same {@code related-activity} element, also when one target is named twice or its
 * identifier is shown abbreviated.
 */
class OpenRelatedRowsTest {

  private record Rows(Table table, List<Row> rows) {}

  private static Rows rows(String fixture, Table table) {
    Path file = StreamedRowsTest.resources("iati/fidelity", fixture).get(0);
    List<TableRow> rows = new ArrayList<>();
    new ExecutorImport(Format.IATI, SparkReadOptions.lenient(), new Configuration(false))
        .rows(new InputFile(1, file.toUri().toString()), rows::add);
    return new Rows(table, rows.stream().filter(r -> r.table() == table).map(TableRow::row).toList());
  }

  /** A row as text: the named fields, in order, joined by " | ". */
  private static List<String> text(Rows rows, String... fields) {
    return rows.rows().stream().map(r -> {
      List<String> values = new ArrayList<>();
      for (String field : fields) {
        values.add(String.valueOf(r.get(JoinSchemas.of(rows.table()).fieldIndex(field))));
      }
      return String.join(" | ", values);
    }).sorted().toList();
  }

  @Test
  void eachIdentifierPairsWithTheWarningAboutItsElement() {
    Rows open = rows("related-children.xml", Table.OPEN_RELATED);
    Rows warnings = rows("related-children.xml", Table.RELATED_WARNINGS);
    assertThat(text(open, "from", "type", "ordinal", "target", "target_id")).containsExactly(
        "initiative:XX-REL-2-COMP-A | parent | 0 | XX-REL-1-PROG | initiative:XX-REL-1-PROG",
        "initiative:XX-REL-2-COMP-B | parent | 0 | XX-REL-1-PROG | initiative:XX-REL-1-PROG",
        "initiative:XX-REL-2-COMP-B | parent | 1 | XX-REL-9-NOWHERE | initiative:XX-REL-9-NOWHERE",
        "initiative:XX-REL-2-COMP-B | parent | 2 | XX-REL-1-PROG | initiative:XX-REL-1-PROG");
    // The warnings are in the order of the elements: the lines of COMP-B's three refs.
    assertThat(text(warnings, "subject", "related_type", "related_ordinal", "related_shown", "line")).containsExactly(
        "initiative:XX-REL-2-COMP-A | parent | 0 | XX-REL-1-PROG | 12",
        "initiative:XX-REL-2-COMP-B | parent | 0 | XX-REL-1-PROG | 22",
        "initiative:XX-REL-2-COMP-B | parent | 1 | XX-REL-9-NOWHERE | 23",
        "initiative:XX-REL-2-COMP-B | parent | 2 | XX-REL-1-PROG | 24");
    assertThat(text(warnings, "code")).containsOnly("dangling-reference");
    assertThat(text(rows("related-children.xml", Table.PROBLEMS), "code"))
        .doesNotContain("dangling-reference");
  }

  @Test
  void aLongIdentifierPairsWithItsAbbreviatedWarning() {
    Rows open = rows("related-parent.xml", Table.OPEN_RELATED);
    Rows warnings = rows("related-parent.xml", Table.RELATED_WARNINGS);
    String target = "XX-REL-9-PROGRAMME-THAT-NO-FILE-OF-THIS-IMPORT-HOLDS-ITS-IDENTIFIER-"
        + "IS-LONGER-THAN-EIGHTY-CHARACTERS";
    assertThat(text(open, "from", "type", "ordinal", "shown")).contains(
        "initiative:XX-REL-1-SIDE | parent | 0 | " + target.substring(0, 77) + "...");
    assertThat(text(warnings, "subject", "related_type", "related_ordinal", "related_shown")).containsExactly(
        "initiative:XX-REL-1-PROG | child | 0 | XX-REL-2-COMP-A",
        "initiative:XX-REL-1-PROG | child | 1 | XX-REL-2-COMP-B",
        "initiative:XX-REL-1-PROG | sibling | 0 | XX-REL-9-NOWHERE",
        "initiative:XX-REL-1-SIDE | parent | 0 | " + target.substring(0, 77) + "...",
        "initiative:XX-REL-1-SIDE | sibling | 0 | XX-REL-2-COMP-B");
  }

  @Test
  void theWarningRowsKeepThePublicProblemFieldsFirst() {
    List<String> problemFields = List.of(FrameSchemas.PROBLEMS.fieldNames());
    assertThat(List.of(JoinSchemas.RELATED_WARNINGS.fieldNames()).subList(0, problemFields.size()))
        .isEqualTo(problemFields);
  }
}
