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
        AidDataImporter.create(ReadOptions.lenient(), ReferenceData.none())
            .importFile(GcdfCsv.resource("gcdf3_malaysia_projects.csv"));
    assertThat(all.problems().warnings()).hasSizeGreaterThan(2);

    AidDataImport bounded =
        AidDataImporter.create(ReadOptions.lenient().withMaxProblems(2), ReferenceData.none())
            .importFile(GcdfCsv.resource("gcdf3_malaysia_projects.csv"));

    assertThat(bounded.rowsRead()).isEqualTo(176);
    assertThat(bounded.recordsImported()).isEqualTo(all.recordsImported()).isEqualTo(176);
    assertThat(bounded.graph()).isEqualTo(all.graph());
    assertThat(bounded.problems().warnings()).hasSize(2);
    assertThat(bounded.problems().omittedWarnings())
        .isEqualTo(all.problems().warnings().size() - 2);
  }
}
