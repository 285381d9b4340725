package io.github.southsouth.serialization.fuzz;

import static io.github.southsouth.testing.SilentStreams.silently;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.testing.SilentStreams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The invariant every reader keeps under fuzzing: any input ends either in a result or in a
 * {@link ModelReadException} whose report holds at least one error, each problem located in the
 * input; no other exception escapes, nothing is printed to the console, and one input takes at
 * most {@link #TIME_LIMIT_MILLIS}. Not thread-safe: fuzz tests run one at a time.
 */
final class ReaderInvariant {

  /**
   * Wall-clock time, so generous for inputs of a few kilobytes: a shared, busy machine once took
   * 15 s for a 10 kB seed right after a fuzzing run; a hang goes far beyond it.
   */
  static final long TIME_LIMIT_MILLIS = 60_000;

  private ReaderInvariant() {}

  /**
   * Runs the read and checks the invariant.
   *
   * @param sourceName the name the reader was given for the input, which problems must name
   * @param read the read
   * @return the result, or empty when the input was refused with located problems
   */
  static <T> Optional<T> resultOrProblems(String sourceName, SilentStreams.Action<T> read) throws Exception {
    long start = System.nanoTime();
    try {
      return Optional.of(silently(read));
    } catch (ModelReadException e) {
      assertLocated(sourceName, e.report());
      assertThat(e.report().hasErrors()).as("a refused input has an error: %s", e.report()).isTrue();
      return Optional.empty();
    } finally {
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("milliseconds to read one input").isLessThan(TIME_LIMIT_MILLIS);
    }
  }

  /** Checks that every problem names the input and where in it, and says what it found. */
  static void assertLocated(String sourceName, ProblemReport report) {
    for (Problem problem : report.problems()) {
      assertThat(problem.message()).as("message of %s", problem).isNotBlank();
      if (problem.location().source().isPresent()) {
        assertThat(problem.location().source().get()).as("source of %s", problem).endsWith(sourceName);
      }
      assertThat(problem.location().source().isPresent() || problem.location().subject().isPresent())
          .as("%s names the input or the entity it is about", problem)
          .isTrue();
    }
  }

  /** Writes the input to a file of this name in a fresh temporary folder kept for the run. */
  static Path file(Path folder, String name, byte[] content) {
    try {
      return Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
