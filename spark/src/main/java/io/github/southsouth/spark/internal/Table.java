package io.github.southsouth.spark.internal;

/** The tables an imported file's rows go to, in the order of {@code SouthSouthFrames}. */
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
  PROBLEMS
}
