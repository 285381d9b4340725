package io.github.southsouth.spark.internal;

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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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
 * the next entity comes, if the regions of every recipient are known from the reference data the
 * import linked to; otherwise (a recipient the import makes itself, such as an OECD-DAC region,
 * or a country without reference data) the one row waits, without its flows and conditions,
 * which go on at once, for {@link #finish}, when the import has passed every actor and
 * containment relation. The actors and containment relations outside the reference data are kept
 * until then too; the importers keep them as well, to pass them at the end.
 *
 * <p>Not thread-safe: one import calls it on one thread, as {@link RecordSink} says.
 */
final class RecordRows implements RecordSink {

  private static final int SCALE = FrameSchemas.AMOUNT.scale();
  private static final int INTEGER_DIGITS = FrameSchemas.AMOUNT.precision() - SCALE;
  /** The position of {@code regions} in a row of {@code initiatives}. */
  private static final int REGIONS = FrameSchemas.INITIATIVES.fieldIndex("regions");

  private final String file;
  private final int fileIndex;
  private final RegionIndex reference;
  private final Consumer<TableRow> out;
  private @Nullable Initiative current;
  private final List<Relation> benefits = new ArrayList<>();
  private final List<Waiting> waiting = new ArrayList<>();
  private final Map<EntityId, Actor> madeActors = new LinkedHashMap<>();
  private final List<Relation> containment = new ArrayList<>();

  /** A row of {@code initiatives} that waits for the regions of its recipients. */
  private record Waiting(Object[] values, List<EntityId> recipients) {}

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
      if (reference.regions(actor.id()).isEmpty()) {
        madeActors.put(actor.id(), actor);
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if a {@code benefits} relation does not follow its initiative
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
    } else if (RegionIndex.isContainment(relation)) {
      containment.add(relation);
    }
  }

  /**
   * Ends the file: makes the rows that waited for the regions of their recipients, then the rows
   * of the import's warnings. Call once, when the import returned.
   *
   * @param warnings the import's warnings
   */
  void finish(ProblemReport warnings) {
    endInitiative();
    if (!waiting.isEmpty()) {
      Set<EntityId> recipients = new LinkedHashSet<>();
      waiting.forEach(w -> recipients.addAll(w.recipients()));
      RegionIndex index = reference.with(madeActors.values(), containment, recipients);
      for (Waiting w : waiting) {
        w.values()[REGIONS] = regions(index, w.recipients());
        add(Table.INITIATIVES, w.values());
      }
      waiting.clear();
    }
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
   * relations. The regions then come from the graph's own containment of actors: create the sink
   * with {@link RegionIndex#empty()}. Call {@link #finish} after.
   *
   * @param graph the graph
   */
  void graph(CooperationGraph graph) {
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
    if (recipients.stream().allMatch(r -> reference.regions(r).isPresent())) {
      values[REGIONS] = regions(reference, recipients);
      add(Table.INITIATIVES, values);
    } else {
      waiting.add(new Waiting(values, List.copyOf(recipients)));
    }
  }

  /** The regions of an initiative that benefits the recipients, sorted by id. */
  private static String[] regions(RegionIndex index, List<EntityId> recipients) {
    TreeSet<String> regions = new TreeSet<>();
    for (EntityId recipient : recipients) {
      index.regions(recipient).ifPresent(found -> found.forEach(r -> regions.add(r.toString())));
    }
    return regions.toArray(new String[0]);
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

  private void problems(ProblemReport report) {
    for (Problem problem : report.problems()) {
      Location at = problem.location();
      add(Table.PROBLEMS, at.source().orElse(file), at.line().isPresent() ? at.line().getAsInt() : null,
          at.column().isPresent() ? at.column().getAsInt() : null, at.pointer().orElse(null),
          at.subject().orElse(null), problem.code().code(), problem.severity().code(), problem.message(), fileIndex);
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
