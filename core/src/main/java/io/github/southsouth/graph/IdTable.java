package io.github.southsouth.graph;

import io.github.southsouth.model.EntityId;

/**
 * A growable open-addressing table (linear probing, at most half full) from ids to the number of
 * the group each was given, in the order they were first seen: used to make the graph's indexes
 * ({@link EdgeIndex}) and to sort relations by the ranks of their ids ({@link GraphValidator#sort}).
 * A lookup is O(1) expected. Not thread-safe; one per index or sort.
 */
final class IdTable {
  EntityId[] keys;
  int[] groups;
  int size;

  IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, 2 * expected) - 1) << 1;
    keys = new EntityId[capacity];
    groups = new int[capacity];
  }

  static int spread(int hash) {
    int h = hash * 0x9E3779B9; // Fibonacci hashing: the high bits of the product are well mixed
    return h ^ (h >>> 16);
  }

  /** Returns the group of an id, giving it the next one if it is new. */
  int groupOf(EntityId id) {
    int mask = keys.length - 1;
    for (int slot = spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      EntityId key = keys[slot];
      if (key == null) {
        keys[slot] = id;
        groups[slot] = size;
        size++;
        if (2 * size > keys.length) {
          grow();
        }
        return size - 1;
      }
      if (key == id || key.equals(id)) {
        return groups[slot];
      }
    }
  }

  private void grow() {
    EntityId[] oldKeys = keys;
    int[] oldGroups = groups;
    keys = new EntityId[2 * oldKeys.length];
    groups = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      EntityId key = oldKeys[i];
      if (key != null) {
        int slot = spread(key.hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        groups[slot] = oldGroups[i];
      }
    }
  }

  /** Returns how many ids the table holds. */
  int size() {
    return size;
  }

  /** Returns the ids held, each at the index of its group: O(capacity). */
  EntityId[] byGroup() {
    EntityId[] ids = new EntityId[size];
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != null) {
        ids[groups[slot]] = keys[slot];
      }
    }
    return ids;
  }
}
