package io.github.southsouth.spark.internal;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * A row of one of the tables, as the import of a file produces it: all tables travel in one
 * persisted RDD, so that each file is imported once whatever is asked of the frames.
 *
 * @param table the table the row belongs to
 * @param row the row, in that table's schema
 */
public record TableRow(Table table, Row row) implements Serializable {}
