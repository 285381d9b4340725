package io.github.southsouth.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.spark.SparkReadOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull-based rows of a push-based import: bounded hand-over, the import's exception after its
 * rows, and an early end that stops the import and leaves no thread behind.
 */
class RowStreamTest {

  @TempDir
  Path folder;

  private static TableRow row(int n) {
    return new TableRow(Table.PROBLEMS, RowFactory.create(n));
  }

  @Test
  void givesTheRowsInOrderThenEnds() {
    RowStream rows = new RowStream("southsouth-spark-import-test-1", out -> {
      for (int i = 0; i < 3 * RowStream.CAPACITY; i++) {
        out.accept(row(i));
      }
    });
    rows.start();
    int n = 0;
    while (rows.hasNext()) {
      assertThat(rows.next().row().getInt(0)).isEqualTo(n++);
    }
    assertThat(n).isEqualTo(3 * RowStream.CAPACITY);
    assertThat(rows.hasNext()).isFalse();
    rows.close();
  }

  @Test
  void theImportsExceptionComesAfterItsRows() {
    RowStream rows = new RowStream("southsouth-spark-import-test-2", out -> {
      out.accept(row(0));
      throw new IllegalArgumentException("broken at the end");
    });
    rows.start();
    assertThat(rows.next().row().getInt(0)).isZero();
    assertThatThrownBy(rows::hasNext).isInstanceOf(IllegalArgumentException.class).hasMessage("broken at the end");
    assertThat(rows.hasNext()).isFalse();
  }

  @Test
  void closingEarlyStopsTheImport() throws InterruptedException {
    AtomicInteger made = new AtomicInteger();
    boolean[] finished = {false};
    RowStream rows = new RowStream("southsouth-spark-import-test-3", out -> {
      for (int i = 0; i < 1_000_000; i++) {
        out.accept(row(i));
        made.incrementAndGet();
      }
      finished[0] = true;
    });
    rows.start();
    rows.next();
    rows.close();
    assertThat(threads("southsouth-spark-import-test-3")).isEmpty();
    assertThat(finished[0]).isFalse();
    assertThat(made.get()).isLessThanOrEqualTo(RowStream.CAPACITY + 1);
  }

  @Test
  void anExecutorsTaskEndingEarlyLeavesNoImportRunning() throws IOException, InterruptedException {
    Path file = repeatedActivity(folder.resolve("many.xml"), 400);
    Iterator<TableRow> rows = new ExecutorImport(Format.IATI, SparkReadOptions.lenient(), new Configuration(false))
        .call(new InputFile(7, file.toUri().toString()));
    List<TableRow> first = new ArrayList<>();
    for (int i = 0; i < 10 && rows.hasNext(); i++) {
      first.add(rows.next());
    }
    assertThat(first).hasSize(10);
    assertThat(threads("southsouth-spark-import-7")).hasSize(1);
    ((RowStream) rows).close();
    assertThat(threads("southsouth-spark-import-7")).isEmpty();
    for (int i = 0; i < 100 && !threads("southsouth-iati-reader").isEmpty(); i++) {
      Thread.sleep(50);
    }
    assertThat(threads("southsouth-iati-reader")).isEmpty();
  }

  /** An IATI file of the annotated example's activity, copied with identifiers of their own. */
  static Path repeatedActivity(Path file, int copies) throws IOException {
    String example = Files.readString(StreamedRowsTest.resources("iati", "iati-standard-example-annotated-203.xml")
        .get(0), StandardCharsets.UTF_8);
    int from = example.indexOf(" <iati-activity ");
    int to = example.indexOf("</iati-activity>") + "</iati-activity>".length();
    String activity = example.substring(from, to);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(example, 0, from);
      for (int i = 1; i <= copies; i++) {
        out.write(activity.replace("AA-AAA-123456789-ABC123", "AA-AAA-123456789-ABC123-" + i));
      }
      out.write(example, to, example.length() - to);
    }
    return file;
  }

  private static List<Thread> threads(String name) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).toList();
  }
}
