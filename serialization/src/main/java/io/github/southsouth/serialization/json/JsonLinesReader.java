package io.github.southsouth.serialization.json;

import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.json.internal.JsonLinesSource;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Streams the records of a JSON Lines document one at a time, without building a graph: memory
 * stays bounded by the largest record, whatever the size of the input. Made by {@link
 * NativeReader#records}; close it when done (try-with-resources), or close the {@link #stream()}.
 *
 * <p>Each record is checked on its own (syntax, types, codes, values), not against the others:
 * references between records are checked only when a whole graph is read. A record with problems
 * makes {@link #next()} throw {@link InvalidModelException} with the located problems when strict;
 * when lenient it is left out and reported as a {@code skipped-record} warning in {@link
 * #warnings()}: in a stream, a record that cannot be read is a {@linkplain
 * io.github.southsouth.serialization.ProblemKind#MALFORMED_RECORD malformed record}. A problem that
 * stops reading (a syntax error, a limit) always throws, and no record follows it.
 *
 * <pre>{@code
 * try (JsonLinesReader records = NativeFormat.reader().records(Path.of("big.jsonl"))) {
 *   records.stream().flatMap(r -> r.entity().stream()).forEach(...);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use from one thread. O(1) memory per record, O(size) time overall.
 *
 * @since 0.1.0
 */
public final class JsonLinesReader implements Iterator<JsonLinesRecord>, AutoCloseable {

  private final JsonLinesSource source;
  private final DatasetInfo header;
  private final ReadOptions options;
  private final ReadPolicy policy;
  private final ProblemReport.Collector warnings;
  private @Nullable JsonLinesRecord next;
  private boolean finished;

  JsonLinesReader(JsonLinesSource source, DatasetInfo header, ProblemReport headerWarnings, ReadOptions options) {
    this.source = source;
    this.header = header;
    this.options = options;
    this.policy = ReadPolicy.of(options);
    this.warnings = ProblemReport.collector(options.maxProblems());
    this.warnings.addAll(headerWarnings);
  }

  /**
   * Returns the dataset metadata of the header line.
   *
   * @return the metadata, empty if the header has none
   */
  public DatasetInfo header() {
    return header;
  }

  /**
   * Returns the warnings so far: unknown fields and, when lenient, skipped records.
   *
   * @return the warnings
   */
  public ProblemReport warnings() {
    return warnings.build();
  }

  /**
   * Tells whether another record follows, reading it if needed.
   *
   * @return true if {@link #next()} has a record
   * @throws InvalidModelException if the next record has problems (strict) or reading must stop
   */
  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      ProblemReport.Collector problems = ProblemReport.collector(options.maxProblems());
      source.problems(problems);
      boolean more = source.advance();
      ProblemReport report = problems.build();
      if (!more) {
        finished = true;
        if (report.hasErrors()) {
          throw new InvalidModelException(report);
        }
        warnings.addAll(report);
        break;
      }
      if (report.hasErrors() || (source.entity() == null && source.relation() == null)) {
        // a record that cannot be read is a malformed record of the stream, which can be left out
        if (!policy.skipsMalformedRecords()) {
          throw new InvalidModelException(report);
        }
        for (Problem problem : report.problems()) {
          warnings.add(policy.problem(ProblemKind.MALFORMED_RECORD, problem.code(), problem.message(), problem.location()));
        }
        warnings.add(policy.skippedRecord("the record was left out because of the problems above", source.location()));
        continue;
      }
      warnings.addAll(report);
      next =
          source.entity() != null
              ? JsonLinesRecord.of(source.entity(), source.location())
              : JsonLinesRecord.of(source.relation(), source.location());
    }
    return next != null;
  }

  /**
   * Returns the next record.
   *
   * @return the record
   * @throws NoSuchElementException if there is none
   * @throws InvalidModelException if the next record has problems (strict) or reading must stop
   */
  @Override
  public JsonLinesRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    JsonLinesRecord record = next;
    next = null;
    return record;
  }

  /**
   * Returns the remaining records as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<JsonLinesRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Closes the input. */
  @Override
  public void close() {
    finished = true;
    source.close();
  }
}
