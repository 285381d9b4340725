package io.github.southsouth.spark.internal;

/**
 * The tables an imported file's rows go to: the public ones, in the order of {@code
 * SouthSouthFrames}, then the internal ones ({@link JoinSchemas}), which {@code SouthSouthFrames}
 * joins on the cluster and which no public frame shows.
 */
public enum Table {
  /** {@code FrameSchemas.INITIATIVES}. */
  INITIATIVES,
  /** {@code FrameSchemas.ACTORS}. */
  ACTORS,
  /** {@code FrameSchemas.RELATIONS}. */
  RELATIONS,
  /** {@code FrameSchemas.FINANCING}. */
  FINANCING,
  /** {@code FrameSchemas.CONDITIONS}. */
  CONDITIONS,
  /** {@code FrameSchemas.PROBLEMS}. */
  PROBLEMS,
  /** Internal: {@link JoinSchemas#MADE_RECIPIENTS}. */
  MADE_RECIPIENTS,
  /** Internal: {@link JoinSchemas#OPEN_RELATED}. */
  OPEN_RELATED,
  /** Internal: {@link JoinSchemas#RELATED_WARNINGS}. */
  RELATED_WARNINGS
}
