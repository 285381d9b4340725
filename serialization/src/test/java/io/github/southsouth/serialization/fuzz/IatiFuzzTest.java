package io.github.southsouth.serialization.fuzz;

import static io.github.southsouth.serialization.fuzz.ReaderInvariant.resultOrProblems;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the IATI activity importer on whole files, leniently (the mode that maps the most).
 * Invariant ({@link ReaderInvariant}): an import whose problems are located, or a
 * {@link io.github.southsouth.serialization.ModelReadException} with located problems; nothing is
 * printed, in particular not the XML parser's own {@code [Fatal Error]} lines. Corpus:
 * {@code IatiFuzzTestInputs/activities/}; see docs/FUZZING.md.
 */
class IatiFuzzTest {

  private static final IatiImporter IMPORTER = IatiImporter.create(ReadOptions.lenient(), ReferenceData.none());

  @TempDir static Path folder;

  @FuzzTest(maxDuration = "5m")
  void activities(byte[] input) throws Exception {
    Path file = ReaderInvariant.file(folder, "fuzz.xml", input);
    resultOrProblems("fuzz.xml", () -> IMPORTER.importFile(file))
        .ifPresent(imported -> ReaderInvariant.assertLocated("fuzz.xml", imported.problems()));
  }
}
