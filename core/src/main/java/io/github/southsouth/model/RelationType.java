package io.github.southsouth.model;

import static io.github.southsouth.model.Kind.ACTOR;
import static io.github.southsouth.model.Kind.CONCEPT;
import static io.github.southsouth.model.Kind.EVENT;
import static io.github.southsouth.model.Kind.GOAL;
import static io.github.southsouth.model.Kind.INITIATIVE;
import static io.github.southsouth.model.Kind.PERSPECTIVE;
import static io.github.southsouth.model.Kind.PRINCIPLE;
import static io.github.southsouth.model.Kind.THEME;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.EnumSet;

/**
 * The type of a {@link Relation}, with the kinds it may connect. Each type declares its allowed
 * (from kind, to kind) pairs; {@code CooperationGraph} refuses a relation outside them.
 *
 * <table>
 *   <caption>Relation types and their allowed kinds</caption>
 *   <tr><th>type</th><th>from</th><th>to</th></tr>
 *   <tr><td>embodies</td><td>initiative</td><td>principle</td></tr>
 *   <tr><td>advances</td><td>initiative</td><td>goal</td></tr>
 *   <tr><td>addresses</td><td>initiative, actor</td><td>theme</td></tr>
 *   <tr><td>part-of</td><td>initiative / actor / principle, goal, theme, concept</td>
 *       <td>initiative / actor / concept (same family)</td></tr>
 *   <tr><td>leads, funds, implements</td><td>actor</td><td>initiative</td></tr>
 *   <tr><td>benefits</td><td>initiative</td><td>actor</td></tr>
 *   <tr><td>participates-in</td><td>actor</td><td>event, initiative, actor</td></tr>
 *   <tr><td>member-of</td><td>actor</td><td>actor</td></tr>
 *   <tr><td>holds</td><td>actor</td><td>perspective</td></tr>
 *   <tr><td>concerns</td><td>perspective</td><td>any</td></tr>
 *   <tr><td>originates-in</td><td>principle, concept</td><td>event</td></tr>
 *   <tr><td>contrasts-with</td><td>concept, principle</td><td>concept</td></tr>
 *   <tr><td>aims-at</td><td>concept, principle, goal / initiative</td><td>goal, concept / concept</td></tr>
 *   <tr><td>opposes</td><td>actor, event, concept</td><td>concept</td></tr>
 *   <tr><td>related-to</td><td>any</td><td>any</td></tr>
 * </table>
 *
 * <p>A closed vocabulary with stable wire {@linkplain #code() codes}. Immutable and thread-safe;
 * {@link #allows} is O(1).
 *
 * @since 0.1.0
 */
public enum RelationType implements Coded {
  /** An initiative embodies a principle. */
  EMBODIES("embodies", pairs(INITIATIVE, PRINCIPLE)),
  /** An initiative advances a goal. */
  ADVANCES("advances", pairs(INITIATIVE, GOAL)),
  /** An initiative, or an actor such as a forum, addresses an area of contribution. */
  ADDRESSES("addresses", pairs(INITIATIVE, THEME, ACTOR, THEME)),
  /**
   * Part of a larger whole of the same family: a project of a framework, a region of a larger
   * region, or a principle, goal, theme or concept of a concept.
   */
  PART_OF(
      "part-of",
      pairs(
          INITIATIVE, INITIATIVE,
          ACTOR, ACTOR,
          PRINCIPLE, CONCEPT,
          GOAL, CONCEPT,
          THEME, CONCEPT,
          CONCEPT, CONCEPT)),
  /** An actor leads (is accountable for) an initiative. */
  LEADS("leads", pairs(ACTOR, INITIATIVE)),
  /** An actor funds an initiative. */
  FUNDS("funds", pairs(ACTOR, INITIATIVE)),
  /** An actor implements an initiative. */
  IMPLEMENTS("implements", pairs(ACTOR, INITIATIVE)),
  /** An initiative benefits an actor, typically a recipient country or region. */
  BENEFITS("benefits", pairs(INITIATIVE, ACTOR)),
  /** An actor participates in an event, initiative or another actor's activity. */
  PARTICIPATES_IN("participates-in", pairs(ACTOR, EVENT, ACTOR, INITIATIVE, ACTOR, ACTOR)),
  /** An actor is a member of a group, forum, organisation or region. */
  MEMBER_OF("member-of", pairs(ACTOR, ACTOR)),
  /** An actor holds a perspective. */
  HOLDS("holds", pairs(ACTOR, PERSPECTIVE)),
  /** A perspective concerns an entity. */
  CONCERNS("concerns", fromOneToAny(PERSPECTIVE)),
  /** A principle or concept originates in an event. */
  ORIGINATES_IN("originates-in", pairs(PRINCIPLE, EVENT, CONCEPT, EVENT)),
  /** A concept or principle is contrasted with a concept, such as non-conditionality with Western aid models. */
  CONTRASTS_WITH("contrasts-with", pairs(CONCEPT, CONCEPT, PRINCIPLE, CONCEPT)),
  /**
   * A concept, principle or goal aims at a goal or concept; an initiative aims at a concept, such as
   * food security.
   */
  AIMS_AT(
      "aims-at",
      pairs(
          INITIATIVE, CONCEPT,
          CONCEPT, GOAL,
          CONCEPT, CONCEPT,
          PRINCIPLE, GOAL,
          PRINCIPLE, CONCEPT,
          GOAL, GOAL,
          GOAL, CONCEPT)),
  /** An actor, event or concept opposes a concept, such as colonialism. */
  OPPOSES("opposes", pairs(ACTOR, CONCEPT, EVENT, CONCEPT, CONCEPT, CONCEPT)),
  /** A looser link between any two entities, such as sibling activities in IATI. */
  RELATED_TO("related-to", anyToAny());

  private final String code;
  private final ImmutableSetMultimap<Kind, Kind> allowed;
  /** For each kind of source (by ordinal), the kinds of target allowed, one bit per ordinal. */
  private final int[] allowedTargets;

  RelationType(String code, ImmutableSetMultimap<Kind, Kind> allowed) {
    this.code = code;
    this.allowed = allowed;
    this.allowedTargets = new int[Kind.values().length];
    allowed.forEach((from, to) -> allowedTargets[from.ordinal()] |= 1 << to.ordinal());
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Tells whether a relation of this type may go from an entity of kind {@code from} to one of
   * kind {@code to}. O(1).
   *
   * @param from the kind of the relation's source
   * @param to the kind of the relation's target
   * @return true if the pair is allowed
   */
  public boolean allows(Kind from, Kind to) {
    return (allowedTargets[from.ordinal()] & (1 << to.ordinal())) != 0;
  }

  /**
   * Returns the kinds a relation of this type may start from.
   *
   * @return the domain, in {@link Kind} order
   */
  public ImmutableSet<Kind> domain() {
    return ImmutableSet.copyOf(EnumSet.copyOf(allowed.keySet()));
  }

  /**
   * Returns the kinds a relation of this type may end at when it starts from {@code from}.
   *
   * @param from the kind of the relation's source
   * @return the allowed target kinds, empty if {@code from} is outside the domain
   */
  public ImmutableSet<Kind> range(Kind from) {
    return allowed.get(from);
  }

  private static ImmutableSetMultimap<Kind, Kind> pairs(Kind... fromTo) {
    ImmutableSetMultimap.Builder<Kind, Kind> map = ImmutableSetMultimap.builder();
    for (int i = 0; i < fromTo.length; i += 2) {
      map.put(fromTo[i], fromTo[i + 1]);
    }
    return map.build();
  }

  private static ImmutableSetMultimap<Kind, Kind> fromOneToAny(Kind from) {
    ImmutableSetMultimap.Builder<Kind, Kind> map = ImmutableSetMultimap.builder();
    for (Kind to : Kind.values()) {
      map.put(from, to);
    }
    return map.build();
  }

  private static ImmutableSetMultimap<Kind, Kind> anyToAny() {
    ImmutableSetMultimap.Builder<Kind, Kind> map = ImmutableSetMultimap.builder();
    for (Kind from : Kind.values()) {
      for (Kind to : Kind.values()) {
        map.put(from, to);
      }
    }
    return map.build();
  }
}
