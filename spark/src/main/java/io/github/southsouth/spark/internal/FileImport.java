package io.github.southsouth.spark.internal;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadResult;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import io.github.southsouth.spark.SparkReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports one file with the library's own importer, exactly as one JVM does for that file alone:
 * the only place where southsouth-spark calls an importer.
 */
final class FileImport {

  /** A file's graph and warnings. */
  record Imported(CooperationGraph graph, ProblemReport warnings) {}

  private FileImport() {}

  /**
   * Imports the file.
   *
   * @param format the file's format
   * @param file the local file
   * @param name the name problems give the file
   * @param options the options
   * @return the graph and warnings
   * @throws ModelReadException if the file cannot be imported
   */
  static Imported run(Format format, Path file, String name, SparkReadOptions options) {
    ReadOptions read = ReadOptions.defaults().withLeniency(options.leniency()).withMaxProblems(options.maxProblems());
    ReferenceData reference = options.reference() == SparkReadOptions.Reference.SEEDS
        ? ReferenceData.of(Seeds.load())
        : ReferenceData.none();
    switch (format) {
      case IATI -> {
        IatiImport result = IatiImporter.reader(read).with(reference).readResult(file);
        return new Imported(result.graph(), result.warnings());
      }
      case AIDDATA -> {
        AidDataImport result = AidDataImporter.reader(read).with(reference).readResult(file);
        return new Imported(result.graph(), result.warnings());
      }
      case JSON_LINES -> {
        try (InputStream in = Files.newInputStream(file)) {
          ReadResult result = NativeFormat.reader(read).readResult(in, name, Syntax.JSON_LINES);
          return new Imported(result.graph(), result.warnings());
        } catch (IOException e) {
          throw new ModelReadException(ProblemReport.of(List.of(Problem.error(ProblemCode.IO_ERROR,
              "cannot read the file: " + e.getMessage(), Location.builder().source(name).build()))));
        }
      }
      default -> throw new IllegalStateException("unknown format " + format);
    }
  }
}
