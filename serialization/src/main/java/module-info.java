/**
 * southsouth serialization: readers, writers and importers of southsouth models.
 *
 * @since 0.1.0
 */
module io.github.southsouth.serialization {
  requires transitive io.github.southsouth.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires java.xml;
  requires static org.jspecify;

  exports io.github.southsouth.serialization;
  exports io.github.southsouth.serialization.csv;
  exports io.github.southsouth.serialization.diagram;
  exports io.github.southsouth.serialization.jsonld;
}
