package io.github.southsouth.serialization;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import read from its source but the model did not keep, counted per kind of item: for an
 * IATI file, each element type that was skipped (for example {@code result} or {@code
 * document-link}) with how often it occurred; for an AidData CSV, each column that is not mapped
 * with the number of rows in which it held a value. Nothing is lost silently: every import result
 * carries one of these, and the command line prints it in its summary.
 *
 * <p>Items are plain, stable names in the source's own vocabulary (an element name or a column
 * header), listed in their natural order. Counts are exact.
 *
 * <p>Immutable and thread-safe. Two accounts are equal when they hold the same items with the same
 * counts.
 *
 * @since 0.1.0
 */
public final class ImportAccount {

  private static final ImportAccount EMPTY = new ImportAccount(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, Long> notKept;

  private ImportAccount(ImmutableSortedMap<String, Long> notKept) {
    this.notKept = notKept;
  }

  /**
   * Returns the account of an import that kept everything it read.
   *
   * @return the empty account
   */
  public static ImportAccount empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder holding no items
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns each item that was read but not kept, with how often it occurred, in the items'
   * natural order.
   *
   * @return the items and their counts (each count at least 1)
   */
  public ImmutableSortedMap<String, Long> notKept() {
    return notKept;
  }

  /**
   * Returns how often one item was read and not kept.
   *
   * @param item the item's name, e.g. {@code "result"}
   * @return its count, 0 when the item was not seen or was kept
   * @throws NullPointerException if {@code item} is null
   */
  public long count(String item) {
    checkNotNull(item, "item");
    Long count = notKept.get(item);
    return count == null ? 0 : count;
  }

  /**
   * Returns whether the import kept everything it read.
   *
   * @return {@code true} when no item is counted
   */
  public boolean isEmpty() {
    return notKept.isEmpty();
  }

  /**
   * Returns one line per item for a command line to print, e.g. {@code "result: 12"}.
   *
   * @return the lines, in the items' order
   */
  public ImmutableList<String> lines() {
    ImmutableList.Builder<String> lines = ImmutableList.builderWithExpectedSize(notKept.size());
    notKept.forEach((item, count) -> lines.add(item + ": " + count));
    return lines.build();
  }

  /**
   * Returns an account holding the items of this one and of {@code other}, with counts added.
   *
   * @param other another account, e.g. of the next file of the same import
   * @return the sum of both
   * @throws NullPointerException if {@code other} is null
   */
  public ImportAccount plus(ImportAccount other) {
    checkNotNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return builder().addAll(this).addAll(other).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImportAccount that && notKept.equals(that.notKept);
  }

  @Override
  public int hashCode() {
    return notKept.hashCode();
  }

  @Override
  public String toString() {
    return "ImportAccount" + notKept;
  }

  /**
   * Collects counts for an {@link ImportAccount}. Not thread-safe: one builder per import (or per
   * thread, combined with {@link ImportAccount#plus}).
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final Map<String, Long> counts = new TreeMap<>();

    private Builder() {}

    /**
     * Counts one occurrence of an item that was not kept.
     *
     * @param item the item's name in the source's vocabulary, e.g. an element name
     * @return this builder
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException if {@code item} is blank
     */
    public Builder add(String item) {
      return add(item, 1);
    }

    /**
     * Counts {@code count} occurrences of an item that was not kept.
     *
     * @param item the item's name in the source's vocabulary, e.g. a column header
     * @param count how often it occurred; 0 adds nothing
     * @return this builder
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException if {@code item} is blank or {@code count} is negative
     */
    public Builder add(String item, long count) {
      checkNotNull(item, "item");
      checkArgument(!item.isBlank(), "item is blank");
      checkArgument(count >= 0, "count is negative: %s", count);
      if (count > 0) {
        counts.merge(item, count, Long::sum);
      }
      return this;
    }

    /**
     * Adds every count of another account.
     *
     * @param account the account to add
     * @return this builder
     * @throws NullPointerException if {@code account} is null
     */
    public Builder addAll(ImportAccount account) {
      checkNotNull(account, "account");
      account.notKept.forEach(this::add);
      return this;
    }

    /**
     * Returns the account of what was counted so far; the builder may go on counting.
     *
     * @return the account
     */
    public ImportAccount build() {
      return counts.isEmpty() ? EMPTY : new ImportAccount(ImmutableSortedMap.copyOf(counts));
    }
  }
}
