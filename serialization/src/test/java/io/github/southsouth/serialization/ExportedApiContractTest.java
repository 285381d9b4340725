package io.github.southsouth.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.csv.CsvTablesWriter;
import io.github.southsouth.serialization.diagram.DiagramFormat;
import io.github.southsouth.serialization.diagram.DiagramOptions;
import io.github.southsouth.serialization.diagram.DiagramWriter;
import io.github.southsouth.serialization.diagram.Diagrams;
import io.github.southsouth.serialization.iati.IatiImporter;
import io.github.southsouth.serialization.jsonld.JsonLdWriter;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeReader;
import io.github.southsouth.serialization.json.NativeWriter;
import io.github.southsouth.serialization.json.Syntax;
import io.github.southsouth.testing.ApiContracts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guava's contract testers over every public type of serialization's exported packages: no public
 * method or constructor accepts {@code null}, and the option values are equal when their content
 * is.
 */
class ExportedApiContractTest {

  private static final List<String> EXPORTED =
      List.of(
          "io.github.southsouth.serialization",
          "io.github.southsouth.serialization.json",
          "io.github.southsouth.serialization.iati",
          "io.github.southsouth.serialization.aiddata",
          "io.github.southsouth.serialization.csv",
          "io.github.southsouth.serialization.diagram",
          "io.github.southsouth.serialization.jsonld");

  @TempDir static Path dir;

  private static CooperationGraph graph;

  @BeforeAll
  static void graph() {
    graph = ExportFixtures.small();
  }

  static Stream<Class<?>> publicTypes() {
    List<Class<?>> types = ApiContracts.publicTypes(ReadOptions.class, EXPORTED);
    assertThat(types).contains(ReadOptions.class, ReadLimits.class, NativeReader.class, NativeWriter.class);
    return types.stream();
  }

  /** Defaults for the parameters NullPointerTester cannot make itself; files go to a fresh directory. */
  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(CooperationGraph.class, graph)
        .setDefault(DatasetInfo.class, graph.info())
        .setDefault(Entity.class, graph.entities().get(0))
        .setDefault(EntityId.class, graph.entities().get(0).id())
        .setDefault(LocalizedText.class, LocalizedText.english("x"))
        .setDefault(ReadOptions.class, ReadOptions.defaults())
        .setDefault(io.github.southsouth.problem.ProblemReport.class, io.github.southsouth.problem.ProblemReport.empty())
        .setDefault(ReadLimits.class, ReadLimits.defaults())
        .setDefault(ReferenceData.class, ReferenceData.none())
        .setDefault(ProgressListener.class, ProgressListener.NONE)
        .setDefault(DiagramOptions.class, DiagramOptions.defaults())
        .setDefault(DiagramFormat.class, DiagramFormat.DOT)
        .setDefault(Syntax.class, Syntax.JSON)
        .setDefault(Path.class, dir.resolve("contract"))
        .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
        .setDefault(OutputStream.class, new ByteArrayOutputStream())
        .setDefault(RecordSink.class, new CollectingSink());
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void staticMethodsAndConstructorsRefuseNull(Class<?> type) {
    ApiContracts.testStaticMethodsAndConstructors(tester(), type);
  }

  @Test
  void instanceMethodsRefuseNull() {
    NullPointerTester tester = tester();
    ApiContracts.testInstanceMethods(tester, ReadOptions.class, ReadOptions.defaults());
    ApiContracts.testInstanceMethods(tester, ReadLimits.Builder.class, ReadLimits.builder());
    ApiContracts.testInstanceMethods(tester, NativeReader.class, NativeFormat.reader());
    ApiContracts.testInstanceMethods(tester, NativeWriter.class, NativeFormat.writer());
    ApiContracts.testInstanceMethods(tester, DiagramOptions.Builder.class, DiagramOptions.builder());
    ApiContracts.testInstanceMethods(tester, DiagramWriter.class, Diagrams.writer(DiagramFormat.DOT));
    ApiContracts.testInstanceMethods(tester, CsvTablesWriter.class, CsvTables.writer());
    ApiContracts.testInstanceMethods(tester, JsonLdWriter.class, JsonLdWriter.defaults());
    ApiContracts.testInstanceMethods(tester, IatiImporter.class, IatiImporter.reader());
    ApiContracts.testInstanceMethods(tester, AidDataImporter.class, AidDataImporter.reader());
    ApiContracts.testInstanceMethods(tester, StreamedImport.Builder.class,
        StreamedImport.builder(DatasetInfo.empty(), ProblemReport.empty()));
  }

  @Test
  void streamedImportsAreEqualWhenTheirContentIs() {
    new EqualsTester()
        .addEqualityGroup(
            StreamedImport.builder(DatasetInfo.empty(), ProblemReport.empty()).count("rows", 2).build(),
            StreamedImport.builder(DatasetInfo.empty(), ProblemReport.empty()).count("rows", 2).build())
        .addEqualityGroup(StreamedImport.builder(graph.info(), ProblemReport.empty()).count("rows", 2).build())
        .addEqualityGroup(StreamedImport.builder(DatasetInfo.empty(), ProblemReport.empty()).count("rows", 3).build())
        .addEqualityGroup(StreamedImport.builder(DatasetInfo.empty(), ProblemReport.empty()).records(1, 0).build())
        .addEqualityGroup(StreamedImport.builder(DatasetInfo.empty(), ProblemReport.empty()).summary("s").build())
        .testEquals();
    assertThatThrownBy(() -> StreamedImport.builder(DatasetInfo.empty(), ProblemReport.empty()).build().count("rows"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no count named rows");
  }

  @Test
  void noPublicSignatureNamesAGeneratedType() {
    ApiContracts.assertNoGeneratedTypeInSignatures(publicTypes().toList());
  }

  @Test
  void limitsAndOptionsAreEqualWhenTheirContentIs() {
    new EqualsTester()
        .addEqualityGroup(ReadLimits.defaults(), ReadLimits.builder().build(), ReadLimits.defaults().toBuilder().build())
        .addEqualityGroup(ReadLimits.builder().maxStringLength(100).build(), ReadLimits.builder().maxStringLength(100).build())
        .addEqualityGroup(ReadLimits.builder().maxNestingDepth(5).build())
        .addEqualityGroup(ReadLimits.builder().maxNumberLength(5).build())
        .addEqualityGroup(ReadLimits.builder().maxDocumentLength(5).build())
        .testEquals();
    ReadLimits small = ReadLimits.builder().maxStringLength(100).build();
    new EqualsTester()
        .addEqualityGroup(ReadOptions.defaults(), ReadOptions.defaults().withLimits(ReadLimits.defaults()))
        .addEqualityGroup(ReadOptions.lenient(), ReadOptions.defaults().withLeniency(Leniency.LENIENT))
        .addEqualityGroup(ReadOptions.defaults().withLimits(small), ReadOptions.defaults().withLimits(small))
        .addEqualityGroup(ReadOptions.defaults().withMaxProblems(3))
        .testEquals();
  }

  @Test
  void theDefaultLimitsAreTheirConstantsAndABadLimitIsRefusedWhereItIsGiven() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.maxNestingDepth()).isEqualTo(ReadLimits.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(limits.maxStringLength()).isEqualTo(ReadLimits.DEFAULT_MAX_STRING_LENGTH);
    assertThat(limits.maxNumberLength()).isEqualTo(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH);
    assertThat(limits.maxDocumentLength()).isEqualTo(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(ReadOptions.defaults().limits()).isEqualTo(limits);
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be at least 1, got 0");
    assertThat(NativeFormat.reader().maxYamlAliases()).isEqualTo(NativeReader.DEFAULT_MAX_YAML_ALIASES);
    assertThat(NativeFormat.reader().withMaxYamlAliases(3).maxYamlAliases()).isEqualTo(3);
    assertThatThrownBy(() -> NativeFormat.reader().withMaxYamlAliases(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
