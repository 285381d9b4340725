package io.github.southsouth.spark.internal;

import com.google.common.collect.ImmutableSet;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.problem.Severity;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.spark.FrameSchemas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Turns the records of one file's import into rows of the tables, in the schemas of {@link
 * FrameSchemas}, as they come: a {@link RecordSink} that hands each row on at once and keeps no
 * graph. Derived values come from the library's own methods, never from a second mapping: the
 * recipients are the targets of the initiative's {@code benefits} relations in the graph's order
 * ({@link Relation#compareTo}), the regions those {@link Grouping#byRegion()} gives (through
 * {@link RegionIndex}), the flows counted in totals {@link Initiative#financingForTotals()}, the
 * instruments {@link Initiative#allInstruments()}.
 *
 * <p>Order the records must come in, which the streamed imports keep: each initiative followed by
 * its {@code benefits} relations (before the next entity). The row of an initiative is made when
 * the next entity comes, with the regions of its recipients that the reference data the import
 * linked to give; for each recipient the import made itself (an OECD-DAC region, a country without
 * reference data) a row of {@link Table#MADE_RECIPIENTS} goes out instead, and {@code
 * SouthSouthFrames} completes the regions on the cluster from the file's own actor rows. Nothing
 * waits for the end of the file: an actor an importer makes has no ancestors in a file imported
 * alone (the IATI importer makes no containment between actors; the AidData importer makes ADM1
 * units {@code part-of} their country only for records of the same import, which a locations file
 * imported alone never has), and a containment relation from such an actor is refused.
 *
 * <p>The IATI related activities a file does not hold (the identifiers of an initiative's
 * attribute {@code iati.relatedActivities.<type>}) go out as rows of {@link Table#OPEN_RELATED},
 * and the {@code dangling-reference} warnings about them as rows of {@link
 * Table#RELATED_WARNINGS}, paired by initiative, type and position; {@code SouthSouthFrames} links
 * those another file holds.
 *
 * <p>Not thread-safe: one import calls it on one thread, as {@link RecordSink} says.
 */
final class RecordRows implements RecordSink {

  private static final int SCALE = FrameSchemas.AMOUNT.scale();
  private static final int INTEGER_DIGITS = FrameSchemas.AMOUNT.precision() - SCALE;
  /** The position of {@code regions} in a row of {@code initiatives}. */
  private static final int REGIONS = FrameSchemas.INITIATIVES.fieldIndex("regions");
  /** The prefix of the attributes where the IATI importer keeps the related activities it did not find. */
  private static final String RELATED_ATTRIBUTE = "iati.relatedActivities.";
  /**
   * The IATI importer's warning about a related activity it did not find: the identifier as shown
   * (abbreviated when long) and the type's name, which also ends the attribute's name.
   */
  private static final Pattern RELATED_WARNING = Pattern.compile(
      "the related activity (.*) \\(([^ ()]+)\\) is not among the imported activities: kept in the attribute "
          + Pattern.quote(RELATED_ATTRIBUTE) + "\\2", Pattern.DOTALL);

  private final String file;
  private final int fileIndex;
  private RegionIndex reference;
  private final Consumer<TableRow> out;
  private @Nullable Initiative current;
  private final List<Relation> benefits = new ArrayList<>();

  /**
   * Creates the sink of one file.
   *
   * @param file the file's name in the rows
   * @param fileIndex the file's position
   * @param reference the regions of the reference data the import links to ({@link
   *     RegionIndex#empty()} for none)
   * @param out receives each row, on the import's thread
   */
  RecordRows(String file, int fileIndex, RegionIndex reference, Consumer<TableRow> out) {
    this.file = file;
    this.fileIndex = fileIndex;
    this.reference = reference;
    this.out = out;
  }

  @Override
  public void entity(Entity entity) {
    endInitiative();
    if (entity instanceof Initiative initiative) {
      current = initiative;
    } else if (entity instanceof Actor actor) {
      add(Table.ACTORS, actor.id().toString(), code(actor.actorType()), actor.name().english(),
          actor.name().get(LocalizedText.CHINESE).orElse(null), actor.iso2().orElse(null),
          actor.iso3().orElse(null), actor.m49().orElse(null), file, fileIndex);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if a {@code benefits} relation does not follow its initiative, or
   *     a containment relation starts from an actor the reference data do not know (its regions
   *     could not be completed from the file's actor rows)
   */
  @Override
  public void relation(Relation relation) {
    add(Table.RELATIONS, relation.from().toString(), code(relation.type()), relation.to().toString(),
        relation.share().map(s -> amount(s, relation.from().toString())).orElse(null),
        start(relation.period()), end(relation.period()), file, fileIndex);
    if (relation.type() == RelationType.BENEFITS && relation.from().kind() == Kind.INITIATIVE) {
      if (current == null || !current.id().equals(relation.from())) {
        throw new IllegalStateException("the benefits relation " + relation.from() + " -> " + relation.to()
            + " does not follow its initiative: its row cannot be made record by record");
      }
      benefits.add(relation);
    } else if (RegionIndex.isContainment(relation) && reference.regions(relation.from()).isEmpty()) {
      throw new IllegalStateException("the actor " + relation.from() + " is contained in " + relation.to()
          + " but is not in the reference data: the regions of its initiatives cannot be made record by record");
    }
  }

  /**
   * Ends the file: makes the row of the last initiative, then the rows of the import's warnings.
   * Call once, when the import returned.
   *
   * @param warnings the import's warnings
   */
  void finish(ProblemReport warnings) {
    endInitiative();
    problems(warnings);
  }

  /**
   * Makes the rows of the problems of a file that could not be imported, or of any report.
   *
   * @param problems the problems
   * @param file the file's name in the rows
   * @param fileIndex the file's position
   * @param out receives the rows
   */
  static void problemsOnly(ProblemReport problems, String file, int fileIndex, Consumer<TableRow> out) {
    new RecordRows(file, fileIndex, RegionIndex.empty(), out).problems(problems);
  }

  /**
   * Passes the records of a whole graph, read in one piece (a native file), in the order this sink
   * needs: each initiative followed by its {@code benefits} relations, then the other entities and
   * relations. The regions then come from the graph's own containment of actors, which replaces
   * the index this sink was created with. Call {@link #finish} after.
   *
   * @param graph the graph
   */
  void graph(CooperationGraph graph) {
    reference = RegionIndex.of(graph);
    for (Initiative initiative : graph.initiatives()) {
      entity(initiative);
      graph.outgoing(initiative.id(), RelationType.BENEFITS).forEach(this::relation);
    }
    for (Entity entity : graph.entities()) {
      if (!(entity instanceof Initiative)) {
        entity(entity);
      }
    }
    for (Relation relation : graph.relations()) {
      if (relation.type() != RelationType.BENEFITS || relation.from().kind() != Kind.INITIATIVE) {
        relation(relation);
      }
    }
  }

  /** Makes the rows of the initiative whose benefits relations are all in. */
  private void endInitiative() {
    Initiative initiative = current;
    if (initiative == null) {
      return;
    }
    current = null;
    benefits.sort(null);
    List<EntityId> recipients = new ArrayList<>(benefits.size());
    benefits.forEach(r -> recipients.add(r.to()));
    benefits.clear();
    Object[] values = initiative(initiative, recipients);
    String id = initiative.id().toString();
    TreeSet<String> regions = new TreeSet<>();
    for (EntityId recipient : recipients) {
      Optional<ImmutableSet<EntityId>> known = reference.regions(recipient);
      if (known.isPresent()) {
        known.get().forEach(r -> regions.add(r.toString()));
      } else {
        add(Table.MADE_RECIPIENTS, id, recipient.toString(), file, fileIndex);
      }
    }
    values[REGIONS] = regions.toArray(new String[0]);
    add(Table.INITIATIVES, values);
    openRelated(initiative);
  }

  /**
   * Makes a row of {@link Table#OPEN_RELATED} for each identifier the initiative keeps that can
   * be an initiative id; one that cannot is never linked, but keeps its position.
   */
  private void openRelated(Initiative initiative) {
    String id = initiative.id().toString();
    initiative.attributes().forEach((key, value) -> {
      if (!key.startsWith(RELATED_ATTRIBUTE)) {
        return;
      }
      String type = key.substring(RELATED_ATTRIBUTE.length());
      int ordinal = 0;
      for (String target : value.split(" ", -1)) {
        try {
          String targetId = EntityId.encode(Kind.INITIATIVE, target).toString();
          add(Table.OPEN_RELATED, id, type, target, shown(target), targetId, ordinal, file, fileIndex);
        } catch (IllegalArgumentException e) {
          // not an id: no initiative of another file can have it
        }
        ordinal++;
      }
    });
  }

  /**
   * An identifier as the IATI importer's warning about it shows it: whole up to 80 characters,
   * else its first 77 and an ellipsis.
   */
  static String shown(String identifier) {
    return identifier.length() <= 80 ? identifier : identifier.substring(0, 77) + "...";
  }

  /**
   * Makes the rows of an initiative's conditions and flows, and returns the values of its row of
   * {@code initiatives}, without its regions.
   */
  private Object[] initiative(Initiative initiative, List<EntityId> recipients) {
    String id = initiative.id().toString();
    List<Row> sectors = new ArrayList<>();
    for (Sector sector : initiative.sectors()) {
      sectors.add(RowFactory.create(code(sector.vocabulary()), sector.code(),
          sector.share().map(s -> amount(s, id)).orElse(null)));
    }
    List<String> recipientIds = new ArrayList<>();
    recipients.forEach(r -> recipientIds.add(r.toString()));
    List<String> instruments = new ArrayList<>();
    initiative.allInstruments().forEach(i -> instruments.add(i.code()));
    Optional<Period> period = initiative.period();
    Object[] values = {id, code(initiative.initiativeKind()), initiative.name().english(),
        initiative.name().get(LocalizedText.CHINESE).orElse(null),
        initiative.status().map(RecordRows::code).orElse(null), start(period), end(period),
        period.flatMap(Period::start).map(PartialDate::year).orElse(null),
        code(initiative.conditionality().state()), initiative.conditionality().conditions().size(),
        initiative.collateral().map(c -> c.collateralised()).orElse(false), initiative.inAggregates(),
        instruments.toArray(new String[0]), sectors.toArray(new Row[0]), recipientIds.toArray(new String[0]),
        null, file, fileIndex};
    for (Condition condition : initiative.conditionality().conditions()) {
      add(Table.CONDITIONS, id, code(condition.type()),
          condition.description().isEmpty() ? null : condition.description().english(), file, fileIndex);
    }
    Set<Financing> inTotals = Collections.newSetFromMap(new IdentityHashMap<>());
    inTotals.addAll(initiative.financingForTotals());
    int flow = 0;
    for (Financing financing : initiative.financing()) {
      int amountIndex = 0;
      for (Money money : financing.amounts()) {
        BigDecimal amount = amount(money.amount(), id);
        if (amount != null) {
          add(Table.FINANCING, id, flow, amountIndex, code(financing.stage()), code(financing.stage().direction()),
              code(financing.instrument()), financing.date().map(PartialDate::toString).orElse(null),
              start(financing.period()), end(financing.period()),
              financing.budgetKind().map(RecordRows::code).orElse(null),
              financing.financier().map(EntityId::toString).orElse(null), money.currency(), money.basis().code(),
              amount, inTotals.contains(financing), file, fileIndex);
        }
        amountIndex++;
      }
      flow++;
    }
    return values;
  }

  /**
   * The amount at the scale of {@link FrameSchemas#AMOUNT}, or null with a problem row if it
   * cannot be held there exactly.
   */
  private BigDecimal amount(BigDecimal value, String subject) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > SCALE || stripped.precision() - stripped.scale() > INTEGER_DIGITS) {
      problems(ProblemReport.of(List.of(Problem.error(ProblemCode.INVALID_VALUE,
          "the amount " + value.toPlainString() + " does not fit decimal(" + FrameSchemas.AMOUNT.precision() + ","
              + SCALE + ") exactly: expected at most " + INTEGER_DIGITS + " integer and " + SCALE
              + " fractional digits; left out of the frames",
          Location.builder().source(file).subject(subject).build()))));
      return null;
    }
    return value.setScale(SCALE);
  }

  /**
   * Makes the rows of a report's problems: a warning about an open related activity goes to {@link
   * Table#RELATED_WARNINGS}, with its position among the warnings of its initiative and type.
   */
  private void problems(ProblemReport report) {
    Map<String, Integer> positions = new HashMap<>();
    for (Problem problem : report.problems()) {
      Location at = problem.location();
      Object[] values = {at.source().orElse(file), at.line().isPresent() ? at.line().getAsInt() : null,
          at.column().isPresent() ? at.column().getAsInt() : null, at.pointer().orElse(null),
          at.subject().orElse(null), problem.code().code(), problem.severity().code(), problem.message(), fileIndex};
      Matcher related = RELATED_WARNING.matcher(problem.message());
      if (problem.code() == ProblemCode.DANGLING_REFERENCE && at.subject().isPresent() && related.matches()) {
        String type = related.group(2);
        int position = positions.merge(at.subject().get() + " " + type, 1, Integer::sum) - 1;
        Object[] more = Arrays.copyOf(values, values.length + 3);
        more[values.length] = type;
        more[values.length + 1] = position;
        more[values.length + 2] = related.group(1);
        add(Table.RELATED_WARNINGS, more);
      } else {
        add(Table.PROBLEMS, values);
      }
    }
    int omitted = report.omittedErrors() + report.omittedWarnings();
    if (omitted > 0) {
      add(Table.PROBLEMS, file, null, null, null, null, ProblemCode.TRUNCATED.code(),
          (report.omittedErrors() > 0 ? Severity.ERROR : Severity.WARNING).code(),
          omitted + " more problems in this file are not listed", fileIndex);
    }
  }

  private void add(Table table, Object... values) {
    out.accept(new TableRow(table, RowFactory.create(values)));
  }

  private static String code(Coded value) {
    return value.code();
  }

  private static String start(Optional<Period> period) {
    return period.flatMap(Period::start).map(PartialDate::toString).orElse(null);
  }

  private static String end(Optional<Period> period) {
    return period.flatMap(Period::end).map(PartialDate::toString).orElse(null);
  }
}
