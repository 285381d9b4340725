package io.github.southsouth.serialization.aiddata;

import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.Theme;
import io.github.southsouth.serialization.ReferenceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The classification rules of the AidData import: which records address which themes, and which
 * are part of which reference programmes (and so embody its principles and advance its goals), each
 * derived relation saying which rule and which cells of the record made it.
 *
 * <ul>
 *   <li><b>Sector to theme.</b> GCDF's {@code Sector Code} is a three-digit OECD-CRS sector
 *       <em>group</em> ({@code 120} HEALTH, {@code 310} AGRICULTURE, FORESTRY AND FISHING, {@code
 *       230} ENERGY), never a five-digit purpose code. A record addresses a theme that lists its
 *       code, or, when the code ends in 0, a theme that lists any DAC code of the group (the codes
 *       that start with the same two digits: {@code 121}, {@code 12250} for {@code 120}).
 *   <li><b>Programmes.</b> The matching rules of the reference programmes ({@link
 *       ReferenceData#classify}); the relation's note names the rule and the record's cells each
 *       part of it read.
 * </ul>
 *
 * <p>Not thread-safe (it caches the themes of each sector code); one per import.
 */
final class GcdfClassification {

  private final ReferenceData reference;
  private final Map<String, List<ThemeMatch>> themesByCode = new HashMap<>();

  GcdfClassification(ReferenceData reference) {
    this.reference = reference;
  }

  /** A theme a sector code addresses, with the words that say why. */
  static final class ThemeMatch {
    final Theme theme;
    final String note;

    ThemeMatch(Theme theme, String note) {
      this.theme = theme;
      this.note = note;
    }
  }

  /**
   * Returns the themes a record of a GCDF sector addresses, each with its note.
   *
   * @param code the record's {@code Sector Code}, three digits
   * @param name the record's {@code Sector Name}, possibly empty
   */
  List<ThemeMatch> themes(String code, String name) {
    return themesByCode.computeIfAbsent(code + "|" + name, key -> match(code, name));
  }

  private List<ThemeMatch> match(String code, String name) {
    String cell = "Sector Code " + code + (name.isEmpty() ? "" : " (" + name + ")");
    Map<Theme, String> found = new LinkedHashMap<>();
    for (Theme theme : reference.themesForSector(code)) {
      found.put(theme, "rule sector-to-theme: " + cell + " is listed by " + theme.id());
    }
    if (code.length() == 3 && code.endsWith("0")) {
      String group = code.substring(0, 2);
      for (Theme theme : reference.graph().themes()) {
        List<String> listed = new ArrayList<>();
        for (String dac : theme.dacSectors()) {
          if (dac.startsWith(group)) {
            listed.add(dac);
          }
        }
        if (!listed.isEmpty() && !found.containsKey(theme)) {
          found.put(theme, "rule sector-to-theme: " + cell + " is the sector group of DAC codes " + group
              + "x, and " + theme.id() + " lists " + String.join(", ", listed));
        }
      }
    }
    List<ThemeMatch> matches = new ArrayList<>();
    found.forEach((theme, note) -> matches.add(new ThemeMatch(theme, note)));
    return matches;
  }

  /**
   * Returns the citation of a relation derived from some cells of a record.
   *
   * @param recordId the record's id
   * @param columns the headers of the cells, e.g. {@code Sector Code}
   */
  static Citation citation(String recordId, List<String> columns) {
    return Citation.of(AidData.DATASET_SOURCE,
        "AidData Record ID " + recordId + ", " + (columns.size() == 1 ? "column " : "columns ")
            + String.join(", ", columns));
  }

  /**
   * Says which cells of a record a programme's matching rule read, in the relation that
   * classifies it, and cites them.
   *
   * @param relation a {@code part-of} relation made by {@link ReferenceData#classify}
   * @param recordId the record's id
   * @param cell the record's cells by column
   * @return the relation with the cells in its note and its record citation naming the columns
   */
  Relation withCells(Relation relation, String recordId, Function<GcdfColumn, String> cell) {
    Optional<Initiative> programme = reference.graph().find(relation.to())
        .filter(Initiative.class::isInstance).map(Initiative.class::cast);
    if (programme.isEmpty()) {
      return relation;
    }
    List<String> cells = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (String key : programme.get().attributes().keySet()) {
      for (GcdfColumn column : columnsOf(key)) {
        String value = cell.apply(column).strip();
        boolean flag = key.equals("match.instruments") && column != GcdfColumn.FLOW_TYPE
            && column != GcdfColumn.FLOW_CLASS;
        if (flag && !value.equalsIgnoreCase("yes")) {
          continue; // a loan flag says something only when set
        }
        if (!value.isEmpty() && !columns.contains(column.header())) {
          columns.add(column.header());
          cells.add(column.header() + " = " + value);
        }
      }
    }
    if (cells.isEmpty()) {
      return relation;
    }
    List<Citation> citations = new ArrayList<>();
    for (Citation citation : relation.citations()) {
      citations.add(citation.source().equals(AidData.DATASET_SOURCE) ? citation(recordId, columns) : citation);
    }
    Relation.Builder b = Relation.builder().from(relation.from()).type(relation.type()).to(relation.to())
        .note(relation.note().orElse("") + "; cells: " + String.join("; ", cells))
        .addAllCitations(citations);
    relation.period().ifPresent(b::period);
    relation.share().ifPresent(b::share);
    return b.build();
  }

  /** The columns a part of a matching rule reads, by its attribute key. */
  private static List<GcdfColumn> columnsOf(String key) {
    switch (key) {
      case "match.instruments":
        return List.of(GcdfColumn.FLOW_TYPE, GcdfColumn.FLOW_CLASS, GcdfColumn.INTEREST_FREE_LOAN,
            GcdfColumn.GCL, GcdfColumn.PBC, GcdfColumn.EXPORT_BUYERS_CREDIT, GcdfColumn.SUPPLIERS_CREDIT);
      case "match.dacSectors":
        return List.of(GcdfColumn.SECTOR_CODE);
      case "match.recipients":
        return List.of(GcdfColumn.RECIPIENT_ISO_3);
      default:
        List<GcdfColumn> columns = new ArrayList<>();
        if (key.startsWith("match.attribute.")) {
          String attribute = key.substring("match.attribute.".length());
          for (GcdfColumn column : GcdfColumn.values()) {
            if (column.attributeKey().equals(attribute)) {
              columns.add(column);
            }
          }
        }
        return columns;
    }
  }
}
