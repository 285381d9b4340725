package io.github.southsouth.serialization.aiddata;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Kind;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ProgressListener;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.StreamedImport;
import io.github.southsouth.serialization.internal.CsvRecord;
import io.github.southsouth.serialization.internal.CsvRowReader;
import io.github.southsouth.serialization.internal.ImportSupport;
import io.github.southsouth.serialization.internal.ReadAhead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports AidData's Global Chinese Development Finance Dataset 3.0 (GCDF 3.0) from its CSV form
 * into a {@link CooperationGraph}: the 126-column project-level table and, optionally, the ADM1
 * locations file. See the {@linkplain io.github.southsouth.serialization.aiddata package
 * documentation} for the mapping.
 *
 * <pre>{@code
 * AidDataImport result = AidDataImporter.reader()
 *     .readResult(List.of(Path.of("GCDF_3.0.csv"), Path.of("GCDF_3.0_ADM1_Locations.csv")));
 * System.out.println(result.summary());
 * CooperationGraph graph = result.graph();
 * }</pre>
 *
 * <p>The files are streamed: a project table is parsed on a second thread (a daemon named {@code
 * southsouth-aiddata-reader}) at most a few hundred rows, and 4 MB of the file, ahead of the
 * mapping, which runs on the calling thread; the second thread also maps what of each record
 * depends on the record alone (name, summary, status, period, instruments). Memory
 * grows with the graph being built, not with the size of the files. Progress is reported to {@link ReadOptions#progress()}, on the calling
 * thread, every 256 rows and at the end of each file.
 *
 * <p>Immutable and thread-safe: one importer may run several imports at once, each with its own
 * state.
 *
 * @since 0.1.0
 */
public final class AidDataImporter {

  private static final int PROGRESS_EVERY = 256;
  /**
   * How many batches of parsed rows, read from how many bytes, may wait for the mapping, and how
   * many rows a batch has at most.
   */
  private static final int READ_AHEAD = 8;
  private static final long READ_AHEAD_BYTES = 4L << 20;
  private static final int BATCH = 32;

  private final ReadOptions options;
  private final ReferenceData reference;

  private AidDataImporter(ReadOptions options, ReferenceData reference) {
    this.options = checkNotNull(options, "options");
    this.reference = checkNotNull(reference, "reference");
  }

  /**
   * Returns an importer with strict default options and no reference data.
   *
   * @return the importer
   */
  public static AidDataImporter reader() {
    return reader(ReadOptions.defaults());
  }

  /**
   * Returns an importer with these options and no reference data ({@link #with(ReferenceData)}
   * adds it).
   *
   * @param options leniency, limits and progress listener
   * @return the importer
   * @throws NullPointerException if {@code options} is null
   */
  public static AidDataImporter reader(ReadOptions options) {
    return new AidDataImporter(options, ReferenceData.none());
  }

  /**
   * Returns an importer like this one with other options.
   *
   * @param options leniency, limits and progress listener
   * @return the importer
   * @throws NullPointerException if {@code options} is null
   */
  public AidDataImporter with(ReadOptions options) {
    return new AidDataImporter(options, reference);
  }

  /**
   * Returns an importer like this one that links to other reference data.
   *
   * @param reference the countries, regions and themes records link to, usually the bundled seeds;
   *     {@link ReferenceData#none()} makes minimal country and region actors from the data itself
   * @return the importer
   * @throws NullPointerException if {@code reference} is null
   */
  public AidDataImporter with(ReferenceData reference) {
    return new AidDataImporter(options, reference);
  }

  /**
   * Returns the options of this importer.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Returns the reference data this importer links to.
   *
   * @return the reference data
   */
  public ReferenceData reference() {
    return reference;
  }

  /**
   * Imports one file; see {@link #readResult(List)}.
   *
   * @param file a GCDF 3.0 project table
   * @return the graph
   * @throws ModelReadException if the file cannot be read or holds errors
   */
  public CooperationGraph read(Path file) {
    return readResult(file).graph();
  }

  /**
   * Imports files into one graph; see {@link #readResult(List)}.
   *
   * @param files the files, at least one
   * @return the graph
   * @throws ModelReadException if a file cannot be read, or holds errors (when strict) or
   *     problems that would lose data (when lenient)
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public CooperationGraph read(List<Path> files) {
    return readResult(files).graph();
  }

  /**
   * Imports one file, and returns the warnings and counts too; see {@link #readResult(List)}.
   *
   * @param file a GCDF 3.0 project table
   * @return the graph, warnings and counts
   * @throws ModelReadException if the file cannot be read or holds errors
   */
  public AidDataImport readResult(Path file) {
    return readResult(List.of(checkNotNull(file, "file")));
  }

  /**
   * Imports GCDF 3.0 files into one graph, and returns the warnings and counts too. Each file is
   * recognised by its header: the project table (columns such as {@code AidData Record ID}, {@code
   * Title}) or the ADM1 locations file ({@code id}, {@code shapeID}, ...). Project tables are read
   * first, in the order given; then the ADM1 files link the imported records to their provinces.
   * Records are unique across files.
   *
   * @param files the files, at least one
   * @return the graph, warnings and counts
   * @throws ModelReadException if a file cannot be read, or holds errors (when strict) or
   *     problems that would lose data (when lenient); the exception carries every problem found,
   *     each located by file, line, row and column, and no graph is returned
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public AidDataImport readResult(List<Path> files) {
    Run run = new Run(checkFiles(files), Optional.empty());
    Optional<CooperationGraph> graph = run.problems.hasErrors() ? Optional.empty() : run.state.build();
    ProblemReport report = run.problems.build();
    if (graph.isEmpty() || report.hasErrors()) {
      throw new ModelReadException(report);
    }
    CooperationGraph built = graph.get();
    return new AidDataImport(built, report, run.counts(built.initiatives().size(), built.actors().size(),
        built.sources().size(), built.relationCount()));
  }

  /**
   * Streams files into a sink; see {@link #stream(List, RecordSink)}.
   *
   * @param file a GCDF 3.0 project table
   * @param sink receives the entities and relations
   * @return the warnings, counts and dataset metadata
   * @throws ModelReadException if the file cannot be read or holds errors
   */
  public StreamedImport stream(Path file, RecordSink sink) {
    return stream(List.of(checkNotNull(file, "file")), sink);
  }

  /**
   * Imports GCDF 3.0 files record by record into a sink, without building a graph: the records
   * passed are the entities and relations of the graph {@link #read(List)} returns for the same
   * files, and the warnings and counts are the same. Memory stays bounded by one row plus what
   * the import keeps by record (its id and where it was read, to find a record given twice and to
   * link parents and ADM1 units) and the agencies, sources and recipients, which are few.
   *
   * <p>How: the files are read once, as by {@link #readResult(List)}. Each record is passed to the
   * sink as soon as its row is mapped, with the relations of its row (to its agencies, recipients
   * and sources). At the end come the dataset's source, the agencies, recipients and sources, the
   * reference entities linked to, the relations that need every record (parents, ADM1 units,
   * which the ADM1 files, read after every project table, give) and those of the classification
   * rules. {@code part-of} cycles among records are checked before the end, as the graph's
   * validation checks them.
   *
   * <p>Failures: a problem that fails the import (an error when strict; one that would lose data
   * when lenient) may be found after records were passed to the sink: they stay passed, and the
   * {@link ModelReadException} thrown carries every problem. The sink's consumer must then treat
   * what it received as incomplete (see {@link RecordSink}).
   *
   * @param files the files, at least one
   * @param sink receives the entities and relations, on this thread
   * @return the warnings, counts, account and dataset metadata
   * @throws ModelReadException if a file cannot be read, or holds errors (when strict) or problems
   *     that would lose data (when lenient); the report carries every problem found
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public StreamedImport stream(List<Path> files, RecordSink sink) {
    checkNotNull(sink, "sink");
    List<Path> checked = checkFiles(files);
    ImportSupport.Counting counted = new ImportSupport.Counting(sink);
    Run run = new Run(checked, Optional.of(counted));
    if (run.problems.hasErrors() || !run.state.finishStream(counted)) {
      throw new ModelReadException(run.problems.build());
    }
    ProblemReport warnings = run.problems.build();
    if (warnings.hasErrors()) {
      throw new ModelReadException(warnings);
    }
    AidDataImport.Counts counts = run.counts(counted.entities(Kind.INITIATIVE), counted.entities(Kind.ACTOR),
        counted.entities(Kind.SOURCE), counted.relations());
    return StreamedImport.builder(run.state.info(), warnings)
        .account(counts.account)
        .counts(counts.toMap())
        .summary(counts.summary(warnings))
        .records(counted.entities(), counted.relations())
        .build();
  }

  private static List<Path> checkFiles(List<Path> files) {
    return ImportSupport.checkFiles(files, "GCDF 3.0 CSV file");
  }

  /**
   * Reads every file of one import into its state: the project tables in the order given, then
   * the ADM1 locations files. With a sink, the records go to it as they are mapped.
   */
  private final class Run {
    final ProblemReport.Collector problems = ProblemReport.collector(options.maxProblems());
    final GcdfImport state = new GcdfImport(options, reference, problems);
    private final List<Path> locationFiles = new ArrayList<>();
    private int projectFiles;

    Run(List<Path> files, Optional<RecordSink> sink) {
      sink.ifPresent(state::streamTo);
      Progress progress = new Progress(options.progress(), totalBytes(files));
      for (Path file : files) {
        FileKind kind = readFile(file, state, problems, progress, false);
        if (kind == FileKind.LOCATIONS) {
          locationFiles.add(file);
        } else if (kind == FileKind.PROJECTS) {
          projectFiles++;
        }
      }
      state.resolveParents();
      for (Path file : locationFiles) {
        readFile(file, state, problems, progress, true);
      }
      state.finishLocations();
      progress.report();
    }

    AidDataImport.Counts counts(int initiatives, int actors, int sources, long relations) {
      return new AidDataImport.Counts(projectFiles, locationFiles.size(), state, initiatives, actors, sources,
          relations);
    }
  }

  private enum FileKind {
    PROJECTS,
    LOCATIONS,
    FAILED
  }

  private FileKind readFile(
      Path file, GcdfImport state, ProblemReport.Collector problems, Progress progress, boolean locations) {
    String name = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      problems.add(Problem.error(ProblemCode.IO_ERROR, "the file " + name + " does not exist",
          Location.builder().source(name).build()));
      return FileKind.FAILED;
    } catch (IOException | SecurityException e) {
      problems.add(Problem.error(ProblemCode.IO_ERROR, "could not open " + name + ": " + e.getMessage(),
          Location.builder().source(name).build()));
      return FileKind.FAILED;
    }
    try (CsvRowReader rows = new CsvRowReader(in, name, options)) {
      progress.start();
      boolean deferred = false;
      try {
        if (!rows.readHeader() || rows.header().stream().allMatch(String::isBlank)) {
          problems.add(Problem.error(ProblemCode.EMPTY_INPUT,
              "the file is empty: expected a header row of GCDF 3.0 columns such as \"AidData Record ID\"",
              Location.builder().source(name).line(1).build()));
          return FileKind.FAILED;
        }
        boolean isLocations = rows.header().stream().anyMatch(h -> GcdfColumn.normalise(h).equals("shapeID"));
        if (isLocations && !locations) {
          deferred = true; // read after every project table, when all records are known
          return FileKind.LOCATIONS;
        }
        if (isLocations) {
          Optional<Map<String, Integer>> index = state.adm1Header(rows);
          if (index.isEmpty()) {
            return FileKind.FAILED;
          }
          while (!hopeless(problems) && rows.next()) {
            state.adm1Row(rows.record(), index.get());
            progress.row(rows.record().bytesRead());
          }
          return FileKind.LOCATIONS;
        }
        Optional<Map<GcdfColumn, Integer>> index = state.projectHeader(rows);
        if (index.isEmpty()) {
          return FileKind.FAILED;
        }
        readProjectRows(rows, state, index.get(), problems, progress);
        return FileKind.PROJECTS;
      } catch (CsvRowReader.Failure e) {
        problems.add(e.problem());
        return FileKind.FAILED;
      } finally {
        progress.finish(rows, !deferred);
      }
    } catch (IOException e) {
      problems.add(Problem.error(ProblemCode.IO_ERROR, "could not close " + name + ": " + e.getMessage(),
          Location.builder().source(name).build()));
      return FileKind.FAILED;
    }
  }

  /**
   * Maps the data rows of a project table. The file is parsed, and each row made ready by {@link
   * GcdfImport#prepare}, on a thread of its own, a bounded number of rows ahead of the rest of the
   * mapping, which runs on this thread; a failure of the parser is thrown here after the rows read
   * before it are mapped.
   */
  private static void readProjectRows(CsvRowReader rows, GcdfImport state, Map<GcdfColumn, Integer> index,
      ProblemReport.Collector problems, Progress progress) throws CsvRowReader.Failure {
    if (hopeless(problems)) {
      return;
    }
    CsvRowReader.Failure[] failed = new CsvRowReader.Failure[1];
    state.prepareColumns(index);
    // the reading thread also maps what of each row depends on the row alone (GcdfImport.prepare)
    try (ReadAhead<GcdfImport.Prepared> ahead =
        ReadAhead.start("southsouth-aiddata-reader", READ_AHEAD, READ_AHEAD_BYTES, BATCH, sink -> {
      long handedOver = rows.bytesRead();
      Map<Object, Object> datePool = new HashMap<>();
      try {
        while (rows.next()) {
          CsvRecord row = rows.record();
          sink.accept(state.prepare(row, index, datePool), row.bytesRead() - handedOver);
          handedOver = row.bytesRead();
        }
      } catch (CsvRowReader.Failure e) {
        failed[0] = e;
      }
    })) {
      for (GcdfImport.Prepared row = ahead.next(); row != null; row = ahead.next()) {
        state.projectRow(row);
        progress.row(row.record().bytesRead());
        if (hopeless(problems)) {
          return;
        }
      }
    }
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  /**
   * Tells whether reading on is pointless: the report is full and holds an error, so the import
   * fails whatever follows. Warnings alone never stop the reading (only their reporting is
   * bounded), so a lenient import keeps every record however many warnings it has.
   */
  private static boolean hopeless(ProblemReport.Collector problems) {
    return problems.isFull() && problems.hasErrors();
  }

  private static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException | SecurityException e) {
        return -1;
      }
    }
    return total;
  }

  /** Counts rows and bytes over all files and tells the listener now and then. */
  private static final class Progress {
    private final ProgressListener listener;
    private final long totalBytes;
    private long rows;
    private long bytesBefore;
    private long bytesOfFile;

    Progress(ProgressListener listener, long totalBytes) {
      this.listener = listener;
      this.totalBytes = totalBytes;
    }

    void start() {
      bytesOfFile = 0;
    }

    void row(long bytesOfThisFile) {
      bytesOfFile = bytesOfThisFile;
      rows++;
      if (rows % PROGRESS_EVERY == 0) {
        report();
      }
    }

    void finish(CsvRowReader file, boolean counted) {
      if (counted) {
        bytesBefore += file.bytesRead();
      }
      bytesOfFile = 0;
      report();
    }

    void report() {
      long bytes = bytesBefore + bytesOfFile;
      listener.progress(rows, bytes, totalBytes);
    }
  }
}
