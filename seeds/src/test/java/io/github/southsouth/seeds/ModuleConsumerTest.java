package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's project: a module that requires only {@code io.github.southsouth.seeds}, compiled
 * and run in its own JVM on the module path. It proves the one-dependency promise (the rest of
 * southsouth comes transitively), that the exported API is enough, and that the bundled resources
 * are readable from a named module, and that Jackson finds the southsouth module through the
 * service loader.
 */
class ModuleConsumerTest {

  @Test
  void aModuleThatRequiresOnlySeedsCanLoadAndQueryTheDataset(@TempDir Path work) throws Exception {
    String modulePath = System.getProperty("jdk.module.path", "");
    if (modulePath.isEmpty()) {
      // Tests ran on the class path: build the module path from it instead.
      modulePath = System.getProperty("java.class.path");
    }
    List<String> entries = new ArrayList<>();
    for (String entry : modulePath.split(File.pathSeparator)) {
      if (!entry.contains("junit") && !entry.contains("assertj") && !entry.contains("opentest4j")
          && !entry.contains("apiguardian") && !entry.endsWith("test-classes")) {
        entries.add(entry);
      }
    }
    String path = String.join(File.pathSeparator, entries);

    Path src = work.resolve("src/consumer");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(src.resolve("module-info.java"), "module consumer { requires io.github.southsouth.seeds; }\n");
    Files.writeString(
        src.resolve("app/Main.java"),
        String.join(
            "\n",
            "package app;",
            "import io.github.southsouth.graph.CooperationGraph;",
            "import io.github.southsouth.model.ConditionalityState;",
            "import io.github.southsouth.model.EntityId;",
            "public final class Main {",
            "  public static void main(String[] args) {",
            "    CooperationGraph graph = io.github.southsouth.seeds.Seeds.load();",
            "    System.out.println(graph.principles().size() + \" principles\");",
            "    System.out.println(graph.get(EntityId.parse(\"principle:mutual-benefit\")).name().best(\"zh-Hans\"));",
            "    System.out.println(graph.initiativeQuery().inRegion(EntityId.parse(\"actor:m49-002\")).list().size() > 0);",
            "    // the README's snippet, in a plain main: no checked exception to catch or declare",
            "    System.out.println(\"found \" + graph.initiativeQuery()",
            "        .embodying(io.github.southsouth.graph.InitiativeQuery.Reach.THROUGH_PROGRAMMES, EntityId.parse(\"principle:non-conditionality\"))",
            "        .inRegion(EntityId.parse(\"actor:m49-002\")).list().size());",
            "    io.github.southsouth.serialization.json.NativeFormat.writer().write(graph, java.nio.file.Path.of(args[0], \"southsouth.yaml\"));",
            "    // the exports, each through its writer object",
            "    System.out.println(\"json-ld \" + io.github.southsouth.serialization.jsonld.JsonLdWriter.defaults().writeToString(graph).contains(\"\\\"@graph\\\"\"));",
            "    io.github.southsouth.serialization.csv.CsvTables.writer().write(graph, java.nio.file.Path.of(args[0], \"tables\"));",
            "    System.out.println(\"tables \" + (graph.entityCount() == io.github.southsouth.serialization.csv.CsvTables.reader().read(java.nio.file.Path.of(args[0], \"tables\")).entityCount()));",
            "    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();",
            "    System.out.println(\"modules \" + mapper.registeredModules().stream().map(m -> m.getModuleName()).toList());",
            "    Object sgr = graph.initiatives().get(0);",
            "    System.out.println(\"round trip \" + sgr.equals(mapper.readValue(mapper.writeValueAsString(sgr), io.github.southsouth.model.Initiative.class)));",
            "  }",
            "}",
            ""));
    Path classes = work.resolve("classes");
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    Process compile =
        new ProcessBuilder(javac, "--module-path", path, "-d", classes.toString(),
                src.resolve("module-info.java").toString(), src.resolve("app/Main.java").toString())
            .redirectErrorStream(true)
            .start();
    String compilerOutput = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(compile.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(compile.exitValue()).as("the consumer compiles against the seeds module alone: %s", compilerOutput).isZero();

    String java = ProcessHandle.current().info().command().orElse("java");
    Process run =
        new ProcessBuilder(java, "--module-path", path + File.pathSeparator + classes, "-m", "consumer/app.Main", work.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).contains("3 principles").contains("互利").contains("true")
        .containsPattern("modules \\[.*southsouth").contains("round trip true").contains("found 4")
        .contains("json-ld true").contains("tables true");
    assertThat(work.resolve("southsouth.yaml")).isNotEmptyFile();
  }
}
