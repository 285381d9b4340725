import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A build step, run when the seeds jar is made: reads the hand-edited YAML documents of the
 * dataset, strictly, and writes the compact canonical JSON copy that {@link Seeds#load()} reads.
 * JSON parses several times faster than YAML and needs no YAML parser classes, which is most of
 * what a first load costs in a fresh JVM. An invalid dataset fails the build with every problem
 * listed.
 *
 * <p>A build tool, not part of the seeds jar: the build runs it as a single-file program on the
 * module's compile class path (exec-maven-plugin in {@code seeds/pom.xml}), after the module's
 * classes are compiled:
 *
 * <pre>{@code
 * java -cp CLASSPATH seeds/tools/BundleSeeds.java seeds/data target/classes/.../seeds.json
 * }</pre>
 */
public final class BundleSeeds {

  private BundleSeeds() {}

  /**
   * Writes the bundle.
   *
   * @param args the directory of the YAML documents, and the JSON file to write
   * @throws Exception if the dataset is invalid or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BundleSeeds DATA_DIRECTORY OUTPUT.json");
    }
    Path data = Path.of(args[0]);
    List<Path> documents = new ArrayList<>();
    for (String name : Seeds.resources()) {
      documents.add(data.resolve(name));
    }
    CooperationGraph graph;
    try {
      graph = NativeFormat.reader(ReadOptions.defaults()).read(documents);
    } catch (ModelReadException e) {
      throw new IllegalStateException("the dataset in " + data + " is invalid:\n" + e.getMessage(), e);
    }
    NativeFormat.writer().withPretty(false).write(graph, Path.of(args[1]), Syntax.JSON);
  }
}
