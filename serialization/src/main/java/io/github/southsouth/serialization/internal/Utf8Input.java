package io.github.southsouth.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 from a stream, for {@link CsvRowReader}: skips one leading byte order mark,
 * refuses malformed bytes with the line they are on ({@link MalformedInput}), refuses input beyond
 * a byte limit ({@link TooLarge}), and counts bytes and lines read so far for progress and
 * locations. Not thread-safe.
 */
final class Utf8Input extends Reader {

  /** Malformed UTF-8 at a known line and byte offset. */
  static final class MalformedInput extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final long byteOffset;

    MalformedInput(int line, long byteOffset) {
      super("malformed UTF-8 at line " + line + ", byte " + byteOffset);
      this.line = line;
      this.byteOffset = byteOffset;
    }
  }

  /** More bytes than the limit allows. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("input larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private long bytesRead;
  private long bytesDecoded;
  private int line = 1;
  private boolean eof;
  private boolean flushed;
  private boolean first = true;
  private IOException pending;

  Utf8Input(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
    bytes.flip();
  }

  /** Returns the bytes taken from the stream so far. */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (true) {
      if (pending != null) {
        throw pending;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      int before = bytes.position();
      CoderResult result = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, eof);
      bytesDecoded += bytes.position() - before;
      if (eof && result.isUnderflow() && !flushed) {
        result = decoder.flush(out);
        flushed = result.isUnderflow();
      }
      int n = out.position() - offset;
      if (first && n > 0) {
        first = false;
        if (buffer[offset] == '\uFEFF') {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
        }
      }
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '\n') {
          line++;
        }
      }
      if (result.isError()) {
        pending = new MalformedInput(line, bytesDecoded + 1);
      }
      if (n > 0) {
        return n;
      }
      if (pending != null) {
        throw pending;
      }
      if (flushed) {
        return -1;
      }
      if (result.isUnderflow()) {
        fill();
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int got = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (got < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + got);
      bytesRead += got;
      if (bytesRead > maxBytes) {
        bytes.flip();
        pending = new TooLarge(maxBytes);
        throw pending;
      }
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
