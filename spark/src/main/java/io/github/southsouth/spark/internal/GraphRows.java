package io.github.southsouth.spark.internal;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.Grouping;
import io.github.southsouth.model.Actor;
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
import io.github.southsouth.spark.FrameSchemas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns one file's imported graph and problems into rows of the tables, in the schemas of {@link
 * FrameSchemas}. Derived values (regions, totals, instruments) come from the library's own
 * methods, never from a second mapping.
 */
final class GraphRows {

  private static final int SCALE = FrameSchemas.AMOUNT.scale();
  private static final int INTEGER_DIGITS = FrameSchemas.AMOUNT.precision() - SCALE;

  private final String file;
  private final int fileIndex;
  private final List<TableRow> rows = new ArrayList<>();

  private GraphRows(String file, int fileIndex) {
    this.file = file;
    this.fileIndex = fileIndex;
  }

  /**
   * Returns the rows of a file's graph and warnings.
   *
   * @param graph the file's graph
   * @param warnings the file's warnings
   * @param file the file's name in the rows
   * @param fileIndex the file's position
   * @return the rows
   */
  static List<TableRow> of(CooperationGraph graph, ProblemReport warnings, String file, int fileIndex) {
    GraphRows out = new GraphRows(file, fileIndex);
    out.problems(warnings);
    Grouping<EntityId> regions = Grouping.byRegion();
    for (Initiative initiative : graph.initiatives()) {
      out.initiative(graph, initiative, regions.keys(graph, initiative));
    }
    for (Actor actor : graph.actors()) {
      out.add(Table.ACTORS, actor.id().toString(), code(actor.actorType()), actor.name().english(),
          actor.name().get(LocalizedText.CHINESE).orElse(null), actor.iso2().orElse(null),
          actor.iso3().orElse(null), actor.m49().orElse(null), file, fileIndex);
    }
    for (Relation relation : graph.relations()) {
      out.add(Table.RELATIONS, relation.from().toString(), code(relation.type()), relation.to().toString(),
          relation.share().map(s -> out.amount(s, relation.from().toString())).orElse(null),
          start(relation.period()), end(relation.period()), file, fileIndex);
    }
    return out.rows;
  }

  /**
   * Returns the rows of the problems of a file that could not be imported, or of any report.
   *
   * @param problems the problems
   * @param file the file's name in the rows
   * @param fileIndex the file's position
   * @return the rows
   */
  static List<TableRow> problemsOnly(ProblemReport problems, String file, int fileIndex) {
    GraphRows out = new GraphRows(file, fileIndex);
    out.problems(problems);
    return out.rows;
  }

  private void initiative(CooperationGraph graph, Initiative initiative, Set<EntityId> regions) {
    String id = initiative.id().toString();
    List<Row> sectors = new ArrayList<>();
    for (Sector sector : initiative.sectors()) {
      sectors.add(RowFactory.create(code(sector.vocabulary()), sector.code(),
          sector.share().map(s -> amount(s, id)).orElse(null)));
    }
    List<String> recipients = new ArrayList<>();
    for (Relation benefits : graph.outgoing(initiative.id(), RelationType.BENEFITS)) {
      recipients.add(benefits.to().toString());
    }
    List<String> regionIds = new ArrayList<>();
    regions.forEach(r -> regionIds.add(r.toString()));
    Collections.sort(regionIds);
    List<String> instruments = new ArrayList<>();
    initiative.allInstruments().forEach(i -> instruments.add(i.code()));
    Optional<Period> period = initiative.period();
    add(Table.INITIATIVES, id, code(initiative.initiativeKind()), initiative.name().english(),
        initiative.name().get(LocalizedText.CHINESE).orElse(null),
        initiative.status().map(GraphRows::code).orElse(null), start(period), end(period),
        period.flatMap(Period::start).map(PartialDate::year).orElse(null),
        code(initiative.conditionality().state()), initiative.conditionality().conditions().size(),
        initiative.collateral().map(c -> c.collateralised()).orElse(false), initiative.inAggregates(),
        instruments.toArray(new String[0]), sectors.toArray(new Row[0]), recipients.toArray(new String[0]),
        regionIds.toArray(new String[0]), file, fileIndex);
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
              financing.budgetKind().map(GraphRows::code).orElse(null),
              financing.financier().map(EntityId::toString).orElse(null), money.currency(), money.basis().code(),
              amount, inTotals.contains(financing), file, fileIndex);
        }
        amountIndex++;
      }
      flow++;
    }
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
    rows.add(new TableRow(table, RowFactory.create(values)));
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
