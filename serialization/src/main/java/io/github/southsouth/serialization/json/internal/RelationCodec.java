package io.github.southsouth.serialization.json.internal;

import static io.github.southsouth.serialization.json.internal.Codec.set;

import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Relations in the native format (docs/FORMAT.md): written by {@link #writeRelation}, read back
 * by {@link #readRelation}, which reports every problem with its location and returns null for a
 * relation that could not be read.
 *
 * <p>Not thread-safe when reading (one per cursor, through {@link Codec#relations()}); writing is
 * stateless.
 */
public final class RelationCodec {

  private enum RelationField { FROM, TYPE, TO, PERIOD, SHARE, NOTE, CITATIONS }

  private static final Codec.Keys<RelationField> RELATION = new Codec.Keys<>(RelationField.class, "a relation", true,
      "from, type and to", RelationField.FROM, RelationField.TYPE, RelationField.TO);

  private final Codec values;
  private final Cursor in;

  RelationCodec(Codec values) {
    this.values = values;
    this.in = values.cursor();
  }

  /**
   * Writes a relation.
   *
   * @param g the generator
   * @param r the relation
   */
  public static void writeRelation(JsonGenerator g, Relation r) {
    g.writeStartObject();
    Codec.writeId(g, "from", r.from());
    Codec.writeCode(g, "type", r.type());
    Codec.writeId(g, "to", r.to());
    Codec.writeOptional(g, "period", r.period(), Codec::writePeriod);
    Codec.writeOptional(g, "share", r.share(), Codec::writeDecimal);
    Codec.writeOptional(g, "note", r.note(), JsonGenerator::writeString);
    Codec.writeArray(g, "citations", r.citations(), Codec::writeCitation);
    g.writeEndObject();
  }

  /**
   * Reads a relation.
   *
   * @return the relation, or null if it could not be read (problems reported)
   */
  public @Nullable Relation readRelation() {
    Relation.Builder r = Relation.builder();
    return values.readObject(RELATION, r::build, field -> switch (field) {
      case FROM -> set(values.readId("an entity id"), r::from);
      case TYPE -> set(values.readCode(RelationType.class, "relation type"), r::type);
      case TO -> set(values.readId("an entity id"), r::to);
      case PERIOD -> set(values.readPeriod(), r::period);
      case SHARE -> set(values.readDecimal("a share in percent"), r::share);
      case NOTE -> set(in.text("a note as text"), r::note);
      case CITATIONS -> set(values.readCitations(), r::addAllCitations);
    });
  }
}
