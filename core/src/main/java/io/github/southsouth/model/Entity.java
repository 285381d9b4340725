package io.github.southsouth.model;

import com.google.common.collect.ImmutableList;
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
}
