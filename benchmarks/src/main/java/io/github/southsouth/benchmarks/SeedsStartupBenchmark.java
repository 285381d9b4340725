package io.github.southsouth.benchmarks;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.seeds.Seeds;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the first {@code Seeds.load()} adds to the start of a fresh JVM. Every fork is a new JVM
 * that runs one benchmark method once (no warm-up): {@link #firstLoad} loads the bundled dataset,
 * its baseline {@link #coreOnly} only touches a core class, as a tiny program that does not use the
 * seeds would. The difference of the two averages is the start-up cost of the seeds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 15)
public class SeedsStartupBenchmark {

  /**
   * Loads the bundled dataset in a fresh JVM: class loading, YAML parsing, validation, indexes.
   *
   * @return the graph
   */
  @Benchmark
  public CooperationGraph firstLoad() {
    return Seeds.load();
  }

  /**
   * The baseline: a fresh JVM that only uses a core class.
   *
   * @return the parsed id
   */
  @Benchmark
  public EntityId coreOnly() {
    return EntityId.parse("actor:ken");
  }
}
