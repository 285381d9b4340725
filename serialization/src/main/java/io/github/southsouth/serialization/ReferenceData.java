package io.github.southsouth.serialization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Theme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference data an importer links its records to: countries by ISO 3166-1 code, regions by UN
 * M49 code, and themes by OECD-DAC sector code. Usually the bundled seeds ({@code Seeds.load()}),
 * so that an imported IATI activity benefits {@code actor:ken} with Kenya's English and Chinese
 * names, and a solar project addresses the energy theme.
 *
 * <p>Reference initiatives may carry <em>matching rules</em>: attributes in the {@code match.}
 * namespace that say, from fields the importers read, which imported records belong to the
 * programme (see {@link #programmesFor} and docs/FORMAT.md). An importer links each record that
 * matches to the programme with a {@code part-of} relation ({@link #classify}), so that a record
 * is found by the principles, goals and themes of the programme it is part of.
 *
 * <p>An importer's output is a complete graph on its own: {@link #closure(Collection)} gives the
 * reference entities it links to, together with what they need to stay valid and useful — the
 * regions and groups they are members or parts of (transitively), the programmes initiatives are
 * part of with the principles, goals and themes these embody, advance and address, the relations
 * that say so, and the sources all of these cite.
 *
 * <p>Immutable and thread-safe; the indexes and rules are built once, when created. Lookups are
 * O(1); matching a record is O(number of rules); a closure is O(size of the closure).
 *
 * @since 0.1.0
 */
public final class ReferenceData {

  private static final RelationType[] INITIATIVE_CLOSURE = {
    RelationType.PART_OF, RelationType.EMBODIES, RelationType.ADVANCES, RelationType.ADDRESSES
  };

  private static final ReferenceData NONE = new ReferenceData(CooperationGraph.builder().build());

  private final CooperationGraph graph;
  private final ImmutableMap<String, Actor> countriesByIso2;
  private final ImmutableMap<String, Actor> countriesByIso3;
  private final ImmutableMap<String, Actor> byM49;
  private final ImmutableListMultimap<String, Theme> themesBySector;
  private final ImmutableList<Rule> rules;

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
    ImmutableList.Builder<Rule> parsed = ImmutableList.builder();
    for (Initiative initiative : graph.initiatives()) {
      Rule.parse(initiative, this).ifPresent(parsed::add);
    }
    this.rules = parsed.build();
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
   * @throws IllegalArgumentException if an initiative's matching rule is malformed: an unknown
   *     {@code match.} attribute, an unknown instrument code, a sector code that is not three or
   *     five digits, a country code that is not three letters, or an empty list (the message names
   *     the initiative and the attribute)
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
   * Returns the programmes of the reference data whose matching rule an imported initiative
   * satisfies, in reference order. A rule is the set of {@code match.} attributes of a reference
   * initiative, and every one of them must hold:
   *
   * <ul>
   *   <li>{@code match.instruments} — instrument codes separated by spaces: one of them is among
   *       the initiative's {@linkplain Initiative#instruments() instruments} or the instrument of
   *       one of its financing flows;
   *   <li>{@code match.dacSectors} — OECD-DAC codes separated by spaces: one of the initiative's
   *       DAC sectors (three or five digits) is listed, or the three-digit category of one of its
   *       five-digit codes is. A three-digit sector is never widened to the five-digit codes under
   *       it: {@code 230} (energy) does not match a rule listing only {@code 23230} (solar);
   *   <li>{@code match.recipients} — ISO 3166-1 alpha-3 codes separated by spaces: one of the
   *       recipients is the country with that code ({@code actor:<lowercase code>}, or the
   *       reference country with that alpha-3 code);
   *   <li>{@code match.attribute.<key>} — values separated by {@code |}: the initiative's
   *       attribute {@code <key>} (e.g. {@code aiddata.intent}) is exactly one of them.
   * </ul>
   *
   * @param imported an imported initiative
   * @param recipients the actors it benefits (countries; other actors are ignored)
   * @return the programmes whose rule matches; empty if none does
   */
  public ImmutableList<Initiative> programmesFor(Initiative imported, Collection<EntityId> recipients) {
    ImmutableList.Builder<Initiative> found = ImmutableList.builder();
    for (Rule rule : rules) {
      if (rule.matches(imported, recipients)) {
        found.add(rule.programme);
      }
    }
    return found.build();
  }

  /**
   * Returns the {@code part-of} relations from an imported initiative to every programme whose
   * matching rule it satisfies ({@link #programmesFor}). Each relation's note names the rule
   * ({@code "classified by rule match.instruments + match.attribute.aiddata.intent of
   * initiative:..."}), and it cites the programme's first citation and the import's own citation of
   * the record. Add the programmes' ids to those passed to {@link #closure} so the output carries
   * them.
   *
   * @param imported an imported initiative
   * @param recipients the actors it benefits
   * @param record the citation of the imported record, e.g. its dataset and record id
   * @return the relations, in reference order of the programmes
   */
  public ImmutableList<Relation> classify(
      Initiative imported, Collection<EntityId> recipients, Citation record) {
    ImmutableList.Builder<Relation> relations = ImmutableList.builder();
    for (Rule rule : rules) {
      if (rule.matches(imported, recipients) && !rule.programme.id().equals(imported.id())) {
        Relation.Builder relation =
            Relation.builder()
                .from(imported.id())
                .type(RelationType.PART_OF)
                .to(rule.programme.id())
                .note("classified by rule " + String.join(" + ", rule.keys) + " of " + rule.programme.id());
        if (!rule.programme.citations().isEmpty()) {
          relation.addCitations(rule.programme.citations().get(0));
        }
        relations.add(relation.addCitations(record).build());
      }
    }
    return relations.build();
  }

  /**
   * Returns the reference initiatives that carry a matching rule.
   *
   * @return the programmes with rules, in reference order
   */
  public ImmutableList<Initiative> programmesWithRules() {
    ImmutableList.Builder<Initiative> programmes = ImmutableList.builder();
    rules.forEach(rule -> programmes.add(rule.programme));
    return programmes.build();
  }

  /**
   * Returns what an imported graph needs to include so that links to these reference entities stay
   * valid: the entities themselves; the actors and initiatives they are {@code member-of} or
   * {@code part-of}, transitively; for each initiative among them, its {@code embodies}, {@code
   * advances} and {@code addresses} relations and the principles, goals and themes these point to
   * (so that an imported record that is part of a programme is found by the programme's
   * principles); the relations of those types among them; and every source any of these cite. Ids
   * not in the reference graph are ignored.
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
      RelationType[] types =
          entity.kind() == Kind.INITIATIVE ? INITIATIVE_CLOSURE : new RelationType[] {RelationType.MEMBER_OF, RelationType.PART_OF};
      for (RelationType type : types) {
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

  /** One reference initiative's matching rule, parsed from its {@code match.} attributes. */
  private static final class Rule {
    static final String NAMESPACE = "match.";
    static final String ATTRIBUTE = NAMESPACE + "attribute.";

    final Initiative programme;
    final List<String> keys = new ArrayList<>();
    Set<Instrument> instruments;
    Set<String> sectors;
    Set<EntityId> recipients;
    final Map<String, Set<String>> attributes = new TreeMap<>();

    private Rule(Initiative programme) {
      this.programme = programme;
    }

    static Optional<Rule> parse(Initiative initiative, ReferenceData reference) {
      Rule rule = new Rule(initiative);
      for (Map.Entry<String, String> entry : initiative.attributes().entrySet()) { // sorted by key
        String key = entry.getKey();
        if (!key.startsWith(NAMESPACE)) {
          continue;
        }
        String value = entry.getValue().strip();
        if (key.equals(NAMESPACE + "instruments")) {
          rule.instruments = EnumSet.noneOf(Instrument.class);
          for (String code : words(initiative, key, value)) {
            rule.instruments.add(
                Coded.fromCode(Instrument.class, code)
                    .orElseThrow(() -> bad(initiative, key, "\"" + code + "\" is not an instrument code: expected "
                        + Coded.codesOf(Instrument.class))));
          }
        } else if (key.equals(NAMESPACE + "dacSectors")) {
          rule.sectors = new LinkedHashSet<>();
          for (String code : words(initiative, key, value)) {
            if (!code.matches("[0-9]{3}|[0-9]{5}")) {
              throw bad(initiative, key, "\"" + code + "\" is not an OECD-DAC code: expected three or five digits");
            }
            rule.sectors.add(code);
          }
        } else if (key.equals(NAMESPACE + "recipients")) {
          rule.recipients = new LinkedHashSet<>();
          for (String code : words(initiative, key, value)) {
            if (!code.matches("[A-Za-z]{3}")) {
              throw bad(initiative, key, "\"" + code + "\" is not an ISO 3166-1 alpha-3 code: expected three letters");
            }
            rule.recipients.add(EntityId.of(Kind.ACTOR, code.toLowerCase(Locale.ROOT)));
            reference.countryByIso3(code).ifPresent(country -> rule.recipients.add(country.id()));
          }
        } else if (key.startsWith(ATTRIBUTE) && key.length() > ATTRIBUTE.length()) {
          Set<String> values = new LinkedHashSet<>();
          for (String v : value.split("\\|", -1)) {
            if (!v.strip().isEmpty()) {
              values.add(v.strip());
            }
          }
          if (values.isEmpty()) {
            throw bad(initiative, key, "no value given: expected values separated by |");
          }
          rule.attributes.put(key.substring(ATTRIBUTE.length()), values);
        } else {
          throw bad(initiative, key, "unknown matching rule: expected match.instruments, match.dacSectors,"
              + " match.recipients or match.attribute.<attribute key>");
        }
        rule.keys.add(key);
      }
      return rule.keys.isEmpty() ? Optional.empty() : Optional.of(rule);
    }

    private static List<String> words(Initiative initiative, String key, String value) {
      List<String> words = new ArrayList<>();
      for (String word : value.split("\\s+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      if (words.isEmpty()) {
        throw bad(initiative, key, "no value given: expected codes separated by spaces");
      }
      return words;
    }

    private static IllegalArgumentException bad(Initiative initiative, String key, String problem) {
      return new IllegalArgumentException(
          "the matching rule " + key + " of " + initiative.id() + " is malformed: " + problem);
    }

    boolean matches(Initiative imported, Collection<EntityId> to) {
      if (instruments != null && !usesInstrument(imported)) {
        return false;
      }
      if (sectors != null && !inSector(imported)) {
        return false;
      }
      if (recipients != null && to.stream().noneMatch(recipients::contains)) {
        return false;
      }
      for (Map.Entry<String, Set<String>> attribute : attributes.entrySet()) {
        String value = imported.attributes().get(attribute.getKey());
        if (value == null || !attribute.getValue().contains(value.strip())) {
          return false;
        }
      }
      return true;
    }

    private boolean usesInstrument(Initiative imported) {
      return !Collections.disjoint(instruments, imported.allInstruments());
    }

    private boolean inSector(Initiative imported) {
      for (Sector sector : imported.sectors()) {
        if (sector.vocabulary() != SectorVocabulary.DAC_3 && sector.vocabulary() != SectorVocabulary.DAC_5) {
          continue;
        }
        String code = sector.code();
        if (sectors.contains(code) || (code.length() == 5 && sectors.contains(code.substring(0, 3)))) {
          return true;
        }
      }
      return false;
    }
  }
}
