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
  void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions here");
    Path file = dir.resolve("new.yaml");
    AtomicFiles.write(file, out -> out.write('x'));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");

    Path existing = dir.resolve("existing.yaml");
    Files.writeString(existing, "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.write(existing, out -> out.write('y'));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-rw----");
  }
}
