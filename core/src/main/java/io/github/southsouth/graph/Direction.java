package io.github.southsouth.graph;

/**
 * Which way to follow relations from an entity: along them ({@link #OUTGOING}), against them
 * ({@link #INCOMING}), or both.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Direction {
  /** Relations that start from the entity: {@code entity -> other}. */
  OUTGOING,
  /** Relations that end at the entity: {@code other -> entity}. */
  INCOMING,
  /** Relations in either direction. */
  BOTH;

  boolean includesOutgoing() {
    return this != INCOMING;
  }

  boolean includesIncoming() {
    return this != OUTGOING;
  }
}
