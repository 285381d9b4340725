/**
 * southsouth on Apache Spark: the library's importers run on the executors, one file per task, and
 * their records become DataFrames with stable schemas ({@link
 * io.github.southsouth.spark.FrameSchemas}); the conditionality view and committed finance by
 * region × sector run as Spark SQL ({@link io.github.southsouth.spark.SouthSouthAnalyses}).
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("conditionality").getOrCreate();
 * SouthSouthFrames frames = SouthSouthSpark.iati(spark, List.of("/data/iati"), SparkReadOptions.lenient());
 * SouthSouthAnalyses.conditionality(frames).write().parquet("/data/out/conditionality");
 * }</pre>
 *
 * <p><b>Why an entry class, not a data source.</b> One import gives six related tables (and the
 * rows of one file belong together: a skipped activity takes its flows with it), while a Spark
 * data source ({@code spark.read().format(...)}) gives one table per read, so it would import each
 * file once per table or need a side channel for the problems. {@link
 * io.github.southsouth.spark.SouthSouthSpark} imports each file once and hands back all six frames
 * in one {@link io.github.southsouth.spark.SouthSouthFrames}; it is plain Java, documented and
 * tested like the rest of the library, and needs no service registration that a shaded or
 * relocated jar could lose. The frames are ordinary DataFrames, so everything Spark does with a
 * data source's output (SQL, joins, Parquet) works on them.
 *
 * <p><b>Same answers as one JVM.</b> Each file is imported by {@code IatiImporter}, {@code
 * AidDataImporter} or the native reader, as one JVM imports that file alone; values derived from
 * the graph (regions, totals, instruments) come from the library's own methods. What differs when
 * files are imported together in one JVM is listed in {@link
 * io.github.southsouth.spark.SouthSouthFrames}.
 *
 * <p><b>Memory.</b> An IATI or AidData file is imported record by record: the importer's streaming
 * mode ({@code RecordSink}) passes each record to the executor, which turns it into rows at once
 * and hands them to Spark through a bounded queue, so a task never holds the file's graph or all
 * its rows; Spark keeps the rows it is given in memory or spills them to disk. What a task holds
 * besides is what the importer keeps by id (the activities' ids, the organisations); no row waits
 * for the end of its file (the regions of a recipient the import makes itself, an OECD-DAC region
 * or a country without reference data, are completed on the cluster). A native JSON Lines file is
 * read whole, as a graph, since it is a dataset validated as a whole.
 *
 * <p>Spark is a {@code provided} dependency: the cluster's Spark 4 (Scala 2.13) is used. The jar is
 * on the class path only (Spark is not modular), under the automatic module name {@code
 * io.github.southsouth.spark}. On Java 17 Spark needs the JVM options of its {@code
 * JavaModuleOptions} ({@code --add-opens ...}), which {@code spark-submit} sets.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.spark;

import org.jspecify.annotations.NullMarked;
