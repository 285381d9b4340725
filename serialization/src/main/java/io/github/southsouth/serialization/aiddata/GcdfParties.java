package io.github.southsouth.serialization.aiddata;

import static io.github.southsouth.serialization.aiddata.GcdfText.hash;
import static io.github.southsouth.serialization.aiddata.GcdfText.isLetters3;
import static io.github.southsouth.serialization.aiddata.GcdfText.shorten;
import static io.github.southsouth.serialization.aiddata.GcdfText.slug;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Collateral;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.internal.TextPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parties of a GCDF record: the agencies of its agency columns (funding, co-financing,
 * implementing, receiving) as organisation actors with their relations, its recipient country or
 * region, and its collateral, whose providers and agents are agencies too. Shares the import's
 * actors and agency ids; not thread-safe, one per import.
 */
final class GcdfParties {

  private final ReferenceData reference;
  private final Map<EntityId, Actor> actors;
  private final Map<List<String>, EntityId> agencyIds;
  /** The stripped items of the agency cells seen (see {@link #items}). */
  private final Map<String, String[]> itemsOfCell = new HashMap<>();

  GcdfParties(ReferenceData reference, Map<EntityId, Actor> actors, Map<List<String>, EntityId> agencyIds) {
    this.reference = reference;
    this.actors = actors;
    this.agencyIds = agencyIds;
  }

  /**
   * Maps the collateral columns: {@code Collateralized} Yes or No, the providers and security
   * agents (as agency actors, like the other agency columns) and what secures the loan. Empty when
   * the record says nothing about collateral. Cells that contradict a No, or a flag that is
   * neither Yes nor No, are kept as attributes and reported.
   */
  Optional<Collateral> collateral(GcdfRow row, Map<String, String> attributes) {
    String flag = row.get(GcdfColumn.COLLATERALIZED).strip();
    List<GcdfColumn> details = List.of(GcdfColumn.COLLATERAL_PROVIDER, GcdfColumn.COLLATERAL_PROVIDER_AGENCY_TYPE,
        GcdfColumn.SECURITY_AGENT_COLLATERAL_AGENT, GcdfColumn.SECURITY_AGENT_COLLATERAL_AGENT_TYPE,
        GcdfColumn.COLLATERAL);
    boolean described = details.stream().anyMatch(c -> !row.get(c).isBlank());
    boolean yes = flag.equalsIgnoreCase("yes");
    if (!yes && !flag.isEmpty() && !flag.equalsIgnoreCase("no")) {
      row.problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
          "\"" + shorten(flag) + "\" in \"Collateralized\" is neither Yes nor No: no collateral recorded;"
              + " the collateral cells are kept as attributes", row.at(GcdfColumn.COLLATERALIZED));
    } else if (!yes && described) {
      row.problem(ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
          "\"Collateralized\" is " + (flag.isEmpty() ? "empty" : "No") + " but the collateral columns are"
              + " filled in: " + (flag.isEmpty() ? "no collateral recorded" : "recorded as not collateralised")
              + "; the collateral cells are kept as attributes", row.at(GcdfColumn.COLLATERALIZED));
    } else if (yes) {
      Collateral.Builder collateral = Collateral.builder().collateralised(true);
      collateral.addAllProviders(agencyIds(row, GcdfColumn.COLLATERAL_PROVIDER,
          GcdfColumn.COLLATERAL_PROVIDER_AGENCY_TYPE));
      collateral.addAllAgents(agencyIds(row, GcdfColumn.SECURITY_AGENT_COLLATERAL_AGENT,
          GcdfColumn.SECURITY_AGENT_COLLATERAL_AGENT_TYPE));
      String securedBy = row.get(GcdfColumn.COLLATERAL).strip();
      if (!securedBy.isEmpty()) {
        collateral.securedBy(LocalizedText.english(securedBy));
      }
      return Optional.of(collateral.build());
    }
    for (GcdfColumn column : GcdfColumn.values()) {
      if ((column == GcdfColumn.COLLATERALIZED || details.contains(column)) && !row.get(column).isEmpty()) {
        attributes.put(column.attributeKey(), row.get(column));
      }
    }
    return flag.equalsIgnoreCase("no") ? Optional.of(Collateral.none()) : Optional.empty();
  }

  /** Adds the actors of one agency column and their relations; returns their ids in order. */
  List<EntityId> agencies(
      GcdfRow row, EntityId initiative, Citation cite, GcdfColumn namesColumn, GcdfColumn typesColumn,
      RelationType type, String role) {
    List<EntityId> ids = agencyIds(row, namesColumn, typesColumn);
    for (EntityId actor : ids) {
      row.relate(actor, type, initiative, role, cite);
    }
    return ids;
  }

  /**
   * Returns the actors of the agencies a pair of name and type columns lists, each once, in order,
   * adding those not seen before.
   */
  private List<EntityId> agencyIds(GcdfRow row, GcdfColumn namesColumn, GcdfColumn typesColumn) {
    String names = row.get(namesColumn);
    if (names.isBlank()) {
      return List.of();
    }
    String[] nameItems = items(names);
    String[] typeItems = items(row.get(typesColumn));
    if (!row.get(typesColumn).isEmpty() && typeItems.length != nameItems.length) {
      row.problem(ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
          "\"" + namesColumn.header() + "\" lists " + nameItems.length + " names but \""
              + typesColumn.header() + "\" lists " + typeItems.length
              + " types: types are paired with names by position", row.at(typesColumn));
    }
    List<EntityId> ids = new ArrayList<>();
    for (int i = 0; i < nameItems.length; i++) {
      String name = nameItems[i];
      if (name.isEmpty()) {
        continue;
      }
      String agencyType = i < typeItems.length ? typeItems[i] : "";
      EntityId actor = agency(row, name, agencyType);
      if (!ids.contains(actor)) {
        ids.add(actor);
      }
    }
    return ids;
  }

  /**
   * The items of a {@code |}-separated cell, stripped, as {@code cell.split("\\|", -1)} with each
   * item stripped: the same array for the same cell text, so that the agency cells, whose values
   * recur from row to row, are split once and their items (as keys) hashed once. At most {@value
   * TextPool#MAX_ENTRIES} cells are held; the arrays are never changed.
   */
  private String[] items(String cell) {
    String[] known = itemsOfCell.get(cell);
    if (known != null) {
      return known;
    }
    String[] items = cell.split("\\|", -1);
    for (int i = 0; i < items.length; i++) {
      items[i] = items[i].strip();
    }
    if (itemsOfCell.size() < TextPool.MAX_ENTRIES) {
      itemsOfCell.put(cell, items);
    }
    return items;
  }

  private EntityId agency(GcdfRow row, String name, String agencyType) {
    List<String> key = List.of(name, agencyType);
    EntityId known = agencyIds.get(key);
    if (known == null) {
      known = row.newAgencyIds.get(key);
    }
    if (known != null) {
      return known;
    }
    String base = "aiddata-" + slug(name, 120) + (agencyType.isEmpty() ? "" : "." + slug(agencyType, 60));
    EntityId id = EntityId.of(Kind.ACTOR, base);
    if (actors.containsKey(id) || row.newActors.containsKey(id) || reference.graph().contains(id)) {
      id = EntityId.of(Kind.ACTOR, base + "-" + hash(name + "|" + agencyType, 8));
    }
    Actor.Builder actor =
        Actor.builder()
            .id(id)
            .actorType(ActorType.ORGANIZATION)
            .name(LocalizedText.english(name))
            .addCitations(GcdfImport.DATASET_CITATION);
    if (!agencyType.isEmpty()) {
      actor.putAttribute(AidData.NAMESPACE + "agencyType", agencyType);
    }
    row.newActors.put(id, actor.build());
    row.newAgencyIds.put(key, id);
    return id;
  }

  void recipient(GcdfRow row, EntityId initiative, Citation cite) {
    String iso3 = row.get(GcdfColumn.RECIPIENT_ISO_3).strip();
    String name = row.get(GcdfColumn.RECIPIENT).strip();
    String region = row.get(GcdfColumn.RECIPIENT_REGION).strip();
    if (isLetters3(iso3)) {
      EntityId country = country(row, iso3.toUpperCase(Locale.ROOT), name);
      row.relate(initiative, RelationType.BENEFITS, country, null, cite);
      return;
    }
    if (!iso3.isEmpty()) {
      row.problem(ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
          "\"" + shorten(iso3) + "\" in \"Recipient ISO-3\" is not an ISO 3166-1 alpha-3 code: the record"
              + " is linked to its recipient region instead", row.at(GcdfColumn.RECIPIENT_ISO_3));
    }
    Optional<EntityId> regionId = region(row, region);
    if (regionId.isPresent()) {
      row.relate(initiative, RelationType.BENEFITS, regionId.get(), name.isEmpty() ? null : name, cite);
    } else {
      row.problem(ProblemKind.NOTE, ProblemCode.MISSING_FIELD,
          "the record names no recipient country (\"Recipient ISO-3\") and its \"Recipient Region\" is \""
              + shorten(region) + "\": no benefits relation; the recipient is kept as attributes",
          row.at(GcdfColumn.RECIPIENT_ISO_3));
    }
  }

  /** Returns the id of a country, from the reference data or made from the record's own name. */
  private EntityId country(GcdfRow row, String iso3, String name) {
    Optional<Actor> known = reference.countryByIso3(iso3);
    if (known.isPresent()) {
      row.newReferenceIds.add(known.get().id());
      return known.get().id();
    }
    EntityId id = EntityId.of(Kind.ACTOR, iso3.toLowerCase(Locale.ROOT));
    Actor seen = actors.get(id);
    if (seen != null) {
      return seen.id(); // the same instance on every row, held once
    }
    if (!row.newActors.containsKey(id)) {
      row.newActors.put(
          id,
          Actor.builder()
              .id(id)
              .actorType(ActorType.COUNTRY)
              .name(LocalizedText.english(name.isEmpty() ? iso3 : name))
              .iso3(iso3)
              .addCitations(GcdfImport.DATASET_CITATION)
              .build());
    }
    return id;
  }

  /** GCDF's Recipient Region values and the UN M49 regions they stand for. */
  private static final Map<String, String[]> REGIONS =
      Map.of(
          "africa", new String[] {"002", "Africa"},
          "america", new String[] {"019", "Americas"},
          "americas", new String[] {"019", "Americas"},
          "asia", new String[] {"142", "Asia"},
          "europe", new String[] {"150", "Europe"},
          "oceania", new String[] {"009", "Oceania"});

  private Optional<EntityId> region(GcdfRow row, String region) {
    String key = region.toLowerCase(Locale.ROOT);
    String[] m49 = REGIONS.get(key);
    if (m49 != null) {
      Optional<Actor> known = reference.byM49(m49[0]);
      if (known.isPresent()) {
        row.newReferenceIds.add(known.get().id());
        return Optional.of(known.get().id());
      }
      EntityId id = EntityId.of(Kind.ACTOR, "m49-" + m49[0]);
      addRegion(row, id, m49[1], m49[0]);
      return Optional.of(id);
    }
    if (key.equals("middle east")) {
      EntityId id = EntityId.of(Kind.ACTOR, "aiddata-region-middle-east");
      addRegion(row, id, "Middle East", null);
      return Optional.of(id);
    }
    return Optional.empty();
  }

  private void addRegion(GcdfRow row, EntityId id, String name, String m49) {
    if (actors.containsKey(id) || row.newActors.containsKey(id)) {
      return;
    }
    Actor.Builder actor =
        Actor.builder()
            .id(id)
            .actorType(ActorType.REGION)
            .name(LocalizedText.english(name))
            .addCitations(GcdfImport.DATASET_CITATION);
    if (m49 != null) {
      actor.m49(m49);
    }
    row.newActors.put(id, actor.build());
  }
}
