package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.Location;
import io.github.southsouth.problem.ProblemCode;
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
import java.util.Locale;
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

  /** How a local problem is reported. */
  enum Severity {
    /** Always a warning: the data is read as the standard intends (e.g. a normalised language tag). */
    NOTE,
    /** An error when strict, a warning when lenient; the data is kept as given. */
    ISSUE,
    /** The activity cannot be read: an error when strict; when lenient, a warning and the activity is skipped. */
    ERROR
  }

  /** A problem found in the activity. */
  static final class LocalProblem {
    final Severity severity;
    final ProblemCode code;
    final String message;
    /**
     * Where the problem is; made only when the problem is kept, because building an element's
     * path is the costly part and a full problem report only counts further problems.
     */
    private final java.util.function.Supplier<Location> location;

    LocalProblem(Severity severity, ProblemCode code, String message, Location location) {
      this(severity, code, message, () -> location);
    }

    LocalProblem(Severity severity, ProblemCode code, String message, java.util.function.Supplier<Location> location) {
      this.severity = severity;
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
    final List<LocalProblem> problems = new ArrayList<>();
    boolean bad;
  }

  private static final BigDecimal HUNDRED = new BigDecimal(100);
  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2}|T.*)?");

  private final ReadOptions options;
  private final ReferenceData reference;
  final EntityId sourceId;
  private final String sourceName;
  private final Set<String> notedOnce;
  private final XmlNode activity;
  final Mapped out = new Mapped();
  private final Narratives narratives = new Narratives(this);
  private final Organisations organisations;
  private Citation citation;
  EntityId initiativeId = EntityId.of(Kind.INITIATIVE, "unknown");
  private Optional<String> defaultCurrency = Optional.empty();
  private final Map<String, String> attributes = new LinkedHashMap<>();

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
    defaultCurrency = activity.attr("default-currency").map(c -> currency(c, activity, "default-currency"));
    Optional<XmlNode> identifierNode = activity.child("iati-identifier");
    String identifier = identifierNode.map(XmlNode::text).orElse("");
    if (identifier.isEmpty()) {
      problem(Severity.ERROR, ProblemCode.MISSING_FIELD,
          "the activity has no iati-identifier (or an empty one): expected e.g. GB-1-103662-101",
          identifierNode.orElse(activity), null);
      return out;
    }
    out.identifier = identifier;
    try {
      initiativeId = EntityId.encode(Kind.INITIATIVE, identifier);
    } catch (IllegalArgumentException e) {
      problem(Severity.ERROR, ProblemCode.INVALID_VALUE,
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
      problem(Severity.ERROR, ProblemCode.MISSING_FIELD,
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
    recipients();
    List<Sector> sectors = sectors();
    initiative.addAllSectors(sectors);
    classifications();
    Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
    List<Financing> financing = new ArrayList<>();
    transactions(financing);
    budgets(financing);
    financing.forEach(f -> instruments.add(f.instrument()));
    aidTypeInstruments(instruments);
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
      problem(Severity.ERROR, ProblemCode.INVALID_VALUE, "the activity cannot be read: " + e.getMessage(), activity, null);
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
      once("no-version", Severity.ISSUE, ProblemCode.MISSING_FIELD,
          "the file has no <iati-activities version> and the activity no iati-extra:version: read as 2.03",
          activity, null);
    } else if (!IatiFileReader.SUPPORTED_VERSIONS.contains(own.get())) {
      problem(Severity.ERROR, ProblemCode.UNSUPPORTED_VERSION, IatiFileReader.unsupported(own.get()), activity,
          "iati-extra:version");
    } else {
      once("extra-version", Severity.NOTE, ProblemCode.MISSING_FIELD,
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
          problem(Severity.ISSUE, ProblemCode.MISSING_FIELD, "an activity-date has no @iso-date: expected YYYY-MM-DD",
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
      problem(Severity.ISSUE, ProblemCode.PERIOD_ORDER,
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

  // ---- geography

  private void recipients() {
    List<XmlNode> countries = activity.all("recipient-country");
    List<XmlNode> regions = activity.all("recipient-region");
    boolean transactionLevel = false;
    if (countries.isEmpty() && regions.isEmpty()) {
      countries = new ArrayList<>();
      regions = new ArrayList<>();
      for (XmlNode transaction : activity.all("transaction")) {
        countries.addAll(transaction.all("recipient-country"));
        regions.addAll(transaction.all("recipient-region"));
      }
      if (!countries.isEmpty() || !regions.isEmpty()) {
        transactionLevel = true;
        problem(Severity.NOTE, ProblemCode.MISSING_FIELD,
            "recipient countries and regions are reported on transactions only: the initiative benefits each of them, without shares",
            activity, null);
      }
    }
    Map<EntityId, Optional<BigDecimal>> shares = new LinkedHashMap<>();
    List<String> raw = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (XmlNode country : countries) {
      Optional<String> code = country.attr("code");
      if (code.isEmpty()) {
        emptyCode(country, "code");
        continue;
      }
      Optional<BigDecimal> share = transactionLevel ? Optional.empty() : percentage(country);
      Optional<EntityId> id = country(code.get(), country);
      share.ifPresent(s -> raw.add(code.get() + "=" + s.toPlainString()));
      if (id.isEmpty()) {
        unresolved.add(code.get());
      } else if (!shares.containsKey(id.get())) {
        shares.put(id.get(), share);
      }
    }
    for (XmlNode region : regions) {
      Optional<String> code = region.attr("code");
      if (code.isEmpty()) {
        emptyCode(region, "code");
        continue;
      }
      Optional<BigDecimal> share = transactionLevel ? Optional.empty() : percentage(region);
      String vocabulary = region.attr("vocabulary").orElse("1");
      if (!Codelists.contains("RegionVocabulary", vocabulary)) {
        unknownCode(region, "vocabulary", "RegionVocabulary", vocabulary);
      }
      Optional<EntityId> id = region(vocabulary, code.get(), region);
      share.ifPresent(s -> raw.add(vocabulary + ":" + code.get() + "=" + s.toPlainString()));
      if (id.isEmpty()) {
        unresolved.add(vocabulary + ":" + code.get() + region.attr("vocabulary-uri").map(u -> " " + u).orElse(""));
      } else if (!shares.containsKey(id.get())) {
        shares.put(id.get(), share);
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean inRange = true;
    for (Optional<BigDecimal> share : shares.values()) {
      if (share.isPresent()) {
        sum = sum.add(share.get());
        inRange &= share.get().signum() >= 0 && share.get().compareTo(HUNDRED) <= 0;
      }
    }
    boolean keepShares = inRange && sum.compareTo(HUNDRED.add(TOLERANCE)) <= 0;
    if (!keepShares) {
      problem(Severity.ISSUE, inRange ? ProblemCode.SHARE_SUM : ProblemCode.SHARE_RANGE,
          "the recipient percentages " + (inRange ? "add up to " + sum.toPlainString() + "%" : "are not all within 0 to 100")
              + ": expected at most 100; the benefits relations carry no shares and the percentages are kept in"
              + " iati.recipientPercentages", activity, null);
      attributes.put("iati.recipientPercentages", String.join(" ", raw));
    }
    shares.forEach((id, share) -> {
      RelationDraft relation = relation(initiativeId, RelationType.BENEFITS, id);
      if (keepShares) {
        relation.share = share;
      }
    });
    join(unresolved).ifPresent(v -> attributes.put("iati.unresolvedRecipients", v));
  }

  Optional<EntityId> country(String rawCode, XmlNode node) {
    String code = rawCode.toUpperCase(Locale.ROOT);
    if (!code.equals(rawCode)) {
      once("country-case:" + rawCode, Severity.NOTE, ProblemCode.INVALID_VALUE,
          "the country code \"" + rawCode + "\" is not in upper case: read as " + code, node, "code");
    }
    Optional<Actor> known = reference.countryByIso2(code);
    if (known.isPresent()) {
      out.referenceIds.add(known.get().id());
      out.countries.add(known.get().id());
      return Optional.of(known.get().id());
    }
    Optional<String> name = Codelists.name("Country", code);
    Optional<CountryCodes.Codes> codes = CountryCodes.byAlpha2(code);
    if (name.isEmpty() && codes.isEmpty()) {
      unknownCode(node, "code", "Country", rawCode);
      return Optional.empty();
    }
    if (name.isEmpty()) {
      unknownCode(node, "code", "Country", rawCode);
    }
    EntityId id;
    if (codes.isPresent()) {
      id = EntityId.of(Kind.ACTOR, codes.get().alpha3.toLowerCase(Locale.ROOT));
    } else {
      once("no-alpha3:" + code, Severity.ISSUE, ProblemCode.UNKNOWN_CODE,
          "no ISO 3166-1 alpha-3 code is known for " + Codelists.describe("Country", code)
              + ": the country's id is made from its alpha-2 code (actor:" + code.toLowerCase(Locale.ROOT) + ")",
          node, "code");
      id = EntityId.of(Kind.ACTOR, code.toLowerCase(Locale.ROOT));
    }
    if (reference.graph().contains(id)) {
      out.referenceIds.add(id);
      out.countries.add(id);
      return Optional.of(id);
    }
    ActorDraft draft = new ActorDraft(id, ActorType.COUNTRY);
    draft.names.put(LocalizedText.ENGLISH, name.filter(n -> !n.isBlank()).orElse(code));
    draft.iso2 = Optional.of(code);
    codes.ifPresent(c -> {
      draft.iso3 = Optional.of(c.alpha3);
      if (!c.m49.isEmpty()) {
        draft.m49 = Optional.of(c.m49);
      }
    });
    draft.externalIds.put("iso3166", code);
    draft.sources.add(sourceId);
    out.actors.merge(id, draft, (a, b) -> {
      a.merge(b);
      return a;
    });
    out.countries.add(id);
    return Optional.of(id);
  }

  private Optional<EntityId> region(String vocabulary, String code, XmlNode node) {
    if (vocabulary.equals("1")) {
      Optional<String> name = Codelists.name("Region", code);
      if (name.isEmpty()) {
        unknownCode(node, "code", "Region", code);
      }
      EntityId id;
      try {
        id = EntityId.encode(Kind.ACTOR, "dac-region-" + code);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      ActorDraft draft = new ActorDraft(id, ActorType.REGION);
      draft.names.put(LocalizedText.ENGLISH, name.filter(n -> !n.isBlank()).orElse("OECD DAC region " + code));
      draft.externalIds.put("oecd-dac-region", code);
      draft.sources.add(sourceId);
      out.actors.merge(id, draft, (a, b) -> {
        a.merge(b);
        return a;
      });
      return Optional.of(id);
    }
    if (vocabulary.equals("2")) {
      if (!code.chars().allMatch(Character::isDigit) || code.length() > 3) {
        problem(Severity.ISSUE, ProblemCode.INVALID_VALUE,
            "the UN M49 region code \"" + code + "\" is not a number of up to three digits", node, "code");
        return Optional.empty();
      }
      String padded = "000".substring(code.length()) + code;
      Optional<Actor> known = reference.byM49(padded);
      if (known.isPresent()) {
        out.referenceIds.add(known.get().id());
        return Optional.of(known.get().id());
      }
      EntityId id = EntityId.of(Kind.ACTOR, "m49-" + padded);
      if (reference.graph().contains(id)) {
        out.referenceIds.add(id);
        return Optional.of(id);
      }
      once("m49:" + padded, Severity.NOTE, ProblemCode.UNKNOWN_CODE,
          "the UN M49 region " + padded + " is not in the reference data: a region actor with only its code is made",
          node, "code");
      ActorDraft draft = new ActorDraft(id, ActorType.REGION);
      draft.names.put(LocalizedText.ENGLISH, "UN M49 region " + padded);
      draft.m49 = Optional.of(padded);
      draft.sources.add(sourceId);
      out.actors.merge(id, draft, (a, b) -> {
        a.merge(b);
        return a;
      });
      return Optional.of(id);
    }
    problem(Severity.NOTE, ProblemCode.UNKNOWN_CODE,
        "the recipient region " + code + " is in vocabulary " + vocabulary
            + ", which has no shared region list: kept in iati.unresolvedRecipients", node, "code");
    return Optional.empty();
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
        problem(Severity.NOTE, ProblemCode.MISSING_FIELD,
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
        if (!Codelists.contains("Sector", key)) {
          unknownCode(node, "code", "Sector", key);
        }
      } else if (vocabulary.equals("2")) {
        model = SectorVocabulary.DAC_3;
        key = code.get();
        if (!Codelists.contains("SectorCategory", key)) {
          unknownCode(node, "code", "SectorCategory", key);
        }
      } else {
        if (!Codelists.contains("SectorVocabulary", vocabulary)) {
          unknownCode(node, "vocabulary", "SectorVocabulary", vocabulary);
        }
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
        problem(Severity.ISSUE, inRange ? ProblemCode.SHARE_SUM : ProblemCode.SHARE_RANGE,
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
      if (!Codelists.contains("PolicyMarkerVocabulary", vocabulary)) {
        unknownCode(marker, "vocabulary", "PolicyMarkerVocabulary", vocabulary);
      }
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
  private Optional<String> aidTypes(List<XmlNode> nodes) {
    List<String> codes = new ArrayList<>();
    for (XmlNode node : nodes) {
      String vocabulary = node.attr("vocabulary").orElse("1");
      if (!Codelists.contains("AidTypeVocabulary", vocabulary)) {
        unknownCode(node, "vocabulary", "AidTypeVocabulary", vocabulary);
      }
      Optional<String> code = vocabulary.equals("1") ? code(node, "code", "AidType") : node.attr("code");
      code.ifPresent(c -> codes.add(vocabulary.equals("1") ? c : vocabulary + ":" + c));
    }
    return join(codes, " ");
  }

  private void aidTypeInstruments(Set<Instrument> instruments) {
    for (String code : attributes.getOrDefault("iati.defaultAidType", "").split(" ")) {
      aidTypeInstrument(code).ifPresent(instruments::add);
    }
  }

  private static Optional<Instrument> aidTypeInstrument(String code) {
    if (code.startsWith("D")) {
      return Optional.of(Instrument.TECHNICAL_ASSISTANCE);
    }
    if (code.startsWith("E")) {
      return Optional.of(Instrument.TRAINING);
    }
    if (code.equals("F01")) {
      return Optional.of(Instrument.DEBT_FORGIVENESS);
    }
    return Optional.empty();
  }

  // ---- money

  private void transactions(List<Financing> financing) {
    for (XmlNode transaction : activity.all("transaction")) {
      out.transactions++;
      Map<String, String> attrs = new LinkedHashMap<>();
      Optional<XmlNode> typeNode = transaction.child("transaction-type");
      Optional<String> type = typeNode.flatMap(t -> code(t, "code", "TransactionType"));
      if (type.isEmpty()) {
        problem(Severity.ERROR, ProblemCode.MISSING_FIELD,
            "the transaction has no transaction-type code: expected e.g. 2 (outgoing commitment) or 3 (disbursement)",
            typeNode.orElse(transaction), typeNode.isPresent() ? "code" : null);
        continue;
      }
      attrs.put("iati.transactionType", type.get());
      transaction.attr("ref").ifPresent(v -> attrs.put("iati.ref", v));
      bool(transaction, "humanitarian").ifPresent(v -> attrs.put("iati.humanitarian", v.toString()));
      Optional<Money> money = value(transaction, attrs);
      if (money.isEmpty()) {
        continue;
      }
      Optional<PartialDate> date = transaction.child("transaction-date").flatMap(d -> date(d, "iso-date"));
      String flowType = transaction.child("flow-type").flatMap(c -> code(c, "code", "FlowType"))
          .orElse(attributes.getOrDefault("iati.defaultFlowType", ""));
      String financeType = transaction.child("finance-type").flatMap(c -> code(c, "code", "FinanceType"))
          .orElse(attributes.getOrDefault("iati.defaultFinanceType", ""));
      String tiedStatus = transaction.child("tied-status").flatMap(c -> code(c, "code", "TiedStatus"))
          .orElse(attributes.getOrDefault("iati.defaultTiedStatus", ""));
      String aidType = aidTypes(transaction.all("aid-type")).orElse(attributes.getOrDefault("iati.defaultAidType", ""));
      put(attrs, "iati.flowType", flowType);
      put(attrs, "iati.financeType", financeType);
      put(attrs, "iati.aidType", aidType);
      put(attrs, "iati.tiedStatus", tiedStatus);
      transaction.child("disbursement-channel").flatMap(c -> code(c, "code", "DisbursementChannel"))
          .ifPresent(v -> attrs.put("iati.disbursementChannel", v));
      Financing.Builder f = Financing.builder()
          .stage(stage(type.get()))
          .instrument(instrument(financeType, flowType, aidType))
          .addAmounts(money.get());
      date.or(() -> Optional.ofNullable(attrs.get("iati.valueDate")).map(PartialDate::parse)).ifPresent(f::date);
      transaction.child("provider-org").ifPresent(provider -> {
        provider.attr("ref").ifPresent(v -> attrs.put("iati.providerOrg", v));
        provider.attr("provider-activity-id").ifPresent(v -> attrs.put("iati.providerActivityId", v));
        if (provider.attr("ref").isPresent() || !narratives(provider).isEmpty()) {
          organisation(provider).ifPresent(f::financier);
        }
      });
      transaction.child("receiver-org").ifPresent(receiver -> {
        receiver.attr("ref").ifPresent(v -> attrs.put("iati.receiverOrg", v));
        String name = narratives(receiver).english();
        if (!name.isEmpty()) {
          attrs.put("iati.receiverOrgName", name);
        }
        receiver.attr("receiver-activity-id").ifPresent(v -> attrs.put("iati.receiverActivityId", v));
      });
      List<String> sectors = new ArrayList<>();
      for (XmlNode sector : transaction.all("sector")) {
        String vocabulary = sector.attr("vocabulary").orElse("1");
        sector.attr("code").ifPresent(c -> sectors.add(vocabulary.equals("1") ? c : vocabulary + ":" + c));
      }
      join(sectors, " ").ifPresent(v -> attrs.put("iati.sectors", v));
      transaction.child("recipient-country").flatMap(c -> c.attr("code")).ifPresent(v -> attrs.put("iati.recipientCountry", v));
      transaction.child("recipient-region").flatMap(c -> c.attr("code")).ifPresent(v -> attrs.put("iati.recipientRegion", v));
      transaction.child("description").map(this::narratives).filter(t -> !t.isEmpty())
          .ifPresent(t -> attrs.put("iati.description", t.english()));
      financing.add(f.attributes(ImmutableMap.copyOf(attrs)).build());
    }
  }

  private void budgets(List<Financing> financing) {
    for (XmlNode budget : activity.all("budget")) {
      out.budgets++;
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("iati.budgetType", code(budget, "type", "BudgetType").orElse("1"));
      attrs.put("iati.budgetStatus", code(budget, "status", "BudgetStatus").orElse("1"));
      Optional<Money> money = value(budget, attrs);
      Optional<PartialDate> start = budget.child("period-start").flatMap(d -> date(d, "iso-date"));
      Optional<PartialDate> end = budget.child("period-end").flatMap(d -> date(d, "iso-date"));
      start.ifPresent(d -> attrs.put("iati.periodStart", d.toString()));
      end.ifPresent(d -> attrs.put("iati.periodEnd", d.toString()));
      if (money.isEmpty()) {
        continue;
      }
      Financing.Builder f = Financing.builder()
          .stage(FinancingStage.BUDGET)
          .instrument(instrument(attributes.getOrDefault("iati.defaultFinanceType", ""),
              attributes.getOrDefault("iati.defaultFlowType", ""), attributes.getOrDefault("iati.defaultAidType", "")))
          .addAmounts(money.get());
      start.ifPresent(f::date);
      financing.add(f.attributes(ImmutableMap.copyOf(attrs)).build());
    }
  }

  /** Reads the value child: amount, currency (own or the activity default) and value date. */
  private Optional<Money> value(XmlNode parent, Map<String, String> attrs) {
    Optional<XmlNode> valueNode = parent.child("value");
    if (valueNode.isEmpty()) {
      problem(Severity.ERROR, ProblemCode.MISSING_FIELD, "the " + parent.name + " has no value: expected <value>",
          parent, null);
      return Optional.empty();
    }
    XmlNode value = valueNode.get();
    Optional<BigDecimal> amount = decimal(value.text(), value, null, "value");
    Optional<String> currency = value.attr("currency").map(c -> currency(c, value, "currency")).or(() -> defaultCurrency);
    if (currency.isEmpty()) {
      problem(Severity.ERROR, ProblemCode.MISSING_FIELD,
          "the value has no @currency and the activity no @default-currency: expected an ISO 4217 code such as USD",
          value, null);
    }
    value.attr("value-date").ifPresent(raw -> date(value, "value-date").ifPresent(d -> attrs.put("iati.valueDate", d.toString())));
    if (amount.isEmpty() || currency.isEmpty() || currency.get().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Money.of(amount.get(), currency.get()));
  }

  private String currency(String raw, XmlNode node, String attribute) {
    String code = raw.toUpperCase(Locale.ROOT);
    if (!Money.isKnownCurrency(code)) {
      problem(Severity.ERROR, ProblemCode.UNKNOWN_CURRENCY,
          "the currency \"" + raw + "\" is not an ISO 4217 code: expected e.g. USD, EUR, XOF", node, attribute);
      return "";
    }
    if (!code.equals(raw)) {
      once("currency-case:" + raw, Severity.NOTE, ProblemCode.INVALID_VALUE,
          "the currency \"" + raw + "\" is not in upper case: read as " + code, node, attribute);
    }
    return code;
  }

  private static FinancingStage stage(String transactionType) {
    return switch (transactionType) {
      case "1", "3" -> FinancingStage.DISBURSEMENT;
      case "2", "11" -> FinancingStage.COMMITMENT;
      case "4" -> FinancingStage.EXPENDITURE;
      case "5", "6" -> FinancingStage.REPAYMENT;
      case "12", "13" -> FinancingStage.PLEDGE;
      default -> FinancingStage.OTHER;
    };
  }

  /** The instrument from the finance type, then the aid type; loans under ODA (flow 10) are concessional. */
  private static Instrument instrument(String financeType, String flowType, String aidType) {
    if (!financeType.isEmpty() && financeType.chars().allMatch(Character::isDigit)) {
      int code = Integer.parseInt(financeType.length() > 6 ? "0" : financeType);
      if (code == 1 || (code >= 100 && code < 300)) {
        return Instrument.GRANT;
      }
      if (code == 414 || (code >= 451 && code <= 453)) {
        return Instrument.EXPORT_CREDIT;
      }
      if (code == 4 || (code >= 410 && code <= 413) || code == 421 || (code >= 431 && code <= 433)) {
        return flowType.equals("10") ? Instrument.CONCESSIONAL_LOAN : Instrument.COMMERCIAL_LOAN;
      }
      if (code == 5 || (code >= 500 && code < 600)) {
        return Instrument.INVESTMENT;
      }
      if (code == 6 || (code >= 600 && code < 620)) {
        return Instrument.DEBT_FORGIVENESS;
      }
      if (code >= 620 && code < 640) {
        return Instrument.DEBT_RESCHEDULING;
      }
      return Instrument.OTHER;
    }
    for (String code : aidType.split(" ")) {
      Optional<Instrument> instrument = aidTypeInstrument(code);
      if (instrument.isPresent()) {
        return instrument.get();
      }
    }
    return Instrument.OTHER;
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
      problem(Severity.ISSUE, ProblemCode.MISSING_FIELD,
          "conditions has no @attached: expected 0 (none attached) or 1 (attached); read as "
              + (listed.isEmpty() ? "not reported" : "attached, since conditions are listed"),
          conditions, "attached");
      return listed.isEmpty() ? Conditionality.notReported() : Conditionality.attached(listed);
    }
    if (!attached.get()) {
      if (!listed.isEmpty()) {
        problem(Severity.ISSUE, ProblemCode.INVALID_VALUE,
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
        problem(Severity.ISSUE, ProblemCode.MISSING_FIELD,
            "a related-activity needs @ref and @type: it is left out", related, ref.isEmpty() ? "ref" : "type");
        continue;
      }
      if (ref.get().equals(out.identifier)) {
        problem(Severity.NOTE, ProblemCode.SELF_RELATION,
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

  /** Makes (or finds) the actor of an organisation element; see {@link Organisations#organisation}. */
  Optional<EntityId> organisation(XmlNode org) {
    return organisations.organisation(org);
  }

  /** Reads a coded attribute: blank means absent (a warning); a code missing from the codelist is reported. */
  Optional<String> code(XmlNode node, String attribute, String codelist) {
    Optional<String> code = node.attr(attribute);
    if (code.isEmpty()) {
      if (node.blankAttr(attribute)) {
        emptyCode(node, attribute);
      }
      return Optional.empty();
    }
    if (!Codelists.contains(codelist, code.get())) {
      unknownCode(node, attribute, codelist, code.get());
    }
    return code;
  }

  private void emptyCode(XmlNode node, String attribute) {
    problem(Severity.NOTE, ProblemCode.MISSING_FIELD,
        "the " + node.name + " has an empty @" + attribute + ": read as absent", node, attribute);
  }

  private void unknownCode(XmlNode node, String attribute, String codelist, String code) {
    problem(Severity.ISSUE, ProblemCode.UNKNOWN_CODE,
        "the code \"" + abbreviate(code) + "\" is not in the IATI " + codelist + " codelist: kept as given",
        node, attribute);
  }

  private Optional<BigDecimal> percentage(XmlNode node) {
    return node.attr("percentage").flatMap(p -> decimal(p, node, "percentage", "percentage"));
  }

  private Optional<BigDecimal> decimal(String text, XmlNode node, @Nullable String attribute, String what) {
    if (text.length() > options.maxNumberLength()) {
      problem(Severity.ERROR, ProblemCode.LIMIT_EXCEEDED,
          "the " + what + " has " + text.length() + " characters, more than the limit of "
              + options.maxNumberLength() + " (ReadOptions.maxNumberLength)", node, attribute);
      return Optional.empty();
    }
    if (!DECIMAL.matcher(text).matches()) {
      problem(Severity.ERROR, ProblemCode.INVALID_VALUE,
          "the " + what + " \"" + abbreviate(text) + "\" is not a decimal number: expected e.g. 1500000 or -20.5",
          node, attribute);
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
  }

  private Optional<PartialDate> date(XmlNode node, String attribute) {
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
    problem(Severity.ERROR, ProblemCode.INVALID_VALUE,
        "the date \"" + abbreviate(text) + "\" is not a date: expected YYYY-MM-DD", node, attribute);
    return Optional.empty();
  }

  private Optional<Boolean> bool(XmlNode node, String attribute) {
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
        problem(Severity.ISSUE, ProblemCode.INVALID_VALUE,
            "the @" + attribute + " \"" + abbreviate(raw.get()) + "\" is not a boolean: expected 1, 0, true or false; read as absent",
            node, attribute);
        return Optional.empty();
    }
  }

  void once(String key, Severity severity, ProblemCode code, String message, XmlNode node, @Nullable String attribute) {
    if (notedOnce.add(key)) {
      problem(severity, code, message + " (reported once per file)", node, attribute);
    }
  }

  void problem(Severity severity, ProblemCode code, String message, XmlNode node, @Nullable String attribute) {
    if (severity == Severity.ERROR) {
      out.bad = true;
    }
    String subject = out.identifier.isEmpty() ? null : initiativeId.toString();
    out.problems.add(new LocalProblem(severity, code, message, () -> location(node, attribute, subject)));
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

  private static void put(Map<String, String> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  private static Optional<String> join(List<String> values) {
    return join(values, "; ");
  }

  private static Optional<String> join(List<String> values, String separator) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(separator, values));
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
