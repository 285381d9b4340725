package io.github.southsouth.serialization.aiddata;

import static io.github.southsouth.serialization.aiddata.GcdfText.isDigits;
import static io.github.southsouth.serialization.aiddata.GcdfText.isLetters3;
import static io.github.southsouth.serialization.aiddata.GcdfText.shorten;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.internal.CsvRecord;
import io.github.southsouth.serialization.internal.CsvRowReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ADM1 locations file of an AidData import: links the imported records to the provinces they
 * took place in ({@code benefits} relations to geoBoundaries ADM1 regions, which are {@code part-of}
 * their countries). Shares the import's records, actors, relations and reference ids. Not
 * thread-safe; one per import.
 */
final class GcdfLocations {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The ADM1 columns the importer needs. */
  static final ImmutableList<String> ADM1_REQUIRED =
      ImmutableList.of("id", "shapeID", "shapeGroup", "shapeName", "intersection_ratio", "even_split_ratio");

  private final ReadPolicy policy;
  private final ReferenceData reference;
  private final ProblemReport.Collector problems;
  private final Set<EntityId> records;
  private final Map<EntityId, Actor> actors;
  private final Map<GcdfImport.RelationKey, Relation> relations;
  private final Set<EntityId> referenceIds;
  private final Map<EntityId, Map<EntityId, AdmLink>> admLinks = new LinkedHashMap<>();
  private int admRowsRead;
  private int admRowsLinked;
  private int admRowsSkipped;

  private static final class AdmLink {
    final EntityId region;
    final BigDecimal ratio;
    final String note;
    final Citation cite;
    final Location at;

    AdmLink(EntityId region, BigDecimal ratio, String note, Citation cite, Location at) {
      this.region = region;
      this.ratio = ratio;
      this.note = note;
      this.cite = cite;
      this.at = at;
    }
  }

  GcdfLocations(ReadOptions options, ReferenceData reference, ProblemReport.Collector problems,
      Set<EntityId> records, Map<EntityId, Actor> actors, Map<GcdfImport.RelationKey, Relation> relations,
      Set<EntityId> referenceIds) {
    this.policy = ReadPolicy.of(options);
    this.reference = reference;
    this.problems = problems;
    this.records = records;
    this.actors = actors;
    this.relations = relations;
    this.referenceIds = referenceIds;
  }

  int rowsRead() {
    return admRowsRead;
  }

  int rowsLinked() {
    return admRowsLinked;
  }

  int rowsSkipped() {
    return admRowsSkipped;
  }

  /** Resolves an ADM1 locations header; reports missing columns. */
  Optional<Map<String, Integer>> adm1Header(CsvRowReader rows) {
    Map<String, Integer> index = new HashMap<>();
    List<String> header = rows.header();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(GcdfColumn.normalise(header.get(i)), i);
    }
    List<String> missing = new ArrayList<>();
    for (String column : ADM1_REQUIRED) {
      if (!index.containsKey(column)) {
        missing.add("\"" + column + "\"");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          policy.problem(
              ProblemKind.FATAL,
              ProblemCode.MISSING_COLUMN,
              "the ADM1 locations header lacks the required "
                  + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing),
              Location.builder().source(rows.source()).line(1).pointer("row 1").build()));
      return Optional.empty();
    }
    return Optional.of(index);
  }

  /** Links one ADM1 location row to its record, if the record was imported. */
  void adm1Row(CsvRecord record, Map<String, Integer> index) {
    admRowsRead++;
    List<String> cells = record.cells();
    if (cells.size() != record.header().size()) {
      admProblem(record, record.row(), ProblemCode.SYNTAX,
          "row " + record.rowNumber() + " has " + cells.size() + " cells but the header has "
              + record.header().size() + ": expected one cell per column");
      return;
    }
    String recordId = cell(cells, index, "id");
    EntityId initiative =
        isDigits(recordId) && recordId.length() <= 18 ? AidData.initiativeId(recordId) : null;
    if (initiative == null) {
      admProblem(record, record.cell(index.get("id"), "id"), ProblemCode.INVALID_VALUE,
          "\"" + shorten(recordId) + "\" in \"id\" is not an AidData Record ID: expected a whole number");
      return;
    }
    if (!records.contains(initiative)) {
      return;
    }
    String shapeId = cell(cells, index, "shapeID");
    String group = cell(cells, index, "shapeGroup").toUpperCase(Locale.ROOT);
    String shapeName = cell(cells, index, "shapeName");
    String ratioText = cell(cells, index, "intersection_ratio");
    BigDecimal ratio = null;
    try {
      ratio = GcdfNumbers.parse(ratioText, true);
    } catch (GcdfNumbers.NotANumber e) {
      // reported below
    }
    if (shapeId.isEmpty() || !isLetters3(group) || ratio == null) {
      admProblem(record, record.row(), ProblemCode.INVALID_VALUE,
          "the location of record " + recordId + " needs a shapeID, an ISO-3 shapeGroup and a decimal"
              + " intersection_ratio; found \"" + shorten(shapeId) + "\", \"" + shorten(group) + "\", \""
              + shorten(ratioText) + "\"");
      return;
    }
    if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      admProblem(record, record.cell(index.get("intersection_ratio"), "intersection_ratio"),
          ProblemCode.INVALID_VALUE,
          "intersection_ratio " + shorten(ratioText) + " of record " + recordId + " is outside 0 to 1");
      return;
    }
    EntityId region = EntityId.encode(Kind.ACTOR, "geoboundaries-" + shapeId);
    Map<EntityId, AdmLink> links = admLinks.computeIfAbsent(initiative, k -> new LinkedHashMap<>());
    if (links.containsKey(region)) {
      problems.add(
          policy.problem(
              ProblemKind.NOTE,
              ProblemCode.DUPLICATE_RELATION,
              "record " + recordId + " is linked to ADM1 unit " + shapeId + " again: the first row is kept",
              record.row()));
      return;
    }
    if (!actors.containsKey(region)) {
      Actor.Builder actor =
          Actor.builder()
              .id(region)
              .actorType(ActorType.REGION)
              .name(LocalizedText.english(shapeName.isEmpty() ? shapeId : shapeName))
              .putExternalId("geoboundaries", shapeId)
              .putAttribute("geoboundaries.level", "ADM1")
              .putAttribute("geoboundaries.shapeGroup", group)
              .addCitations(Citation.of(AidData.DATASET_SOURCE, "GCDF 3.0 ADM1 locations"));
      String lon = cell(cells, index, "centroid_longitude");
      String lat = cell(cells, index, "centroid_latitude");
      if (!lon.isEmpty() && !lat.isEmpty()) {
        actor.putAttribute("geoboundaries.centroidLongitude", lon);
        actor.putAttribute("geoboundaries.centroidLatitude", lat);
      }
      actors.put(region, actor.build());
      EntityId country = admCountry(record, group);
      relations.put(
          new GcdfImport.RelationKey(region, RelationType.PART_OF, country),
          Relation.builder().from(region).type(RelationType.PART_OF).to(country)
              .addCitations(Citation.of(AidData.DATASET_SOURCE, "GCDF 3.0 ADM1 locations")).build());
    }
    StringBuilder note = new StringBuilder("ADM1 unit (geoBoundaries v6 CGAZ); intersection ratio ")
        .append(ratioText);
    String even = cell(cells, index, "even_split_ratio");
    if (!even.isEmpty()) {
      note.append(", even-split ratio ").append(even);
    }
    String value = cell(cells, index, "intersection_ratio_commitment_value");
    if (!value.isEmpty()) {
      note.append(", commitment value ").append(value).append(" constant 2021 USD");
    }
    Citation cite = Citation.of(AidData.DATASET_SOURCE, "GCDF 3.0 ADM1 locations, id " + recordId);
    links.put(region, new AdmLink(region, ratio, note.toString(), cite, record.row()));
    admRowsLinked++;
  }

  /**
   * Turns the ADM1 links into benefits relations, once every location file is read. The
   * intersection ratios become shares when a record's ratios add up to at most 1; AidData rounds
   * them to two decimals, so they sometimes add up to a little more, and then they stay in the
   * relation notes only (warning), since shares of one initiative's recipients may not exceed 100.
   */
  void finishLocations() {
    admLinks.forEach(
        (initiative, links) -> {
          BigDecimal sum = BigDecimal.ZERO;
          for (AdmLink link : links.values()) {
            sum = sum.add(link.ratio);
          }
          boolean shares = sum.compareTo(BigDecimal.ONE) <= 0;
          if (!shares) {
            problems.add(
                policy.problem(
                    ProblemKind.NOTE,
                    ProblemCode.SHARE_SUM,
                    "the ADM1 intersection ratios of " + initiative + " add up to " + sum.toPlainString()
                        + " (AidData rounds them to two decimals): kept in the notes of its benefits"
                        + " relations, not as shares",
                    links.values().iterator().next().at));
          }
          for (AdmLink link : links.values()) {
            Relation.Builder r =
                Relation.builder().from(initiative).type(RelationType.BENEFITS).to(link.region)
                    .note(link.note).addCitations(link.cite);
            if (shares) {
              r.share(link.ratio.multiply(HUNDRED));
            }
            relations.put(new GcdfImport.RelationKey(initiative, RelationType.BENEFITS, link.region), r.build());
          }
        });
    admLinks.clear();
  }

  private EntityId admCountry(CsvRecord record, String iso3) {
    Optional<Actor> known = reference.countryByIso3(iso3);
    if (known.isPresent()) {
      referenceIds.add(known.get().id());
      return known.get().id();
    }
    EntityId id = EntityId.of(Kind.ACTOR, iso3.toLowerCase(Locale.ROOT));
    if (!actors.containsKey(id)) {
      problems.add(
          policy.problem(
              ProblemKind.NOTE,
              ProblemCode.MISSING_NAME,
              "country " + iso3 + " of an ADM1 unit is neither in the reference data nor a recipient of"
                  + " this import: named by its code",
              record.row()));
      actors.put(
          id,
          Actor.builder().id(id).actorType(ActorType.COUNTRY).name(LocalizedText.english(iso3)).iso3(iso3)
              .addCitations(GcdfImport.DATASET_CITATION).build());
    }
    return id;
  }

  private void admProblem(CsvRecord record, Location at, ProblemCode code, String message) {
    problems.add(policy.problem(ProblemKind.MALFORMED_RECORD, code, message, at));
    if (policy.skipsMalformedRecords()) {
      problems.add(policy.skippedRecord(
          "ADM1 row " + record.rowNumber() + " was left out because of the problem above", record.row()));
      admRowsSkipped++;
    }
  }

  private static String cell(List<String> cells, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    return i == null || i >= cells.size() ? "" : cells.get(i).strip();
  }
}
