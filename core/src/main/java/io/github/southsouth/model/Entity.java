package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import org.immutables.value.Value;

/**
 * Something the model of South-South Cooperation names: a principle, goal, theme, concept,
 * initiative, actor, event, perspective or source. The family is closed: every entity is one of the
 * nine permitted types, and its {@link #kind()} is the prefix of its {@link #id()}.
 *
 * <p>Every entity has an id, a name and a summary in one or more languages, citations of the
 * sources that support it, identifiers in other systems ({@code wikidata}, {@code iati}, {@code
 * aiddata}, {@code iso3166}, ...) and attributes: coded values that importers keep without a typed
 * field, under namespaced keys. Relations between entities live in {@code CooperationGraph}, not on
 * the entities, so an entity is a small value that can be compared, hashed and shared freely.
 *
 * <p>All implementations are immutable and thread-safe, with structural equality over every
 * attribute.
 *
 * @since 0.1.0
 */
public sealed interface Entity
    permits Principle, Goal, Theme, Concept, Initiative, Actor, Event, Perspective, Source {

  /**
   * Returns the id.
   *
   * @return the id, whose kind is this entity's kind
   */
  EntityId id();

  /**
   * Returns the name, in at least one language once the entity is in a graph (not necessarily
   * English: an imported organisation may be named only in Spanish). Look it up with {@link
   * LocalizedText#best(String...)}, which falls back to another language.
   *
   * @return the name
   */
  LocalizedText name();

  /**
   * Returns a short, neutral summary.
   *
   * @return the summary, possibly empty
   */
  @Value.Default
  default LocalizedText summary() {
    return LocalizedText.empty();
  }

  /**
   * Returns the citations of the sources that support this entity.
   *
   * @return the citations, in the order given
   */
  ImmutableList<Citation> citations();

  /**
   * Returns identifiers of this entity in other systems, by scheme: {@code wikidata}, {@code iati},
   * {@code aiddata}, {@code iso3166}, ...
   *
   * @return the external ids
   */
  ImmutableMap<String, String> externalIds();

  /**
   * Returns coded values without a typed field, by namespaced key such as {@code
   * aiddata.flowClass}, sorted by key. A sorted map holds its keys and values in two arrays, a
   * fraction of the memory of a hash map, which matters for imports of many records; a lookup is
   * O(log n).
   *
   * @return the attributes
   */
  @Value.NaturalOrder
  ImmutableSortedMap<String, String> attributes();

  /**
   * Returns the kind of this entity.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * The methods every entity's builder has, for the attributes every entity has: {@code
   * Initiative.Builder}, {@code Actor.Builder} and the builders of the other kinds implement it,
   * and add the attributes of their kind. Made with {@code Initiative.builder()} and the like.
   *
   * <p>Every method checks its arguments where they are given: a {@code null} throws a {@code
   * NullPointerException} naming the attribute. Not thread-safe: use one per thread.
   *
   * @param <B> the builder's own type, returned by each method for chained calls
   * @param <E> the type of entity it builds
   * @since 0.1.0
   */
  interface Builder<B extends Builder<B, E>, E extends Entity> {
    /**
     * Fills this builder with the attributes every entity has, from any entity: single values are replaced, collection elements and map entries are added.
     *
     * @param instance the instance to copy from
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B from(Entity instance);

    /**
     * Sets {@link Entity#id() id}.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B id(EntityId id);

    /**
     * Sets {@link Entity#name() name}.
     *
     * @param name the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B name(LocalizedText name);

    /**
     * Sets {@link Entity#summary() summary}. If not set, the default of {@link Entity#summary() summary} applies.
     *
     * @param summary the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B summary(LocalizedText summary);

    /**
     * Adds one element to {@link Entity#citations() citations} list.
     *
     * @param element the element to add
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B addCitation(Citation element);

    /**
     * Adds elements to {@link Entity#citations() citations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B addCitations(Citation... elements);

    /**
     * Sets or replaces all elements for {@link Entity#citations() citations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B citations(Iterable<? extends Citation> elements);

    /**
     * Adds elements to {@link Entity#citations() citations} list.
     *
     * @param elements the elements
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B addAllCitations(Iterable<? extends Citation> elements);

    /**
     * Put one entry to the {@link Entity#externalIds() externalIds} map.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B putExternalId(String key, String value);

    /**
     * Put one entry to the {@link Entity#externalIds() externalIds} map. Nulls are not permitted
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B putExternalId(Map.Entry<String, ? extends String> entry);

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link Entity#externalIds() externalIds} map. Nulls are not permitted
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B externalIds(Map<String, ? extends String> entries);

    /**
     * Put all mappings from the specified map as entries to {@link Entity#externalIds() externalIds} map. Nulls are not permitted
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B putAllExternalIds(Map<String, ? extends String> entries);

    /**
     * Put one entry to the {@link Entity#attributes() attributes} map.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B putAttribute(String key, String value);

    /**
     * Put one entry to the {@link Entity#attributes() attributes} map. Nulls are not permitted
     *
     * @param entry the entry
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B putAttribute(Map.Entry<String, ? extends String> entry);

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link Entity#attributes() attributes} map. Nulls are not permitted
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B attributes(Map<String, ? extends String> entries);

    /**
     * Put all mappings from the specified map as entries to {@link Entity#attributes() attributes} map. Nulls are not permitted
     *
     * @param entries the entries
     * @return this builder
     * @throws NullPointerException if an argument is null or holds a null
     */
    B putAllAttributes(Map<String, ? extends String> entries);

    /**
     * Builds the entity.
     *
     * @return the entity
     * @throws IllegalStateException if a required attribute is missing
     * @throws IllegalArgumentException if the entity breaks one of its own checks
     */
    E build();
  }
}
