/**
 * The native southsouth format: one document model (docs/FORMAT.md) in three syntaxes — YAML for
 * people, canonical JSON for machines and JSON Lines for data too large for one document — with
 * its readers, canonical writers, a JSON Schema and {@link
 * io.github.southsouth.serialization.json.SouthSouthModule}, the Jackson module that maps every
 * model value the same way.
 *
 * <p>Start at {@link io.github.southsouth.serialization.json.NativeFormat}:
 *
 * <pre>{@code
 * CooperationGraph graph = NativeFormat.reader().read(Path.of("dataset.yaml"));
 * NativeFormat.writer().write(graph, Path.of("dataset.json"));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.serialization.json;

import org.jspecify.annotations.NullMarked;
