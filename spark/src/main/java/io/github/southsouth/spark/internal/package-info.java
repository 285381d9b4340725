/**
 * How southsouth-spark imports files on the executors: the file list, the per-file import with the
 * library's own importers, and the records turned into rows. Not API: may change in any release.
 */
@NullMarked
package io.github.southsouth.spark.internal;

import org.jspecify.annotations.NullMarked;
