package io.github.southsouth.serialization;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.problem.ProblemReport;
import java.util.Map;

/**
 * The result of a streamed import ({@code IatiImporter.stream}, {@code AidDataImporter.stream}):
 * everything a successful import returns except the graph, whose records went to a {@link
 * RecordSink} as they were made. It carries the dataset metadata the graph would have had, the
 * warnings, the account of what was read but not kept, named counts, and how many records were
 * passed to the sink. A failed import throws {@link ModelReadException} instead.
 *
 * <p>Immutable and thread-safe. Two results are equal when every part is equal.
 *
 * @since 0.1.0
 */
public final class StreamedImport {

  private final DatasetInfo info;
  private final ProblemReport warnings;
  private final ImportAccount account;
  private final ImmutableMap<String, Long> counts;
  private final String summary;
  private final long entities;
  private final long relations;

  private StreamedImport(Builder builder) {
    this.info = builder.info;
    this.warnings = builder.warnings;
    this.account = builder.account;
    this.counts = builder.counts.buildOrThrow();
    this.summary = builder.summary;
    this.entities = builder.entities;
    this.relations = builder.relations;
  }

  /**
   * Returns a new builder, for importers.
   *
   * @param info the dataset metadata of the records streamed
   * @param warnings the warnings of the import; no errors
   * @return the builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code warnings} holds an error
   */
  public static Builder builder(DatasetInfo info, ProblemReport warnings) {
    checkNotNull(info, "info");
    checkArgument(!checkNotNull(warnings, "warnings").hasErrors(),
        "a successful import has no errors: %s", warnings.summary());
    return new Builder(info, warnings);
  }

  /**
   * Returns the dataset metadata: what {@code read} would have put in its graph's {@code info()},
   * e.g. the header of a JSON Lines file that holds the records streamed.
   *
   * @return the metadata
   */
  public DatasetInfo info() {
    return info;
  }

  /**
   * Returns the warnings, each located; the same as the in-memory import's for the same input.
   *
   * @return the warnings, empty when there were none
   */
  public ProblemReport warnings() {
    return warnings;
  }

  /**
   * Returns what the import read but did not keep; see {@link ImportAccount}.
   *
   * @return the account
   */
  public ImportAccount account() {
    return account;
  }

  /**
   * Returns the import's counts by name, in the order the importer gives them, e.g. {@code
   * activities}, {@code skippedActivities}, {@code organisations} for IATI. The names and values are
   * those of the accessors of the importer's in-memory result ({@code IatiImport}, {@code
   * AidDataImport}).
   *
   * @return the counts
   */
  public ImmutableMap<String, Long> counts() {
    return counts;
  }

  /**
   * Returns one count by name; O(1).
   *
   * @param name a name of {@link #counts()}
   * @return the count
   * @throws IllegalArgumentException if the importer gives no count of that name
   */
  public long count(String name) {
    Long count = counts.get(checkNotNull(name, "name"));
    checkArgument(count != null, "no count named %s: expected one of %s", name, counts.keySet());
    return count;
  }

  /**
   * Returns the number of entities passed to the sink.
   *
   * @return the count
   */
  public long entities() {
    return entities;
  }

  /**
   * Returns the number of relations passed to the sink.
   *
   * @return the count
   */
  public long relations() {
    return relations;
  }

  /**
   * Returns the one-line summary the in-memory result gives for the same input.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StreamedImport)) {
      return false;
    }
    StreamedImport that = (StreamedImport) other;
    return info.equals(that.info) && warnings.equals(that.warnings) && account.equals(that.account)
        && counts.equals(that.counts) && summary.equals(that.summary) && entities == that.entities
        && relations == that.relations;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(info, warnings, account, counts, summary, entities, relations);
  }

  @Override
  public String toString() {
    return "StreamedImport{" + summary + "; " + entities + " entities, " + relations + " relations streamed}";
  }

  /**
   * Builds a {@link StreamedImport}; used by the importers. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final DatasetInfo info;
    private final ProblemReport warnings;
    private ImportAccount account = ImportAccount.empty();
    private final ImmutableMap.Builder<String, Long> counts = ImmutableMap.builder();
    private String summary = "";
    private long entities;
    private long relations;

    private Builder(DatasetInfo info, ProblemReport warnings) {
      this.info = info;
      this.warnings = warnings;
    }

    /**
     * Sets the account.
     *
     * @param account what was read but not kept
     * @return this builder
     * @throws NullPointerException if {@code account} is null
     */
    public Builder account(ImportAccount account) {
      this.account = checkNotNull(account, "account");
      return this;
    }

    /**
     * Adds a count; counts keep the order in which they are added.
     *
     * @param name the count's name, e.g. {@code activities}
     * @param value the count, at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder count(String name, long value) {
      checkArgument(value >= 0, "a count is at least 0, got %s for %s", value, name);
      counts.put(checkNotNull(name, "name"), value);
      return this;
    }

    /**
     * Adds every count of a map, in its order.
     *
     * @param values the counts by name
     * @return this builder
     * @throws IllegalArgumentException if a value is negative
     */
    public Builder counts(Map<String, Long> values) {
      values.forEach(this::count);
      return this;
    }

    /**
     * Sets the one-line summary.
     *
     * @param summary the summary
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = checkNotNull(summary, "summary");
      return this;
    }

    /**
     * Sets how many entities and relations were passed to the sink.
     *
     * @param entities the entities passed, at least 0
     * @param relations the relations passed, at least 0
     * @return this builder
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder records(long entities, long relations) {
      checkArgument(entities >= 0 && relations >= 0, "record counts are at least 0");
      this.entities = entities;
      this.relations = relations;
      return this;
    }

    /**
     * Returns the result.
     *
     * @return the result
     * @throws IllegalArgumentException if a count name was added twice
     */
    public StreamedImport build() {
      return new StreamedImport(this);
    }
  }
}
