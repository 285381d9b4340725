package io.github.southsouth.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when the code under test prints anything to {@code System.out} or
 * {@code System.err}: library code reports problems in its results, never on the console.
 *
 * <p>Use it as a JUnit 5 extension ({@code @ExtendWith(SilentStreams.class)}), which watches both
 * streams for each test method, or call {@link #silently(Action)} around one call, as the fuzz
 * tests do for every input. Both replace the JVM's global streams while they watch, so tests that
 * use them must not run in parallel with tests that print; prints from any thread are caught.
 */
public final class SilentStreams implements BeforeEachCallback, AfterEachCallback {

  /** How the lines that Jazzer's agent logs while it instruments and fuzzes start. */
  private static final List<String> JAZZER_LINES = List.of("INFO: Instrumented ", "INFO: New number of coverage counters");
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SilentStreams.class);

  /** Code that returns a value and may throw. */
  @FunctionalInterface
  public interface Action<T> {
    /**
     * Runs the code.
     *
     * @return its result
     * @throws Exception whatever the code throws
     */
    T run() throws Exception;
  }

  /** The JVM's streams replaced by one buffer until {@link #stop()}. */
  private static final class Capture {
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Capture() {
      PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
      System.setOut(both);
      System.setErr(both);
    }

    /**
     * Restores the streams and returns what was printed meanwhile, less the lines of Jazzer's
     * agent, which logs each class it instruments as the class is loaded during a fuzz test, and
     * each growth of its coverage map.
     */
    String stop() {
      System.out.flush();
      System.err.flush();
      System.setOut(out);
      System.setErr(err);
      String text;
      synchronized (printed) {
        text = printed.toString(StandardCharsets.UTF_8);
      }
      return text.lines()
          .filter(line -> JAZZER_LINES.stream().noneMatch(line::startsWith))
          .map(line -> line + "\n")
          .collect(Collectors.joining());
    }
  }

  /**
   * Runs the action and fails if it printed anything to standard output or standard error. When
   * the action throws, its exception is rethrown, with the printed text attached as a suppressed
   * {@link AssertionError}.
   *
   * @param action the code under test
   * @param <T> its result type
   * @return the action's result
   * @throws Exception whatever the action throws
   * @throws AssertionError if anything was printed
   */
  public static <T> T silently(Action<T> action) throws Exception {
    Capture capture = new Capture();
    T result;
    try {
      result = action.run();
    } catch (Exception | Error e) {
      String printed = capture.stop();
      if (!printed.isEmpty()) {
        e.addSuppressed(printedError(printed));
      }
      throw e;
    }
    String printed = capture.stop();
    if (!printed.isEmpty()) {
      throw printedError(printed);
    }
    return result;
  }

  private static AssertionError printedError(String printed) {
    return new AssertionError("expected nothing on System.out/System.err, but the code printed:\n" + printed);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Capture.class, new Capture());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Capture capture = context.getStore(NAMESPACE).remove(Capture.class, Capture.class);
    if (capture != null) {
      String printed = capture.stop();
      if (!printed.isEmpty()) {
        throw printedError(printed);
      }
    }
  }
}
