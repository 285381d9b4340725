package io.github.southsouth.serialization.fuzz;

import static io.github.southsouth.serialization.fuzz.ReaderInvariant.resultOrProblems;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the importers on whole files, leniently (the mode that maps the most): IATI activity
 * files, and AidData GCDF 3.0 CSV files (a project or ADM1 locations table, recognised by the
 * header). Invariant ({@link ReaderInvariant}): an import whose problems are located, or a
 * {@link ModelReadException} with located problems; nothing is printed, in particular not the XML
 * parser's own {@code [Fatal Error]} lines. Corpora: {@code ImportFuzzTestInputs/iati/} and
 * {@code ImportFuzzTestInputs/aidData/}; see docs/FUZZING.md.
 */
class ImportFuzzTest {

  private static final IatiImporter IATI = IatiImporter.reader(ReadOptions.lenient());
  private static final AidDataImporter AID_DATA = AidDataImporter.reader(ReadOptions.lenient());

  @TempDir static Path folder;

  /** One importer, seen as reading a file into its problems. */
  @FunctionalInterface
  private interface Importer {
    ProblemReport problemsOf(Path file) throws ModelReadException;
  }

  @FuzzTest(maxDuration = "5m")
  void iati(byte[] input) throws Exception {
    importAndCheck("fuzz.xml", input, file -> IATI.readResult(file).warnings());
  }

  @FuzzTest(maxDuration = "5m")
  void aidData(byte[] input) throws Exception {
    importAndCheck("fuzz.csv", input, file -> AID_DATA.readResult(file).warnings());
  }

  private static void importAndCheck(String name, byte[] input, Importer importer) throws Exception {
    Path file = ReaderInvariant.file(folder, name, input);
    resultOrProblems(name, () -> importer.problemsOf(file))
        .ifPresent(problems -> ReaderInvariant.assertLocated(name, problems));
  }
}
