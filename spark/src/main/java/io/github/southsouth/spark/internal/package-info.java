/**
 * How southsouth-spark imports files on the executors: the file list, the per-file import with the
 * library's own importers, and the records turned into rows. Not API: may change in any release.
 *
 * <p>Record by record: an IATI or AidData file is streamed by its importer ({@code stream} into a
 * {@code RecordSink}), each record becomes rows as it comes ({@code RecordRows}), and the rows go
 * to Spark through a bounded queue ({@code RowStream}) while the import runs on a thread of its
 * own; no graph of the file is built. The regions of a recipient come from the reference data,
 * indexed once per executor JVM ({@code RegionIndex}). No row waits for the end of its file: what
 * one file cannot decide (the regions of a recipient the import makes itself, an IATI related
 * activity the file does not hold) goes out as rows of internal tables ({@code JoinSchemas}), which
 * {@code SouthSouthFrames} joins on the cluster.
 *
 * <p>Native JSON Lines files are read whole, as a graph: a native file is a dataset validated as a
 * whole (references between records, {@code part-of} cycles, shares across relations), and the
 * library's record-by-record reader ({@code JsonLinesReader}) checks each record on its own only.
 * The graph's records then become rows the same way.
 */
@NullMarked
package io.github.southsouth.spark.internal;

import org.jspecify.annotations.NullMarked;
