package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("out.json");
    AtomicFiles.write(file, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(file)).isEqualTo("{}\n");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void aFailureLeavesTheOldFileUntouched() throws IOException {
    Path file = dir.resolve("out.json");
    Files.writeString(file, "old");
    assertThatThrownBy(
            () -> AtomicFiles.write(file, out -> {
              out.write("half of the new".getBytes(StandardCharsets.UTF_8));
              throw new IOException("disk full");
            }))
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void newFilesGetWhatTheUmaskGivesAndReplacedFilesKeepTheirPermissions() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions here");
    // What this process's umask gives an ordinary new file (rw-r--r-- under the usual 022).
    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    Path file = dir.resolve("new.yaml");
    AtomicFiles.write(file, out -> out.write('x'));
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).startsWith("rw-");

    Path existing = dir.resolve("existing.yaml");
    Files.writeString(existing, "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(existing, out -> out.write('y'));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-rw----");
  }

  @Test
  void severalFilesAreAllWrittenOrNoneIs() throws IOException {
    Path entities = dir.resolve("entities.csv");
    Path relations = dir.resolve("relations.csv");
    Files.writeString(entities, "old entities");
    Files.writeString(relations, "old relations");
    Map<Path, AtomicFiles.Content> both = new LinkedHashMap<>();
    both.put(entities, out -> out.write("new entities".getBytes(StandardCharsets.UTF_8)));
    both.put(relations, out -> {
      out.write("half of the new relations".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    });
    assertThatThrownBy(() -> AtomicFiles.writeAll(both)).hasMessage("No space left on device");
    assertThat(Files.readString(entities)).isEqualTo("old entities");
    assertThat(Files.readString(relations)).isEqualTo("old relations");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactlyInAnyOrder(entities, relations);
    }

    both.put(relations, out -> out.write("new relations".getBytes(StandardCharsets.UTF_8)));
    AtomicFiles.writeAll(both);
    assertThat(Files.readString(entities)).isEqualTo("new entities");
    assertThat(Files.readString(relations)).isEqualTo("new relations");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactlyInAnyOrder(entities, relations);
    }
  }

  @Test
  void aLargeWriteArrivesWhole() throws IOException {
    Path file = dir.resolve("large.jsonl");
    byte[] line = "{\"entity\":{}}\n".getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> {
      for (int i = 0; i < 100_000; i++) {
        out.write(line);
      }
    });
    assertThat(Files.size(file)).isEqualTo(100_000L * line.length);
  }
}
