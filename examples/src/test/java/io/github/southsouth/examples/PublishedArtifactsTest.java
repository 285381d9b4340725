package io.github.southsouth.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.json.NativeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the published artifacts contain, looked at where this module's class path finds them: the
 * jars themselves when the reactor has packaged them ({@code mvn verify}), otherwise the class
 * directories they are made from ({@code mvn test}). The sources and javadoc jars beside them are
 * looked at when the reactor has packaged them.
 */
class PublishedArtifactsTest {

  /** Each entry of the artifact that holds {@code type}, with its bytes. */
  private static Map<String, byte[]> contents(Class<?> type) throws Exception {
    return contents(location(type));
  }

  private static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Each entry of a jar or class directory, with its bytes. */
  private static Map<String, byte[]> contents(Path location) throws Exception {
    Map<String, byte[]> entries = new TreeMap<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          entries.put(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        for (ZipEntry entry : Collections.list(jar.entries())) {
          if (!entry.isDirectory()) {
            try (InputStream in = jar.getInputStream(entry)) {
              entries.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    }
    return entries;
  }

  private static Class<?> holder(String module) {
    return switch (module) {
      case "core" -> CooperationGraph.class;
      case "serialization" -> NativeFormat.class;
      case "seeds" -> Seeds.class;
      default -> throw new IllegalArgumentException(module);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "serialization", "seeds"})
  void everyPublishedJarCarriesTheLicenceAndTheNotice(String module) throws Exception {
    Map<String, byte[]> jar = contents(holder(module));
    assertThat(jar).containsKeys("META-INF/LICENSE", "META-INF/NOTICE", "module-info.class");
    assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License").contains("Version 2.0, January 2004");
    assertThat(text(jar, "META-INF/NOTICE")).startsWith("southsouth\n").contains("Apache License, Version 2.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "serialization", "seeds"})
  void theSourcesAndJavadocJarsCarryTheLicenceAndTheNoticeToo(String module) throws Exception {
    Path jar = location(holder(module));
    assumeTrue(Files.isRegularFile(jar), "the sources and javadoc jars are made by mvn package; this run has class directories");
    String name = jar.getFileName().toString();
    for (String classifier : new String[] {"sources", "javadoc"}) {
      Path attached = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-" + classifier + ".jar");
      Map<String, byte[]> entries = contents(attached);
      assertThat(text(entries, "META-INF/LICENSE")).as(attached.toString()).contains("Version 2.0, January 2004");
      assertThat(text(entries, "META-INF/NOTICE")).as(attached.toString()).startsWith("southsouth\n");
    }
  }

  @Test
  void theSeedsJarDeclaresTheDataLicenceAndTheTermsOfTheReferenceTables() throws Exception {
    Map<String, byte[]> jar = contents(Seeds.class);
    assertThat(text(jar, "META-INF/LICENSE-DATA")).contains("CC-BY-4.0")
        .contains("https://creativecommons.org/licenses/by/4.0/legalcode");
    assertThat(text(jar, "META-INF/NOTICE-reference-data.md"))
        .contains("country-codes.csv", "UNSD-m49-en.csv", "UNSD-m49-zh.csv", "## Licence");
    assertThat(jar).containsKeys("io/github/southsouth/seeds/v1/seeds.json",
        "io/github/southsouth/seeds/v1/dataset.yaml");
  }

  @Test
  void theSeedsJarHoldsNoBuildTool() throws Exception {
    assertThat(contents(Seeds.class).keySet())
        .noneMatch(name -> name.contains("BundleSeeds") || name.contains("GenerateReferenceData"))
        .noneMatch(name -> name.startsWith("io/github/southsouth/seeds/internal/"))
        .allMatch(name -> name.startsWith("io/github/southsouth/seeds/") || name.startsWith("META-INF/")
            || name.equals("module-info.class"));
  }

  private static String text(Map<String, byte[]> jar, String name) throws IOException {
    assertThat(jar).containsKey(name);
    return new String(jar.get(name), StandardCharsets.UTF_8);
  }
}
