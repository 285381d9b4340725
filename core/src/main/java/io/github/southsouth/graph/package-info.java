/**
 * {@link io.github.southsouth.graph.CooperationGraph}, the aggregate root of a southsouth dataset:
 * entities, the relations between them and the dataset's own metadata, validated as a whole when
 * built and indexed once for queries.
 *
 * <p>Every type here is immutable and thread-safe, except builders, which are for one thread.
 *
 * @since 0.1.0
 */
@NullMarked
@ModelStyle
package io.github.southsouth.graph;

import io.github.southsouth.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
