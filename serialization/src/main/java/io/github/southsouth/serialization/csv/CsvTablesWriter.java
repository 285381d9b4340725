package io.github.southsouth.serialization.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.southsouth.serialization.csv.CsvTables.ATTRIBUTE;
import static io.github.southsouth.serialization.csv.CsvTables.AUTHOR;
import static io.github.southsouth.serialization.csv.CsvTables.CITATIONS;
import static io.github.southsouth.serialization.csv.CsvTables.CLAIM;
import static io.github.southsouth.serialization.csv.CsvTables.ENTITIES;
import static io.github.southsouth.serialization.csv.CsvTables.EXTERNAL_ID;
import static io.github.southsouth.serialization.csv.CsvTables.FIXED_ENTITY_COLUMNS;
import static io.github.southsouth.serialization.csv.CsvTables.ID;
import static io.github.southsouth.serialization.csv.CsvTables.KIND;
import static io.github.southsouth.serialization.csv.CsvTables.NAME;
import static io.github.southsouth.serialization.csv.CsvTables.RELATIONS;
import static io.github.southsouth.serialization.csv.CsvTables.RELATION_COLUMNS;
import static io.github.southsouth.serialization.csv.CsvTables.SUMMARY;
import static io.github.southsouth.serialization.csv.CsvTables.languages;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.Theme;
import io.github.southsouth.serialization.internal.AtomicFiles;
import io.github.southsouth.serialization.internal.CsvSafety;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a graph as the two tables {@link CsvTables} describes: {@code entities.csv} and {@code
 * relations.csv}. Made by {@link CsvTables#writer()}.
 *
 * <pre>{@code
 * CsvTablesWriter writer = CsvTables.writer();
 * writer.write(graph, Path.of("out"));               // out/entities.csv and out/relations.csv, together
 * writer.writeEntities(graph, System.out);           // one table to a stream
 * String relations = writer.writeToStrings(graph).get(CsvTables.RELATIONS);
 * }</pre>
 *
 * <p>The output is a directory of two files, not one document, so this writer differs from the
 * one-document writers in two places: {@link #write(CooperationGraph, Path)} takes a directory, and
 * there is no single stream or string for the whole; each table is written to its own stream
 * ({@link #writeEntities}, {@link #writeRelations}) or, in memory, {@link #writeToStrings} gives
 * both by file name.
 *
 * <p>Immutable and thread-safe; it has no settings. Writing is O(n + r) for n entities and r
 * relations.
 *
 * @since 0.1.0
 */
public final class CsvTablesWriter {

  static final CsvTablesWriter INSTANCE = new CsvTablesWriter();

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
          .build();

  private CsvTablesWriter() {}

  /**
   * Writes {@code entities.csv} and {@code relations.csv} into a directory, creating it if needed.
   * The two are written together: both are written in full and forced to disk beside their
   * targets before either replaces the file it stands for, so a failure while writing leaves both
   * as they were, never a new entities table beside an old relations table. (Should the second
   * rename fail after the first, which takes a vanished directory, the exception says which file
   * was replaced.)
   *
   * @param graph the graph
   * @param directory the directory
   * @throws UncheckedIOException if a file cannot be written; the message says what was replaced,
   *     if anything
   */
  public void write(CooperationGraph graph, Path directory) {
    checkNotNull(graph, "graph");
    checkNotNull(directory, "directory");
    Map<Path, AtomicFiles.Content> tables = new LinkedHashMap<>();
    tables.put(directory.resolve(ENTITIES), out -> writeEntities(graph, out));
    tables.put(directory.resolve(RELATIONS), out -> writeRelations(graph, out));
    try {
      AtomicFiles.writeAll(tables);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the entity table to a stream, as UTF-8. The stream is flushed, not closed.
   *
   * @param graph the graph
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeEntities(CooperationGraph graph, OutputStream out) {
    checkNotNull(graph, "graph");
    checkNotNull(out, "out");
    try {
      List<String> header = entityHeader(graph);
      List<Map<String, String>> rows = new ArrayList<>(graph.entityCount());
      for (Entity entity : graph.entities()) {
        rows.add(entityRow(entity));
      }
      writeTable(header, rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the relation table to a stream, as UTF-8. The stream is flushed, not closed.
   *
   * @param graph the graph
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeRelations(CooperationGraph graph, OutputStream out) {
    checkNotNull(graph, "graph");
    checkNotNull(out, "out");
    try {
      List<Map<String, String>> rows = new ArrayList<>(graph.relationCount());
      for (Relation relation : graph.relations()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("from", relation.from().toString());
        row.put("type", relation.type().code());
        row.put("to", relation.to().toString());
        relation.period().ifPresent(p -> period(row, p));
        relation.share().ifPresent(s -> row.put("share", s.toPlainString()));
        relation.note().ifPresent(n -> row.put("note", n));
        citations(row, relation.citations());
        rows.add(row);
      }
      writeTable(RELATION_COLUMNS, rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns both tables written in memory, by file name: {@link CsvTables#ENTITIES} first, then
   * {@link CsvTables#RELATIONS}; the same text {@link #write(CooperationGraph, Path)} puts in the
   * files.
   *
   * @param graph the graph
   * @return the text of each table, keyed by its file name
   */
  public ImmutableMap<String, String> writeToStrings(CooperationGraph graph) {
    checkNotNull(graph, "graph");
    ByteArrayOutputStream entities = new ByteArrayOutputStream();
    ByteArrayOutputStream relations = new ByteArrayOutputStream();
    writeEntities(graph, entities); // a ByteArrayOutputStream does not fail
    writeRelations(graph, relations);
    return ImmutableMap.of(
        ENTITIES, entities.toString(StandardCharsets.UTF_8),
        RELATIONS, relations.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "CsvTablesWriter";
  }

  private static List<String> entityHeader(CooperationGraph graph) {
    TreeSet<String> nameTags = new TreeSet<>();
    TreeSet<String> summaryTags = new TreeSet<>();
    TreeSet<String> claimTags = new TreeSet<>();
    TreeSet<String> schemes = new TreeSet<>();
    TreeSet<String> keys = new TreeSet<>();
    int authors = 0;
    for (Entity entity : graph.entities()) {
      nameTags.addAll(entity.name().texts().keySet());
      summaryTags.addAll(entity.summary().texts().keySet());
      schemes.addAll(entity.externalIds().keySet());
      keys.addAll(entity.attributes().keySet());
      if (entity instanceof Perspective) {
        claimTags.addAll(((Perspective) entity).claim().texts().keySet());
      } else if (entity instanceof Source) {
        authors = Math.max(authors, ((Source) entity).authors().size());
      }
    }
    List<String> header = new ArrayList<>();
    header.add(ID);
    header.add(KIND);
    prefixed(header, NAME, languages(nameTags));
    prefixed(header, SUMMARY, languages(summaryTags));
    header.addAll(FIXED_ENTITY_COLUMNS);
    prefixed(header, CLAIM, languages(claimTags));
    for (int i = 1; i <= authors; i++) {
      header.add(AUTHOR + i);
    }
    header.add(CITATIONS);
    prefixed(header, EXTERNAL_ID, schemes);
    prefixed(header, ATTRIBUTE, keys);
    return header;
  }

  private static void prefixed(List<String> header, String prefix, Iterable<String> names) {
    for (String name : names) {
      header.add(prefix + name);
    }
  }

  private static Map<String, String> entityRow(Entity entity) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(ID, entity.id().toString());
    row.put(KIND, entity.kind().code());
    texts(row, NAME, entity.name());
    texts(row, SUMMARY, entity.summary());
    if (entity instanceof Initiative) {
      Initiative initiative = (Initiative) entity;
      row.put("initiativeKind", initiative.initiativeKind().code());
      initiative.status().ifPresent(s -> row.put("status", s.code()));
      row.put("instruments", join(initiative.instruments(), Instrument::code));
      initiative.period().ifPresent(p -> period(row, p));
      row.put("conditionality", initiative.conditionality().state().code());
    } else if (entity instanceof Actor) {
      Actor actor = (Actor) entity;
      row.put("actorType", actor.actorType().code());
      actor.iso2().ifPresent(c -> row.put("iso2", c));
      actor.iso3().ifPresent(c -> row.put("iso3", c));
      actor.m49().ifPresent(c -> row.put("m49", c));
    } else if (entity instanceof Event) {
      Event event = (Event) entity;
      event.period().ifPresent(p -> period(row, p));
      event.place().ifPresent(p -> row.put("place", p.toString()));
    } else if (entity instanceof Perspective) {
      Perspective perspective = (Perspective) entity;
      row.put("holder", perspective.holder().toString());
      row.put("stance", perspective.stance().code());
      row.put("about", join(perspective.about(), Object::toString));
      texts(row, CLAIM, perspective.claim());
    } else if (entity instanceof Source) {
      Source source = (Source) entity;
      row.put("sourceKind", source.sourceKind().code());
      source.publisher().ifPresent(p -> row.put("publisher", p));
      source.date().ifPresent(d -> row.put("date", d.toString()));
      source.uri().ifPresent(u -> row.put("uri", u));
      for (int i = 0; i < source.authors().size(); i++) {
        row.put(AUTHOR + (i + 1), source.authors().get(i));
      }
    } else if (entity instanceof Theme) {
      row.put("dacSectors", String.join(" ", ((Theme) entity).dacSectors()));
    }
    citations(row, entity.citations());
    entity.externalIds().forEach((scheme, value) -> row.put(EXTERNAL_ID + scheme, value));
    entity.attributes().forEach((key, value) -> row.put(ATTRIBUTE + key, value));
    return row;
  }

  private static void texts(Map<String, String> row, String prefix, LocalizedText text) {
    text.texts().forEach((tag, value) -> row.put(prefix + tag, value));
  }

  private static void period(Map<String, String> row, Period period) {
    period.start().map(PartialDate::toString).ifPresent(d -> row.put("start", d));
    period.end().map(PartialDate::toString).ifPresent(d -> row.put("end", d));
  }

  private static void citations(Map<String, String> row, List<Citation> citations) {
    if (!citations.isEmpty()) {
      row.put(CITATIONS, join(citations, c -> c.source().toString()));
    }
  }

  private static <T> String join(Iterable<T> values, Function<? super T, String> code) {
    StringBuilder text = new StringBuilder();
    for (T value : values) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(code.apply(value));
    }
    return text.toString();
  }

  private static void writeTable(List<String> header, List<Map<String, String>> rows, OutputStream out)
      throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String column : header) {
      schema.addColumn(column, CsvSchema.ColumnType.STRING);
    }
    try (SequenceWriter writer = MAPPER.writer(schema.build()).writeValues(out)) {
      for (Map<String, String> row : rows) {
        String[] cells = new String[header.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = CsvSafety.neutralize(Optional.ofNullable(row.get(header.get(i))).orElse(""));
        }
        writer.write(cells);
      }
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
    }
    out.flush();
  }
}
