package io.github.southsouth.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.spark.SparkReadOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of another file system than {@code file:} is copied to a temporary file for its import:
 * its rows and problems name its URI, and the copy is gone when the import ends, also when the
 * task stops reading early.
 */
class RemoteFileTest {

  /** The local disk under another scheme, as a remote file system would be. */
  public static final class OtherFileSystem extends RawLocalFileSystem {
    @Override
    public URI getUri() {
      return URI.create("other:///");
    }

    @Override
    public String getScheme() {
      return "other";
    }

    @Override
    public File pathToFile(org.apache.hadoop.fs.Path path) {
      return new File(path.toUri().getPath());
    }
  }

  @TempDir
  Path folder;

  private static Configuration otherFileSystem() {
    Configuration conf = new Configuration(false);
    conf.set("fs.other.impl", OtherFileSystem.class.getName());
    conf.set("fs.other.impl.disable.cache", "true");
    return conf;
  }

  @Test
  void aRemoteFileIsImportedFromATemporaryCopyThatIsDeleted() throws IOException {
    Path file = folder.resolve("remote-government.xml");
    Files.copy(StreamedRowsTest.resources("iati", "government.xml").get(0), file);
    String uri = "other://" + file.toUri().getPath();
    List<TableRow> rows = new ArrayList<>();
    new ExecutorImport(Format.IATI, SparkReadOptions.lenient(), otherFileSystem()).rows(new InputFile(0, uri),
        rows::add);
    assertThat(rows).anyMatch(r -> r.table() == Table.INITIATIVES);
    assertThat(rows).filteredOn(r -> r.table() != Table.PROBLEMS).allMatch(r -> r.row().get(r.row().length() - 2)
        .equals(uri));
    assertThat(copies("remote-government.xml")).isEmpty();
  }

  @Test
  void theCopyIsDeletedWhenTheTaskStopsEarly() throws IOException {
    Path file = RowStreamTest.repeatedActivity(folder.resolve("remote-many.xml"), 400);
    Iterator<TableRow> rows = new ExecutorImport(Format.IATI, SparkReadOptions.lenient(), otherFileSystem())
        .call(new InputFile(0, "other://" + file.toUri().getPath()));
    assertThat(rows.hasNext()).isTrue();
    ((RowStream) rows).close();
    assertThat(copies("remote-many.xml")).isEmpty();
  }

  /** The temporary copies of a file that are still there. */
  private static List<Path> copies(String name) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("southsouth-")
          && p.getFileName().toString().endsWith("-" + name)).toList();
    }
  }
}
