package io.github.southsouth.seeds;

import org.jspecify.annotations.Nullable;
import com.google.common.collect.ImmutableList;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeReader;
import io.github.southsouth.serialization.json.ReadResult;
import io.github.southsouth.serialization.json.Syntax;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled dataset of South-South Cooperation.
 *
 * <pre>{@code
 * CooperationGraph graph = Seeds.load();
 * for (Principle p : graph.principles()) {
 *   System.out.println(p.name().english() + " " + p.name().best("zh-Hans"));
 * }
 * }</pre>
 *
 * <p>The dataset is kept as hand-edited YAML documents in the native format, packaged under the
 * versioned resource path {@value #RESOURCE_ROOT}; {@link #resources()} lists them. When the jar is
 * built they are validated and copied into one compact JSON document, {@value #BUNDLE}, which is
 * what {@link #load()} reads (JSON parses faster than YAML); if that copy is missing, as in an IDE
 * that skips the build step, the YAML documents are read instead. Its version is in {@code
 * load().info().version()}.
 *
 * <p>Thread-safe. The first {@link #load()} reads and validates the dataset (a few hundred
 * milliseconds in a fresh JVM); later calls return the same immutable graph at no cost.
 *
 * @since 0.1.0
 */
public final class Seeds {

  /** Where the dataset's documents are, as a class-path resource directory. */
  public static final String RESOURCE_ROOT = "/io/github/southsouth/seeds/v1/";

  /** The compact JSON copy of the dataset, relative to {@link #RESOURCE_ROOT}. */
  public static final String BUNDLE = "seeds.json";

  private static final ImmutableList<String> RESOURCES =
      ImmutableList.of(
          "dataset.yaml",
          "essay.yaml",
          "actors.yaml",
          "initiatives.yaml",
          "perspectives.yaml",
          "reference/sources.yaml",
          "reference/countries.yaml",
          "reference/regions.yaml",
          "reference/groups.yaml");

  private Seeds() {}

  /**
   * Returns the bundled dataset, read and validated once and then cached.
   *
   * @return the dataset
   * @throws IllegalStateException if the bundled data cannot be read, which means the jar is
   *     damaged; the message lists the problems and the cause is the {@link ModelReadException}
   *     (or other exception) that stopped the read. A failed load is not cached: every call tries
   *     again and fails the same way, never with an {@code ExceptionInInitializerError} or {@code
   *     NoClassDefFoundError}.
   */
  public static CooperationGraph load() {
    return BUNDLED.get();
  }

  private static final Memo BUNDLED = new Memo(() -> load(ReadOptions.defaults()).graph());

  /**
   * Reads the bundled dataset afresh with the given options, e.g. to see its warnings or to apply
   * other limits. Not cached.
   *
   * @param options the read options
   * @return the dataset and the warnings found while reading it
   * @throws ModelReadException if the dataset cannot be read with these options
   */
  public static ReadResult load(ReadOptions options) throws ModelReadException {
    NativeReader reader = NativeFormat.reader(options);
    if (Seeds.class.getResource(RESOURCE_ROOT + BUNDLE) != null) {
      return reader.readInputs(
          List.of(NativeReader.Input.of(BUNDLE, Syntax.JSON, () -> Seeds.class.getResourceAsStream(RESOURCE_ROOT + BUNDLE))));
    }
    return loadDocuments(options);
  }

  /**
   * Reads the dataset from its hand-edited YAML documents rather than the compact copy; slower.
   * The two always hold the same graph.
   *
   * @param options the read options
   * @return the dataset and the warnings found while reading it
   * @throws ModelReadException if the documents cannot be read with these options
   */
  public static ReadResult loadDocuments(ReadOptions options) throws ModelReadException {
    NativeReader reader = NativeFormat.reader(options);
    List<NativeReader.Input> inputs = new ArrayList<>(RESOURCES.size());
    for (String name : RESOURCES) {
      inputs.add(NativeReader.Input.of(name, Syntax.YAML, () -> Seeds.class.getResourceAsStream(RESOURCE_ROOT + name)));
    }
    return reader.readInputs(inputs);
  }

  /**
   * Returns the names of the dataset's documents, relative to {@link #RESOURCE_ROOT}.
   *
   * @return the resource names
   */
  public static ImmutableList<String> resources() {
    return RESOURCES;
  }

  /**
   * Reads the graph on the first call that succeeds and returns it to every later call; a read
   * that fails is not remembered, so each call retries it and throws the same documented
   * exception, with its cause. (A class holder would turn a failure into {@code
   * ExceptionInInitializerError} once and {@code NoClassDefFoundError} after.) Thread-safe: one
   * read at a time, and the graph, once read, is published through a volatile field.
   */
  static final class Memo {
    /** Reads the graph. */
    @FunctionalInterface
    interface Source {
      CooperationGraph read() throws ModelReadException;
    }

    private final Source source;
    private volatile @Nullable CooperationGraph graph;

    Memo(Source source) {
      this.source = source;
    }

    CooperationGraph get() {
      CooperationGraph read = graph;
      if (read != null) {
        return read;
      }
      synchronized (this) {
        if (graph == null) {
          try {
            graph = source.read();
          } catch (ModelReadException e) {
            throw new IllegalStateException("the bundled southsouth dataset could not be read:\n" + e.getMessage(), e);
          } catch (RuntimeException e) {
            throw new IllegalStateException("the bundled southsouth dataset could not be read: " + e, e);
          }
        }
        return graph;
      }
    }
  }
}
