package io.github.southsouth.benchmarks;

import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * southsouth's IATI import beside the tool the IATI community reaches for: Python's lxml, parsing
 * the same file with {@code iterparse} and clearing each activity as streaming IATI tools do, and
 * computing the same counts and sums ({@code iati_lxml.py}, shipped beside this class). Both run as
 * child processes, one after the other, five times each on the same {@link IatiBenchFile}; the
 * medians of their wall times, and of the times each reports for parsing alone, are compared.
 *
 * <pre>{@code
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.southsouth.benchmarks.LxmlPeer [megabytes]
 * }</pre>
 *
 * <p>Needs a Python 3 with lxml (Debian: {@code apt-get install python3-lxml}); set {@code PYTHON}
 * to choose the interpreter. Where none is found, it says so and exits 0 without measuring.
 */
public final class LxmlPeer {

  private static final int RUNS = 5;
  private static final Pattern COUNT = Pattern.compile("\"(activities|seconds)\": ([0-9.]+)");
  private static final Pattern TRANSACTIONS = Pattern.compile("\"transactions\": \\{([^}]*)}");

  private LxmlPeer() {}

  /**
   * Runs the comparison, or the southsouth side alone when called with {@code --import FILE}.
   *
   * @param args the file size in megabytes (default 60), or {@code --import FILE}
   * @throws Exception if a run fails or the two sides disagree
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--import")) {
      importOnce(Path.of(args[1]));
      return;
    }
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    String python = findPython();
    if (python == null) {
      System.out.println("lxml peer skipped: no Python 3 with lxml found (set PYTHON, or apt-get install python3-lxml)");
      return;
    }
    IatiBenchFile bench = IatiBenchFile.build(megabytes);
    Path script = Files.createTempFile("iati_lxml", ".py");
    try (InputStream in = LxmlPeer.class.getResourceAsStream("iati_lxml.py")) {
      Files.write(script, in.readAllBytes());
    }
    try {
      System.out.printf(Locale.ROOT, "IATI file: %,d bytes, %,d activities; Python: %s%n",
          Files.size(bench.file()), bench.activities(), python);
      String java = System.getProperty("java.home") + "/bin/java";
      List<Double> oursWall = new ArrayList<>();
      List<Double> lxmlWall = new ArrayList<>();
      List<Double> oursParse = new ArrayList<>();
      List<Double> lxmlParse = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        Run lxml = run(python, script.toString(), bench.file().toString());
        Run ours = run(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), LxmlPeer.class.getName(),
            "--import", bench.file().toString());
        agree(bench.activities(), ours.output(), lxml.output());
        lxmlWall.add(lxml.seconds());
        oursWall.add(ours.seconds());
        lxmlParse.add(number(lxml.output(), "seconds"));
        oursParse.add(number(ours.output(), "seconds"));
        System.out.printf(Locale.ROOT, "run %d: southsouth %.2f s (import %.2f s), lxml %.2f s (parse %.2f s)%n",
            run + 1, ours.seconds(), oursParse.get(run), lxml.seconds(), lxmlParse.get(run));
      }
      double wall = median(lxmlWall) / median(oursWall);
      double parse = median(lxmlParse) / median(oursParse);
      System.out.printf(Locale.ROOT,
          "%nmedian wall time: southsouth %.2f s, lxml %.2f s -> %.2fx (target >= 2x) %s%n"
              + "median import vs parse alone: southsouth %.2f s, lxml %.2f s -> %.2fx%n",
          median(oursWall), median(lxmlWall), wall, wall >= 2 ? "met" : "MISSED",
          median(oursParse), median(lxmlParse), parse);
    } finally {
      Files.deleteIfExists(script);
      Files.deleteIfExists(bench.file());
    }
  }

  /** Imports the file once and prints the figures in the script's shape. */
  private static void importOnce(Path file) throws ModelReadException {
    long start = System.nanoTime();
    IatiImport result = IatiImporter.reader(ReadOptions.lenient()).readResult(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "{\"activities\": %d, \"seconds\": %.3f, \"transactions\": %d}%n",
        result.activities(), seconds, result.transactions());
  }

  private static void agree(int activities, String ours, String lxml) {
    long lxmlTransactions = 0;
    Matcher m = TRANSACTIONS.matcher(lxml);
    if (m.find()) {
      for (String entry : m.group(1).split(",")) {
        if (!entry.isBlank()) {
          lxmlTransactions += Long.parseLong(entry.substring(entry.lastIndexOf(':') + 1).trim());
        }
      }
    }
    long ourTransactions = Long.parseLong(ours.replaceAll("(?s).*\"transactions\": ([0-9]+).*", "$1").trim());
    if (number(ours, "activities") != activities || number(lxml, "activities") != activities
        || ourTransactions != lxmlTransactions) {
      throw new IllegalStateException("the two sides disagree: southsouth " + ours + ", lxml " + lxml);
    }
  }

  private static double number(String json, String name) {
    Matcher m = COUNT.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return Double.parseDouble(m.group(2));
      }
    }
    throw new IllegalStateException("no " + name + " in " + json);
  }

  private static String findPython() throws InterruptedException {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("PYTHON");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(List.of("python3", "/usr/bin/python3"));
    for (String candidate : candidates) {
      try {
        Process probe = new ProcessBuilder(candidate, "-c", "import lxml").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        if (probe.waitFor() == 0) {
          return candidate;
        }
      } catch (IOException e) {
        // Not installed under that name: try the next.
      }
    }
    return null;
  }

  private record Run(double seconds, String output) {}

  private static Run run(String... command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit);
    }
    return new Run(seconds, output);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
