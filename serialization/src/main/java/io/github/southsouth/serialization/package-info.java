/**
 * What every southsouth reader, writer and importer shares: {@link
 * io.github.southsouth.serialization.ReadOptions} (leniency, problem limit, limits on untrusted
 * input, progress), {@link io.github.southsouth.serialization.ModelReadException} and {@link
 * io.github.southsouth.serialization.ProgressListener}. Each format has its own package below this
 * one.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.serialization;

import org.jspecify.annotations.NullMarked;
