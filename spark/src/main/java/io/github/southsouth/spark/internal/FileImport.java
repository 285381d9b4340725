package io.github.southsouth.spark.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Relation;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadResult;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import io.github.southsouth.serialization.iati.IatiImporter;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import io.github.southsouth.spark.SparkReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports one file with the library's own importer, exactly as one JVM does for that file alone,
 * and passes its records to a {@link RecordRows}: the only place where southsouth-spark calls an
 * importer.
 *
 * <p>IATI and AidData files are streamed ({@code IatiImporter.stream}, {@code
 * AidDataImporter.stream}), record by record, without a graph. An IATI import checks every
 * activity in a first pass and passes nothing when it fails. An AidData import reads a file once
 * and may fail after it passed records, so a file is first imported into a sink that keeps nothing,
 * and streamed only when that succeeded. A native JSON Lines file is read whole ({@code
 * NativeReader.readResult}): a native file is a dataset validated as a whole (references between
 * its records, part-of cycles, shares across relations), which the record-by-record reader of the
 * library ({@code JsonLinesReader}) does not check.
 *
 * <p>The reference data (the bundled seeds) and its {@link RegionIndex} are made once per JVM and
 * shared by every import. Thread-safe.
 */
final class FileImport {

  /** The seeds as reference data, with their regions, once per JVM; a failed load is not kept. */
  private static final Supplier<Reference> SEEDS = Suppliers.memoize(() -> {
    ReferenceData data = ReferenceData.of(Seeds.load());
    return new Reference(data, RegionIndex.of(data.graph()));
  });

  private static final Reference NONE = new Reference(ReferenceData.none(), RegionIndex.empty());

  /** Keeps nothing: the sink of the checking pass of an AidData import. */
  private static final RecordSink DISCARD = new RecordSink() {
    @Override
    public void entity(Entity entity) {}

    @Override
    public void relation(Relation relation) {}
  };

  /** The reference data an import links to, and the regions of its actors. */
  private record Reference(ReferenceData data, RegionIndex regions) {}

  private FileImport() {}

  /**
   * Returns the regions of the reference data a format's import links to with these options: the
   * index {@link RecordRows} needs.
   *
   * @param format the file's format
   * @param options the options
   * @return the index; empty for native files, which are read as written
   */
  static RegionIndex regions(Format format, SparkReadOptions options) {
    return format == Format.JSON_LINES ? RegionIndex.empty() : reference(options).regions();
  }

  /**
   * Imports the file into the rows: passes every record, but not the warnings, which the caller
   * names and passes to {@link RecordRows#finish}.
   *
   * @param format the file's format
   * @param file the local file
   * @param name the name problems give the file
   * @param options the options
   * @param rows receives the records
   * @return the warnings
   * @throws ModelReadException if the file cannot be imported; then no record was passed, except
   *     when an IATI file could no longer be read between the two passes of its import
   */
  static ProblemReport run(Format format, Path file, String name, SparkReadOptions options, RecordRows rows) {
    ReadOptions read = ReadOptions.defaults().withLeniency(options.leniency()).withMaxProblems(options.maxProblems());
    ReferenceData reference = reference(options).data();
    switch (format) {
      case IATI -> {
        return IatiImporter.reader(read).with(reference).stream(file, rows).warnings();
      }
      case AIDDATA -> {
        AidDataImporter importer = AidDataImporter.reader(read).with(reference);
        importer.stream(file, DISCARD);
        return importer.stream(file, rows).warnings();
      }
      case JSON_LINES -> {
        ReadResult result;
        try (InputStream in = Files.newInputStream(file)) {
          result = NativeFormat.reader(read).readResult(in, name, Syntax.JSON_LINES);
        } catch (IOException e) {
          throw new ModelReadException(ProblemReport.of(List.of(Problem.error(ProblemCode.IO_ERROR,
              "cannot read the file: " + e.getMessage(), Location.builder().source(name).build()))));
        }
        rows.graph(result.graph());
        return result.warnings();
      }
      default -> throw new IllegalStateException("unknown format " + format);
    }
  }

  private static Reference reference(SparkReadOptions options) {
    return options.reference() == SparkReadOptions.Reference.SEEDS ? SEEDS.get() : NONE;
  }
}
