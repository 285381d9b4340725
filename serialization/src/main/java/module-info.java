/**
 * southsouth serialization: readers, writers and importers of southsouth models.
 *
 * @since 0.1.0
 */
module io.github.southsouth.serialization {
  requires transitive io.github.southsouth.core;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires tools.jackson.dataformat.csv;
  requires java.xml;
  requires static org.jspecify;

  exports io.github.southsouth.serialization;
  exports io.github.southsouth.serialization.json;

  // The JSON Schema of the native format is a resource of this package; opening it lets any
  // module read it. No class here is reached by reflection.
  opens io.github.southsouth.serialization.json;
  exports io.github.southsouth.serialization.iati;
  exports io.github.southsouth.serialization.aiddata;
  exports io.github.southsouth.serialization.csv;
  exports io.github.southsouth.serialization.diagram;
  exports io.github.southsouth.serialization.jsonld;

  // Found by JsonMapper.builder().findAndAddModules(), as Jackson's own modules are.
  provides tools.jackson.databind.JacksonModule with
      io.github.southsouth.serialization.json.SouthSouthModule;
}
