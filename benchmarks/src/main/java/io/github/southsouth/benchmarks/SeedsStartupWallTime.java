package io.github.southsouth.benchmarks;

import io.github.southsouth.model.EntityId;
import io.github.southsouth.seeds.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The wall time of a tiny program in a fresh JVM, with and without {@code Seeds.load()}: starts
 * the program as a child JVM many times for each variant, alternating them, and prints the median
 * wall time of each and their difference. Complements {@link SeedsStartupBenchmark}, which times
 * only the first call inside the JVM; this also counts the JVM's start and exit.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.southsouth.benchmarks.SeedsStartupWallTime 20
 * }</pre>
 */
public final class SeedsStartupWallTime {

  private SeedsStartupWallTime() {}

  /**
   * Runs the launcher, or one tiny program when given {@code seeds} or {@code core}.
   *
   * @param args the number of runs of each variant (default 20); or {@code seeds} to load the
   *     dataset and print its size, or {@code core} to parse an id and print it
   * @throws Exception if a child cannot be started or fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("seeds")) {
      System.out.println(Seeds.load().entityCount());
      return;
    }
    if (args.length == 1 && args[0].equals("core")) {
      System.out.println(EntityId.parse("actor:ken"));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<Long> seeds = new ArrayList<>();
    List<Long> core = new ArrayList<>();
    for (int n = 0; n < runs; n++) {
      core.add(run("core"));
      seeds.add(run("seeds"));
    }
    long withSeeds = median(seeds);
    long without = median(core);
    System.out.printf(Locale.ROOT,
        "fresh JVM, median of %d runs: with Seeds.load() %d ms, without %d ms, Seeds.load() adds %d ms (target <= 300 ms)%n",
        runs, withSeeds, without, withSeeds - without);
  }

  private static long run(String variant) throws Exception {
    String java = System.getProperty("java.home") + "/bin/java";
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SeedsStartupWallTime.class.getName(), variant)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException("the " + variant + " program failed with exit code " + exit);
    }
    return millis;
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
