package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.serialization.ReadOptions;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The Jackson factories of the native format. Readers get their own factory with the limits of
 * their {@link ReadOptions} set explicitly ({@code StreamReadConstraints}, duplicate detection;
 * for YAML also the code point limit), never JVM-wide defaults. Writers share immutable factories.
 * Thread-safe.
 */
public final class Factories {

  private static final JsonFactory JSON_WRITE = JsonFactory.builder()
          .rootValueSeparator("\n")
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** Two-space indent, "\n" line ends, "name": value, empty containers as [] and {}. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator("")
                  .withRootSeparator("\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriteContext PRETTY_CONTEXT =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private Factories() {}

  /** Returns the factory of JSON writers. */
  public static JsonFactory jsonWriter() {
    return JSON_WRITE;
  }

  /** Returns the factory of YAML writers. */
  public static YAMLFactory yamlWriter() {
    return YamlWriter.YAML_WRITE;
  }

  /**
   * Holds the YAML writer factory, made on first use, so that programs that only read or write
   * JSON (such as a first {@code Seeds.load()}) never load the YAML classes.
   */
  private static final class YamlWriter {
    static final YAMLFactory YAML_WRITE =
        YAMLFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            // Quote whatever a YAML 1.1 loader would read as a date, boolean, number or null.
            .stringQuotingChecker(Yaml11Quoting.INSTANCE)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .dumperOptions(
                DumpSettings.builder()
                    .setBestLineBreak("\n")
                    .setDefaultFlowStyle(FlowStyle.BLOCK)
                    .setIndent(2)
                    .setIndicatorIndent(2)
                    .setIndentWithIndicator(true)
                    .setSplitLines(false)
                    .setWidth(Integer.MAX_VALUE / 2)
                    .build())
            .build();
  }

  /** Returns the write context of pretty, canonical JSON. */
  public static ObjectWriteContext prettyContext() {
    return PRETTY_CONTEXT;
  }

  /**
   * Returns the stream read constraints of the given options.
   *
   * @param options the options
   * @return the constraints
   */
  public static StreamReadConstraints constraints(ReadOptions options) {
    return constraints(options, false);
  }

  private static StreamReadConstraints constraints(ReadOptions options, boolean stream) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(options.maxNestingDepth())
        .maxStringLength(options.maxStringLength())
        .maxNameLength(Math.min(options.maxStringLength(), 50_000))
        .maxNumberLength(options.maxNumberLength())
        .maxDocumentLength(stream ? -1 : options.maxDocumentLength())
        .build();
  }

  /**
   * Returns a new JSON reading factory with the limits of the options.
   *
   * @param options the options
   * @return the factory
   */
  public static TokenStreamFactory jsonReader(ReadOptions options) {
    return jsonReader(options, false);
  }

  /**
   * Returns a new JSON reading factory with the limits of the options; for a stream of records,
   * which holds one record at a time, without the document size limit.
   *
   * @param options the options
   * @param stream whether the input is a stream of records read one at a time
   * @return the factory
   */
  public static TokenStreamFactory jsonReader(ReadOptions options, boolean stream) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(options, stream))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Returns a new YAML reading factory with the limits of the options.
   *
   * @param options the options
   * @return the factory
   */
  public static TokenStreamFactory yamlReader(ReadOptions options) {
    int codePoints = (int) Math.min(options.maxDocumentLength(), Integer.MAX_VALUE);
    return YAMLFactory.builder()
        .streamReadConstraints(constraints(options))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .loadSettings(
            LoadSettings.builder()
                .setCodePointLimit(codePoints)
                .setMaxAliasesForCollections(options.maxAliases())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .setUseMarks(true)
                .build())
        .build();
  }
}
