package io.github.southsouth.benchmarks;

import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import org.apache.jena.riot.Lang;

/**
 * Measures the heap that one loaded graph keeps, the same way for every side: in a fresh JVM, the
 * input bytes are made first, then the heap in use after a full collection is taken before and
 * after loading, with the loaded object still reachable. Prints one line, {@code SIDE BYTES}.
 *
 * <p>Run by {@link PeerMain} once per side in its own child JVM, so no side pays for another's
 * garbage or class loading.
 */
public final class PeerHeap {

  private PeerHeap() {}

  /**
   * Loads one side and prints what it retains.
   *
   * @param args the side ({@code native}, {@code ntriples} or {@code jsonld}) and the number of
   *     initiatives
   * @throws InterruptedException if interrupted while letting the collector settle
   * @throws ModelReadException never: the input is valid
   */
  public static void main(String[] args) throws InterruptedException, ModelReadException {
    String side = args[0];
    int initiatives = Integer.parseInt(args[1]);
    JenaPeerBenchmark.Inputs inputs = JenaPeerBenchmark.Inputs.of(PeerGraphs.graph(42, initiatives));
    long before = usedAfterGc();
    Object loaded =
        switch (side) {
          case "native" -> NativeFormat.reader()
              .read(new ByteArrayInputStream(inputs.nativeJson()), "peer.json", Syntax.JSON);
          case "ntriples" -> JenaPeerBenchmark.parse(inputs.ntriples(), Lang.NTRIPLES);
          case "jsonld" -> JenaPeerBenchmark.parse(inputs.jsonld(), Lang.JSONLD11);
          default -> throw new IllegalArgumentException("unknown side " + side + ": native, ntriples or jsonld");
        };
    long after = usedAfterGc();
    // The loaded object must be reachable at the second measurement; the inputs stay reachable
    // throughout, so they count on neither side of the difference.
    Reference.reachabilityFence(loaded);
    Reference.reachabilityFence(inputs);
    System.out.println(side + " " + (after - before));
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
