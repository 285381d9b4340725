package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference data shipped in {@code seeds/data/reference} is exactly what the generator makes
 * from the UNSD and country-codes tables kept in the test resources, so nobody edits generated
 * data by hand and the tables' provenance stays checkable. The generator runs as it does from the
 * build: a single-file program on this module's test class path.
 */
class ReferenceDataGenerationTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path TABLES = MODULE.resolve("src/test/resources/reference-csv");
  private static final List<String> FILES = List.of("countries.yaml", "regions.yaml", "groups.yaml", "sources.yaml");

  @Test
  void shippedReferenceDataIsTheGeneratorsOutput(@TempDir Path out) throws Exception {
    Run run = generate(TABLES, out);
    assertThat(run.exit()).as(run.log()).isZero();
    for (String file : FILES) {
      assertThat(read(out.resolve(file)))
          .as("%s differs from the generator's output; re-run:"
              + " mvn -B -q -pl seeds -am -P generate-reference-data process-test-classes", file)
          .isEqualTo(read(MODULE.resolve("data/reference").resolve(file)));
    }
  }

  /**
   * The layout is the native writer's: sources.yaml, the one reference document that refers to
   * nothing outside itself, is exactly what NativeWriter writes for the graph it holds.
   */
  @Test
  void aSelfContainedDocumentIsWrittenAsTheNativeWriterWritesIt() throws IOException {
    Path sources = MODULE.resolve("data/reference/sources.yaml");
    CooperationGraph graph = NativeFormat.reader().read(sources);
    assertThat(graph.sources()).hasSize(4);
    assertThat(NativeFormat.writer().writeToString(graph, Syntax.YAML)).isEqualTo(read(sources));
  }

  /** Bad input stops the run with the file, the line, what was found and what was expected; nothing is written. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UNSD-m49-en.csv | Kenya,404,KE | Kenya,44,KE"
            + " | UNSD-m49-en.csv:16: \"M49 Code\" is \"44\", expected a three-digit UN M49 code such as \"004\"",
        "UNSD-m49-zh.csv | \"KEN\",\"\" | \"KEN\",\"x\""
            + " | UNSD-m49-zh.csv:16: KEN \"Least Developed Countries (LDC)\" is \"x\", expected \"\" as in UNSD-m49-en.csv:16",
        "UNSD-m49-zh.csv | \"肯尼亚\", | \"肯尼亚\"?,"
            + " | UNSD-m49-zh.csv:16: ",
        "country-codes.csv | https://www.wikidata.org/wiki/Q114 | ''"
            + " | country-codes.csv:121: \"wikidata_id\" is empty for KEN, expected https://www.wikidata.org/wiki/Q<number>",
      })
  void badInputIsReportedWhereItIs(String file, String from, String to, String message, @TempDir Path dir)
      throws Exception {
    Path tables = Files.createDirectories(dir.resolve("tables"));
    for (String name : List.of("country-codes.csv", "UNSD-m49-en.csv", "UNSD-m49-zh.csv")) {
      Files.copy(TABLES.resolve(name), tables.resolve(name));
    }
    String text = read(tables.resolve(file));
    assertThat(text).containsOnlyOnce(from);
    Files.writeString(tables.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Run run = generate(tables, out);

    assertThat(run.exit()).as(run.log()).isEqualTo(1);
    assertThat(run.log()).startsWith("GenerateReferenceData: " + message).doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void everyDataFileIsPackaged() throws IOException {
    Path data = Path.of("data").toAbsolutePath();
    try (var files = Files.walk(data)) {
      List<String> onDisk =
          files.filter(p -> p.toString().endsWith(".yaml"))
              .map(p -> data.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .collect(java.util.stream.Collectors.toList());
      assertThat(Seeds.resources()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  private record Run(int exit, String log) {}

  /**
   * Runs the generator on the test class path, which holds the library and Commons CSV. The tests
   * of this module run on the module path, which holds the library: both go on the class path.
   */
  private static Run generate(Path tables, Path out) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path")
        + System.getProperty("jdk.module.path", "").transform(p -> p.isEmpty() ? "" : File.pathSeparator + p);
    Process process =
        new ProcessBuilder(
                java,
                "-Dfile.encoding=UTF-8",
                "-cp",
                classPath,
                MODULE.resolve("tools/GenerateReferenceData.java").toString(),
                tables.toString(),
                MODULE.resolve("data").toString(),
                out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), log);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
