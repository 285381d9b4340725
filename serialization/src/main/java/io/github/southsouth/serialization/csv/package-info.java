/**
 * Spreadsheet tables: {@link io.github.southsouth.serialization.csv.CsvTables} writes a graph as
 * {@code entities.csv} (one row per entity) and {@code relations.csv} (one row per relation), and
 * reads the same two tables back into a graph. The columns, and which fields of the model the
 * tables hold, are listed on {@link io.github.southsouth.serialization.csv.CsvTables}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.serialization.csv;

import org.jspecify.annotations.NullMarked;
