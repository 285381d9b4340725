package io.github.southsouth.serialization.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes files atomically: into a temporary file in the same directory, forced to disk, then moved
 * over the target in one step, so a failure part-way leaves the old file untouched and never half
 * a file. Several files written together ({@link #writeAll}) are all written and forced before the
 * first is moved into place. A new file gets the permissions the process's umask gives an ordinary
 * new file; a replaced file keeps its own. Used by every writer of this module. Not API.
 */
public final class AtomicFiles {

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream, closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} atomically.
   *
   * @param target the file to write or replace
   * @param content what to write
   * @throws IOException if writing or moving fails; the target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Map<Path, Content> one = new LinkedHashMap<>();
    one.put(target, content);
    writeAll(one);
  }

  /**
   * Writes several files together: each into a temporary file beside it, forced to disk; only when
   * every one is complete are they moved into place, in the order given. A failure while writing
   * leaves every target as it was. A failure of a move (a rename within one directory, which only
   * a vanished directory or a full inode table makes fail) leaves the files moved before it
   * replaced, and the exception says exactly which were and which were not.
   *
   * @param targets the files to write or replace, with what to write into each
   * @throws IOException if a file cannot be written or moved; the message names the files affected
   */
  public static void writeAll(Map<Path, Content> targets) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Content> target : targets.entrySet()) {
        Path absolute = target.getKey().toAbsolutePath();
        Path temp = createTemp(absolute);
        temps.put(absolute, temp);
        writeAndForce(temp, target.getValue());
      }
      for (Path target : temps.keySet()) {
        if (Files.isDirectory(target)) {
          throw new IOException(target + " is a directory, where a file was to be written: no file was replaced");
        }
      }
      List<Path> moved = new ArrayList<>();
      for (Map.Entry<Path, Path> entry : temps.entrySet()) {
        try {
          move(entry.getValue(), entry.getKey());
        } catch (IOException e) {
          throw partlyMoved(e, moved, temps.keySet());
        }
        moved.add(entry.getKey());
      }
      temps.clear();
      forceDirectories(targets.keySet());
    } finally {
      for (Path temp : temps.values()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Creates the temporary file beside {@code target}, with the permissions of the file it will
   * replace, or else those the process's umask gives an ordinary new file (not the owner-only ones
   * of {@link Files#createTempFile}).
   */
  private static Path createTemp(Path target) throws IOException {
    Path directory = target.getParent();
    if (directory != null) {
      Files.createDirectories(directory);
    }
    for (int attempt = 0; ; attempt++) {
      Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      try {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      return temp;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Writes the content and forces it to the storage device before the file is moved. */
  private static void writeAndForce(Path temp, Content content) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      content.writeTo(out);
      out.flush();
      channel.force(true);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static IOException partlyMoved(IOException cause, List<Path> moved, Iterable<Path> all) {
    List<Path> notMoved = new ArrayList<>();
    all.forEach(notMoved::add);
    notMoved.removeAll(moved);
    return new IOException(
        (moved.isEmpty() ? "no file was replaced" : "replaced " + moved + " but not " + notMoved)
            + ": " + cause.getMessage(),
        cause);
  }

  /**
   * Forces the directories' entries (the moves) to disk where the platform allows opening a
   * directory; elsewhere the moves are as durable as the file system makes renames.
   */
  private static void forceDirectories(Iterable<Path> targets) {
    Set<Path> directories = new LinkedHashSet<>();
    targets.forEach(t -> {
      Path parent = t.toAbsolutePath().getParent();
      if (parent != null) {
        directories.add(parent);
      }
    });
    for (Path directory : directories) {
      try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
        channel.force(true);
      } catch (IOException | UnsupportedOperationException e) {
        // Not every platform opens directories (Windows does not); the data itself is forced.
      }
    }
  }
}
