package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableSet;
import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import com.google.common.math.LongMath;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.internal.ReadAhead;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams one IATI activity file with StAX and hands each {@code iati-activity} to a callback as a
 * small tree of {@link XmlNode}s, so memory is bounded by the largest activity, not the file. DTDs
 * are refused (reported as {@code unsafe-content}), external entities are off, and the nesting
 * depth, text length and file size are limited by {@link ReadOptions}. File-level problems (syntax,
 * limits, wrong root element, unsupported version) are errors whatever the leniency. The file is
 * parsed on a thread of its own, at most a few activities ahead of the handler, which is called
 * on the thread that called {@link #read}. Not thread-safe; one per file.
 */
final class IatiFileReader {

  static final ImmutableSet<String> SUPPORTED_VERSIONS = ImmutableSet.of("2.01", "2.02", "2.03");
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /** Receives activities as they are read. */
  interface Handler {
    void activity(XmlNode activity, int index, FileInfo file);

    /** Called after each activity with the bytes of the file read so far. */
    default void progress(long bytesOfThisFile) {}
  }

  /** What the reader learnt about the file as a whole. */
  static final class FileInfo {
    final String sourceName;
    Optional<String> rootVersion = Optional.empty();
    Optional<String> generated = Optional.empty();
    /** The {@code xml:lang} of the root element: the language of narratives that give none. */
    Optional<String> rootLang = Optional.empty();
    boolean failed;
    int activities;

    FileInfo(String sourceName) {
      this.sourceName = sourceName;
    }
  }

  private final ReadOptions options;
  private final ReadPolicy policy;
  private final ProblemReport.Collector problems;
  /** The file-level problems, added to {@link #problems} when the file is done. */
  private final List<Problem> failures = new ArrayList<>();
  /** How many parsed activities, and read from how many bytes, may wait for the handler. */
  private static final int READ_AHEAD = 16;
  private static final long READ_AHEAD_BYTES = 8L << 20;

  IatiFileReader(ReadOptions options, ProblemReport.Collector problems) {
    this.options = options;
    this.policy = ReadPolicy.of(options);
    this.problems = problems;
  }

  /**
   * Returns a parser factory that refuses DTDs and external entities and hands every message of
   * the parser that does not end the parse to {@code reporter}. The parser never prints: it is
   * given characters, not bytes ({@link #characters}), because the JDK's parser writes
   * {@code [Fatal Error]} lines to standard error when its own decoder meets malformed bytes.
   */
  static XMLInputFactory factory(XMLReporter reporter) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setXMLReporter(reporter);
    return factory;
  }

  /** Thrown by {@link LocatingReader} when the bytes are not in the document's encoding. */
  private static final class BadEncoding extends IOException {
    private static final long serialVersionUID = 1L;
    final String encoding;
    final int line;
    final int column;

    BadEncoding(String encoding, int line, int column) {
      super("bytes that are not " + encoding, null);
      this.encoding = encoding;
      this.line = line;
      this.column = column;
    }
  }

  /** Thrown when the document declares an encoding that the runtime does not know. */
  private static final class UnknownEncoding extends IOException {
    private static final long serialVersionUID = 1L;
    final String encoding;

    UnknownEncoding(String encoding) {
      super("unknown encoding " + encoding, null);
      this.encoding = encoding;
    }
  }

  /**
   * The characters of a document, decoded strictly, counting lines and columns so that malformed
   * bytes are reported where they are, not where the parser's buffer happens to be. It decodes by
   * itself rather than through an {@link java.io.InputStreamReader}, which drops the characters
   * decoded just before malformed bytes, so the count would stop short.
   */
  private static final class LocatingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String encoding;
    /** Bytes read and not yet decoded, ready to be read from. */
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
    private boolean eof;
    private boolean flushed;
    private boolean malformed;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;

    LocatingReader(InputStream in, Charset charset) {
      this.in = in;
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.encoding = charset.name();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (flushed) {
        return -1;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (!malformed) {
        CoderResult result = decoder.decode(bytes, out, eof);
        if (result.isError()) {
          malformed = true;
        } else if (result.isOverflow() || out.position() > offset) {
          break;
        } else if (eof) {
          if (!flushed) {
            flushed = true;
            decoder.flush(out);
          }
          if (out.position() == offset) {
            return -1;
          }
          break;
        } else {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
      }
      int n = out.position() - offset;
      if (n == 0) { // only when malformed: the characters before the bad bytes were returned first
        throw new BadEncoding(encoding, line, column);
      }
      for (int i = offset; i < offset + n; i++) {
        char c = buffer[i];
        if (c == '\n' && afterCr) {
          afterCr = false;
        } else if (c == '\n' || c == '\r') {
          line++;
          column = 1;
          afterCr = c == '\r';
        } else {
          column++;
          afterCr = false;
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** How many bytes may precede the end of the XML declaration. */
  private static final int DECLARATION_LIMIT = 512;
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*([\"'])([^\"']*)\\1");

  /**
   * Decodes a document as XML 1.0 (appendix F) says: a byte order mark or the first bytes tell
   * UTF-16 from the rest, and otherwise the declaration's {@code encoding} (UTF-8 if none).
   *
   * @throws UnknownEncoding if the declared encoding is not one the runtime knows
   */
  static LocatingReader characters(InputStream stream) throws IOException {
    BufferedInputStream in = new BufferedInputStream(stream, DECLARATION_LIMIT);
    in.mark(DECLARATION_LIMIT);
    // One read, not readNBytes: the declaration, if any, is at the start.
    byte[] head = new byte[DECLARATION_LIMIT];
    head = Arrays.copyOf(head, Math.max(0, in.read(head)));
    in.reset();
    int b0 = head.length > 0 ? head[0] & 0xff : -1;
    int b1 = head.length > 1 ? head[1] & 0xff : -1;
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<') {
      return new LocatingReader(in, StandardCharsets.UTF_16);
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0) {
      return new LocatingReader(in, b0 == '<' ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
    }
    if (b0 == 0xEF && b1 == 0xBB && head.length > 2 && (head[2] & 0xff) == 0xBF) {
      in.skipNBytes(3);
      return new LocatingReader(in, StandardCharsets.UTF_8);
    }
    Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (!declared.find()) {
      return new LocatingReader(in, StandardCharsets.UTF_8);
    }
    String name = declared.group(2);
    try {
      return new LocatingReader(in, Charset.forName(name));
    } catch (IllegalArgumentException e) { // IllegalCharsetNameException, UnsupportedCharsetException
      throw new UnknownEncoding(name);
    }
  }

  FileInfo read(Path path, String sourceName, Handler handler) {
    FileInfo info = new FileInfo(sourceName);
    try {
      return read(path, info, handler);
    } finally {
      failures.forEach(problems::add);
      failures.clear();
    }
  }

  private FileInfo read(Path path, FileInfo info, Handler handler) {
    long size;
    try {
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      return fail(info, ProblemCode.IO_ERROR, "the file does not exist", 0, 0, "/");
    } catch (IOException e) {
      return fail(info, ProblemCode.IO_ERROR, "the file cannot be read: " + e.getMessage(), 0, 0, "/");
    }
    if (size == 0) {
      return fail(info, ProblemCode.EMPTY_INPUT, "the file is empty: expected an IATI activity file (<iati-activities>)", 0, 0, "/");
    }
    if (size > options.limits().maxDocumentLength()) {
      return fail(info, ProblemCode.LIMIT_EXCEEDED,
          "the file has " + size + " bytes, more than the limit of " + options.limits().maxDocumentLength()
              + " (ReadLimits.maxDocumentLength)", 0, 0, "/");
    }
    try (InputStream raw = Files.newInputStream(path)) {
      // The parser sees the input end one byte past the limit; a count past the limit means too
      // large (the file grew after its size was checked).
      CountingInputStream counting = new CountingInputStream(ByteStreams.limit(
          new BufferedInputStream(raw, 1 << 16), LongMath.saturatedAdd(options.limits().maxDocumentLength(), 1)));
      // The file is parsed on a thread of its own, a few activities ahead of the handler, which
      // runs on this thread; the parser's own problems are added after the activities before them.
      long[] handedOver = {0};
      try (ReadAhead<Parsed> ahead = ReadAhead.start("southsouth-iati-reader", READ_AHEAD, READ_AHEAD_BYTES, 1,
          sink -> stream(counting, info, (activity, index, file) -> {
            long bytes = counting.getCount();
            sink.accept(new Parsed(activity, index, bytes), bytes - handedOver[0]);
            handedOver[0] = bytes;
          }))) {
        for (Parsed parsed = ahead.next(); parsed != null; parsed = ahead.next()) {
          handler.activity(parsed.activity, parsed.index, info);
          handler.progress(parsed.bytes);
        }
      }
    } catch (IOException e) {
      if (!info.failed) {
        fail(info, ProblemCode.IO_ERROR, "the file cannot be read: " + e.getMessage(), 0, 0, "/");
      }
    }
    return info;
  }

  /** An activity read by the parsing thread, with its 1-based index and the bytes read so far. */
  private static final class Parsed {
    final XmlNode activity;
    final int index;
    final long bytes;

    Parsed(XmlNode activity, int index, long bytes) {
      this.activity = activity;
      this.index = index;
      this.bytes = bytes;
    }
  }

  private void stream(CountingInputStream in, FileInfo info, Handler handler) {
    XMLStreamReader reader = null;
    LocatingReader decoded = null;
    int depth = 0;
    int skipDepth = 0;
    int activityIndex = 0;
    int endLine = 0;
    int endColumn = 0;
    String rootName = "";
    Deque<XmlNode> open = new ArrayDeque<>();
    try {
      decoded = characters(in);
      reader = factory((message, type, related, location) -> failures.add(policy.problem(ProblemKind.NOTE, ProblemCode.SYNTAX,
          "the XML parser reports: " + (message == null ? type : message),
          at(info, location == null ? 0 : location.getLineNumber(), location == null ? 0 : location.getColumnNumber(),
              "/"))))
          .createXMLStreamReader(decoded);
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD:
            fail(info, ProblemCode.UNSAFE_CONTENT,
                "the file declares a DTD (<!DOCTYPE ...>): DTDs and entity declarations are refused, and IATI"
                    + " files never need them",
                line(reader), column(reader), "/");
            return;
          case XMLStreamConstants.ENTITY_REFERENCE:
            fail(info, ProblemCode.UNSAFE_CONTENT,
                "the file refers to the entity &" + reader.getLocalName() + "; which is not one of XML's"
                    + " five predefined entities: entities are refused",
                line(reader), column(reader), path(open, rootName));
            return;
          case XMLStreamConstants.START_ELEMENT:
            depth++;
            if (depth > options.limits().maxNestingDepth()) {
              fail(info, ProblemCode.LIMIT_EXCEEDED,
                  "elements are nested more than " + options.limits().maxNestingDepth()
                      + " deep (ReadLimits.maxNestingDepth)",
                  line(reader), column(reader), path(open, rootName));
              return;
            }
            if (skipDepth > 0) {
              break;
            }
            String ns = nullToEmpty(reader.getNamespaceURI());
            String local = reader.getLocalName();
            if (depth == 1) {
              rootName = local;
              if (!ns.isEmpty() || !local.equals("iati-activities")) {
                String found = ns.isEmpty() ? "<" + local + ">" : "<" + local + "> in namespace " + ns;
                String hint = local.equals("iati-organisations")
                    ? " (this is an IATI organisation file, not an activity file)" : "";
                fail(info, ProblemCode.WRONG_FORMAT,
                    "the root element is " + found + hint
                        + ": expected <iati-activities>, the root of an IATI activity file",
                    line(reader), column(reader), "/" + local);
                return;
              }
              String version = reader.getAttributeValue(null, "version");
              info.generated = Optional.ofNullable(reader.getAttributeValue(null, "generated-datetime"));
              info.rootLang = Optional.ofNullable(reader.getAttributeValue(XML_NS, "lang"))
                  .map(String::trim).filter(lang -> !lang.isEmpty());
              if (version != null) {
                version = version.trim();
                info.rootVersion = Optional.of(version);
                if (!SUPPORTED_VERSIONS.contains(version)) {
                  fail(info, ProblemCode.UNSUPPORTED_VERSION, unsupported(version),
                      line(reader), column(reader), "/iati-activities/@version");
                  return;
                }
              }
            } else if (open.isEmpty()) {
              if (depth == 2 && ns.isEmpty() && local.equals("iati-activity")) {
                activityIndex++;
                XmlNode activity = new XmlNode(local, "/iati-activities/iati-activity[" + activityIndex + "]",
                    line(reader), column(reader));
                attributes(reader, activity, true);
                open.push(activity);
              }
            } else if (!ns.isEmpty()) {
              skipDepth = depth;
            } else {
              javax.xml.stream.Location at = reader.getLocation();
              XmlNode node = new XmlNode(open.peek(), local, at.getLineNumber(), at.getColumnNumber());
              attributes(reader, node, false);
              open.push(node);
            }
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (skipDepth == 0 && !open.isEmpty()) {
              XmlNode node = open.peek();
              if (node.textLength() + reader.getTextLength() > options.limits().maxStringLength()) {
                fail(info, ProblemCode.LIMIT_EXCEEDED,
                    "a text is longer than " + options.limits().maxStringLength()
                        + " characters (ReadLimits.maxStringLength)",
                    line(reader), column(reader), node.path());
                return;
              }
              char[] chars = reader.getTextCharacters();
              int start = reader.getTextStart();
              int length = reader.getTextLength();
              if (isBlank(chars, start, length)) {
                node.appendBlank(chars, start, length);
              } else {
                node.appendText(new String(chars, start, length));
              }
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            if (skipDepth > 0) {
              if (depth == skipDepth) {
                skipDepth = 0;
              }
            } else if (!open.isEmpty()) {
              XmlNode closed = open.pop();
              if (open.isEmpty()) {
                info.activities++;
                handler.activity(closed, activityIndex, info);
              }
            }
            depth--;
            if (depth == 0) { // where to report a file that grows past the limit after its root
              endLine = reader.getLocation().getLineNumber();
              endColumn = reader.getLocation().getColumnNumber();
            }
            break;
          default:
            break;
        }
      }
      if (tooLarge(in)) {
        tooLarge(info, endLine, endColumn, path(open, rootName));
      } else if (depth > 0 || rootName.isEmpty()) {
        fail(info, ProblemCode.SYNTAX, "the file ends before the document is complete", 0, 0, path(open, rootName));
      }
    } catch (UnknownEncoding e) {
      fail(info, ProblemCode.INVALID_ENCODING, "the XML declaration names the encoding \"" + e.encoding
          + "\", which is not known: expected UTF-8, UTF-16 or another encoding that Java supports", 1, 1, "/");
    } catch (IOException e) {
      // Reading the first bytes, to find the encoding, failed.
      fail(info, ProblemCode.IO_ERROR, "the file cannot be read: " + e.getMessage(), 0, 0, "/");
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
      String at = path(open, rootName);
      BadEncoding bad = cause(e, BadEncoding.class);
      boolean eof = decoded != null && decoded.eof;
      if (tooLarge(in)) {
        tooLarge(info, line, column, at);
      } else if (bad != null) {
        fail(info, ProblemCode.INVALID_ENCODING,
            "the file holds bytes that are not " + bad.encoding
                + ": expected the encoding it declares (UTF-8 unless its XML declaration says otherwise)",
            bad.line, bad.column, at);
      } else if (eof && depth > 0) {
        fail(info, ProblemCode.SYNTAX, "the file ends before the document is complete: "
            + (open.isEmpty() ? "<" + (rootName.isEmpty() ? "root" : rootName) + ">" : "<" + open.peek().name + ">")
            + " and the elements around it are not closed (a truncated file?)", line, column, at);
      } else if (rootName.isEmpty() && eof) {
        fail(info, ProblemCode.EMPTY_INPUT,
            "the file holds no XML element: expected an IATI activity file (<iati-activities>)", line, column, "/");
      } else {
        fail(info, ProblemCode.SYNTAX, "the file is not well-formed XML: " + parserMessage(e), line, column, at);
      }
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // nothing more to report: the file is closed by the caller
        }
      }
    }
  }

  private boolean tooLarge(CountingInputStream in) {
    return in.getCount() > options.limits().maxDocumentLength();
  }

  private void tooLarge(FileInfo info, int line, int column, String at) {
    fail(info, ProblemCode.LIMIT_EXCEEDED, "the file is larger than the limit of "
        + options.limits().maxDocumentLength() + " bytes (ReadLimits.maxDocumentLength)", line, column, at);
  }

  static String unsupported(String version) {
    String legacy = version.startsWith("1.") ? " (a legacy 1.x file: free-text codes, no narratives)" : "";
    return "IATI version " + version + legacy + " is not supported: expected "
        + String.join(", ", SUPPORTED_VERSIONS);
  }

  private static boolean isBlank(char[] chars, int start, int length) {
    for (int i = start, end = start + length; i < end; i++) {
      if (chars[i] > ' ') {
        return false;
      }
    }
    return true;
  }

  private static void attributes(XMLStreamReader reader, XmlNode node, boolean activity) {
    int count = reader.getAttributeCount();
    node.expectAttributes(count);
    for (int i = 0; i < count; i++) {
      // An attribute without a prefix is in no namespace (a default namespace does not apply to
      // attributes), so its namespace is looked up only when it has a prefix.
      String prefix = reader.getAttributePrefix(i);
      String ns = prefix == null || prefix.isEmpty() ? "" : nullToEmpty(reader.getAttributeNamespace(i));
      String local = reader.getAttributeLocalName(i);
      if (ns.isEmpty()) {
        node.putAttribute(local, reader.getAttributeValue(i));
      } else if (ns.equals(XML_NS)) {
        node.putAttribute(local.equals("lang") ? "xml:lang" : "xml:" + local, reader.getAttributeValue(i));
      } else if (activity && local.equals("version") && isDatastoreNamespace(ns, reader.getAttributePrefix(i))) {
        node.putAttribute("iati-extra:version", reader.getAttributeValue(i));
      }
    }
  }

  private static boolean isDatastoreNamespace(String ns, @Nullable String prefix) {
    return "iati-extra".equals(prefix)
        || ns.equals("https://datastore.codeforiati.org/ns")
        || ns.equals("http://datastore.iatistandard.org/ns");
  }

  private static String parserMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + "Message: ".length());
    }
    message = message.strip();
    return message.isEmpty() ? "unexpected content" : message;
  }

  private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t instanceof XMLStreamException && type.isInstance(((XMLStreamException) t).getNestedException())) {
        return type.cast(((XMLStreamException) t).getNestedException());
      }
    }
    return null;
  }

  private static String path(Deque<XmlNode> open, String rootName) {
    if (!open.isEmpty()) {
      return open.peek().path();
    }
    return rootName.isEmpty() ? "/" : "/" + rootName;
  }

  private FileInfo fail(FileInfo info, ProblemCode code, String message, int line, int column, String pointer) {
    info.failed = true;
    failures.add(policy.problem(ProblemKind.FATAL, code, message, at(info, line, column, pointer)));
    return info;
  }

  private static Location at(FileInfo info, int line, int column, String pointer) {
    Location.Builder at = Location.builder().source(info.sourceName).pointer(pointer);
    if (line > 0) {
      at.line(line);
      if (column > 0) {
        at.column(column);
      }
    }
    return at.build();
  }

  private static int line(XMLStreamReader reader) {
    return reader.getLocation().getLineNumber();
  }

  private static int column(XMLStreamReader reader) {
    return reader.getLocation().getColumnNumber();
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
