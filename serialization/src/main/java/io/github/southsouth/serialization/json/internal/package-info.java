/**
 * The one mapping between southsouth values and the native document model, shared by the
 * document readers and writers and by {@code SouthSouthModule}; Jackson factories with their
 * limits; translation of parser errors into problems. Not exported, not API.
 */
@NullMarked
package io.github.southsouth.serialization.json.internal;

import org.jspecify.annotations.NullMarked;
