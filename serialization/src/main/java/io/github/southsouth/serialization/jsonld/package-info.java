/**
 * Linked data: {@link io.github.southsouth.serialization.jsonld.JsonLdWriter} writes a graph as
 * JSON-LD 1.1 with a published {@code @context} that maps the model to SKOS, schema.org, Dublin
 * Core and PROV-O, and to the small {@code southsouth:} vocabulary for what those do not name
 * (relation types among them). The context and the vocabulary ship in this jar ({@link
 * io.github.southsouth.serialization.jsonld.JsonLdWriter#context()}, {@link
 * io.github.southsouth.serialization.jsonld.JsonLdWriter#vocabulary()}) so that no consumer needs
 * the network to read an export.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.serialization.jsonld;

import org.jspecify.annotations.NullMarked;
