package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FlowDirection;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.Drafts.ActorDraft;
import io.github.southsouth.serialization.iati.Drafts.RelatedRef;
import io.github.southsouth.serialization.iati.Drafts.RelationDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps one {@code iati-activity} to an initiative with its actors and relations, following the
 * table in the package documentation. Problems are collected locally, so that a bad activity can be
 * skipped as a whole. Not thread-safe; one per activity.
 */
final class ActivityMapper {

  /** A problem found in the activity. */
  static final class LocalProblem {
    final ProblemKind kind;
    final ProblemCode code;
    final String message;
    /**
     * Where the problem is; made only when the problem is kept, because building an element's
     * path is the costly part and a full problem report only counts further problems.
     */
    private final java.util.function.Supplier<Location> location;

    LocalProblem(ProblemKind kind, ProblemCode code, String message, Location location) {
      this(kind, code, message, () -> location);
    }

    LocalProblem(ProblemKind kind, ProblemCode code, String message, java.util.function.Supplier<Location> location) {
      this.kind = kind;
      this.code = code;
      this.message = message;
      this.location = location;
    }

    /** Returns the location, building it now. */
    Location location() {
      return location.get();
    }
  }

  /** The result of mapping one activity. */
  static final class Mapped {
    Optional<Initiative> initiative = Optional.empty();
    String identifier = "";
    final Map<EntityId, ActorDraft> actors = new LinkedHashMap<>();
    final Map<String, RelationDraft> relations = new LinkedHashMap<>();
    final List<RelatedRef> related = new ArrayList<>();
    final Set<EntityId> referenceIds = new LinkedHashSet<>();
    final Set<EntityId> organisations = new LinkedHashSet<>();
    final Set<EntityId> countries = new LinkedHashSet<>();
    int transactions;
    int budgets;
    int plannedDisbursements;
    final List<LocalProblem> problems = new ArrayList<>();
    boolean bad;
  }

  static final BigDecimal HUNDRED = new BigDecimal(100);
  static final BigDecimal TOLERANCE = new BigDecimal("0.01");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2}|T.*)?");

  final ReadOptions options;
  final ReferenceData reference;
  final EntityId sourceId;
  private final String sourceName;
  private final Set<String> notedOnce;
  final XmlNode activity;
  final Mapped out = new Mapped();
  private final Narratives narratives = new Narratives(this);
  private final Organisations organisations;
  private final FinanceMapper finance = new FinanceMapper(this);
  private Citation citation;
  EntityId initiativeId = EntityId.of(Kind.INITIATIVE, "unknown");
  Optional<String> defaultCurrency = Optional.empty();
  final Map<String, String> attributes = new LinkedHashMap<>();

  ActivityMapper(ReadOptions options, ReferenceData reference, EntityId sourceId, String sourceName,
      Set<String> notedOnce, Organisations.Registry registry, XmlNode activity) {
    this.organisations = new Organisations(this, registry);
    this.options = options;
    this.reference = reference;
    this.sourceId = sourceId;
    this.sourceName = sourceName;
    this.notedOnce = notedOnce;
    this.activity = activity;
    this.citation = Citation.of(sourceId, activity.path());
  }

  Mapped map(Optional<String> rootVersion, Optional<String> rootLang) {
    version(rootVersion);
    narratives.defaultLanguage(activity, rootLang);
    defaultCurrency = activity.attr("default-currency").map(c -> finance.currency(c, activity, "default-currency"));
    Optional<XmlNode> identifierNode = activity.child("iati-identifier");
    String identifier = identifierNode.map(XmlNode::text).orElse("");
    if (identifier.isEmpty()) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.MISSING_FIELD,
          "the activity has no iati-identifier (or an empty one): expected e.g. GB-1-103662-101",
          identifierNode.orElse(activity), null);
      return out;
    }
    out.identifier = identifier;
    try {
      initiativeId = EntityId.encode(Kind.INITIATIVE, identifier);
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
          "the iati-identifier \"" + abbreviate(identifier) + "\" is too long to be an id once encoded: expected at most "
              + EntityId.MAX_SLUG_LENGTH + " characters", identifierNode.get(), null);
      return out;
    }
    citation = Citation.of(sourceId, activity.path());

    Initiative.Builder initiative = Initiative.builder()
        .id(initiativeId)
        .initiativeKind(InitiativeKind.PROJECT)
        .addCitations(citation)
        .putExternalId("iati", identifier);
    // The title is the initiative's name, in the languages it is given in; a name is never made
    // from the identifier, so an activity without a title (which the IATI schema requires) is left out.
    Optional<XmlNode> titleNode = activity.child("title");
    LocalizedText title = titleNode.map(this::narratives).orElse(LocalizedText.empty());
    if (title.isEmpty()) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.MISSING_FIELD,
          "the activity has no title (or only empty narratives): expected <title><narrative>...</narrative></title>;"
              + " a name is never made from the identifier", titleNode.orElse(activity), null);
    } else {
      initiative.name(title);
    }
    descriptions(initiative);
    status(initiative);
    dates(initiative);
    activityAttributes();
    organisations.reportingOrg(activity, attributes);
    organisations.participatingOrgs(activity);
    new Recipients(this).read();
    List<Sector> sectors = sectors();
    initiative.addAllSectors(sectors);
    classifications();
    Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
    List<Financing> financing = new ArrayList<>();
    finance.transactions(financing);
    finance.budgets(financing);
    finance.plannedDisbursements(financing);
    // Budgets and planned disbursements deliver nothing yet: only flows name instruments.
    financing.stream().filter(f -> f.stage().direction() != FlowDirection.PLANNED)
        .forEach(f -> instruments.add(f.instrument()));
    finance.aidTypeInstruments(instruments);
    initiative.addAllFinancing(financing).addAllInstruments(instruments);
    initiative.conditionality(conditions());
    related();
    if (out.bad) {
      return out;
    }
    try {
      out.initiative = Optional.of(initiative.attributes(ImmutableMap.copyOf(attributes)).build());
      classify(out.initiative.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE, "the activity cannot be read: " + e.getMessage(), activity, null);
    }
    return out;
  }

  // ---- version and identity

  private void version(Optional<String> rootVersion) {
    Optional<String> own = activity.attr("iati-extra:version");
    if (rootVersion.isPresent()) {
      return;
    }
    if (own.isEmpty()) {
      once("no-version", ProblemKind.RECOVERABLE, ProblemCode.MISSING_FIELD,
          "the file has no <iati-activities version> and the activity no iati-extra:version: read as 2.03",
          activity, null);
    } else if (!IatiFileReader.SUPPORTED_VERSIONS.contains(own.get())) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.UNSUPPORTED_VERSION, IatiFileReader.unsupported(own.get()), activity,
          "iati-extra:version");
    } else {
      once("extra-version", ProblemKind.NOTE, ProblemCode.MISSING_FIELD,
          "the file has no <iati-activities version>: each activity's iati-extra:version is used (here "
              + own.get() + ")", activity, null);
    }
  }

  private void descriptions(Initiative.Builder initiative) {
    Map<String, StringBuilder> general = new TreeMap<>();
    for (XmlNode description : activity.all("description")) {
      String type = code(description, "type", "DescriptionType").orElse("1");
      LocalizedText text = narratives(description);
      if (type.equals("1")) {
        text.texts().forEach((lang, t) -> {
          StringBuilder b = general.computeIfAbsent(lang, k -> new StringBuilder());
          if (b.length() > 0) {
            b.append("\n\n");
          }
          b.append(t);
        });
      } else if (!text.isEmpty()) {
        String key = "iati.description." + type;
        attributes.merge(key, text.english(), (a, b) -> a + "\n\n" + b);
      }
    }
    Map<String, String> summary = new TreeMap<>();
    general.forEach((lang, b) -> summary.put(lang, b.toString()));
    initiative.summary(LocalizedText.of(summary));
  }

  private void status(Initiative.Builder initiative) {
    activity.child("activity-status").flatMap(s -> code(s, "code", "ActivityStatus")).ifPresent(code -> {
      attributes.put("iati.activityStatus", code);
      InitiativeStatus status = switch (code) {
        case "1" -> InitiativeStatus.PIPELINE;
        case "2" -> InitiativeStatus.IMPLEMENTATION;
        case "3" -> InitiativeStatus.FINALISATION;
        case "4" -> InitiativeStatus.COMPLETED;
        case "5" -> InitiativeStatus.CANCELLED;
        case "6" -> InitiativeStatus.SUSPENDED;
        default -> null;
      };
      if (status != null) {
        initiative.status(status);
      }
    });
  }

  private void dates(Initiative.Builder initiative) {
    Map<String, PartialDate> byType = new LinkedHashMap<>();
    for (XmlNode date : activity.all("activity-date")) {
      Optional<String> type = code(date, "type", "ActivityDateType");
      Optional<PartialDate> value = date(date, "iso-date");
      if (type.isEmpty() || value.isEmpty()) {
        if (type.isPresent() && date.attr("iso-date").isEmpty()) {
          problem(ProblemKind.RECOVERABLE, ProblemCode.MISSING_FIELD, "an activity-date has no @iso-date: expected YYYY-MM-DD",
              date, "iso-date");
        }
        continue;
      }
      String key = switch (type.get()) {
        case "1" -> "plannedStart";
        case "2" -> "actualStart";
        case "3" -> "plannedEnd";
        case "4" -> "actualEnd";
        default -> "type" + type.get();
      };
      byType.putIfAbsent(key, value.get());
      attributes.putIfAbsent("iati.date." + key, value.get().toString());
    }
    Optional<PartialDate> start = Optional.ofNullable(byType.getOrDefault("actualStart", byType.get("plannedStart")));
    Optional<PartialDate> end = Optional.ofNullable(byType.getOrDefault("actualEnd", byType.get("plannedEnd")));
    if (start.isPresent() && end.isPresent() && start.get().earliest().isAfter(end.get().latest())) {
      problem(ProblemKind.RECOVERABLE, ProblemCode.PERIOD_ORDER,
          "the activity ends (" + end.get() + ") before it starts (" + start.get()
              + "): the period keeps only the start; both dates stay in the iati.date.* attributes",
          activity, null);
      end = Optional.empty();
    }
    if (start.isPresent() || end.isPresent()) {
      initiative.period(Period.between(start, end));
    }
  }

  private void activityAttributes() {
    activity.attr("hierarchy").ifPresent(v -> attributes.put("iati.hierarchy", v));
    activity.attr("default-currency").ifPresent(v -> attributes.put("iati.defaultCurrency", v));
    activity.attr("last-updated-datetime").ifPresent(v -> attributes.put("iati.lastUpdated", v));
    activity.attr("linked-data-uri").ifPresent(v -> attributes.put("iati.linkedDataUri", v));
    activity.attr("budget-not-provided").ifPresent(v -> attributes.put("iati.budgetNotProvided", v));
    activity.attr("iati-extra:version").ifPresent(v -> attributes.put("iati.version", v));
    bool(activity, "humanitarian").ifPresent(v -> attributes.put("iati.humanitarian", v.toString()));
    activity.child("activity-scope").flatMap(s -> code(s, "code", "ActivityScope"))
        .ifPresent(v -> attributes.put("iati.activityScope", v));
    List<String> scopes = new ArrayList<>();
    for (XmlNode scope : activity.all("humanitarian-scope")) {
      Optional<String> type = code(scope, "type", "HumanitarianScopeType");
      scopes.add(type.orElse("") + ":" + scope.attr("vocabulary").orElse("") + ":" + scope.attr("code").orElse(""));
    }
    join(scopes).ifPresent(v -> attributes.put("iati.humanitarianScopes", v));
  }


  // ---- sectors and classifications

  private List<Sector> sectors() {
    List<XmlNode> nodes = activity.all("sector");
    boolean transactionLevel = false;
    if (nodes.isEmpty()) {
      nodes = new ArrayList<>();
      for (XmlNode transaction : activity.all("transaction")) {
        nodes.addAll(transaction.all("sector"));
      }
      if (!nodes.isEmpty()) {
        transactionLevel = true;
        problem(ProblemKind.NOTE, ProblemCode.MISSING_FIELD,
            "sectors are reported on transactions only: the initiative lists each of them once, without shares",
            activity, null);
      }
    }
    Map<String, Sector.Builder> sectors = new LinkedHashMap<>();
    Map<String, SectorVocabulary> vocabularies = new LinkedHashMap<>();
    Map<String, Optional<BigDecimal>> shares = new LinkedHashMap<>();
    Map<String, String> iatiVocabulary = new LinkedHashMap<>();
    for (XmlNode node : nodes) {
      Optional<String> code = node.attr("code");
      if (code.isEmpty()) {
        emptyCode(node, "code");
        continue;
      }
      String vocabulary = node.attr("vocabulary").orElse("1");
      SectorVocabulary model;
      String key;
      if (vocabulary.equals("1")) {
        model = SectorVocabulary.DAC_5;
        key = code.get();
        checkCode(node, "code", "Sector", key);
      } else if (vocabulary.equals("2")) {
        model = SectorVocabulary.DAC_3;
        key = code.get();
        checkCode(node, "code", "SectorCategory", key);
      } else {
        checkCode(node, "vocabulary", "SectorVocabulary", vocabulary);
        model = SectorVocabulary.OTHER;
        key = vocabulary + ":" + code.get();
      }
      if (sectors.containsKey(key)) {
        continue;
      }
      sectors.put(key, Sector.builder().code(key).vocabulary(model));
      vocabularies.put(key, model);
      iatiVocabulary.put(key, vocabulary);
      shares.put(key, transactionLevel ? Optional.empty() : percentage(node));
      if (model != SectorVocabulary.OTHER) {
        for (Theme theme : reference.themesForSector(code.get())) {
          out.referenceIds.add(theme.id());
          RelationDraft relation = relation(initiativeId, RelationType.ADDRESSES, theme.id());
          if (relation.note.isEmpty()) {
            relation.note = Optional.of("from " + Codelists.describe(model == SectorVocabulary.DAC_5 ? "Sector" : "SectorCategory", code.get()));
          }
        }
      }
    }
    // Shares of one model vocabulary must add up to at most 100; OTHER mixes IATI vocabularies.
    List<String> raw = new ArrayList<>();
    for (SectorVocabulary model : SectorVocabulary.values()) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean inRange = true;
      Set<String> iatiVocabularies = new LinkedHashSet<>();
      for (Map.Entry<String, Optional<BigDecimal>> e : shares.entrySet()) {
        if (vocabularies.get(e.getKey()) == model && e.getValue().isPresent()) {
          BigDecimal share = e.getValue().get();
          sum = sum.add(share);
          inRange &= share.signum() >= 0 && share.compareTo(HUNDRED) <= 0;
          iatiVocabularies.add(iatiVocabulary.get(e.getKey()));
        }
      }
      boolean keep = inRange && sum.compareTo(HUNDRED.add(TOLERANCE)) <= 0 && iatiVocabularies.size() <= 1;
      for (Map.Entry<String, Optional<BigDecimal>> e : shares.entrySet()) {
        if (vocabularies.get(e.getKey()) != model || e.getValue().isEmpty()) {
          continue;
        }
        if (keep) {
          sectors.get(e.getKey()).share(e.getValue().get());
        } else {
          raw.add(e.getKey() + "=" + e.getValue().get().toPlainString());
        }
      }
      if (!keep && (iatiVocabularies.size() <= 1)) {
        problem(ProblemKind.RECOVERABLE, inRange ? ProblemCode.SHARE_SUM : ProblemCode.SHARE_RANGE,
            "the " + model.code() + " sector percentages " + (inRange ? "add up to " + sum.toPlainString() + "%" : "are not all within 0 to 100")
                + ": expected at most 100; the percentages are kept in iati.sectorPercentages", activity, null);
      }
    }
    join(raw).ifPresent(v -> attributes.put("iati.sectorPercentages", v));
    List<Sector> result = new ArrayList<>();
    sectors.values().forEach(b -> result.add(b.build()));
    return result;
  }

  private void classifications() {
    List<String> tags = new ArrayList<>();
    for (XmlNode tag : activity.all("tag")) {
      Optional<String> vocabulary = code(tag, "vocabulary", "TagVocabulary");
      String label = narratives(tag).english();
      tags.add(vocabulary.orElse("") + ":" + tag.attr("code").orElse("")
          + (label.isEmpty() ? "" : " " + label) + tag.attr("vocabulary-uri").map(u -> " <" + u + ">").orElse(""));
    }
    join(tags).ifPresent(v -> attributes.put("iati.tags", v));
    List<String> markers = new ArrayList<>();
    for (XmlNode marker : activity.all("policy-marker")) {
      String vocabulary = marker.attr("vocabulary").orElse("1");
      checkCode(marker, "vocabulary", "PolicyMarkerVocabulary", vocabulary);
      Optional<String> code = vocabulary.equals("1") ? code(marker, "code", "PolicyMarker") : marker.attr("code");
      Optional<String> significance = code(marker, "significance", "PolicySignificance");
      String label = vocabulary.equals("1") ? "" : narratives(marker).english();
      markers.add(vocabulary + ":" + code.orElse("") + significance.map(s -> "=" + s).orElse("")
          + (label.isEmpty() ? "" : " " + label));
    }
    join(markers).ifPresent(v -> attributes.put("iati.policyMarkers", v));
    activity.child("collaboration-type").flatMap(c -> code(c, "code", "CollaborationType")).ifPresent(code -> {
      attributes.put("iati.collaborationType", code);
      if (code.equals("8")) {
        attributes.put("iati.triangular", "true");
      }
    });
    activity.child("default-flow-type").flatMap(c -> code(c, "code", "FlowType"))
        .ifPresent(v -> attributes.put("iati.defaultFlowType", v));
    activity.child("default-finance-type").flatMap(c -> code(c, "code", "FinanceType"))
        .ifPresent(v -> attributes.put("iati.defaultFinanceType", v));
    activity.child("default-tied-status").flatMap(c -> code(c, "code", "TiedStatus"))
        .ifPresent(v -> attributes.put("iati.defaultTiedStatus", v));
    aidTypes(activity.all("default-aid-type")).ifPresent(v -> attributes.put("iati.defaultAidType", v));
  }

  /** Returns aid types as {@code A01} (DAC vocabulary) or {@code 2:1} (other vocabularies), space-separated. */
  Optional<String> aidTypes(List<XmlNode> nodes) {
    List<String> codes = new ArrayList<>();
    for (XmlNode node : nodes) {
      String vocabulary = node.attr("vocabulary").orElse("1");
      checkCode(node, "vocabulary", "AidTypeVocabulary", vocabulary);
      Optional<String> code = vocabulary.equals("1") ? code(node, "code", "AidType") : node.attr("code");
      code.ifPresent(c -> codes.add(vocabulary.equals("1") ? c : vocabulary + ":" + c));
    }
    return join(codes, " ");
  }

  // ---- conditions and related activities

  private Conditionality conditions() {
    Optional<XmlNode> node = activity.child("conditions");
    if (node.isEmpty()) {
      return Conditionality.notReported();
    }
    XmlNode conditions = node.get();
    List<Condition> listed = new ArrayList<>();
    for (XmlNode condition : conditions.all("condition")) {
      Optional<String> type = code(condition, "type", "ConditionType");
      ConditionType modelType = switch (type.orElse("")) {
        case "1" -> ConditionType.POLICY;
        case "2" -> ConditionType.PERFORMANCE;
        case "3" -> ConditionType.FIDUCIARY;
        default -> ConditionType.OTHER;
      };
      listed.add(Condition.builder().type(modelType).description(narratives(condition)).build());
    }
    Optional<Boolean> attached = bool(conditions, "attached");
    if (attached.isEmpty()) {
      problem(ProblemKind.RECOVERABLE, ProblemCode.MISSING_FIELD,
          "conditions has no @attached: expected 0 (none attached) or 1 (attached); read as "
              + (listed.isEmpty() ? "not reported" : "attached, since conditions are listed"),
          conditions, "attached");
      return listed.isEmpty() ? Conditionality.notReported() : Conditionality.attached(listed);
    }
    if (!attached.get()) {
      if (!listed.isEmpty()) {
        problem(ProblemKind.RECOVERABLE, ProblemCode.INVALID_VALUE,
            "conditions says attached=\"0\" but lists " + listed.size()
                + " condition(s): read as attached, so that the listed conditions are kept", conditions, "attached");
        return Conditionality.attached(listed);
      }
      return Conditionality.noneAttached();
    }
    return Conditionality.attached(listed);
  }

  private void related() {
    for (XmlNode related : activity.all("related-activity")) {
      Optional<String> ref = related.attr("ref");
      Optional<String> type = code(related, "type", "RelatedActivityType");
      if (ref.isEmpty() || type.isEmpty()) {
        problem(ProblemKind.RECOVERABLE, ProblemCode.MISSING_FIELD,
            "a related-activity needs @ref and @type: it is left out", related, ref.isEmpty() ? "ref" : "type");
        continue;
      }
      if (ref.get().equals(out.identifier)) {
        problem(ProblemKind.NOTE, ProblemCode.SELF_RELATION,
            "the activity names itself as related (type " + type.get() + "): left out", related, "ref");
        continue;
      }
      out.related.add(new RelatedRef(initiativeId, out.identifier, ref.get(), type.get(),
          location(related, "ref", out.identifier.isEmpty() ? null : initiativeId.toString()), citation));
    }
  }

  /**
   * Links the activity to the reference programmes whose matching rule it satisfies ({@code
   * part-of}, noting the rule), so that it is found by their principles, goals and themes.
   */
  private void classify(Initiative initiative) {
    for (Relation relation : reference.classify(initiative, out.countries, citation)) {
      RelationDraft draft = relation(relation.from(), relation.type(), relation.to());
      draft.citations.clear();
      draft.citations.addAll(relation.citations());
      relation.note().ifPresent(note -> draft.note = Optional.of(note));
      out.referenceIds.add(relation.to());
    }
  }

  // ---- helpers

  RelationDraft relation(EntityId from, RelationType type, EntityId to) {
    RelationDraft draft = out.relations.computeIfAbsent(RelationDraft.key(from, type, to), k -> new RelationDraft(from, type, to));
    draft.citations.add(citation);
    return draft;
  }

  /** Reads the narratives of an element; see {@link Narratives#of}. */
  LocalizedText narratives(XmlNode element) {
    return narratives.of(element);
  }

  /** The country of an organisation element that is a government; see {@link Organisations#government(XmlNode)}. */
  Optional<EntityId> government(XmlNode org) {
    return organisations.government(org);
  }

  /** Makes (or finds) the actor of an organisation element; see {@link Organisations#organisation}. */
  Optional<EntityId> organisation(XmlNode org) {
    return organisations.organisation(org);
  }

  /**
   * Reads a coded attribute: blank means absent (a warning); a code missing from the codelist, or
   * withdrawn from it, is reported (an error when strict, a warning when lenient) and kept.
   */
  Optional<String> code(XmlNode node, String attribute, String codelist) {
    Optional<String> code = node.attr(attribute);
    if (code.isEmpty()) {
      if (node.blankAttr(attribute)) {
        emptyCode(node, attribute);
      }
      return Optional.empty();
    }
    checkCode(node, attribute, codelist, code.get());
    return code;
  }

  /** Reports a code that is not in its codelist, or is withdrawn from it; the code is kept either way. */
  void checkCode(XmlNode node, String attribute, String codelist, String code) {
    if (!Codelists.contains(codelist, code)) {
      unknownCode(node, attribute, codelist, code);
    } else {
      Codelists.withdrawn(codelist, code).ifPresent(date -> withdrawnCode(node, attribute, codelist, code, date));
    }
  }

  void emptyCode(XmlNode node, String attribute) {
    problem(ProblemKind.NOTE, ProblemCode.MISSING_FIELD,
        "the " + node.name + " has an empty @" + attribute + ": read as absent", node, attribute);
  }

  /**
   * A code the codelist lists as withdrawn: reported as an unknown one is (an error when strict),
   * once per file and code, since a file that uses one tends to use it on every transaction; kept.
   */
  private void withdrawnCode(XmlNode node, String attribute, String codelist, String code, String date) {
    once("withdrawn:" + codelist + ":" + code, ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
        "the code \"" + abbreviate(code) + "\" is withdrawn from the IATI " + codelist + " codelist"
            + (date.isEmpty() ? "" : " (since " + date + ")") + ": kept as given", node, attribute);
  }

  void unknownCode(XmlNode node, String attribute, String codelist, String code) {
    problem(ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
        "the code \"" + abbreviate(code) + "\" is not in the IATI " + codelist + " codelist: kept as given",
        node, attribute);
  }

  Optional<BigDecimal> percentage(XmlNode node) {
    return node.attr("percentage").flatMap(p -> decimal(p, node, "percentage", "percentage"));
  }

  Optional<BigDecimal> decimal(String text, XmlNode node, @Nullable String attribute, String what) {
    if (text.length() > options.limits().maxNumberLength()) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.LIMIT_EXCEEDED,
          "the " + what + " has " + text.length() + " characters, more than the limit of "
              + options.limits().maxNumberLength() + " (ReadLimits.maxNumberLength)", node, attribute);
      return Optional.empty();
    }
    if (!DECIMAL.matcher(text).matches()) {
      problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
          "the " + what + " \"" + abbreviate(text) + "\" is not a decimal number: expected e.g. 1500000 or -20.5",
          node, attribute);
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
  }

  Optional<PartialDate> date(XmlNode node, String attribute) {
    Optional<String> raw = node.attr(attribute);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String text = raw.get();
    if (DATE.matcher(text).matches()) {
      try {
        return Optional.of(PartialDate.parse(text.substring(0, 10)));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
        "the date \"" + abbreviate(text) + "\" is not a date: expected YYYY-MM-DD", node, attribute);
    return Optional.empty();
  }

  Optional<Boolean> bool(XmlNode node, String attribute) {
    Optional<String> raw = node.attr(attribute);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    switch (raw.get()) {
      case "1":
      case "true":
        return Optional.of(true);
      case "0":
      case "false":
        return Optional.of(false);
      default:
        problem(ProblemKind.RECOVERABLE, ProblemCode.INVALID_VALUE,
            "the @" + attribute + " \"" + abbreviate(raw.get()) + "\" is not a boolean: expected 1, 0, true or false; read as absent",
            node, attribute);
        return Optional.empty();
    }
  }

  void once(String key, ProblemKind kind, ProblemCode code, String message, XmlNode node, @Nullable String attribute) {
    if (notedOnce.add(key)) {
      problem(kind, code, message + " (reported once per file)", node, attribute);
    }
  }

  void problem(ProblemKind kind, ProblemCode code, String message, XmlNode node, @Nullable String attribute) {
    if (kind == ProblemKind.MALFORMED_RECORD) {
      out.bad = true;
    }
    String subject = out.identifier.isEmpty() ? null : initiativeId.toString();
    out.problems.add(new LocalProblem(kind, code, message, () -> location(node, attribute, subject)));
  }

  Location location(XmlNode node, @Nullable String attribute, @Nullable String subject) {
    Location.Builder at = Location.builder()
        .source(sourceName)
        .line(node.line)
        .column(node.column)
        .pointer(attribute == null ? node.path() : node.path() + "/@" + attribute);
    if (subject != null) {
      at.subject(subject);
    }
    return at.build();
  }

  static void put(Map<String, String> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  static Optional<String> join(List<String> values) {
    return join(values, "; ");
  }

  static Optional<String> join(List<String> values, String separator) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(separator, values));
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
