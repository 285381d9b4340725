package io.github.southsouth.serialization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Theme;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference data an importer links its records to: countries by ISO 3166-1 code, regions by UN
 * M49 code, and themes by OECD-DAC sector code. Usually the bundled seeds ({@code Seeds.load()}),
 * so that an imported IATI activity benefits {@code actor:ken} with Kenya's English and Chinese
 * names, and a solar project addresses the energy theme.
 *
 * <p>An importer's output is a complete graph on its own: {@link #closure(Collection)} gives the
 * reference entities it links to, together with what they need to stay valid and useful — the
 * regions and groups they are members or parts of (transitively), the relations that say so, and
 * the sources all of these cite.
 *
 * <p>Immutable and thread-safe; the indexes are built once, when created. Lookups are O(1); a
 * closure is O(size of the closure).
 *
 * @since 0.1.0
 */
public final class ReferenceData {

  private static final ReferenceData NONE = new ReferenceData(CooperationGraph.builder().build());

  private final CooperationGraph graph;
  private final ImmutableMap<String, Actor> countriesByIso2;
  private final ImmutableMap<String, Actor> countriesByIso3;
  private final ImmutableMap<String, Actor> byM49;
  private final ImmutableListMultimap<String, Theme> themesBySector;

  private ReferenceData(CooperationGraph graph) {
    this.graph = graph;
    Map<String, Actor> iso2 = new HashMap<>();
    Map<String, Actor> iso3 = new HashMap<>();
    Map<String, Actor> m49 = new HashMap<>();
    for (Actor actor : graph.actors()) {
      if (actor.actorType() == ActorType.COUNTRY) {
        actor.iso2().ifPresent(code -> iso2.putIfAbsent(code, actor));
        actor.iso3().ifPresent(code -> iso3.putIfAbsent(code, actor));
      }
      if (actor.actorType() == ActorType.COUNTRY || actor.actorType() == ActorType.REGION) {
        actor.m49().ifPresent(code -> m49.putIfAbsent(code, actor));
      }
    }
    ImmutableListMultimap.Builder<String, Theme> themes = ImmutableListMultimap.builder();
    for (Theme theme : graph.themes()) {
      for (String code : theme.dacSectors()) {
        themes.put(code, theme);
      }
    }
    this.countriesByIso2 = ImmutableMap.copyOf(iso2);
    this.countriesByIso3 = ImmutableMap.copyOf(iso3);
    this.byM49 = ImmutableMap.copyOf(m49);
    this.themesBySector = themes.build();
  }

  /**
   * Returns reference data with nothing in it: importers then make minimal actors from the codes
   * and names in the data itself.
   *
   * @return empty reference data
   */
  public static ReferenceData none() {
    return NONE;
  }

  /**
   * Returns reference data drawn from a graph, typically the bundled seeds.
   *
   * @param graph the reference graph
   * @return the reference data
   */
  public static ReferenceData of(CooperationGraph graph) {
    return new ReferenceData(graph);
  }

  /**
   * Returns the graph the reference data is drawn from.
   *
   * @return the graph
   */
  public CooperationGraph graph() {
    return graph;
  }

  /**
   * Finds a country by ISO 3166-1 alpha-2 code, in any case.
   *
   * @param code e.g. {@code KE}
   * @return the country
   */
  public Optional<Actor> countryByIso2(String code) {
    return Optional.ofNullable(countriesByIso2.get(code.toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * Finds a country by ISO 3166-1 alpha-3 code, in any case.
   *
   * @param code e.g. {@code KEN}
   * @return the country
   */
  public Optional<Actor> countryByIso3(String code) {
    return Optional.ofNullable(countriesByIso3.get(code.toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * Finds a country or region by UN M49 code; codes shorter than three digits are padded.
   *
   * @param code e.g. {@code 002} or {@code 2}
   * @return the country or region
   */
  public Optional<Actor> byM49(String code) {
    String padded = code.length() >= 3 ? code : "000".substring(code.length()) + code;
    return Optional.ofNullable(byM49.get(padded));
  }

  /**
   * Returns the themes that cover a DAC sector: those listing the five-digit code itself, or its
   * three-digit category.
   *
   * @param dacCode a DAC code of three or five digits
   * @return the themes, in reference order, without duplicates
   */
  public ImmutableList<Theme> themesForSector(String dacCode) {
    Set<Theme> themes = new LinkedHashSet<>(themesBySector.get(dacCode));
    if (dacCode.length() > 3) {
      themes.addAll(themesBySector.get(dacCode.substring(0, 3)));
    }
    return ImmutableList.copyOf(themes);
  }

  /**
   * Returns what an imported graph needs to include so that links to these reference entities stay
   * valid: the entities themselves; the actors they are {@code member-of} or {@code part-of},
   * transitively; the relations among them of those two types; and every source any of these
   * cite. Ids not in the reference graph are ignored.
   *
   * @param ids the reference entities linked to
   * @return the entities and relations to add, in a deterministic order
   */
  public Closure closure(Collection<EntityId> ids) {
    Map<EntityId, Entity> entities = new LinkedHashMap<>();
    Set<Relation> relations = new LinkedHashSet<>();
    Deque<EntityId> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      EntityId id = todo.poll();
      if (entities.containsKey(id)) {
        continue;
      }
      Optional<Entity> found = graph.find(id);
      if (found.isEmpty()) {
        continue;
      }
      Entity entity = found.get();
      entities.put(id, entity);
      for (Citation citation : entity.citations()) {
        todo.add(citation.source());
      }
      if (entity instanceof Perspective) {
        todo.add(((Perspective) entity).holder());
      }
      for (RelationType type : new RelationType[] {RelationType.MEMBER_OF, RelationType.PART_OF}) {
        for (Relation relation : graph.outgoing(id, type)) {
          relations.add(relation);
          todo.add(relation.to());
          relation.citations().forEach(c -> todo.add(c.source()));
        }
      }
    }
    return new Closure(ImmutableList.copyOf(entities.values()), ImmutableList.copyOf(relations));
  }

  /**
   * The reference entities and relations an imported graph includes; see {@link
   * ReferenceData#closure}. Immutable and thread-safe.
   */
  public static final class Closure {
    private final ImmutableList<Entity> entities;
    private final ImmutableList<Relation> relations;

    Closure(ImmutableList<Entity> entities, ImmutableList<Relation> relations) {
      this.entities = entities;
      this.relations = relations;
    }

    /**
     * Returns the entities to include.
     *
     * @return the entities
     */
    public ImmutableList<Entity> entities() {
      return entities;
    }

    /**
     * Returns the relations to include.
     *
     * @return the relations
     */
    public ImmutableList<Relation> relations() {
      return relations;
    }
  }
}
