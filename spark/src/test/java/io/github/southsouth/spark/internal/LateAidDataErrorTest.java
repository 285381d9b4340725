package io.github.southsouth.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import io.github.southsouth.spark.SparkImportException;
import io.github.southsouth.spark.SparkReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AidData table whose error comes after good rows (a quoted cell never closed on its last line,
 * which fails the import even when lenient): AidData's one-pass stream has passed records by then,
 * but the executor passes none of them. Lenient, the file gives only its problems; strict, the
 * first located problem fails the task.
 */
class LateAidDataErrorTest {

  @TempDir
  Path folder;

  private Path broken;

  @BeforeEach
  void write() throws IOException {
    Path good = StreamedRowsTest.resources("aiddata", "gcdf3_malaysia_projects.csv").get(0);
    String text = Files.readString(good, StandardCharsets.UTF_8);
    broken = folder.resolve("gcdf3_late_error.csv");
    Files.writeString(broken, text + (text.endsWith("\n") ? "" : "\n") + "99999999,\"never closed\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void theLibrarysStreamPassesRecordsBeforeItFails() {
    int[] records = {0};
    RecordSink counting = new RecordSink() {
      @Override
      public void entity(Entity entity) {
        records[0]++;
      }

      @Override
      public void relation(Relation relation) {
        records[0]++;
      }
    };
    assertThatThrownBy(() -> AidDataImporter.reader(ReadOptions.lenient()).stream(broken, counting))
        .isInstanceOf(ModelReadException.class);
    assertThat(records[0]).isPositive();
  }

  @Test
  void lenientGivesOnlyTheProblemsOfTheFile() {
    List<TableRow> rows = new ArrayList<>();
    new ExecutorImport(Format.AIDDATA, SparkReadOptions.lenient(), new Configuration(false))
        .rows(new InputFile(0, broken.toUri().toString()), rows::add);
    assertThat(rows).isNotEmpty().allMatch(r -> r.table() == Table.PROBLEMS);
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.row().getString(0)).isEqualTo(broken.toString());
      assertThat(r.row().getInt(1)).isPositive();
      assertThat(r.row().getString(6)).isEqualTo("error");
    });
  }

  @Test
  void strictFailsWithTheFirstLocatedProblem() {
    List<TableRow> rows = new ArrayList<>();
    assertThatThrownBy(() -> new ExecutorImport(Format.AIDDATA, SparkReadOptions.strict(), new Configuration(false))
        .rows(new InputFile(0, broken.toUri().toString()), rows::add))
        .isInstanceOf(SparkImportException.class)
        .hasMessageStartingWith(broken + ":");
    assertThat(rows).isEmpty();
  }
}
