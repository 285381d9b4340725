package io.github.southsouth.examples.cli;

import static io.github.southsouth.examples.cli.Cli.run;
import static io.github.southsouth.examples.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes 0 / 1 / 2 / 3, and that every failure, from bad paths to a full disk and an
 * exhausted heap, is one line on standard error without a stack trace.
 */
class ExitCodesTest {

  @TempDir Path dir;

  private String seedsAs(String name) {
    Path file = dir.resolve(name);
    Cli.Run run = run("seeds", "-o", file.toString(), "--to", "json");
    assertThat(run.exit()).as(run.toString()).isZero();
    return file.toString();
  }

  private static void oneLineWithoutStackTrace(Cli.Run run) {
    assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1);
    assertThat(run.out() + run.err()).doesNotContain("\tat ");
  }

  @Test
  void fromAppliesToAFileWhoseNameSaysNothingAboutItsFormat() {
    // Like a pipe from a shell's process substitution, /dev/fd/63: no extension.
    String pipeLike = seedsAs("63");
    Cli.Run run = run("stats", "--from", "json", pipeLike);
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("entities");
    Cli.Run diff = run("diff", "--from", "json", pipeLike, pipeLike);
    assertThat(diff.exit()).as(diff.toString()).isZero();
  }

  @Test
  void withoutFromAnUnknownNameIsAUsageError() {
    String pipeLike = seedsAs("63");
    Cli.Run run = run("stats", pipeLike);
    assertThat(run.exit()).as(run.toString()).isEqualTo(SouthSouth.USAGE);
    assertThat(run.err()).contains("cannot tell the format of " + pipeLike).contains("--from");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void anInvalidPathIsAUsageErrorOnOneLine() {
    Cli.Run run = run("validate", "nul\u0000byte.json");
    assertThat(run.exit()).as(run.toString()).isEqualTo(SouthSouth.USAGE);
    oneLineWithoutStackTrace(run);
  }

  @Test
  void aDirectoryWhereAFileIsExpectedIsOneLine() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.json"));
    Cli.Run read = run("validate", "--from", "json", folder.toString());
    assertThat(read.exit()).as(read.toString()).isEqualTo(SouthSouth.INVALID_DATA);
    assertThat(read.out() + read.err()).contains(folder.toString()).doesNotContain("\tat ");

    Files.writeString(folder.resolve("keep"), "x");
    Cli.Run write = run("seeds", "-o", folder.toString(), "--to", "json");
    assertThat(write.exit()).as(write.toString()).isEqualTo(SouthSouth.INVALID_DATA);
    oneLineWithoutStackTrace(write);
    assertThat(write.err()).contains("is a directory");
  }

  @Test
  void aReadOnlyOutputFolderIsOneLine() throws IOException {
    assumeFalse(!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions");
    Path folder = Files.createDirectories(dir.resolve("read-only"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(folder), "this user may write anywhere (root)");
      Cli.Run run = run("seeds", "-o", folder.resolve("out.json").toString());
      assertThat(run.exit()).as(run.toString()).isEqualTo(SouthSouth.INVALID_DATA);
      oneLineWithoutStackTrace(run);
      assertThat(run.err()).contains("permission denied");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFullDiskOnStandardOutputIsOneLineAndNotSuccess() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    int exit = SouthSouth.execute(new String[] {"seeds"}, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(full, true, StandardCharsets.UTF_8), new PrintWriter(err, true));
    assertThat(exit).isEqualTo(SouthSouth.INVALID_DATA);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("cannot write standard output");
  }

  @Test
  void aLimitIsNamedByItsOptionWithWhatToDo() {
    String seeds = seedsAs("seeds.json");
    Cli.Run run = run("validate", "--max-document-size", "1k", seeds);
    assertThat(run.exit()).as(run.toString()).isEqualTo(SouthSouth.INVALID_DATA);
    assertThat(run.err() + run.out())
        .contains("limit-exceeded")
        .contains("--max-document-size")
        .contains("-Xmx")
        .doesNotContain("ReadOptions");

    Cli.Run raised = run("validate", "--max-document-size", "2g", seeds);
    assertThat(raised.exit()).as(raised.toString()).isZero();
  }

  @Test
  void anImportOverTheSizeLimitNamesTheOptionNotTheApi() {
    String iati = Cli.resource("iati/iati-standard-example-annotated-203.xml").toString();
    Cli.Run run = run("import-iati", "--max-document-size", "1k", iati, "-o", dir.resolve("out.json").toString());
    assertThat(run.out() + run.err())
        .as(run.toString())
        .contains("--max-document-size")
        .contains("-Xmx")
        .doesNotContain("ReadOptions")
        .doesNotContain("\tat ");
  }

  @Test
  void aMalformedSizeIsAUsageError() {
    Cli.Run run = run("validate", "--max-document-size", "2x", "whatever.json");
    assertThat(run.exit()).isEqualTo(SouthSouth.USAGE);
    assertThat(run.err()).contains("invalid size '2x'");
  }

  /** Standard input that fails as a defect or an exhausted heap would, inside the reader. */
  private static InputStream failing(Throwable failure) {
    return new InputStream() {
      @Override
      public int read() {
        throw sneaky(failure);
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw sneaky(failure);
      }
    };
  }

  private static RuntimeException sneaky(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    throw (Error) t;
  }

  @Test
  void runningOutOfMemoryIsOneLineSayingWhatToDo() {
    Cli.Run run = runWithInput(failing(new OutOfMemoryError("Java heap space")), "validate", "--from", "json", "-");
    assertThat(run.exit()).as(run.toString()).isEqualTo(SouthSouth.INTERNAL);
    oneLineWithoutStackTrace(run);
    assertThat(run.err()).contains("out of memory").contains("-Xmx").contains("--debug");
  }

  @Test
  void aDefectIsOneLineAndDebugShowsTheStackTrace() {
    Cli.Run run = runWithInput(failing(new IllegalStateException("a defect")), "validate", "--from", "json", "-");
    assertThat(run.exit()).as(run.toString()).isEqualTo(SouthSouth.INTERNAL);
    oneLineWithoutStackTrace(run);
    assertThat(run.err()).contains("internal failure").contains("--debug");

    Cli.Run debug = runWithInput(failing(new IllegalStateException("a defect")), "validate", "--debug", "--from", "json", "-");
    assertThat(debug.exit()).isEqualTo(SouthSouth.INTERNAL);
    assertThat(debug.err()).contains("IllegalStateException: a defect").contains("\tat ");
  }
}
