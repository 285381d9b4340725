package io.github.southsouth.serialization.json.internal;

import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Relations in the native format (docs/FORMAT.md): written by {@link #writeRelation}, read back
 * by {@link #readRelation}, which reports every problem with its location and returns null for a
 * relation that could not be read.
 *
 * <p>Not thread-safe when reading (one per cursor, through {@link Codec#relations()}); writing is
 * stateless.
 */
public final class RelationCodec {

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
    g.writeName("from");
    g.writeString(r.from().toString());
    Codec.writeCode(g, "type", r.type());
    g.writeName("to");
    g.writeString(r.to().toString());
    if (r.period().isPresent()) {
      g.writeName("period");
      Codec.writePeriod(g, r.period().get());
    }
    Codec.writeDecimal(g, "share", r.share());
    Codec.writeOptional(g, "note", r.note());
    Codec.writeCitations(g, r.citations());
    g.writeEndObject();
  }

  /**
   * Reads a relation.
   *
   * @return the relation, or null if it could not be read (problems reported)
   */
  public @Nullable Relation readRelation() {
    if (!in.expectObject("a relation")) {
      return null;
    }
    TokenStreamLocation start = in.mark();
    Relation.Builder r = Relation.builder();
    boolean ok = true;
    boolean from = false;
    boolean type = false;
    boolean to = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "from":
          in.toValue();
          from = true;
          ok &= Codec.set(values.readId("an entity id"), r::from);
          break;
        case "type":
          in.toValue();
          type = true;
          ok &= Codec.set(values.readCode(RelationType.class, "relation type"), r::type);
          break;
        case "to":
          in.toValue();
          to = true;
          ok &= Codec.set(values.readId("an entity id"), r::to);
          break;
        case "period":
          in.toValue();
          ok &= Codec.set(values.readPeriod(), r::period);
          break;
        case "share":
          in.toValue();
          ok &= Codec.set(values.readDecimal("a share in percent"), r::share);
          break;
        case "note":
          in.toValue();
          ok &= Codec.set(in.text("a note as text"), r::note);
          break;
        case "citations":
          in.toValue();
          ok &= Codec.set(values.readCitations(), r::addAllCitations);
          break;
        default:
          in.unknownField(field, "a relation", "from, type, to, period, share, note, citations");
      }
    }
    List<String> missing = new ArrayList<>();
    if (!from) {
      missing.add("from");
    }
    if (!type) {
      missing.add("type");
    }
    if (!to) {
      missing.add("to");
    }
    if (!missing.isEmpty()) {
      in.error(
          ProblemCode.MISSING_FIELD,
          "a relation has no " + String.join(", ", missing) + ": expected from, type and to",
          in.here(start));
      return null;
    }
    return ok ? r.build() : null;
  }
}
