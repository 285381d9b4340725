package io.github.southsouth.problem;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * The problems found in a dataset or an input, in the order found. A report is bounded: the
 * {@link Collector} that builds it keeps at most a set number of errors and, separately, the same
 * number of warnings, and only counts the rest ({@link #omittedErrors()}, {@link
 * #omittedWarnings()}), so hostile input cannot exhaust memory through its problems. Because the two
 * are capped apart, warnings never crowd out an error: the first errors found are always kept, and
 * {@link #errorCount()} and {@link #warningCount()} are exact. {@link #isTruncated()} says whether
 * any were omitted.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProblemReport {

  /**
   * The number of errors, and separately of warnings, a collector keeps unless told otherwise.
   */
  public static final int DEFAULT_LIMIT = 1000;

  private static final ProblemReport EMPTY = ImmutableProblemReport.builder().build();

  ProblemReport() {}

  /**
   * Returns the problems kept, in the order found.
   *
   * @return the problems
   */
  public abstract ImmutableList<Problem> problems();

  /**
   * Returns how many errors were found beyond the limit and not kept.
   *
   * @return the count
   */
  @Value.Default
  public int omittedErrors() {
    return 0;
  }

  /**
   * Returns how many warnings were found beyond the limit and not kept.
   *
   * @return the count
   */
  @Value.Default
  public int omittedWarnings() {
    return 0;
  }

  /**
   * Returns the empty report.
   *
   * @return a report with no problems
   */
  public static ProblemReport empty() {
    return EMPTY;
  }

  /**
   * Returns a report of the given problems, all kept.
   *
   * @param problems the problems
   * @return the report
   */
  public static ProblemReport of(Iterable<Problem> problems) {
    return ImmutableProblemReport.builder().addAllProblems(problems).build();
  }

  /**
   * Returns a new collector that keeps up to {@link #DEFAULT_LIMIT} errors and up to {@link
   * #DEFAULT_LIMIT} warnings.
   *
   * @return a collector
   */
  public static Collector collector() {
    return new Collector(DEFAULT_LIMIT);
  }

  /**
   * Returns a new collector that keeps up to {@code limit} errors and up to {@code limit} warnings.
   *
   * @param limit the most errors, and the most warnings, to keep; at least 1
   * @return a collector
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public static Collector collector(int limit) {
    return new Collector(limit);
  }

  /**
   * Returns the errors kept.
   *
   * @return the errors, in the order found
   */
  public ImmutableList<Problem> errors() {
    return problems().stream().filter(Problem::isError).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the warnings kept.
   *
   * @return the warnings, in the order found
   */
  public ImmutableList<Problem> warnings() {
    return problems().stream().filter(p -> !p.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of errors found, kept or omitted.
   *
   * @return the count
   */
  public int errorCount() {
    return (int) problems().stream().filter(Problem::isError).count() + omittedErrors();
  }

  /**
   * Returns the number of warnings found, kept or omitted.
   *
   * @return the count
   */
  public int warningCount() {
    return (int) problems().stream().filter(p -> !p.isError()).count() + omittedWarnings();
  }

  /**
   * Tells whether any error was found.
   *
   * @return true if there is at least one error
   */
  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /**
   * Tells whether nothing at all was found, neither errors nor warnings.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return problems().isEmpty() && omittedErrors() == 0 && omittedWarnings() == 0;
  }

  /**
   * Tells whether problems were found beyond the limit and only counted.
   *
   * @return true if truncated
   */
  public boolean isTruncated() {
    return omittedErrors() > 0 || omittedWarnings() > 0;
  }

  /**
   * Returns a report whose problems are replaced by {@code f} applied to each, e.g. to add the file
   * and line of each problem's subject.
   *
   * @param f the function
   * @return the new report, with the same omitted counts
   */
  public ProblemReport map(UnaryOperator<Problem> f) {
    List<Problem> mapped = new ArrayList<>(problems().size());
    for (Problem p : problems()) {
      mapped.add(f.apply(p));
    }
    return ImmutableProblemReport.builder()
        .addAllProblems(mapped)
        .omittedErrors(omittedErrors())
        .omittedWarnings(omittedWarnings())
        .build();
  }

  /**
   * Returns a report of the problems kept that {@code keep} accepts, with the same omitted counts
   * (the omitted problems cannot be tested, so they stay counted). O(n) in the problems kept.
   *
   * @param keep the test
   * @return the new report
   */
  public ProblemReport filter(Predicate<Problem> keep) {
    return ImmutableProblemReport.builder()
        .addAllProblems(problems().stream().filter(keep).collect(ImmutableList.toImmutableList()))
        .omittedErrors(omittedErrors())
        .omittedWarnings(omittedWarnings())
        .build();
  }

  /**
   * Returns a one-line summary, e.g. {@code 2 errors, 1 warning}.
   *
   * @return the summary
   */
  public String summary() {
    int errors = errorCount();
    int warnings = warningCount();
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning" : " warnings")
        + (isTruncated() ? " (" + shownSummary() + ")" : "");
  }

  private String shownSummary() {
    int errorsKept = errorCount() - omittedErrors();
    int warningsKept = warningCount() - omittedWarnings();
    if (omittedErrors() > 0 && omittedWarnings() > 0) {
      return "only the first " + errorsKept + " errors and " + warningsKept + " warnings shown";
    }
    return omittedErrors() > 0
        ? "only the first " + errorsKept + " errors shown"
        : "only the first " + warningsKept + " warnings shown";
  }

  /** Returns every problem on its own line, then the {@linkplain #summary() summary}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Problem p : problems()) {
      text.append(p).append('\n');
    }
    return text.append(summary()).toString();
  }

  /**
   * Collects problems into a bounded {@link ProblemReport}: the first {@code limit} errors and the
   * first {@code limit} warnings are kept, in the order found; the rest of each are counted. Not
   * thread-safe: use one per read or validation.
   */
  public static final class Collector {
    private final int limit;
    private final List<Problem> problems = new ArrayList<>();
    private int omittedErrors;
    private int omittedWarnings;
    private int errors;
    private int keptErrors;
    private int keptWarnings;

    private Collector(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("a problem limit must be at least 1, got " + limit);
      }
      this.limit = limit;
    }

    /**
     * Adds a problem, or only counts it if the limit of its severity is reached. O(1).
     *
     * @param problem the problem
     * @return this collector
     */
    public Collector add(Problem problem) {
      if (problem.isError()) {
        errors++;
        if (keptErrors < limit) {
          keptErrors++;
          problems.add(problem);
        } else {
          omittedErrors++;
        }
      } else if (keptWarnings < limit) {
        keptWarnings++;
        problems.add(problem);
      } else {
        omittedWarnings++;
      }
      return this;
    }

    /**
     * Adds every problem of a report, keeping its omitted counts.
     *
     * @param report the report
     * @return this collector
     */
    public Collector addAll(ProblemReport report) {
      report.problems().forEach(this::add);
      omittedErrors += report.omittedErrors();
      omittedWarnings += report.omittedWarnings();
      errors += report.omittedErrors();
      return this;
    }

    /**
     * Tells whether any error was added so far.
     *
     * @return true if at least one error
     */
    public boolean hasErrors() {
      return errors > 0;
    }

    /**
     * Tells whether both limits are reached, so that no further problem would be kept: a reader may
     * then skip building locations, or stop early. Until then an error that follows many warnings
     * is still kept.
     *
     * @return true if both the errors and the warnings kept are at the limit
     */
    public boolean isFull() {
      return keptErrors >= limit && keptWarnings >= limit;
    }

    /**
     * Returns the report of what was collected so far.
     *
     * @return the report
     */
    public ProblemReport build() {
      return ImmutableProblemReport.builder()
          .addAllProblems(problems)
          .omittedErrors(omittedErrors)
          .omittedWarnings(omittedWarnings)
          .build();
    }
  }
}
