package io.github.southsouth.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link JenaPeerBenchmark} (one fork, short iterations) and {@link PeerHeap} for each side,
 * and prints every figure as a ratio to its peer with the target beside it:
 *
 * <pre>{@code
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.southsouth.benchmarks.PeerMain [initiatives...]
 * }</pre>
 *
 * <p>Without arguments, both sizes (20,000 and 100,000 initiatives) are run.
 */
public final class PeerMain {

  private PeerMain() {}

  /**
   * The heap of every child JVM: {@code -Xmx} and the system property {@code peer.heap} (default
   * {@code 4g}). Jena's JSON-LD parser needs more than 4 GB for the 100,000-initiative export.
   */
  private static final String HEAP = "-Xmx" + System.getProperty("peer.heap", "4g");

  /**
   * Runs everything and prints the ratios.
   *
   * @param args sizes to run, in initiatives (default: 20000 and 100000)
   * @throws RunnerException if JMH fails
   * @throws IOException if a child JVM cannot be started
   * @throws InterruptedException if interrupted while waiting for one
   */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    String[] sizes = args.length > 0 ? args : new String[] {"20000", "100000"};
    Options options =
        new OptionsBuilder()
            .include(JenaPeerBenchmark.class.getSimpleName())
            .param("initiatives", sizes)
            .forks(1)
            .jvmArgsAppend(HEAP)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(3))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(3))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Map<String, Double>> scores = new HashMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      scores.computeIfAbsent(result.getParams().getParam("initiatives"), k -> new HashMap<>())
          .put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    for (String size : sizes) {
      Map<String, Double> s = scores.get(size);
      System.out.printf(Locale.ROOT, "%n%s initiatives (average time, ms; ratio = peer / southsouth)%n", size);
      line("load vs Jena N-Triples", s, "loadNative", "loadJenaNTriples", 10);
      line("load vs Jena JSON-LD", s, "loadNative", "loadJenaJsonLd", 20);
      line("embodying a principle vs SPARQL", s, "queryEmbodying", "sparqlEmbodying", 100);
      line("in a region vs SPARQL", s, "queryInRegion", "sparqlInRegion", 100);
      line("finance by goal x region vs SPARQL", s, "queryFinance", "sparqlFinance", 100);
      Map<String, Long> heap = new HashMap<>();
      for (String side : List.of("native", "ntriples", "jsonld")) {
        heap.put(side, retained(side, size));
      }
      System.out.printf(Locale.ROOT,
          "retained heap: southsouth %,d bytes, Jena (N-Triples) %,d, Jena (JSON-LD) %,d -> %.2f of Jena's"
              + " (target <= 0.25)%n",
          heap.get("native"), heap.get("ntriples"), heap.get("jsonld"),
          heap.get("native") / (double) heap.get("ntriples"));
    }
  }

  private static void line(String what, Map<String, Double> scores, String ours, String peer, double target) {
    double ratio = scores.get(peer) / scores.get(ours);
    System.out.printf(Locale.ROOT, "%-38s southsouth %9.3f ms, Jena %9.3f ms -> %7.1fx (target >= %.0fx) %s%n",
        what, scores.get(ours), scores.get(peer), ratio, target, ratio >= target ? "met" : "MISSED");
  }

  private static long retained(String side, String size) throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + "/bin/java";
    Process process =
        new ProcessBuilder(java, HEAP, "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
            PeerHeap.class.getName(), side, size)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String last = "";
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(side + " ")) {
          last = line;
        }
      }
    }
    if (process.waitFor() != 0 || last.isEmpty()) {
      throw new IllegalStateException("the heap measurement of " + side + " failed (exit " + process.exitValue() + ")");
    }
    return Long.parseLong(last.substring(side.length() + 1));
  }
}
