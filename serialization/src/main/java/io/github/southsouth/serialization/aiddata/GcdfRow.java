package io.github.southsouth.serialization.aiddata;

import static io.github.southsouth.serialization.aiddata.GcdfText.isDigits;
import static io.github.southsouth.serialization.aiddata.GcdfText.shorten;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.internal.CsvRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of a project table being mapped: its cells, read by column and checked (numbers, dates,
 * years), the problems found, and the entities and relations it will add if it is kept. Not
 * thread-safe; made and read by one thread at a time.
 */
final class GcdfRow {

  final CsvRecord record;
  final Map<GcdfColumn, Integer> index;
  final List<Problem> found = new ArrayList<>();
  boolean malformed;
  final Map<EntityId, Actor> newActors = new LinkedHashMap<>();
  final Map<List<String>, EntityId> newAgencyIds = new HashMap<>();
  final Map<EntityId, Source> newSources = new LinkedHashMap<>();
  final Map<String, EntityId> newSourceIds = new HashMap<>();
  final Map<GcdfImport.RelationKey, Relation> newRelations = new LinkedHashMap<>();
  final Set<EntityId> newReferenceIds = new LinkedHashSet<>();
  final List<GcdfImport.ParentLink> newParents = new ArrayList<>();
  /** The citation list shared by the row's relations, made for the first of them. */
  private @Nullable ImmutableList<Citation> citations;

  final int[] cellOf;
  final List<String> cells;

  /** Where the row's dates are shared: owned by the thread that reads them (see prepare). */
  private final Map<Object, Object> datePool;

  private final ReadOptions options;
  private final ReadPolicy policy;

  GcdfRow(CsvRecord record, Map<GcdfColumn, Integer> index, int[] cellOf, Map<Object, Object> datePool,
      ReadOptions options) {
    this.record = record;
    this.index = index;
    this.cellOf = cellOf;
    this.options = options;
    this.policy = ReadPolicy.of(options);
    this.cells = record.cells();
    this.datePool = datePool;
  }

  String get(GcdfColumn column) {
    int i = cellOf[column.ordinal()];
    return i < 0 || i >= cells.size() ? "" : cells.get(i);
  }

  /** Returns the one list of this citation that the row's relations share. */
  ImmutableList<Citation> citationsOf(Citation cite) {
    ImmutableList<Citation> list = citations;
    if (list == null || list.get(0) != cite) {
      list = ImmutableList.of(cite);
      citations = list;
    }
    return list;
  }

  Location at(GcdfColumn column) {
    int i = cellOf[column.ordinal()];
    return i < 0 ? record.row() : record.cell(i, column.header());
  }

  void problem(ProblemKind kind, ProblemCode code, String message, Location at) {
    problemAt(found.size(), kind, code, message, at);
  }

  /** Records a problem before those found from {@code position} on. */
  void problemAt(int position, ProblemKind kind, ProblemCode code, String message, Location at) {
    if (kind == ProblemKind.MALFORMED_RECORD) {
      malformed = true;
    }
    found.add(position, policy.problem(kind, code, message, at));
  }

  Optional<BigDecimal> decimal(GcdfColumn column) {
    String text = get(column).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() > options.limits().maxNumberLength()) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.LIMIT_EXCEEDED,
          "the number in \"" + column.header() + "\" has " + text.length()
              + " characters, more than the limit of " + options.limits().maxNumberLength()
              + " (ReadLimits.maxNumberLength)", at(column));
      return Optional.empty();
    }
    try {
      return Optional.of(GcdfNumbers.parse(text, column == GcdfColumn.GRANT_ELEMENT_OECD_CASH_FLOW));
    } catch (GcdfNumbers.NotANumber e) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
          "\"" + shorten(text) + "\" in \"" + column.header() + "\" " + e.getMessage(), at(column));
      return Optional.empty();
    }
  }

  Optional<PartialDate> date(GcdfColumn column) {
    String text = get(column).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (text.length() == 10 && text.charAt(4) == '-') {
        return Optional.of(GcdfImport.shared(datePool, PartialDate.parse(text)));
      }
      // MM/DD/YYYY, month and day of one or two digits
      int slash = text.indexOf('/');
      int secondSlash = slash < 0 ? -1 : text.indexOf('/', slash + 1);
      if (slash >= 1 && slash <= 2 && secondSlash - slash >= 2 && secondSlash - slash <= 3
          && text.length() - secondSlash == 5 && isDigits(text, 0, slash)
          && isDigits(text, slash + 1, secondSlash) && isDigits(text, secondSlash + 1, text.length())) {
        return Optional.of(
            GcdfImport.shared(
                datePool,
                PartialDate.of(
                    Integer.parseInt(text, secondSlash + 1, text.length(), 10),
                    Integer.parseInt(text, 0, slash, 10),
                    Integer.parseInt(text, slash + 1, secondSlash, 10))));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
        "\"" + shorten(text) + "\" in \"" + column.header()
            + "\" is not a date: expected YYYY-MM-DD or MM/DD/YYYY, e.g. 2019-12-03 or 12/03/2019",
        at(column));
    return Optional.empty();
  }

  Optional<PartialDate> year(GcdfColumn column) {
    String text = get(column).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // four digits, then possibly a point and zeros (2019.0)
    boolean decimalZero = text.length() > 5 && text.charAt(4) == '.';
    for (int i = 5; decimalZero && i < text.length(); i++) {
      decimalZero = text.charAt(i) == '0';
    }
    if ((text.length() == 4 || decimalZero) && isDigits(text, 0, 4)) {
      int year = Integer.parseInt(text, 0, 4, 10);
      if (year >= 1) {
        return Optional.of(GcdfImport.shared(datePool, PartialDate.of(year)));
      }
    }
    problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
        "\"" + shorten(text) + "\" in \"" + column.header()
            + "\" is not a year: expected four digits such as 2019 or 2019.0", at(column));
    return Optional.empty();
  }

  boolean yes(GcdfColumn column) {
    return get(column).strip().equalsIgnoreCase("yes");
  }

  /**
   * Adds a relation of this row, merging its note into that of the same relation added before.
   */
  void relate(EntityId from, RelationType type, EntityId to, @Nullable String note, Citation cite) {
    // Every relation a row adds has the row's own record at one end, and a record id seen before
    // makes the row malformed (it is left out), so only the row's own relations can be the same.
    GcdfImport.RelationKey key = new GcdfImport.RelationKey(from, type, to);
    Relation existing = newRelations.get(key);
    Relation.Builder r = Relation.builder().from(from).type(type).to(to);
    if (existing != null) {
      String merged = existing.note().orElse("");
      if (note != null && !merged.contains(note)) {
        merged = merged.isEmpty() ? note : merged + "; " + note;
      }
      if (!merged.isEmpty()) {
        r.note(merged);
      }
    } else if (note != null) {
      r.note(note);
    }
    newRelations.put(key, r.build().withCitations(citationsOf(cite)));
  }
}
