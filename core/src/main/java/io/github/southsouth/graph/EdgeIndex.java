package io.github.southsouth.graph;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.util.Arrays;

/**
 * The relations at one end of every entity, for {@link CooperationGraph#outgoing} and {@link
 * CooperationGraph#incoming}: one list of the relations grouped by entity, each entity's relations
 * grouped by type in the order each type first occurs and in natural order within a type, and an
 * open-addressing table from an entity's id to its group and to the run of each type in it.
 *
 * <p>A handful of arrays, whatever the number of entities: a graph of a million relations is not
 * held as a million small lists and maps. Made in O(relations) time plus one hash lookup per
 * relation; a lookup takes O(1) expected time plus O(types in the entity's group), and returns a
 * view without copying. Immutable once made, and safely published through final fields, so
 * thread-safe.
 */
final class EdgeIndex {

  private final ImmutableList<Relation> grouped;
  /** The open-addressing table: an id, or null for a free slot, and its group. */
  private final EntityId[] keys;

  private final int[] groupOf;
  private final int mask;
  /** Where each group starts in {@link #grouped}; the group ends where the next starts. */
  private final int[] groupStarts;
  /** The first run of each group; a group's runs end where the next group's start. */
  private final int[] firstRuns;

  private final RelationType[] runTypes;
  /** Where each run starts in {@link #grouped}; a run ends where the next starts. */
  private final int[] runStarts;

  private EdgeIndex(
      ImmutableList<Relation> grouped,
      IdTable table,
      int[] groupStarts,
      int[] firstRuns,
      RelationType[] runTypes,
      int[] runStarts) {
    this.grouped = grouped;
    this.keys = table.keys;
    this.groupOf = table.groups;
    this.mask = table.keys.length - 1;
    this.groupStarts = groupStarts;
    this.firstRuns = firstRuns;
    this.runTypes = runTypes;
    this.runStarts = runStarts;
  }

  /**
   * Indexes relations in natural order by the entity they start from: an entity's relations are
   * neighbours there, and so are those of one type among them, so the list is the relations as
   * given.
   *
   * @param sorted the relations in natural order
   * @return the index
   */
  static EdgeIndex outgoing(ImmutableList<Relation> sorted) {
    int n = sorted.size();
    IdTable table = new IdTable(16);
    int[] groupStarts = new int[16];
    int[] firstRuns = new int[16];
    RelationType[] runTypes = new RelationType[16];
    int[] runStarts = new int[16];
    int groups = 0;
    int runs = 0;
    EntityId from = null;
    RelationType type = null;
    for (int i = 0; i < n; i++) {
      Relation relation = sorted.get(i);
      boolean newGroup = from == null || !relation.from().equals(from);
      if (newGroup) {
        from = relation.from();
        if (table.groupOf(from) != groups) {
          throw new IllegalArgumentException("relations not in natural order: " + from + " starts two groups");
        }
        if (groups + 1 >= groupStarts.length) {
          groupStarts = Arrays.copyOf(groupStarts, 2 * groupStarts.length);
          firstRuns = Arrays.copyOf(firstRuns, 2 * firstRuns.length);
        }
        groupStarts[groups] = i;
        firstRuns[groups] = runs;
        groups++;
      }
      if (newGroup || relation.type() != type) {
        type = relation.type();
        if (runs + 1 >= runTypes.length) {
          runTypes = Arrays.copyOf(runTypes, 2 * runTypes.length);
          runStarts = Arrays.copyOf(runStarts, 2 * runStarts.length);
        }
        runTypes[runs] = type;
        runStarts[runs] = i;
        runs++;
      }
    }
    groupStarts[groups] = n;
    firstRuns[groups] = runs;
    runStarts[runs] = n;
    return new EdgeIndex(sorted, table, groupStarts, firstRuns, runTypes, runStarts);
  }

  /**
   * Indexes relations in natural order by the entity they point to: the relations are put in
   * groups by target, keeping their order (a counting sort), and each group with more than one
   * type is then regrouped by type in the order each type first occurs. Each group is made at its
   * final size, since one entity (a country that a large import's projects benefit) may have most
   * of a graph's relations.
   *
   * @param sorted the relations in natural order
   * @param entities how many entities the graph has, to size the table
   * @return the index
   */
  static EdgeIndex incoming(ImmutableList<Relation> sorted, int entities) {
    int n = sorted.size();
    IdTable table = new IdTable(Math.min(entities, n));
    int[] groupOfRelation = new int[n];
    for (int i = 0; i < n; i++) {
      groupOfRelation[i] = table.groupOf(sorted.get(i).to());
    }
    int groups = table.size;
    int[] groupStarts = new int[groups + 1];
    for (int i = 0; i < n; i++) {
      groupStarts[groupOfRelation[i] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      groupStarts[g + 1] += groupStarts[g];
    }
    int[] next = Arrays.copyOf(groupStarts, groups);
    Relation[] placed = new Relation[n];
    for (int i = 0; i < n; i++) {
      placed[next[groupOfRelation[i]]++] = sorted.get(i);
    }

    int[] firstRuns = new int[groups + 1];
    RelationType[] runTypes = new RelationType[Math.max(16, groups + 1)];
    int[] runStarts = new int[Math.max(16, groups + 1)];
    RelationType[] order = new RelationType[RelationType.values().length];
    Relation[] buffer = new Relation[0];
    int runs = 0;
    for (int g = 0; g < groups; g++) {
      int start = groupStarts[g];
      int end = groupStarts[g + 1];
      int types = 0;
      for (int i = start; i < end; i++) {
        RelationType type = placed[i].type();
        if (types == 0 || (order[types - 1] != type && indexOf(order, types, type) < 0)) {
          order[types++] = type;
        }
      }
      if (runs + types + 1 > runTypes.length) {
        int size = Math.max(2 * runTypes.length, runs + types + 1);
        runTypes = Arrays.copyOf(runTypes, size);
        runStarts = Arrays.copyOf(runStarts, size);
      }
      firstRuns[g] = runs;
      if (types == 1) {
        runTypes[runs] = order[0];
        runStarts[runs] = start;
        runs++;
        continue;
      }
      if (buffer.length < end - start) {
        buffer = new Relation[Math.max(end - start, 2 * buffer.length)];
      }
      int filled = 0;
      for (int t = 0; t < types; t++) {
        RelationType type = order[t];
        runTypes[runs] = type;
        runStarts[runs] = start + filled;
        runs++;
        for (int i = start; i < end; i++) {
          if (placed[i].type() == type) {
            buffer[filled++] = placed[i];
          }
        }
      }
      System.arraycopy(buffer, 0, placed, start, filled);
    }
    firstRuns[groups] = runs;
    runStarts[runs] = n;
    return new EdgeIndex(ImmutableList.copyOf(placed), table, groupStarts, firstRuns, runTypes, runStarts);
  }

  private static int indexOf(RelationType[] types, int count, RelationType type) {
    for (int i = 0; i < count; i++) {
      if (types[i] == type) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the group of an entity, or -1 if it has no relations at this end.
   *
   * @param id the entity's id
   * @return the group
   */
  int find(EntityId id) {
    for (int slot = IdTable.spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      EntityId key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key == id || key.equals(id)) {
        return groupOf[slot];
      }
    }
  }

  /**
   * Returns the relations of a group.
   *
   * @param group a group found by {@link #find}
   * @return a view of the relations
   */
  ImmutableList<Relation> all(int group) {
    return grouped.subList(groupStarts[group], groupStarts[group + 1]);
  }

  /**
   * Returns the relations of one type in a group.
   *
   * @param group a group found by {@link #find}
   * @param type the type
   * @return a view of the relations, empty if the group has none of this type
   */
  ImmutableList<Relation> ofType(int group, RelationType type) {
    for (int run = firstRuns[group]; run < firstRuns[group + 1]; run++) {
      if (runTypes[run] == type) {
        return grouped.subList(runStarts[run], runStarts[run + 1]);
      }
    }
    return ImmutableList.of();
  }
}
