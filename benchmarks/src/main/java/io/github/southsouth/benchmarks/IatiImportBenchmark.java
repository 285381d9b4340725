package io.github.southsouth.benchmarks;

import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Importing a large IATI file, in a JVM limited to 256 MB of heap, side by side with a raw StAX scan
 * of the same file that reads the text of every event and every attribute (the least any importer
 * must do). The file is an {@link IatiBenchFile}, built at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class IatiImportBenchmark {

  /** The size of the file to build, in megabytes. */
  @Param("60")
  public int megabytes;

  private Path file;
  private int activities;

  /**
   * Builds the file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    IatiBenchFile built = IatiBenchFile.build(megabytes);
    file = built.file();
    activities = built.activities();
    System.out.printf(Locale.ROOT, "%nIATI file: %,d bytes, %,d activities%n", Files.size(file), activities);
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Imports the file into a graph.
   *
   * @return the import
   * @throws ModelReadException never: the file is valid when lenient
   */
  @Benchmark
  public IatiImport importFile() {
    IatiImport result = IatiImporter.reader(ReadOptions.lenient()).readResult(file);
    if (result.activities() != activities) {
      throw new IllegalStateException("imported " + result.activities() + " of " + activities + " activities");
    }
    return result;
  }

  /**
   * Scans the same file with a bare StAX reader, configured as the importer's, reading every
   * element name, attribute and text.
   *
   * @param hole consumes what was read
   * @throws IOException if the file cannot be read
   * @throws XMLStreamException never: the file is well-formed
   */
  @Benchmark
  public void rawStaxScan(Blackhole hole) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          hole.consume(reader.getLocalName());
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            hole.consume(reader.getAttributeLocalName(i));
            hole.consume(reader.getAttributeValue(i));
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          hole.consume(reader.getText());
        } else {
          hole.consume(event);
        }
      }
      reader.close();
    }
  }
}
