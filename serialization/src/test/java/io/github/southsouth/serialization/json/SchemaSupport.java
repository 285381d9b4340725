package io.github.southsouth.serialization.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped JSON Schema, loaded once into a real draft 2020-12 validator. */
final class SchemaSupport {
  private SchemaSupport() {}

  static final Schema SCHEMA = load();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static Schema load() {
    try (InputStream in = NativeFormat.class.getResourceAsStream(NativeFormat.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema errors of a document, one per line; empty if it conforms. */
  static String errors(String document, Syntax syntax) {
    JsonNode node = syntax == Syntax.YAML ? YAML.readTree(document) : JSON.readTree(document);
    List<Error> errors = SCHEMA.validate(node);
    return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
  }
}
