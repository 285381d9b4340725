/** Build-time tooling of the bundled dataset. Not exported, not API. */
@NullMarked
package io.github.southsouth.seeds.internal;

import org.jspecify.annotations.NullMarked;
