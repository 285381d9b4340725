/**
 * How southsouth-spark imports files on the executors: the file list, the per-file import with the
 * library's own importers, and the records turned into rows. Not API: may change in any release.
 *
 * <p>Record by record: an IATI or AidData file is streamed by its importer ({@code stream} into a
 * {@code RecordSink}), each record becomes rows as it comes ({@code RecordRows}), and the rows go
 * to Spark through a bounded queue ({@code RowStream}) while the import runs on a thread of its
 * own; no graph of the file is built. The regions of a recipient come from the reference data,
 * indexed once per executor JVM ({@code RegionIndex}). An initiative whose recipients the import
 * makes itself (an OECD-DAC region, a country without reference data) keeps its one row of {@code
 * initiatives} until the end of its file, when the import passes those actors.
 *
 * <p>Native JSON Lines files are read whole, as a graph: a native file is a dataset validated as a
 * whole (references between records, {@code part-of} cycles, shares across relations), and the
 * library's record-by-record reader ({@code JsonLinesReader}) checks each record on its own only.
 * The graph's records then become rows the same way.
 */
@NullMarked
package io.github.southsouth.spark.internal;

import org.jspecify.annotations.NullMarked;
