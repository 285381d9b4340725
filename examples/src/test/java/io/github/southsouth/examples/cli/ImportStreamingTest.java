package io.github.southsouth.examples.cli;

import static io.github.southsouth.examples.cli.Cli.resource;
import static io.github.southsouth.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import commands stream into JSON Lines: the file written is the dataset the in-memory import
 * writes in any other format, and a failed import writes nothing and leaves nothing behind.
 */
class ImportStreamingTest {

  @TempDir Path dir;

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private CooperationGraph readBack(String name) {
    return NativeFormat.reader().read(dir.resolve(name));
  }

  @Test
  void iatiToJsonLinesIsTheInMemoryImport() throws IOException {
    String iati = resource("iati/iati-standard-example-annotated-203.xml").toString();
    Cli.Run streamed = run("import-iati", iati, "-o", file("iati.jsonl"));
    Cli.Run inMemory = run("import-iati", iati, "-o", file("iati.json"));
    assertThat(streamed.exit()).as(streamed.toString()).isZero();
    assertThat(streamed.out()).isEqualTo(inMemory.out().replace("iati.json", "iati.jsonl"));
    assertThat(streamed.err()).isEqualTo(inMemory.err());
    assertThat(readBack("iati.jsonl")).isEqualTo(readBack("iati.json"));
    assertThat(Files.readString(dir.resolve("iati.jsonl"))).startsWith("{\"format\":\"southsouth\"").endsWith("}\n");
    assertThat(run("validate", file("iati.jsonl")).exit()).isZero();
    assertNoTemporaryFiles();
  }

  @Test
  void iatiToJsonLinesOnStandardOutput() {
    String iati = resource("iati/iati-standard-example-annotated-203.xml").toString();
    Cli.Run streamed = run("import-iati", "-q", "--to", "jsonl", iati);
    assertThat(streamed.exit()).as(streamed.toString()).isZero();
    assertThat(streamed.err()).contains("1 activities (0 skipped) from 1 file");
    assertThat(run("import-iati", "-q", iati, "-o", file("iati.json")).exit()).isZero();
    CooperationGraph read = NativeFormat.reader().read(
        new ByteArrayInputStream(streamed.out().getBytes(StandardCharsets.UTF_8)), "out", Syntax.JSON_LINES);
    assertThat(read).isEqualTo(readBack("iati.json"));
  }

  @Test
  void aidDataToJsonLinesIsTheInMemoryImport() throws IOException {
    String aiddata = resource("aiddata").toString();
    Cli.Run streamed = run("import-aiddata", aiddata, "-o", file("gcdf.jsonl"));
    Cli.Run inMemory = run("import-aiddata", aiddata, "-o", file("gcdf.yaml"));
    assertThat(streamed.exit()).as(streamed.toString()).isZero();
    assertThat(streamed.out()).isEqualTo(inMemory.out().replace("gcdf.yaml", "gcdf.jsonl"));
    assertThat(readBack("gcdf.jsonl")).isEqualTo(readBack("gcdf.yaml"));
    assertNoTemporaryFiles();
  }

  @Test
  void aFailedImportLeavesTheOutputAsItWas() throws IOException {
    Files.writeString(dir.resolve("kept.jsonl"), "what was there before\n");
    Cli.Run run = run("import-iati", resource("iati/iatischemas-legacy-v1-dfid-out.xml").toString(),
        "-o", file("kept.jsonl"));
    assertThat(run.exit()).isEqualTo(SouthSouth.INVALID_DATA);
    assertThat(run.err()).contains("unsupported-version IATI version 1.0");
    assertThat(Files.readString(dir.resolve("kept.jsonl"))).isEqualTo("what was there before\n");
    Cli.Run fresh = run("import-iati", resource("iati/iatischemas-legacy-v1-dfid-out.xml").toString(),
        "-o", file("new.jsonl"));
    assertThat(fresh.exit()).isEqualTo(SouthSouth.INVALID_DATA);
    assertThat(dir.resolve("new.jsonl")).doesNotExist();
    assertNoTemporaryFiles();
  }

  private void assertNoTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }
}
