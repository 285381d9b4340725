package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference data shipped in {@code seeds/data/reference} is exactly what the generator makes
 * from the UNSD and country-codes tables kept in the test resources, so nobody edits generated
 * data by hand and the tables' provenance stays checkable.
 */
class ReferenceDataGenerationTest {

  @Test
  void shippedReferenceDataIsTheGeneratorsOutput(@TempDir Path out) throws Exception {
    Path module = Path.of("").toAbsolutePath();
    Path generator = module.resolve("tools/GenerateReferenceData.java");
    Path tables = module.resolve("src/test/resources/reference-csv");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(java, generator.toString(), tables.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
    for (String file : List.of("countries.yaml", "regions.yaml", "groups.yaml", "sources.yaml")) {
      assertThat(read(out.resolve(file)))
          .as("%s differs from the generator's output; re-run: java seeds/tools/GenerateReferenceData.java"
              + " seeds/src/test/resources/reference-csv seeds/data/reference", file)
          .isEqualTo(read(module.resolve("data/reference").resolve(file)));
    }
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

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
