package io.github.southsouth.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import io.github.southsouth.spark.FrameSchemas;
import io.github.southsouth.spark.SparkReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every IATI and AidData file of the test resources, with and without the bundled reference
 * data: the rows an executor makes record by record from the streamed import, once the regions of
 * the recipients the import made are completed as the cluster does, equal the rows of the file's
 * whole in-memory graph (the importer's {@code readResult}), table by table; and each initiative's
 * recipients and regions are what the graph's own API says ({@code outgoing(id, BENEFITS)}, {@code
 * Grouping.byRegion()}).
 */
class StreamedRowsTest {

  static Stream<Arguments> files() {
    List<Arguments> files = new ArrayList<>();
    for (Path file : resources("iati", ".xml")) {
      if (!file.getFileName().toString().equals("iatischemas-legacy-v1-dfid-out.xml")) {
        files.add(Arguments.of(Format.IATI, file, SparkReadOptions.Reference.SEEDS));
        files.add(Arguments.of(Format.IATI, file, SparkReadOptions.Reference.NONE));
      }
    }
    for (Path file : resources("aiddata", ".csv")) {
      files.add(Arguments.of(Format.AIDDATA, file, SparkReadOptions.Reference.SEEDS));
      files.add(Arguments.of(Format.AIDDATA, file, SparkReadOptions.Reference.NONE));
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("files")
  void streamedRowsAreTheRowsOfTheWholeGraph(Format format, Path file, SparkReadOptions.Reference reference) {
    SparkReadOptions options = SparkReadOptions.lenient().withReference(reference);
    List<TableRow> streamed = new ArrayList<>();
    new ExecutorImport(format, options, new Configuration(false))
        .rows(new InputFile(3, file.toUri().toString()), streamed::add);

    ReferenceData data = reference == SparkReadOptions.Reference.SEEDS
        ? ReferenceData.of(Seeds.load()) : ReferenceData.none();
    CooperationGraph graph;
    ProblemReport warnings;
    if (format == Format.IATI) {
      IatiImport result = IatiImporter.reader(ReadOptions.lenient()).with(data).readResult(file);
      graph = result.graph();
      warnings = result.warnings();
    } else {
      AidDataImport result = AidDataImporter.reader(ReadOptions.lenient()).with(data).readResult(file);
      graph = result.graph();
      warnings = result.warnings();
    }
    List<TableRow> whole = new ArrayList<>();
    RecordRows rows = new RecordRows(file.toString(), 3, RegionIndex.empty(), whole::add);
    rows.graph(graph);
    rows.finish(warnings);

    Map<Table, List<String>> expected = byTable(whole);
    assertThat(expected.get(Table.INITIATIVES)).hasSize(graph.initiatives().size());
    assertThat(expected.get(Table.MADE_RECIPIENTS)).isEmpty();
    List<TableRow> completed = withMadeRegions(streamed);
    assertThat(byTable(completed)).isEqualTo(expected);

    Map<String, Row> initiatives = new TreeMap<>();
    completed.stream().filter(r -> r.table() == Table.INITIATIVES).forEach(r -> initiatives.put(r.row().getString(0),
        r.row()));
    for (Initiative initiative : graph.initiatives()) {
      Row row = initiatives.get(initiative.id().toString());
      List<String> recipients = graph.outgoing(initiative.id(), RelationType.BENEFITS).stream()
          .map(Relation::to).map(EntityId::toString).toList();
      List<String> regions = Grouping.byRegion().keys(graph, initiative).stream().map(EntityId::toString).sorted()
          .toList();
      assertThat((String[]) row.get(FrameSchemas.INITIATIVES.fieldIndex("recipients")))
          .as("recipients of %s", initiative.id()).containsExactlyElementsOf(recipients);
      assertThat((String[]) row.get(FrameSchemas.INITIATIVES.fieldIndex("regions")))
          .as("regions of %s", initiative.id()).containsExactlyElementsOf(regions);
    }
  }

  @Test
  void noInitiativeRowWaitsForTheActorsTheImportMakes() {
    // The last activity of this file benefits a DAC region (789), which the import makes and passes
    // only at the end of the file, after every initiative: the row no longer waits for it.
    Path file = resources("iati/finance", "country-and-dac-region.xml").get(0);
    List<TableRow> streamed = new ArrayList<>();
    new ExecutorImport(Format.IATI, SparkReadOptions.lenient(), new Configuration(false))
        .rows(new InputFile(0, file.toUri().toString()), streamed::add);
    List<Table> order = streamed.stream().map(TableRow::table).toList();
    assertThat(order).contains(Table.MADE_RECIPIENTS);
    assertThat(order.lastIndexOf(Table.INITIATIVES)).isLessThan(order.indexOf(Table.ACTORS));
  }

  @Test
  void aBenefitsRelationApartFromItsInitiativeIsRefused() {
    Initiative first = Initiative.builder().id(EntityId.parse("initiative:first")).name(LocalizedText.english("First"))
        .initiativeKind(InitiativeKind.PROJECT).build();
    Initiative second = Initiative.builder().id(EntityId.parse("initiative:second"))
        .name(LocalizedText.english("Second")).initiativeKind(InitiativeKind.PROJECT).build();
    RecordRows rows = new RecordRows("f.xml", 0, RegionIndex.empty(), row -> { });
    rows.entity(first);
    rows.entity(second);
    Relation late = Relation.builder().from(first.id()).type(RelationType.BENEFITS).to(EntityId.parse("actor:ken"))
        .build();
    assertThatThrownBy(() -> rows.relation(late)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("initiative:first");
  }

  /**
   * The rows once the regions of the recipients the import made are completed, as {@code
   * SouthSouthFrames} does on the cluster, here in plain Java: an initiative gets each of those
   * recipients whose actor row has the type {@code region}, its regions stay sorted, and the rows
   * of {@link Table#MADE_RECIPIENTS} go.
   */
  static List<TableRow> withMadeRegions(List<TableRow> rows) {
    int type = FrameSchemas.ACTORS.fieldIndex("type");
    int regions = FrameSchemas.INITIATIVES.fieldIndex("regions");
    Set<String> regionActors = new HashSet<>();
    rows.stream().filter(r -> r.table() == Table.ACTORS && r.row().getString(type).equals("region"))
        .forEach(r -> regionActors.add(r.row().getString(0)));
    Map<String, Set<String>> made = new HashMap<>();
    rows.stream().filter(r -> r.table() == Table.MADE_RECIPIENTS && regionActors.contains(r.row().getString(1)))
        .forEach(r -> made.computeIfAbsent(r.row().getString(0), k -> new TreeSet<>()).add(r.row().getString(1)));
    List<TableRow> completed = new ArrayList<>();
    for (TableRow row : rows) {
      if (row.table() == Table.INITIATIVES && made.containsKey(row.row().getString(0))) {
        Object[] values = new Object[row.row().length()];
        for (int i = 0; i < values.length; i++) {
          values[i] = row.row().get(i);
        }
        Set<String> all = new TreeSet<>(Arrays.asList((String[]) values[regions]));
        all.addAll(made.get(row.row().getString(0)));
        values[regions] = all.toArray(new String[0]);
        completed.add(new TableRow(Table.INITIATIVES, RowFactory.create(values)));
      } else if (row.table() != Table.MADE_RECIPIENTS) {
        completed.add(row);
      }
    }
    return completed;
  }

  /** The rows of each table, as comparable text, sorted: the frames do not depend on their order. */
  static Map<Table, List<String>> byTable(Collection<TableRow> rows) {
    Map<Table, List<String>> tables = new EnumMap<>(Table.class);
    for (Table table : Table.values()) {
      tables.put(table, new ArrayList<>());
    }
    for (TableRow row : rows) {
      tables.get(row.table()).add(text(row.row()));
    }
    tables.values().forEach(list -> list.sort(null));
    return tables;
  }

  private static String text(Object value) {
    if (value instanceof Row row) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        values.add(text(row.get(i)));
      }
      return values.toString();
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array).map(StreamedRowsTest::text).toList().toString();
    }
    return String.valueOf(value);
  }

  static List<Path> resources(String folder, String extension) {
    try (Stream<Path> walk = Files.walk(Path.of(StreamedRowsTest.class.getResource("/" + folder).toURI()))) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
