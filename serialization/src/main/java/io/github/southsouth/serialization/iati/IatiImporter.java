package io.github.southsouth.serialization.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.graph.InvalidModelException;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.ImportAccount;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.StreamedImport;
import io.github.southsouth.serialization.internal.ImportSupport;
import io.github.southsouth.serialization.internal.PartOfCycles;
import io.github.southsouth.serialization.iati.ActivityMapper.LocalProblem;
import io.github.southsouth.serialization.iati.ActivityMapper.Mapped;
import io.github.southsouth.serialization.iati.Drafts.ActorDraft;
import io.github.southsouth.serialization.iati.Drafts.RelatedRef;
import io.github.southsouth.serialization.iati.Drafts.RelationDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports IATI activity files (versions 2.01 to 2.03), following the mapping in the {@linkplain
 * io.github.southsouth.serialization.iati package documentation}: into a {@link CooperationGraph}
 * ({@link #read(List)}, {@link #readResult(List)}), or record by record into a {@link RecordSink}
 * ({@link #stream(List, RecordSink)}) for inputs too large to hold as one graph.
 *
 * <pre>{@code
 * IatiImporter importer = IatiImporter.reader(ReadOptions.lenient()).with(ReferenceData.of(seeds));
 * IatiImport result = importer.readResult(List.of(Path.of("activities.xml")));
 * System.out.println(result.summary());
 * for (Initiative initiative : result.graph().initiatives()) { ... }
 * }</pre>
 *
 * <p>Each file is streamed with StAX, one {@code iati-activity} at a time, so memory grows with the
 * imported graph (with {@code stream}: with the organisations and ids only) and the largest single
 * activity, never with the size of the XML. DTDs are refused, external entities are off, and the
 * limits of {@link ReadOptions} (nesting depth, text and number length, file size, problem count)
 * apply to each file.
 *
 * <p>Problems: file-level problems (not well-formed XML, a DTD, a limit reached, a root element
 * other than {@code iati-activities}, a 1.x version) are errors in every mode. A problem that makes
 * an activity unreadable (no identifier, a value that is not a decimal, a date that is not a date, a
 * missing or unknown currency, an activity id imported before) is an error when strict; when
 * lenient it is a warning and the activity is left out with a {@code skipped-record} warning. A
 * problem that keeps the data as given (a code missing from its IATI codelist or withdrawn from it,
 * percentages that add up to more than 100, a region beside countries already at 100 %) is an
 * error when strict and a warning when lenient. Normalisations that
 * follow the standard (an upper-case {@code xml:lang}, the version taken from {@code
 * iati-extra:version}, geography or sectors given on transactions only, a related activity outside
 * the imported files) are warnings in both modes. Elements of other namespaces are skipped without
 * a word. Every problem names its file, line, column and an XPath-like path such as {@code
 * /iati-activities/iati-activity[3]/transaction[2]/value}. In the vocabulary of {@link
 * io.github.southsouth.serialization.ReadPolicy}, which makes these decisions, the four groups are
 * the kinds {@code FATAL}, {@code MALFORMED_RECORD}, {@code RECOVERABLE} and {@code NOTE}.
 *
 * <p>Immutable and thread-safe: one importer can run any number of imports, also concurrently;
 * each import uses its own parser and state. The {@code with} methods return a new importer. An
 * import is O(size of the input) in time. Each file is parsed on a second thread (a daemon named
 * {@code southsouth-iati-reader}) at most 16 activities, and 8 MB of the file, ahead of the
 * mapping, which runs, with the progress listener and any sink, on the calling thread.
 *
 * @since 0.1.0
 */
public final class IatiImporter {

  private final ReadOptions options;
  private final ReferenceData reference;

  private IatiImporter(ReadOptions options, ReferenceData reference) {
    this.options = checkNotNull(options, "options");
    this.reference = checkNotNull(reference, "reference");
  }

  /**
   * Returns an importer with strict default options and no reference data.
   *
   * @return the importer
   */
  public static IatiImporter reader() {
    return reader(ReadOptions.defaults());
  }

  /**
   * Returns an importer with these options and no reference data ({@link #with(ReferenceData)}
   * adds it).
   *
   * @param options leniency, limits and progress listener
   * @return the importer
   * @throws NullPointerException if {@code options} is null
   */
  public static IatiImporter reader(ReadOptions options) {
    return new IatiImporter(options, ReferenceData.none());
  }

  /**
   * Returns an importer like this one with other options.
   *
   * @param options leniency, limits and progress listener
   * @return the importer
   * @throws NullPointerException if {@code options} is null
   */
  public IatiImporter with(ReadOptions options) {
    return new IatiImporter(options, reference);
  }

  /**
   * Returns an importer like this one that links to other reference data.
   *
   * @param reference the countries, regions and themes to link to; {@link ReferenceData#none()}
   *     makes minimal country and region actors from the IATI codelists instead
   * @return the importer
   * @throws NullPointerException if {@code reference} is null
   */
  public IatiImporter with(ReferenceData reference) {
    return new IatiImporter(options, reference);
  }

  /**
   * Returns the options of this importer.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Returns the reference data this importer links to.
   *
   * @return the reference data
   */
  public ReferenceData reference() {
    return reference;
  }

  /**
   * Imports one file; see {@link #readResult(List)}.
   *
   * @param file an IATI activity file
   * @return the imported graph
   * @throws ModelReadException if the file cannot be imported; the report lists every problem
   */
  public CooperationGraph read(Path file) {
    return readResult(file).graph();
  }

  /**
   * Imports files into one graph; see {@link #readResult(List)}.
   *
   * @param files IATI activity files, at least one
   * @return the imported graph
   * @throws ModelReadException if a file cannot be imported, or an activity cannot be and the
   *     options are strict; the report lists every problem found
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public CooperationGraph read(List<Path> files) {
    return readResult(files).graph();
  }

  /**
   * Imports one file, and returns the warnings and counts too; see {@link #readResult(List)}.
   *
   * @param file an IATI activity file
   * @return the imported graph, warnings and counts
   * @throws ModelReadException if the file cannot be imported; the report lists every problem
   */
  public IatiImport readResult(Path file) {
    return readResult(List.of(checkNotNull(file, "file")));
  }

  /**
   * Imports IATI activity files into one graph, and returns the warnings and counts too.
   * Activities of all files are imported together, so related activities in different files are
   * linked; an activity id found twice is an error (a skipped activity when lenient). Progress
   * (activities read, bytes read, total bytes) goes to {@link ReadOptions#progress()} every 100
   * activities and at the end of each file.
   *
   * @param files IATI activity files, at least one
   * @return the imported graph, warnings and counts
   * @throws ModelReadException if any file cannot be imported, or an activity cannot be and the
   *     options are strict; the report lists every problem found in every file, and no graph is
   *     returned
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public IatiImport readResult(List<Path> files) {
    Run run = new Run(checkFiles(files), false);
    CooperationGraph.Builder graph = CooperationGraph.builder().problemLimit(options.maxProblems());
    run.run(ImportSupport.into(graph));
    try {
      CooperationGraph built = graph.info(run.info()).build();
      return new IatiImport(built, run.problems.build(), run.counts());
    } catch (InvalidModelException e) {
      run.problems.addAll(e.report());
      throw new ModelReadException(run.problems.build());
    }
  }

  /**
   * Streams one file into a sink; see {@link #stream(List, RecordSink)}.
   *
   * @param file an IATI activity file
   * @param sink receives the entities and relations
   * @return the warnings, counts and dataset metadata
   * @throws ModelReadException if the file cannot be imported; see {@link #stream(List, RecordSink)}
   */
  public StreamedImport stream(Path file, RecordSink sink) {
    return stream(List.of(checkNotNull(file, "file")), sink);
  }

  /**
   * Imports IATI activity files record by record into a sink, without building a graph: the
   * records passed are the entities and relations of the graph {@link #read(List)} returns for the
   * same files, the warnings and counts are the same, and memory stays bounded by one activity plus
   * what the import keeps by id (see below), however large the files.
   *
   * <p>How: every file is parsed twice. The first pass maps each activity and keeps only what
   * crosses activities: the ids of the activities imported (to find ids given twice and to
   * resolve related activities), the organisations merged across activities (with their names,
   * so that an organisation named in one file only is known everywhere), the related-activity
   * references, and the reference entities linked to. It reports every problem; if any is an
   * error, the import fails before the sink receives anything. The second pass maps each activity
   * again and passes each initiative, with its relations, to the sink as soon as it is mapped. At
   * the end come the organisations, countries and regions made by the import, one source per file,
   * the relations between related activities, and the reference entities and relations linked to.
   * Progress counts both passes: twice the activities, and twice the files' size as total bytes.
   *
   * <p>The rules of {@link CooperationGraph} that span records hold by construction (unique ids,
   * references to records passed) or are checked after the first pass ({@code part-of} cycles
   * among related activities); so the stream fails exactly when {@link #read(List)} would. The
   * sink may still see an exception after it received records: an unchecked exception of its own,
   * or an I/O failure of a file between the two passes (reported as a {@link ModelReadException});
   * its consumer must then treat what it received as incomplete (see {@link RecordSink}).
   *
   * @param files IATI activity files, at least one
   * @param sink receives the entities and relations, on this thread
   * @return the warnings, counts, account and dataset metadata
   * @throws ModelReadException if any file cannot be imported, or an activity cannot be and the
   *     options are strict; the report lists every problem found in every file
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public StreamedImport stream(List<Path> files, RecordSink sink) {
    checkNotNull(sink, "sink");
    Run run = new Run(checkFiles(files), true);
    ImportSupport.Counting counting = new ImportSupport.Counting(sink);
    run.run(counting);
    ProblemReport warnings = run.problems.build();
    IatiImport.Counts counts = run.counts();
    return StreamedImport.builder(run.info(), warnings)
        .account(counts.account)
        .counts(counts.toMap())
        .summary(counts.summary(warnings))
        .records(counting.entities(), counting.relations())
        .build();
  }

  private static List<Path> checkFiles(List<Path> files) {
    return ImportSupport.checkFiles(files, "IATI activity file");
  }

  /** An activity imported: its initiative and its relations, kept until the end by an in-memory import. */
  private static final class Kept {
    final Initiative initiative;
    final List<RelationDraft> relations;

    Kept(Initiative initiative, List<RelationDraft> relations) {
      this.initiative = initiative;
      this.relations = relations;
    }
  }

  /**
   * The state of one import. The first pass ({@link #collect}) maps every activity, reports its
   * problems and keeps what crosses activities; an in-memory import also keeps each activity's
   * initiative and relations. After it, related activities are resolved and organisations never
   * named left out. Then every activity is emitted: from what was kept, or, when streaming, by a
   * second pass that maps the files again.
   */
  private final class Run {
    private final List<Path> files;
    private final boolean streaming;
    final ProblemReport.Collector problems = ProblemReport.collector(options.maxProblems());
    /** The activities imported, by id: the file's index and the line, for a duplicate's message. */
    private final Map<EntityId, Long> firstSeen = new LinkedHashMap<>();
    private final List<Kept> kept = new ArrayList<>();
    private final Map<EntityId, ActorDraft> actors = new LinkedHashMap<>();
    private final List<RelatedRef> related = new ArrayList<>();
    private final Map<String, RelationDraft> relatedRelations = new LinkedHashMap<>();
    private Map<EntityId, Map<String, List<String>>> unresolved = Map.of();
    private final Set<EntityId> referenceIds = new LinkedHashSet<>();
    private final Set<EntityId> organisations = new HashSet<>();
    private final Set<EntityId> countries = new HashSet<>();
    private final List<EntityId> sourceIds = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final ImportAccount.Builder account = ImportAccount.builder();
    private int skipped;
    private Map<EntityId, ActorDraft> unnamed = Map.of();
    private int transactions;
    private int budgets;
    private int plannedDisbursements;
    private long activitiesRead;
    private long bytesBefore;
    private long totalBytes;

    Run(List<Path> files, boolean streaming) {
      this.files = files;
      this.streaming = streaming;
    }

    DatasetInfo info() {
      return DatasetInfo.builder()
          .title(LocalizedText.english("IATI activities imported from " + files.size()
              + (files.size() == 1 ? " file" : " files")))
          .addAllSources(sourceIds)
          .build();
    }

    IatiImport.Counts counts() {
      return new IatiImport.Counts(files.size(), firstSeen.size(), skipped, organisations.size() - unnamed.size(),
          countries.size(), transactions, budgets, plannedDisbursements, account.build());
    }

    /** Imports the files into the sink, or throws with every problem before the sink gets anything. */
    void run(RecordSink sink) {
      totalBytes = 0;
      for (Path file : files) {
        try {
          totalBytes += Files.size(file);
        } catch (IOException e) {
          totalBytes = -1;
          break;
        }
      }
      if (streaming && totalBytes > 0) {
        totalBytes *= 2;
      }
      Organisations.Registry registry = new Organisations.Registry();
      Set<EntityId> taken = new HashSet<>();
      for (int i = 0; i < files.size(); i++) {
        sourceIds.add(sourceId(files.get(i), taken));
        collectFile(i, registry);
      }
      options.progress().progress(activitiesRead, bytesBefore, totalBytes);
      resolveRelated();
      leaveOutUnnamedOrganisations();
      if (streaming) {
        checkRelatedCycles();
      }
      if (problems.hasErrors()) {
        throw new ModelReadException(problems.build());
      }
      if (streaming) {
        emitAgain(sink);
      } else {
        for (Kept activity : kept) {
          emit(activity.initiative, activity.relations, sink);
        }
      }
      actors.values().forEach(a -> sink.entity(a.build()));
      sources.forEach(sink::entity);
      relatedRelations.values().forEach(r -> sink.relation(r.build()));
      ReferenceData.Closure closure = reference.closure(referenceIds);
      closure.entities().forEach(sink::entity);
      closure.relations().forEach(sink::relation);
    }

    /** The first pass over one file: maps, checks and keeps; makes the file's source. */
    private void collectFile(int fileIndex, Organisations.Registry registry) {
      Path file = files.get(fileIndex);
      String sourceName = file.toString();
      EntityId sourceId = sourceIds.get(fileIndex);
      Set<String> notedOnce = new HashSet<>();
      String[] reportingOrg = {""};
      IatiFileReader.FileInfo info = readActivities(file, new IatiFileReader(options, problems), (activity, fileInfo) -> {
        ActivityMapper mapper = new ActivityMapper(options, reference, sourceId, sourceName, notedOnce, registry, activity);
        Mapped mapped = mapper.map(fileInfo.rootVersion, fileInfo.rootLang);
        if (reportingOrg[0].isEmpty()) {
          reportingOrg[0] = activity.child("reporting-org").map(mapper::narratives)
              .map(LocalizedText::english).orElse("");
        }
        collect(mapped, activity, sourceName, fileIndex);
      });
      String fileName = fileName(file);
      Source.Builder source = Source.builder()
          .id(sourceId)
          .sourceKind(SourceKind.DATASET)
          .name(LocalizedText.english("IATI activity file " + fileName
              + (reportingOrg[0].isEmpty() ? "" : ", reported by " + reportingOrg[0])))
          .putAttribute("iati.activities", Integer.toString(info.activities));
      if (!reportingOrg[0].isEmpty()) {
        source.publisher(reportingOrg[0]);
      }
      info.rootVersion.ifPresent(v -> source.putAttribute("iati.version", v));
      info.generated.ifPresent(g -> {
        source.putAttribute("iati.generatedDatetime", g);
        if (g.length() >= 10) {
          try {
            source.date(PartialDate.parse(g.substring(0, 10)));
          } catch (IllegalArgumentException e) {
            // the raw value stays in the attribute
          }
        }
      });
      sources.add(source.build());
    }

    /** Reads the activities of one file, reporting progress; returns what the file's root says. */
    private IatiFileReader.FileInfo readActivities(Path file, IatiFileReader reader, ActivityHandler handler) {
      long[] lastBytes = {0};
      IatiFileReader.FileInfo info = reader.read(file, file.toString(), new IatiFileReader.Handler() {
        @Override
        public void activity(XmlNode activity, int index, IatiFileReader.FileInfo fileInfo) {
          handler.activity(activity, fileInfo);
          activitiesRead++;
        }

        @Override
        public void progress(long bytesOfThisFile) {
          lastBytes[0] = bytesOfThisFile;
          if (activitiesRead % 100 == 0) {
            options.progress().progress(activitiesRead, bytesBefore + bytesOfThisFile, totalBytes);
          }
        }
      });
      try {
        bytesBefore += Files.size(file);
      } catch (IOException e) {
        bytesBefore += lastBytes[0];
      }
      options.progress().progress(activitiesRead, bytesBefore, totalBytes);
      return info;
    }

    /** The second pass of a streamed import: maps every file again and emits each activity kept. */
    private void emitAgain(RecordSink sink) {
      Organisations.Registry registry = new Organisations.Registry();
      // The first pass reported every problem; this one's are the same and are dropped.
      ProblemReport.Collector again = ProblemReport.collector(1);
      Set<EntityId> emitted = new HashSet<>();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        String sourceName = file.toString();
        EntityId sourceId = sourceIds.get(i);
        Set<String> notedOnce = new HashSet<>();
        readActivities(file, new IatiFileReader(options, again), (activity, fileInfo) -> {
          Mapped mapped = new ActivityMapper(options, reference, sourceId, sourceName, notedOnce, registry, activity)
              .map(fileInfo.rootVersion, fileInfo.rootLang);
          if (!mapped.bad && mapped.initiative.isPresent() && emitted.add(mapped.initiative.get().id())) {
            emit(mapped.initiative.get(), new ArrayList<>(mapped.relations.values()), sink);
          }
        });
        if (again.hasErrors()) {
          // the file changed, or could no longer be read, since the first pass
          problems.addAll(again.build());
          throw new ModelReadException(problems.build());
        }
      }
    }

    private EntityId sourceId(Path file, Set<EntityId> taken) {
      String fileName = fileName(file);
      String base = "iati-file-" + (fileName.length() > 150 ? fileName.substring(0, 150) : fileName);
      EntityId id = EntityId.encode(Kind.SOURCE, base);
      for (int n = 2; !taken.add(id); n++) {
        id = EntityId.encode(Kind.SOURCE, base + "-" + n);
      }
      return id;
    }

    /** Checks one mapped activity, reports its problems, and keeps what crosses activities. */
    private void collect(Mapped mapped, XmlNode activity, String sourceName, int fileIndex) {
      boolean bad = mapped.bad;
      Optional<Initiative> initiative = mapped.initiative;
      if (initiative.isPresent() && firstSeen.containsKey(initiative.get().id())) {
        long seen = firstSeen.get(initiative.get().id());
        mapped.problems.add(new LocalProblem(ProblemKind.MALFORMED_RECORD, ProblemCode.DUPLICATE_ID,
            "the activity " + mapped.identifier + " was already imported from " + files.get((int) (seen >>> 32))
                + ":" + (int) seen + ": an IATI identifier must be unique", Location.builder().source(sourceName)
                .line(activity.line).column(activity.column).pointer(activity.path() + "/iati-identifier")
                .subject(initiative.get().id().toString()).build()));
        bad = true;
      }
      ReadPolicy policy = ReadPolicy.of(options);
      for (LocalProblem p : mapped.problems) {
        // A full report only counts further problems: do not build their paths.
        Location at = problems.isFull() ? Location.unknown() : p.location();
        problems.add(policy.problem(p.kind, p.code, p.message, at));
      }
      if (bad || initiative.isEmpty()) {
        account.add("iati-activity");
        if (policy.skipsMalformedRecords()) {
          skipped++;
          problems.add(policy.skippedRecord(
              "the activity " + (mapped.identifier.isEmpty() ? "without identifier" : mapped.identifier)
                  + " is left out because of the problems reported above",
              Location.builder().source(sourceName).line(activity.line).column(activity.column)
                  .pointer(activity.path()).build()));
        }
        return;
      }
      NotKept.count(activity, account);
      Initiative added = initiative.get();
      firstSeen.put(added.id(), ((long) fileIndex << 32) | (activity.line & 0xffffffffL));
      if (!streaming) {
        kept.add(new Kept(added, new ArrayList<>(mapped.relations.values())));
      }
      mapped.actors.forEach((id, draft) -> ActorDraft.mergeInto(actors, id, draft));
      related.addAll(mapped.related);
      referenceIds.addAll(mapped.referenceIds);
      organisations.addAll(mapped.organisations);
      countries.addAll(mapped.countries);
      transactions += mapped.transactions;
      budgets += mapped.budgets;
      plannedDisbursements += mapped.plannedDisbursements;
    }

    /**
     * Emits one activity's initiative and relations. The relations of organisations no element
     * of the import names are left out, their refs kept on the initiative as {@code
     * iati.unnamedOrganisations.<relation type>}; financing they provided keeps the ref in {@code
     * iati.providerOrg} and no financier. Related activities outside the import are kept as {@code
     * iati.relatedActivities.<type>}.
     */
    private void emit(Initiative initiative, List<RelationDraft> drafts, RecordSink sink) {
      Map<String, List<String>> refs = null;
      List<RelationDraft> kept = new ArrayList<>(drafts.size());
      for (RelationDraft draft : drafts) {
        ActorDraft actor = unnamed.get(draft.from);
        if (actor == null) {
          kept.add(draft);
          continue;
        }
        if (refs == null) {
          refs = new TreeMap<>();
        }
        refs.computeIfAbsent("iati.unnamedOrganisations." + draft.type.code(), k -> new ArrayList<>())
            .add(actor.externalIds.getOrDefault("iati", actor.id.slug()));
      }
      boolean unnamedFinancier = false;
      for (Financing financing : initiative.financing()) {
        unnamedFinancier |= financing.financier().filter(unnamed::containsKey).isPresent();
      }
      Map<String, List<String>> open = unresolved.get(initiative.id());
      if (open == null && refs == null && !unnamedFinancier) {
        sink.entity(initiative);
      } else {
        Initiative.Builder changed = Initiative.builder().from(initiative);
        if (open != null) {
          open.forEach((type, ids) -> changed.putAttribute("iati.relatedActivities." + type, String.join(" ", ids)));
        }
        if (refs != null) {
          refs.forEach((key, ids) -> changed.putAttribute(key, String.join(" ", ids)));
        }
        if (refs != null || unnamedFinancier) {
          changed.financing(withoutFinanciers(initiative.financing()));
        }
        sink.entity(changed.build());
      }
      kept.forEach(r -> sink.relation(r.build()));
    }

    /**
     * Leaves out the organisations that no element of the import names (a ref without narratives
     * everywhere): an importer makes no name from an identifier. One warning per organisation;
     * their relations and financiers are left out when each activity is emitted.
     */
    private void leaveOutUnnamedOrganisations() {
      Map<EntityId, ActorDraft> left = new LinkedHashMap<>();
      actors.values().removeIf(actor -> {
        if (actor.names.isEmpty()) {
          left.put(actor.id, actor);
          return true;
        }
        return false;
      });
      unnamed = left;
      for (ActorDraft actor : left.values()) {
        problems.add(Problem.warning(ProblemCode.MISSING_NAME,
            "the organisation " + ActivityMapper.abbreviate(actor.externalIds.getOrDefault("iati", actor.id.slug()))
                + " is never named (no narrative) in the imported files: no actor is made for it, since a name is"
                + " never made from an identifier; its ref is kept in the attributes iati.unnamedOrganisations.*"
                + " and iati.providerOrg", actor.firstSeen.orElse(Location.unknown())));
      }
    }

    private List<Financing> withoutFinanciers(List<Financing> financing) {
      List<Financing> kept = new ArrayList<>(financing.size());
      for (Financing f : financing) {
        kept.add(f.financier().filter(unnamed::containsKey).isPresent()
            ? Financing.builder().from(f).financier(Optional.empty()).build() : f);
      }
      return kept;
    }

    /**
     * Links related activities within the import, as relations kept to the end; the others are
     * kept by initiative and type name, to become attributes, each with a warning.
     */
    private void resolveRelated() {
      Map<EntityId, Map<String, List<String>>> open = new LinkedHashMap<>();
      for (RelatedRef ref : related) {
        if (!firstSeen.containsKey(ref.from)) {
          continue;
        }
        String typeName = switch (ref.type) {
          case "1" -> "parent";
          case "2" -> "child";
          case "3" -> "sibling";
          case "4" -> "co-funded";
          case "5" -> "third-party";
          default -> "type-" + ref.type;
        };
        Optional<EntityId> target;
        try {
          target = Optional.of(EntityId.encode(Kind.INITIATIVE, ref.target)).filter(firstSeen::containsKey);
        } catch (IllegalArgumentException e) {
          target = Optional.empty();
        }
        if (target.isEmpty()) {
          open.computeIfAbsent(ref.from, k -> new TreeMap<>())
              .computeIfAbsent(typeName, k -> new ArrayList<>()).add(ref.target);
          problems.add(Problem.warning(ProblemCode.DANGLING_REFERENCE,
              "the related activity " + ActivityMapper.abbreviate(ref.target) + " (" + typeName
                  + ") is not among the imported activities: kept in the attribute iati.relatedActivities." + typeName,
              ref.location));
          continue;
        }
        EntityId from = ref.from;
        EntityId to = target.get();
        RelationType type = RelationType.RELATED_TO;
        if (ref.type.equals("1")) {
          type = RelationType.PART_OF;
        } else if (ref.type.equals("2")) {
          type = RelationType.PART_OF;
          from = target.get();
          to = ref.from;
        }
        RelationDraft draft = relatedRelations.get(RelationDraft.key(from, type, to));
        if (draft == null) {
          draft = new RelationDraft(from, type, to);
          relatedRelations.put(draft.key(), draft);
        }
        if (type == RelationType.RELATED_TO && draft.note.isEmpty()) {
          draft.note = Optional.of("IATI related-activity: " + Codelists.describe("RelatedActivityType", ref.type));
        }
        draft.citations.add(ref.citation);
      }
      related.clear();
      unresolved = open;
    }

    /**
     * Reports {@code part-of} cycles among related activities before a streamed import emits
     * anything, as the graph's validation reports them for an in-memory import.
     */
    private void checkRelatedCycles() {
      List<Relation> partOf = new ArrayList<>();
      for (RelationDraft draft : relatedRelations.values()) {
        if (draft.type == RelationType.PART_OF) {
          partOf.add(Relation.builder().from(draft.from).type(draft.type).to(draft.to).build());
        }
      }
      PartOfCycles.between(partOf, options.maxProblems()).forEach(problems::add);
    }
  }

  /** What a pass does with each activity of a file. */
  @FunctionalInterface
  private interface ActivityHandler {
    void activity(XmlNode activity, IatiFileReader.FileInfo file);
  }

  private static String fileName(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  @Override
  public String toString() {
    return "IatiImporter{" + options + "}";
  }
}
