package io.github.southsouth.benchmarks;

import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadLimits;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Importing a large AidData file in the GCDF 3.0 project-table layout, side by side with a raw
 * Jackson CSV token scan of the same file that decodes every cell (the least any importer must
 * do). The file is built at set-up by repeating the 176 real records of AidData's Malaysia sample
 * (all 126 columns) until it has the given number of rows; copy k shifts every {@code AidData
 * Record ID} and {@code AidData Parent ID} by k × 100,000, so records are unique and each copy
 * keeps the sample's links.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class AidDataImportBenchmark {

  private static final String FIXTURE = "gcdf3_malaysia_projects.csv";
  private static final Pattern ROW = Pattern.compile("^(\\d+),([^,]*),([^,]*),(.*)$");
  private static final int SHIFT = 100_000;

  /** How many data rows the file has. */
  @Param("200000")
  public int rows;

  private Path file;

  /**
   * Builds the file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    String header;
    List<Matcher> sample = new ArrayList<>();
    try (InputStream in = AidDataImportBenchmark.class.getResourceAsStream(FIXTURE);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      header = lines.readLine();
      String line;
      while ((line = lines.readLine()) != null) {
        Matcher row = ROW.matcher(line);
        if (!row.matches() || Integer.parseInt(row.group(1)) >= SHIFT) {
          throw new IllegalStateException("unexpected row in " + FIXTURE + ": " + line);
        }
        sample.add(row);
      }
    }
    file = Files.createTempFile("southsouth-gcdf-bench", ".csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(header);
      out.write('\n');
      for (int n = 0; n < rows; n++) {
        Matcher row = sample.get(n % sample.size());
        long offset = (long) (n / sample.size()) * SHIFT;
        out.write(Long.toString(offset + Long.parseLong(row.group(1))));
        out.write(',');
        out.write(row.group(2));
        out.write(',');
        out.write(shift(row.group(3), offset));
        out.write(',');
        out.write(row.group(4));
        out.write('\n');
      }
    }
    System.out.printf(Locale.ROOT, "%nGCDF file: %,d bytes, %,d rows%n", Files.size(file), rows);
  }

  /** Shifts each id of a {@code |}-separated list of parent ids. */
  private static String shift(String parents, long offset) {
    if (parents.isEmpty()) {
      return parents;
    }
    StringBuilder shifted = new StringBuilder();
    for (String parent : parents.split("\\|")) {
      shifted.append(shifted.length() == 0 ? "" : "|").append(offset + Long.parseLong(parent.trim()));
    }
    return shifted.toString();
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Imports the file into a graph; the document-length limit is raised above the file's size.
   *
   * @return the import
   * @throws ModelReadException never: the file is valid when lenient
   */
  @Benchmark
  public AidDataImport importFile() {
    ReadOptions options = ReadOptions.lenient().withLimits(ReadLimits.builder().maxDocumentLength(4L * 1024 * 1024 * 1024).build());
    AidDataImport result = AidDataImporter.reader(options).readResult(file);
    if (result.rowsRead() != rows) {
      throw new IllegalStateException("read " + result.rowsRead() + " of " + rows + " rows");
    }
    return result;
  }

  /**
   * Scans the same file with a bare Jackson CSV parser decoding every cell: where an importer
   * written on Jackson would start. (The importer reads the bytes with its own CSV reader.)
   *
   * @param hole consumes what was read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public void rawCsvScan(Blackhole hole) throws IOException {
    CsvFactory factory =
        CsvFactory.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          hole.consume(parser.getString());
        } else {
          hole.consume(token);
        }
      }
    }
  }
}
