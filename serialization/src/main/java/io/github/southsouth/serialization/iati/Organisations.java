package io.github.southsouth.serialization.iati;

import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.iati.ActivityMapper.Severity;
import io.github.southsouth.serialization.iati.Drafts.ActorDraft;
import io.github.southsouth.serialization.iati.Drafts.RelationDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * The organisations of one activity: the reporting-org, each participating-org (an actor and a
 * relation to the initiative, by role) and the provider-orgs of transactions, made into actors
 * keyed by their ref or name. Problems go to the activity's {@link ActivityMapper}. Not
 * thread-safe; one per activity.
 */
final class Organisations {

  private final ActivityMapper mapper;

  Organisations(ActivityMapper mapper) {
    this.mapper = mapper;
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
        mapper.problem(Severity.ISSUE, ProblemCode.MISSING_FIELD,
            "a participating-org has no @role: expected 1 Funding, 2 Accountable, 3 Extending or 4 Implementing",
            org, "role");
      }
      Optional<EntityId> id = organisation(org);
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
      RelationDraft relation = mapper.relation(id.get(), type, mapper.initiativeId);
      if (relation.note.isEmpty()) {
        relation.note = Optional.of(note.toString());
      }
    }
  }

  /** Makes (or finds) the actor of an organisation element; empty if it cannot be identified. */
  Optional<EntityId> organisation(XmlNode org) {
    Optional<String> ref = org.attr("ref");
    LocalizedText names = mapper.narratives(org);
    Optional<String> type = mapper.code(org, "type", "OrganisationType");
    EntityId id;
    if (ref.isPresent()) {
      try {
        id = EntityId.encode(Kind.ACTOR, "iati-org-" + ref.get());
      } catch (IllegalArgumentException e) {
        mapper.problem(Severity.ISSUE, ProblemCode.INVALID_VALUE,
            "the organisation ref \"" + ActivityMapper.abbreviate(ref.get()) + "\" is too long to be an id: the organisation is keyed by its name",
            org, "ref");
        id = nameId(names.english().isEmpty() ? ref.get() : names.english());
      }
    } else if (!names.isEmpty()) {
      id = nameId(names.english());
    } else {
      mapper.problem(Severity.NOTE, ProblemCode.MISSING_FIELD,
          "the " + org.name + " has neither @ref nor a name: it cannot be identified and is left out", org, null);
      return Optional.empty();
    }
    ActorDraft draft = new ActorDraft(id, ActorType.ORGANIZATION);
    draft.names.putAll(names.texts());
    if (!draft.names.containsKey(LocalizedText.ENGLISH)) {
      draft.names.put(LocalizedText.ENGLISH, ref.orElse(names.english()));
    }
    ref.ifPresent(r -> draft.externalIds.put("iati", r));
    type.ifPresent(t -> draft.attributes.put("iati.orgType", t));
    draft.sources.add(mapper.sourceId);
    mapper.out.actors.merge(id, draft, (a, b) -> {
      a.merge(b);
      return a;
    });
    mapper.out.organisations.add(id);
    return Optional.of(id);
  }

  private static EntityId nameId(String name) {
    String slug = EntityId.encode(Kind.ACTOR, "iati-org-name-" + abbreviateForId(name)).slug();
    return EntityId.of(Kind.ACTOR, slug);
  }

  private static String abbreviateForId(String name) {
    if (name.length() <= 40) {
      return name;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return name.substring(0, 40).strip() + "-" + hex;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
