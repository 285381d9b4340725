package io.github.southsouth.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input files on the driver, with Hadoop's file systems, so that local paths, HDFS and
 * object stores are named the same way: each argument is a file, a directory (its files with one of
 * the format's extensions, recursively) or a glob ({@code /data/iati/*.xml}).
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Expands the arguments into a sorted list of distinct files.
   *
   * @param conf the Hadoop configuration of the session
   * @param paths files, directories or globs
   * @param extensions the lower-case extensions of the files taken from directories, with the dot
   * @return the files, sorted by URI, indexed from 0
   * @throws IllegalArgumentException if an argument matches no file, or a directory holds none
   * @throws UncheckedIOException if a file system cannot be listed
   */
  public static List<InputFile> expand(Configuration conf, List<String> paths, List<String> extensions) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no input: expected at least one file, directory or glob");
    }
    TreeSet<String> uris = new TreeSet<>();
    for (String given : paths) {
      int before = uris.size();
      try {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches != null) {
          for (FileStatus match : matches) {
            if (match.isDirectory()) {
              RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
              while (files.hasNext()) {
                LocatedFileStatus file = files.next();
                if (file.isFile() && hasExtension(file.getPath().getName(), extensions)) {
                  uris.add(file.getPath().toUri().toString());
                }
              }
            } else {
              uris.add(match.getPath().toUri().toString());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + given + ": " + e.getMessage(), e);
      }
      if (uris.size() == before) {
        throw new IllegalArgumentException("no input file in " + given + ": expected a file, a glob that matches"
            + " files, or a directory holding files ending in " + String.join(" or ", extensions));
      }
    }
    List<InputFile> files = new ArrayList<>(uris.size());
    for (String uri : uris) {
      files.add(new InputFile(files.size(), uri));
    }
    return files;
  }

  private static boolean hasExtension(String name, List<String> extensions) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.startsWith(".") && !lower.startsWith("_") && extensions.stream().anyMatch(lower::endsWith);
  }
}
