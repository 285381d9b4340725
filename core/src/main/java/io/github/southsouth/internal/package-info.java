/**
 * Internal helpers of southsouth core. Not exported by the module, not API: anything here may
 * change in any release.
 */
@NullMarked
package io.github.southsouth.internal;

import org.jspecify.annotations.NullMarked;
