package io.github.southsouth.spark;

import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Scale, measured (a benchmark, not a test): a corpus of several gigabytes of IATI activity files
 * made from a real activity (the IATI 2.03 annotated example, every element of the standard, each
 * copy with its own identifier), imported in one JVM into one graph and on Spark in local mode
 * with one and two cores, each in a child JVM with {@code -Xmx2g} (the system property {@code
 * spark.scale.heap}, e.g. {@code 512m}, sets another heap). Prints throughput and the scaling
 * ratio; deletes the corpus. Run as the benchmarks README says:
 *
 * <pre>{@code
 * mvn -B -q package -pl spark -am -DskipTests
 * java @spark/target/spark-jvm-options.txt \
 *   -cp "spark/target/test-classes:spark/target/classes:$(cat spark/target/spark-classpath.txt)" \
 *   io.github.southsouth.spark.SparkScaleBenchmark 3072 128
 * }</pre>
 *
 * <p>Arguments: the corpus size and the size of each file, in megabytes (defaults 3072 and 128),
 * and optionally the runs, comma-separated (default {@code single,local[1],local[2]}).
 */
public final class SparkScaleBenchmark {

  private static final String ACTIVITY_ID = "AA-AAA-123456789-ABC123";
  private static final String HEAP = "-Xmx" + System.getProperty("spark.scale.heap", "2g");

  private SparkScaleBenchmark() {}

  /**
   * Builds the corpus, runs the three measurements in child JVMs and deletes the corpus.
   *
   * @param args corpus megabytes, file megabytes; or a phase and the corpus folder (child JVMs)
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].startsWith("phase:")) {
      phase(args[0].substring("phase:".length()), Path.of(args[1]));
      return;
    }
    int corpusMb = args.length > 0 ? Integer.parseInt(args[0]) : 3072;
    int fileMb = args.length > 1 ? Integer.parseInt(args[1]) : 128;
    Path corpus = Files.createTempDirectory("southsouth-spark-scale");
    try {
      long started = System.nanoTime();
      int activities = build(corpus, corpusMb, fileMb);
      System.out.printf(Locale.ROOT, "corpus: %d files of %d MB, %d MB, %d activities, written in %.0f s%n",
          corpusMb / fileMb, fileMb, corpusMb, activities, (System.nanoTime() - started) / 1e9);
      for (String phase : args.length > 2 ? List.of(args[2].split(",")) : List.of("single", "local[1]", "local[2]")) {
        child(phase, corpus);
      }
    } finally {
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Writes the corpus: files of about {@code fileMb} megabytes, each activity with its own id. */
  private static int build(Path corpus, int corpusMb, int fileMb) throws IOException {
    String example;
    try (InputStream in = SparkScaleBenchmark.class.getResourceAsStream("/iati/iati-standard-example-annotated-203.xml")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int from = example.indexOf(" <iati-activity ");
    int to = example.indexOf("</iati-activity>") + "</iati-activity>".length();
    String activity = example.substring(from, to);
    int n = 0;
    for (int f = 0; f < corpusMb / fileMb; f++) {
      try (Writer out = Files.newBufferedWriter(corpus.resolve(String.format(Locale.ROOT, "part-%04d.xml", f)),
          StandardCharsets.UTF_8)) {
        out.write(example, 0, from);
        for (long size = from; size < fileMb * 1024L * 1024L; size += activity.length() + 1) {
          out.write(activity.replace(ACTIVITY_ID, ACTIVITY_ID + "-" + (++n)));
          out.write('\n');
        }
        out.write(example, to, example.length() - to);
      }
    }
    return n;
  }

  /** Runs one phase in a JVM of its own, with its heap and this JVM's class path and options. */
  private static void child(String phase, Path corpus) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-Xmx")).forEach(command::add);
    command.add(HEAP);
    if (phase.equals("single")) {
      // The parallel collector gives up (OutOfMemoryError) when the heap is full and collections
      // free almost nothing, where G1 would collect for many minutes first.
      command.add("-XX:+UseParallelGC");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SparkScaleBenchmark.class.getName());
    command.add("phase:" + phase);
    command.add(corpus.toString());
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      System.out.println(phase + ": stopped after 20 minutes");
    } else if (process.exitValue() != 0) {
      System.out.println(phase + ": the child JVM ended with exit code " + process.exitValue());
    }
  }

  private static void phase(String phase, Path corpus) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.sorted().toList();
    }
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    long started = System.nanoTime();
    if (phase.equals("single")) {
      single(files, bytes, started);
      return;
    }
    SparkSession spark = SparkSession.builder().master(phase).appName("southsouth scale")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8").getOrCreate();
    try {
      SouthSouthFrames frames = SouthSouthSpark.iati(spark, List.of(corpus.toString()), SparkReadOptions.lenient());
      long initiatives = frames.initiatives().count();
      long flows = frames.financing().count();
      long views = SouthSouthAnalyses.conditionality(frames).count();
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "spark %s: %d initiatives, %d amounts, %d view rows in %.1f s: %.1f MB/s%n",
          phase, initiatives, flows, views, seconds, bytes / 1048576.0 / seconds);
      frames.unpersist();
    } finally {
      spark.stop();
    }
  }

  /** One JVM, all files into one graph: how far it gets in its heap, and how fast. */
  private static void single(List<Path> files, long bytes, long started) {
    long[] progress = new long[3];
    ReadOptions options = ReadOptions.lenient().withProgress((records, bytesRead, total) -> {
      progress[0] = records;
      progress[1] = bytesRead;
      if (bytesRead >= progress[2] + (256L << 20)) {
        progress[2] = bytesRead;
        System.out.printf(Locale.ROOT, "single JVM: %d MB read, %d activities, %.1f s%n", bytesRead >> 20, records,
            (System.nanoTime() - started) / 1e9);
      }
    });
    try {
      IatiImport result = IatiImporter.reader(options).with(ReferenceData.of(Seeds.load())).readResult(files);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "single JVM: the whole corpus, %d initiatives in %.1f s: %.1f MB/s%n",
          result.activities(), seconds, bytes / 1048576.0 / seconds);
    } catch (OutOfMemoryError e) {
      long reached = progress[1];
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT,
          "single JVM: out of memory after %d activities, %d MB of %d MB (%.0f %%) in %.1f s: %.1f MB/s until then%n",
          progress[0], reached / 1048576, bytes / 1048576, 100.0 * reached / bytes, seconds,
          reached / 1048576.0 / seconds);
    }
  }
}
