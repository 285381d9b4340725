package io.github.southsouth.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the native-format benchmarks briefly (one fork, a few short iterations: the machine may be
 * shared), prints each ratio to its baseline measured in the same run, then runs the JSON Lines
 * streaming check in a JVM limited to 64 MB of heap.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /**
   * Runs everything.
   *
   * @param args optional: the number of initiatives of the read and write graphs (default 20000)
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    String initiatives = args.length > 0 ? args[0] : "20000";
    Options options =
        new OptionsBuilder()
            .include(ReadBenchmark.class.getSimpleName())
            .include(WriteBenchmark.class.getSimpleName())
            .param("initiatives", initiatives)
            .forks(1)
            .jvmArgsAppend("-Xmx2g")
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(2))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      scores.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    // Average times: a ratio of speeds is baseline time / our time.
    System.out.printf(Locale.ROOT, "%nread:  native %.1f ms, raw token scan %.1f ms -> %.2fx the raw scan (target >= 0.5x)%n",
        scores.get("nativeRead"), scores.get("rawTokenScan"), scores.get("rawTokenScan") / scores.get("nativeRead"));
    System.out.printf(Locale.ROOT, "write: native %.1f ms, raw generator %.1f ms -> %.2fx the raw generator (target >= 0.6x)%n",
        scores.get("nativeWrite"), scores.get("rawGenerator"), scores.get("rawGenerator") / scores.get("nativeWrite"));

    String java = System.getProperty("java.home") + "/bin/java";
    String classPath = System.getProperty("java.class.path");
    Process process =
        new ProcessBuilder(java, "-Xmx64m", "-cp", classPath, JsonLinesStreaming.class.getName())
            .inheritIO()
            .start();
    int exit = process.waitFor();
    System.out.println(exit == 0 ? "JSON Lines streaming under -Xmx64m: ok" : "JSON Lines streaming under -Xmx64m FAILED (exit " + exit + ")");
  }
}
