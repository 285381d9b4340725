/** Helpers shared by this module's formats. Not exported, not API. */
@NullMarked
package io.github.southsouth.serialization.internal;

import org.jspecify.annotations.NullMarked;
