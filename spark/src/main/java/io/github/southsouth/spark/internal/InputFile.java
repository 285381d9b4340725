package io.github.southsouth.spark.internal;

import java.io.Serializable;

/**
 * One input file, as the driver lists it and an executor imports it.
 *
 * @param index the position of the file in the sorted list of inputs
 * @param uri the file's fully qualified URI, e.g. {@code file:/data/iati/a.xml} or {@code
 *     hdfs://namenode/iati/a.xml}
 */
public record InputFile(int index, String uri) implements Serializable {}
