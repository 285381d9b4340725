package io.github.southsouth.serialization.aiddata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import org.junit.jupiter.api.Test;

/** More warnings than the problem limit must not stop a lenient import half-way. */
class AidDataManyWarningsTest {

  @Test
  void aLenientImportKeepsEveryRecordWhenTheWarningsOverflowTheReport() {
    AidDataImport all =
        AidDataImporter.reader(ReadOptions.lenient())
            .readResult(GcdfCsv.resource("gcdf3_malaysia_projects.csv"));
    assertThat(all.warnings().warnings()).hasSizeGreaterThan(2);

    AidDataImport bounded =
        AidDataImporter.reader(ReadOptions.lenient().withMaxProblems(2))
            .readResult(GcdfCsv.resource("gcdf3_malaysia_projects.csv"));

    assertThat(bounded.rowsRead()).isEqualTo(176);
    assertThat(bounded.recordsImported()).isEqualTo(all.recordsImported()).isEqualTo(176);
    assertThat(bounded.graph()).isEqualTo(all.graph());
    assertThat(bounded.warnings().warnings()).hasSize(2);
    assertThat(bounded.warnings().omittedWarnings())
        .isEqualTo(all.warnings().warnings().size() - 2);
  }
}
