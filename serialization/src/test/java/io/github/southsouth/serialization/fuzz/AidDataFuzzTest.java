package io.github.southsouth.serialization.fuzz;

import static io.github.southsouth.serialization.fuzz.ReaderInvariant.resultOrProblems;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the AidData GCDF 3.0 importer on whole CSV files (a project table or an ADM1 locations
 * table, recognised by the header), leniently. Invariant ({@link ReaderInvariant}): an import
 * whose problems are located, or a {@link io.github.southsouth.serialization.ModelReadException}
 * with located problems. Corpus: {@code AidDataFuzzTestInputs/projects/}; see docs/FUZZING.md.
 */
class AidDataFuzzTest {

  private static final AidDataImporter IMPORTER = AidDataImporter.create(ReadOptions.lenient(), ReferenceData.none());

  @TempDir static Path folder;

  @FuzzTest(maxDuration = "5m")
  void projects(byte[] input) throws Exception {
    Path file = ReaderInvariant.file(folder, "fuzz.csv", input);
    resultOrProblems("fuzz.csv", () -> IMPORTER.importFile(file))
        .ifPresent(imported -> ReaderInvariant.assertLocated("fuzz.csv", imported.problems()));
  }
}
