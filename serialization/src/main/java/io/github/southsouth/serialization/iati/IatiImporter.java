package io.github.southsouth.serialization.iati;

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
import io.github.southsouth.serialization.ReferenceData;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports IATI activity files (versions 2.01 to 2.03) into a {@link CooperationGraph}, following
 * the mapping in the {@linkplain io.github.southsouth.serialization.iati package documentation}.
 *
 * <pre>{@code
 * IatiImporter importer = IatiImporter.create(ReadOptions.lenient(), ReferenceData.of(seeds));
 * IatiImport result = importer.importFiles(List.of(Path.of("activities.xml")));
 * System.out.println(result.summary());
 * for (Initiative initiative : result.graph().initiatives()) { ... }
 * }</pre>
 *
 * <p>Each file is streamed with StAX, one {@code iati-activity} at a time, so memory grows with the
 * imported graph and the largest single activity, never with the size of the XML. DTDs are refused,
 * external entities are off, and the limits of {@link ReadOptions} (nesting depth, text and number
 * length, file size, problem count) apply to each file.
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
 * each import uses its own parser and state. An import is O(size of the input) in time. Each file
 * is parsed on a second thread (a daemon named {@code southsouth-iati-reader}) at most 16
 * activities, and 8 MB of the file, ahead of the mapping, which runs, with the progress listener,
 * on the calling thread.
 *
 * @since 0.1.0
 */
public final class IatiImporter {

  private final ReadOptions options;
  private final ReferenceData reference;

  private IatiImporter(ReadOptions options, ReferenceData reference) {
    this.options = Objects.requireNonNull(options, "options");
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  /**
   * Returns an importer.
   *
   * @param options leniency, limits and progress listener
   * @param reference the countries, regions and themes to link to; {@link ReferenceData#none()}
   *     makes minimal country and region actors from the IATI codelists instead
   * @return the importer
   */
  public static IatiImporter create(ReadOptions options, ReferenceData reference) {
    return new IatiImporter(options, reference);
  }

  /**
   * Returns an importer with strict default options and no reference data, as {@code
   * AidDataImporter.create()} does.
   *
   * @return the importer
   */
  public static IatiImporter create() {
    return create(ReadOptions.defaults(), ReferenceData.none());
  }

  /**
   * Imports one file; see {@link #importFiles(List)}.
   *
   * @param file an IATI activity file
   * @return the imported graph, warnings and counts
   * @throws ModelReadException if the file cannot be imported; the report lists every problem
   */
  public IatiImport importFile(Path file) {
    return importFiles(List.of(file));
  }

  /**
   * Imports IATI activity files into one graph. Activities of all files are imported together, so
   * related activities in different files are linked; an activity id found twice is an error (a
   * skipped activity when lenient). Progress (activities read, bytes read, total bytes) goes to
   * {@link ReadOptions#progress()} every 100 activities and at the end of each file.
   *
   * @param files IATI activity files, at least one
   * @return the imported graph, warnings and counts
   * @throws ModelReadException if any file cannot be imported, or an activity cannot be and the
   *     options are strict; the report lists every problem found in every file, and no graph is
   *     returned
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public IatiImport importFiles(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files to import: expected at least one IATI activity file");
    }
    return new Run(files).run();
  }

  /** The state of one import. */
  private final class Run {
    private final List<Path> files;
    private final ProblemReport.Collector problems = ProblemReport.collector(options.maxProblems());
    private final Map<EntityId, Initiative> initiatives = new LinkedHashMap<>();
    private final Map<EntityId, String> firstSeen = new LinkedHashMap<>();
    private final Map<EntityId, ActorDraft> actors = new LinkedHashMap<>();
    private final Map<String, RelationDraft> relations = new LinkedHashMap<>();
    private final List<RelatedRef> related = new ArrayList<>();
    private final Set<EntityId> referenceIds = new LinkedHashSet<>();
    private final Set<EntityId> organisations = new HashSet<>();
    private final Set<EntityId> countries = new HashSet<>();
    private final List<Source> sources = new ArrayList<>();
    private final Organisations.Registry organisationIds = new Organisations.Registry();
    private final ImportAccount.Builder account = ImportAccount.builder();
    private int skipped;
    private int unnamedCount;
    private Set<EntityId> unnamedIds = Set.of();
    private int transactions;
    private int budgets;
    private int plannedDisbursements;
    private long activitiesRead;
    private long bytesBefore;
    private long totalBytes;

    Run(List<Path> files) {
      this.files = files;
    }

    IatiImport run() {
      totalBytes = 0;
      for (Path file : files) {
        try {
          totalBytes += Files.size(file);
        } catch (IOException e) {
          totalBytes = -1;
          break;
        }
      }
      Set<EntityId> sourceIds = new HashSet<>();
      for (Path file : files) {
        readFile(file, sourceIds);
      }
      options.progress().progress(activitiesRead, bytesBefore, totalBytes);
      Map<EntityId, Map<String, List<String>>> unresolved = resolveRelated();
      Map<EntityId, Map<String, List<String>>> unnamed = leaveOutUnnamedOrganisations();
      if (problems.hasErrors()) {
        throw new ModelReadException(problems.build());
      }
      CooperationGraph.Builder graph = CooperationGraph.builder().problemLimit(options.maxProblems());
      List<EntityId> sourceList = new ArrayList<>();
      sources.forEach(s -> sourceList.add(s.id()));
      graph.info(DatasetInfo.builder()
          .title(LocalizedText.english("IATI activities imported from " + files.size()
              + (files.size() == 1 ? " file" : " files")))
          .addAllSources(sourceList)
          .build());
      for (Initiative initiative : initiatives.values()) {
        Map<String, List<String>> open = unresolved.get(initiative.id());
        Map<String, List<String>> refs = unnamed.get(initiative.id());
        if (open == null && refs == null) {
          graph.addEntity(initiative);
        } else {
          Initiative.Builder changed = Initiative.builder().from(initiative);
          if (open != null) {
            open.forEach((type, ids) -> changed.putAttribute("iati.relatedActivities." + type, String.join(" ", ids)));
          }
          if (refs != null) {
            refs.forEach((key, ids) -> changed.putAttribute(key, String.join(" ", ids)));
            changed.financing(withoutFinanciers(initiative.financing()));
          }
          graph.addEntity(changed.build());
        }
      }
      actors.values().forEach(a -> graph.addEntity(a.build()));
      graph.addEntities(sources);
      relations.values().forEach(r -> graph.addRelation(r.build()));
      ReferenceData.Closure closure = reference.closure(referenceIds);
      for (Entity entity : closure.entities()) {
        graph.addEntity(entity);
      }
      graph.addRelations(closure.relations());
      try {
        CooperationGraph built = graph.build();
        return new IatiImport(built, problems.build(), files.size(), initiatives.size(), skipped,
            organisations.size() - unnamedCount, countries.size(), transactions, budgets, plannedDisbursements,
            account.build());
      } catch (InvalidModelException e) {
        problems.addAll(e.report());
        throw new ModelReadException(problems.build());
      }
    }

    private void readFile(Path file, Set<EntityId> sourceIds) {
      String sourceName = file.toString();
      String fileName = file.getFileName() == null ? sourceName : file.getFileName().toString();
      EntityId sourceId = sourceId(fileName, sourceIds);
      Set<String> notedOnce = new HashSet<>();
      String[] reportingOrg = {""};
      IatiFileReader reader = new IatiFileReader(options, problems);
      long[] lastBytes = {0};
      IatiFileReader.FileInfo info = reader.read(file, sourceName, new IatiFileReader.Handler() {
        @Override
        public void activity(XmlNode activity, int index, IatiFileReader.FileInfo file) {
          ActivityMapper mapper = new ActivityMapper(options, reference, sourceId, sourceName, notedOnce, organisationIds, activity);
          Mapped mapped = mapper.map(file.rootVersion, file.rootLang);
          if (reportingOrg[0].isEmpty()) {
            reportingOrg[0] = activity.child("reporting-org").map(mapper::narratives)
                .map(LocalizedText::english).orElse("");
          }
          commit(mapped, activity, sourceName);
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

    private EntityId sourceId(String fileName, Set<EntityId> taken) {
      String base = "iati-file-" + (fileName.length() > 150 ? fileName.substring(0, 150) : fileName);
      EntityId id = EntityId.encode(Kind.SOURCE, base);
      for (int n = 2; !taken.add(id); n++) {
        id = EntityId.encode(Kind.SOURCE, base + "-" + n);
      }
      return id;
    }

    private void commit(Mapped mapped, XmlNode activity, String sourceName) {
      boolean bad = mapped.bad;
      Optional<Initiative> initiative = mapped.initiative;
      if (initiative.isPresent() && initiatives.containsKey(initiative.get().id())) {
        mapped.problems.add(new LocalProblem(ProblemKind.MALFORMED_RECORD, ProblemCode.DUPLICATE_ID,
            "the activity " + mapped.identifier + " was already imported from " + firstSeen.get(initiative.get().id())
                + ": an IATI identifier must be unique", Location.builder().source(sourceName).line(activity.line)
                .column(activity.column).pointer(activity.path() + "/iati-identifier")
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
      initiatives.put(added.id(), added);
      firstSeen.put(added.id(), sourceName + ":" + activity.line);
      mapped.actors.forEach((id, draft) -> actors.merge(id, draft, (a, b) -> {
        a.merge(b);
        return a;
      }));
      mapped.relations.forEach((key, draft) -> relations.merge(key, draft, (a, b) -> {
        a.citations.addAll(b.citations);
        return a;
      }));
      related.addAll(mapped.related);
      referenceIds.addAll(mapped.referenceIds);
      organisations.addAll(mapped.organisations);
      countries.addAll(mapped.countries);
      transactions += mapped.transactions;
      budgets += mapped.budgets;
      plannedDisbursements += mapped.plannedDisbursements;
    }

    /**
     * Leaves out the organisations that no element of the import names (a ref without narratives
     * everywhere): an importer makes no name from an identifier. Their relations are dropped, and
     * their refs are kept on each initiative as {@code iati.unnamedOrganisations.<relation type>};
     * financing they provided keeps the ref in {@code iati.providerOrg} and no financier. One
     * warning per organisation. Returns the refs by initiative and attribute.
     */
    private Map<EntityId, Map<String, List<String>>> leaveOutUnnamedOrganisations() {
      Map<EntityId, ActorDraft> unnamed = new LinkedHashMap<>();
      actors.values().removeIf(actor -> {
        if (actor.names.isEmpty()) {
          unnamed.put(actor.id, actor);
          return true;
        }
        return false;
      });
      Map<EntityId, Map<String, List<String>>> refs = new LinkedHashMap<>();
      if (unnamed.isEmpty()) {
        return refs;
      }
      unnamedCount = unnamed.size();
      unnamedIds = unnamed.keySet();
      relations.values().removeIf(relation -> {
        ActorDraft actor = unnamed.get(relation.from);
        if (actor == null) {
          return false;
        }
        refs.computeIfAbsent(relation.to, k -> new TreeMap<>())
            .computeIfAbsent("iati.unnamedOrganisations." + relation.type.code(), k -> new ArrayList<>())
            .add(actor.externalIds.getOrDefault("iati", actor.id.slug()));
        return true;
      });
      for (Initiative initiative : initiatives.values()) {
        for (Financing financing : initiative.financing()) {
          if (financing.financier().filter(unnamed::containsKey).isPresent()) {
            refs.computeIfAbsent(initiative.id(), k -> new TreeMap<>());
          }
        }
      }
      for (ActorDraft actor : unnamed.values()) {
        problems.add(Problem.warning(ProblemCode.MISSING_NAME,
            "the organisation " + ActivityMapper.abbreviate(actor.externalIds.getOrDefault("iati", actor.id.slug()))
                + " is never named (no narrative) in the imported files: no actor is made for it, since a name is"
                + " never made from an identifier; its ref is kept in the attributes iati.unnamedOrganisations.*"
                + " and iati.providerOrg", actor.firstSeen.orElse(Location.unknown())));
      }
      return refs;
    }

    private List<Financing> withoutFinanciers(List<Financing> financing) {
      List<Financing> kept = new ArrayList<>(financing.size());
      for (Financing f : financing) {
        kept.add(f.financier().filter(unnamedIds::contains).isPresent()
            ? Financing.builder().from(f).financier(Optional.empty()).build() : f);
      }
      return kept;
    }

    /** Links related activities within the import; returns the others by initiative and type name. */
    private Map<EntityId, Map<String, List<String>>> resolveRelated() {
      Map<EntityId, Map<String, List<String>>> unresolved = new LinkedHashMap<>();
      for (RelatedRef ref : related) {
        if (!initiatives.containsKey(ref.from)) {
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
          target = Optional.of(EntityId.encode(Kind.INITIATIVE, ref.target)).filter(initiatives::containsKey);
        } catch (IllegalArgumentException e) {
          target = Optional.empty();
        }
        if (target.isEmpty()) {
          unresolved.computeIfAbsent(ref.from, k -> new TreeMap<>())
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
        String key = RelationDraft.key(from, type, to);
        RelationDraft draft = relations.get(key);
        if (draft == null) {
          draft = new RelationDraft(from, type, to);
          relations.put(key, draft);
        }
        if (type == RelationType.RELATED_TO && draft.note.isEmpty()) {
          draft.note = Optional.of("IATI related-activity: " + Codelists.describe("RelatedActivityType", ref.type));
        }
        draft.citations.add(ref.citation);
      }
      return unresolved;
    }
  }

  @Override
  public String toString() {
    return "IatiImporter{" + options + "}";
  }
}
