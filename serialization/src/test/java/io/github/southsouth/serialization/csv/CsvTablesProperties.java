package io.github.southsouth.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.testing.ModelGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesProperties {

  @TempDir Path dir;

  @Test
  void tablesRoundTripTheFieldsTheyHold() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              try {
                CsvTables.writer().write(graph, dir);
                CooperationGraph back = CsvTables.reader().read(dir);
                assertThat(back).isEqualTo(HeldFields.of(graph));
                // writing what was read gives the same bytes
                Path again = Files.createDirectories(dir.resolve("again"));
                CsvTables.writer().write(back, again);
                assertThat(Files.readAllBytes(again.resolve(CsvTables.ENTITIES)))
                    .isEqualTo(Files.readAllBytes(dir.resolve(CsvTables.ENTITIES)));
                assertThat(Files.readAllBytes(again.resolve(CsvTables.RELATIONS)))
                    .isEqualTo(Files.readAllBytes(dir.resolve(CsvTables.RELATIONS)));
              } catch (IOException | io.github.southsouth.serialization.ModelReadException e) {
                throw new AssertionError(e.getMessage(), e);
              }
            });
  }
}
