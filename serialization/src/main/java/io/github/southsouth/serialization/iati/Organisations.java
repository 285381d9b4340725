package io.github.southsouth.serialization.iati;

import com.google.common.base.CharMatcher;
import com.google.common.hash.Hashing;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ProblemKind;
import io.github.southsouth.serialization.iati.Drafts.ActorDraft;
import io.github.southsouth.serialization.iati.Drafts.RelationDraft;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The organisations of one activity: the reporting-org, each participating-org (an actor and a
 * relation to the initiative, by role) and the provider-orgs of transactions, made into actors.
 *
 * <p>Identity: an organisation is identified by its {@code @ref} and its name. Publishers reuse
 * one ref for different organisations, so a ref met again with a name that shares no text (after
 * folding case and white space) with the names already seen for it becomes a distinct actor, whose
 * id is the ref's followed by a dot and eight hex digits of the SHA-256 of the folded name (so
 * the id does not depend on the order of the files), with a warning that names both. A ref met
 * without a name is the first organisation of that ref. An organisation without a ref is keyed by
 * its folded name within its publisher (the activity's reporting-org ref).
 *
 * <p>Governments: a participating-org whose ref is a country's ISO 3166-1 alpha-2 code, or whose
 * type is 10 (Government) and whose name names one of the activity's recipient countries, is
 * linked as that country's actor, not as an organisation of its own; its ref and name stay in the
 * relation's note.
 *
 * <p>Problems go to the activity's {@link ActivityMapper}. Not thread-safe; one per activity.
 */
final class Organisations {

  /** The ids given to organisations across one import; one per import. Not thread-safe. */
  static final class Registry {
    /** By ref: the organisations seen with it, the first one first. */
    private final Map<String, List<Seen>> byRef = new HashMap<>();

    /** One organisation of a ref: its id, folded names, and where it was first named. */
    private static final class Seen {
      final EntityId id;
      final Set<String> names = new LinkedHashSet<>();
      String firstName = "";
      String where = "";

      Seen(EntityId id) {
        this.id = id;
      }
    }
  }

  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final String GOVERNMENT = "10";
  /** Words that name a government in the names of IATI organisations, folded. */
  private static final Pattern GOVERNMENT_WORDS = Pattern.compile(
      "\\b(government|gobierno|gouvernement|governo|ministry|ministerio|minist\u00e8re|minist\u00e9rio)");

  private final ActivityMapper mapper;
  private final Registry registry;

  Organisations(ActivityMapper mapper, Registry registry) {
    this.mapper = mapper;
    this.registry = registry;
  }

  /** Maps the reporting-org to an actor and records its ref and actor id in the activity's attributes. */
  void reportingOrg(XmlNode activity, Map<String, String> attributes) {
    activity.child("reporting-org").ifPresent(org -> {
      Optional<EntityId> id = organisation(org);
      org.attr("ref").ifPresent(ref -> attributes.put("iati.reportingOrg", ref));
      id.ifPresent(i -> attributes.put("iati.reportingOrgActor", i.toString()));
    });
  }

  /** Maps each participating-org to an actor and a relation to the initiative, by its role. */
  void participatingOrgs(XmlNode activity) {
    for (XmlNode org : activity.all("participating-org")) {
      Optional<String> role = mapper.code(org, "role", "OrganisationRole");
      if (role.isEmpty() && !org.blankAttr("role")) {
        mapper.problem(ProblemKind.RECOVERABLE, ProblemCode.MISSING_FIELD,
            "a participating-org has no @role: expected 1 Funding, 2 Accountable, 3 Extending or 4 Implementing",
            org, "role");
      }
      LocalizedText names = mapper.narratives(org);
      Optional<EntityId> government = government(org, activity, names);
      Optional<EntityId> id = government.isPresent() ? government : organisation(org, names);
      if (id.isEmpty()) {
        continue;
      }
      RelationType type = switch (role.orElse("")) {
        case "1" -> RelationType.FUNDS;
        case "2" -> RelationType.LEADS;
        case "4" -> RelationType.IMPLEMENTS;
        default -> RelationType.PARTICIPATES_IN;
      };
      StringBuilder note = new StringBuilder("IATI participating-org");
      role.ifPresent(r -> note.append(", ").append(Codelists.describe("OrganisationRole", r)));
      org.attr("type").ifPresent(t -> note.append(", ").append(Codelists.describe("OrganisationType", t)));
      org.attr("activity-id").ifPresent(a -> note.append(", activity-id ").append(a));
      org.attr("crs-channel-code").ifPresent(c -> note.append(", crs-channel-code ").append(c));
      if (government.isPresent()) {
        note.append(", read as the government of ").append(government.get());
        org.attr("ref").ifPresent(r -> note.append(", ref ").append(r));
        names.texts().forEach((lang, name) -> note.append(", name (").append(lang).append(") \"").append(name).append('"'));
      }
      RelationDraft relation = mapper.relation(id.get(), type, mapper.initiativeId);
      if (relation.note.isEmpty()) {
        relation.note = Optional.of(note.toString());
      }
    }
  }

  /**
   * Returns the country actor of a participating-org that is a country's government: its ref is a
   * known ISO 3166-1 alpha-2 code, or its name names one of the activity's recipient countries and
   * it is of type 10 (Government) or its name says government or ministry.
   */
  private Optional<EntityId> government(XmlNode org, XmlNode activity, LocalizedText names) {
    Optional<String> ref = org.attr("ref");
    if (ref.isPresent() && ALPHA2.matcher(ref.get()).matches() && isCountry(ref.get())) {
      return countryActor(ref.get(), org);
    }
    if (names.isEmpty() || activity.child("recipient-country").isEmpty()) {
      return Optional.empty();
    }
    boolean governmentType = org.attr("type").filter(GOVERNMENT::equals).isPresent();
    List<String> folded = new ArrayList<>();
    names.texts().values().forEach(name -> folded.add(fold(name)));
    if (!governmentType && folded.stream().noneMatch(name -> GOVERNMENT_WORDS.matcher(name).find())) {
      return Optional.empty();
    }
    for (XmlNode recipient : activity.all("recipient-country")) {
      Optional<String> code = recipient.attr("code").map(c -> c.toUpperCase(Locale.ROOT));
      if (code.isEmpty() || !isCountry(code.get())) {
        continue;
      }
      for (String country : countryNames(code.get())) {
        Pattern word = Pattern.compile("(?<!\\p{L})" + Pattern.quote(country) + "(?!\\p{L})");
        if (folded.stream().anyMatch(name -> word.matcher(name).find())) {
          return countryActor(code.get(), recipient);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isCountry(String alpha2) {
    return Codelists.name("Country", alpha2).isPresent() || CountryCodes.byAlpha2(alpha2).isPresent();
  }

  /** The folded English names of a country in the IATI codelist: the whole and before a comma. */
  private static List<String> countryNames(String alpha2) {
    List<String> names = new ArrayList<>(2);
    Codelists.name("Country", alpha2).filter(n -> !n.isBlank()).ifPresent(name -> {
      names.add(fold(name));
      int comma = name.indexOf(',');
      if (comma > 0) {
        names.add(fold(name.substring(0, comma)));
      }
    });
    return names;
  }

  /**
   * The actor of a country named as a government, made as recipient countries are; the country
   * does not become a recipient by being named (recipients come from recipient-country only).
   */
  private Optional<EntityId> countryActor(String alpha2, XmlNode node) {
    Set<EntityId> recipients = new LinkedHashSet<>(mapper.out.countries);
    Optional<EntityId> id = new Recipients(mapper).country(alpha2, node);
    mapper.out.countries.retainAll(recipients);
    return id;
  }

  /**
   * Returns the country actor of an organisation element that is a country's government, by the
   * rules of participating-orgs (see {@link #government(XmlNode, XmlNode, LocalizedText)}); used
   * for a transaction's receiver-org, which stays in the flow's attributes and is linked to its
   * country there.
   */
  Optional<EntityId> government(XmlNode org) {
    return government(org, mapper.activity, mapper.narratives(org));
  }

  /** Makes (or finds) the actor of an organisation element; empty if it cannot be identified. */
  Optional<EntityId> organisation(XmlNode org) {
    return organisation(org, mapper.narratives(org));
  }

  /** Makes (or finds) the actor of an organisation element whose names are read already. */
  private Optional<EntityId> organisation(XmlNode org, LocalizedText names) {
    Optional<String> ref = org.attr("ref");
    Optional<String> type = mapper.code(org, "type", "OrganisationType");
    EntityId id;
    if (ref.isPresent()) {
      Optional<EntityId> byRef = refId(ref.get(), names, org);
      if (byRef.isEmpty()) {
        if (names.isEmpty()) {
          mapper.problem(ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
              "the organisation ref \"" + ActivityMapper.abbreviate(ref.get())
                  + "\" is too long to be an id and the organisation has no name: it is left out", org, "ref");
          return Optional.empty();
        }
        mapper.problem(ProblemKind.RECOVERABLE, ProblemCode.INVALID_VALUE,
            "the organisation ref \"" + ActivityMapper.abbreviate(ref.get())
                + "\" is too long to be an id: the organisation is keyed by its name", org, "ref");
        id = nameId(publisher(org), names);
      } else {
        id = byRef.get();
      }
    } else if (!names.isEmpty()) {
      id = nameId(publisher(org), names);
    } else {
      mapper.problem(ProblemKind.NOTE, ProblemCode.MISSING_FIELD,
          "the " + org.name + " has neither @ref nor a name: it cannot be identified and is left out", org, null);
      return Optional.empty();
    }
    ActorDraft draft = new ActorDraft(id, ActorType.ORGANIZATION);
    draft.names.putAll(names.texts());
    ref.ifPresent(r -> draft.externalIds.put("iati", r));
    if (names.isEmpty()) {
      draft.firstSeen = Optional.of(mapper.location(org, "ref", null));
    }
    type.ifPresent(t -> draft.attributes.put("iati.orgType", t));
    draft.sources.add(mapper.sourceId);
    ActorDraft.mergeInto(mapper.out.actors, id, draft);
    mapper.out.organisations.add(id);
    return Optional.of(id);
  }

  /**
   * Returns the id of the organisation with this ref and these names: the first one seen with the
   * ref when the names are absent or share a folded text with it, another one seen with the ref
   * that shares one, or a new one (with a warning) when they share none. Empty when the ref is too
   * long to make an id.
   */
  private Optional<EntityId> refId(String ref, LocalizedText names, XmlNode org) {
    EntityId plain;
    try {
      plain = EntityId.encode(Kind.ACTOR, "iati-org-" + ref);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Set<String> folded = new LinkedHashSet<>();
    names.texts().values().forEach(text -> folded.add(fold(text)));
    List<Registry.Seen> seen = registry.byRef.computeIfAbsent(ref, k -> new ArrayList<>(1));
    if (seen.isEmpty()) {
      seen.add(new Registry.Seen(plain));
    }
    Registry.Seen first = seen.get(0);
    if (folded.isEmpty()) {
      return Optional.of(first.id);
    }
    for (Registry.Seen candidate : seen) {
      if (candidate.names.isEmpty() || candidate.names.stream().anyMatch(folded::contains)) {
        name(candidate, folded, names, org);
        return Optional.of(candidate.id);
      }
    }
    String key = folded.iterator().next();
    String hash = Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 8);
    EntityId id;
    try {
      id = EntityId.of(Kind.ACTOR, plain.slug() + "." + hash);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Registry.Seen other = new Registry.Seen(id);
    name(other, folded, names, org);
    seen.add(other);
    mapper.problem(ProblemKind.NOTE, ProblemCode.DUPLICATE_KEY,
        "the organisation ref " + ActivityMapper.abbreviate(ref) + " is used here for \""
            + ActivityMapper.abbreviate(names.best(LocalizedText.ENGLISH)) + "\" and before for \""
            + ActivityMapper.abbreviate(first.firstName) + "\" (at " + first.where
            + "): read as two organisations, " + first.id + " and " + id, org, "ref");
    return Optional.of(id);
  }

  private static void name(Registry.Seen seen, Set<String> folded, LocalizedText names, XmlNode org) {
    if (seen.names.isEmpty()) {
      seen.firstName = names.best(LocalizedText.ENGLISH);
      seen.where = org.path() + " line " + org.line;
    }
    seen.names.addAll(folded);
  }

  /** The ref of the activity's reporting-org, which scopes organisations known only by name. */
  private String publisher(XmlNode org) {
    XmlNode activity = org;
    while (activity.parent() != null) {
      activity = activity.parent();
    }
    return activity.child("reporting-org").flatMap(r -> r.attr("ref")).orElse("");
  }

  /**
   * The id of an organisation without a usable ref: its publisher's ref and its folded name (the
   * English one if it has one), abbreviated with a hash when long.
   */
  private static EntityId nameId(String publisher, LocalizedText names) {
    String name = fold(names.best(LocalizedText.ENGLISH));
    String scope = publisher.length() > 60 ? publisher.substring(0, 60) : publisher;
    String slug = EntityId.encode(Kind.ACTOR,
        "iati-org-name-" + (scope.isEmpty() ? "" : scope + "-") + abbreviateForId(name)).slug();
    return EntityId.of(Kind.ACTOR, slug);
  }

  /** Folds a name for comparison: white space trimmed and collapsed, lower case. */
  static String fold(String name) {
    return CharMatcher.whitespace().trimAndCollapseFrom(name, ' ').toLowerCase(Locale.ROOT);
  }

  private static String abbreviateForId(String name) {
    if (name.length() <= 40) {
      return name;
    }
    String hash = Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, 8);
    return name.substring(0, 40).strip() + "-" + hash;
  }
}
