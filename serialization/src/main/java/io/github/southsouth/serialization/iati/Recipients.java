package io.github.southsouth.serialization.iati;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the recipient countries and regions of one {@code iati-activity} (on the activity, or on
 * its transactions when the activity names none) to {@code benefits} relations with their
 * percentages, and to country and region actors. Part of an {@link ActivityMapper}, whose problems
 * and drafts it adds to. Not thread-safe; one per activity.
 */
final class Recipients {

  private final ActivityMapper mapper;

  Recipients(ActivityMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads the recipients into benefits relations, attributes and problems of the activity. */
  void read() {
    List<XmlNode> countries = mapper.activity.all("recipient-country");
    List<XmlNode> regions = mapper.activity.all("recipient-region");
    boolean transactionLevel = false;
    if (countries.isEmpty() && regions.isEmpty()) {
      countries = new ArrayList<>();
      regions = new ArrayList<>();
      for (XmlNode transaction : mapper.activity.all("transaction")) {
        countries.addAll(transaction.all("recipient-country"));
        regions.addAll(transaction.all("recipient-region"));
      }
      if (!countries.isEmpty() || !regions.isEmpty()) {
        transactionLevel = true;
        mapper.problem(ProblemKind.NOTE, ProblemCode.MISSING_FIELD,
            "recipient countries and regions are reported on transactions only: the initiative benefits each of them, without shares",
            mapper.activity, null);
      }
    }
    Map<EntityId, Optional<BigDecimal>> shares = new LinkedHashMap<>();
    List<String> raw = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (XmlNode country : countries) {
      Optional<String> code = country.attr("code");
      if (code.isEmpty()) {
        mapper.emptyCode(country, "code");
        continue;
      }
      Optional<BigDecimal> share = transactionLevel ? Optional.empty() : mapper.percentage(country);
      Optional<EntityId> id = country(code.get(), country);
      share.ifPresent(s -> raw.add(code.get() + "=" + s.toPlainString()));
      if (id.isEmpty()) {
        unresolved.add(code.get());
      } else if (!shares.containsKey(id.get())) {
        shares.put(id.get(), share);
      }
    }
    // IATI: country and region percentages together sum to 100. A region given beside countries
    // that already reach 100 % (e.g. Indonesia at 100 % and DAC region 789) adds nothing: it is
    // reported and kept aside, so that region views and totals do not count the activity twice.
    boolean countriesComplete = !transactionLevel && !regions.isEmpty() && countriesReachHundred(shares);
    List<String> aside = new ArrayList<>();
    for (XmlNode region : regions) {
      Optional<String> code = region.attr("code");
      if (code.isEmpty()) {
        mapper.emptyCode(region, "code");
        continue;
      }
      Optional<BigDecimal> share = transactionLevel ? Optional.empty() : mapper.percentage(region);
      String vocabulary = region.attr("vocabulary").orElse("1");
      mapper.checkCode(region, "vocabulary", "RegionVocabulary", vocabulary);
      if (countriesComplete) {
        aside.add(vocabulary + ":" + code.get() + share.map(s -> "=" + s.toPlainString()).orElse(""));
        continue;
      }
      Optional<EntityId> id = region(vocabulary, code.get(), region);
      share.ifPresent(s -> raw.add(vocabulary + ":" + code.get() + "=" + s.toPlainString()));
      if (id.isEmpty()) {
        unresolved.add(vocabulary + ":" + code.get() + region.attr("vocabulary-uri").map(u -> " " + u).orElse(""));
      } else if (!shares.containsKey(id.get())) {
        shares.put(id.get(), share);
      }
    }
    if (!aside.isEmpty()) {
      mapper.problem(ProblemKind.RECOVERABLE, ProblemCode.SHARE_SUM,
          "the recipient countries' percentages already reach 100%, yet recipient region(s) " + String.join(", ", aside)
              + " are given beside them: expected country and region percentages to sum to 100 together;"
              + " the initiative benefits the countries only, and the regions are kept in iati.recipientRegionsBesideCountries",
          regions.get(0), null);
      mapper.attributes.put("iati.recipientRegionsBesideCountries", String.join(" ", aside));
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean inRange = true;
    for (Optional<BigDecimal> share : shares.values()) {
      if (share.isPresent()) {
        sum = sum.add(share.get());
        inRange &= share.get().signum() >= 0 && share.get().compareTo(ActivityMapper.HUNDRED) <= 0;
      }
    }
    boolean keepShares = inRange && sum.compareTo(ActivityMapper.HUNDRED.add(ActivityMapper.TOLERANCE)) <= 0;
    if (!keepShares) {
      mapper.problem(ProblemKind.RECOVERABLE, inRange ? ProblemCode.SHARE_SUM : ProblemCode.SHARE_RANGE,
          "the recipient percentages " + (inRange ? "add up to " + sum.toPlainString() + "%" : "are not all within 0 to 100")
              + ": expected at most 100; the benefits relations carry no shares and the percentages are kept in"
              + " iati.recipientPercentages", mapper.activity, null);
      mapper.attributes.put("iati.recipientPercentages", String.join(" ", raw));
    }
    shares.forEach((id, share) -> {
      RelationDraft relation = mapper.relation(mapper.initiativeId, RelationType.BENEFITS, id);
      if (keepShares) {
        relation.share = share;
      }
    });
    ActivityMapper.join(unresolved).ifPresent(v -> mapper.attributes.put("iati.unresolvedRecipients", v));
  }

  /**
   * Tells whether the percentages given to the countries reach 100 (within the tolerance). A
   * country without a percentage counts as none: beside a region, IATI asks for percentages.
   */
  private static boolean countriesReachHundred(Map<EntityId, Optional<BigDecimal>> shares) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Optional<BigDecimal> share : shares.values()) {
      sum = sum.add(share.orElse(BigDecimal.ZERO));
    }
    return sum.compareTo(ActivityMapper.HUNDRED.subtract(ActivityMapper.TOLERANCE)) >= 0;
  }

  /** Finds or makes the actor of a country by its ISO 3166-1 alpha-2 code; empty if unknown (reported). */
  Optional<EntityId> country(String rawCode, XmlNode node) {
    String code = rawCode.toUpperCase(Locale.ROOT);
    if (!code.equals(rawCode)) {
      mapper.once("country-case:" + rawCode, ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
          "the country code \"" + rawCode + "\" is not in upper case: read as " + code, node, "code");
    }
    Optional<Actor> known = mapper.reference.countryByIso2(code);
    if (known.isPresent()) {
      mapper.out.referenceIds.add(known.get().id());
      mapper.out.countries.add(known.get().id());
      return Optional.of(known.get().id());
    }
    Optional<String> name = Codelists.name("Country", code);
    Optional<CountryCodes.Codes> codes = CountryCodes.byAlpha2(code);
    if (name.isEmpty() && codes.isEmpty()) {
      mapper.unknownCode(node, "code", "Country", rawCode);
      return Optional.empty();
    }
    if (name.isEmpty()) {
      mapper.unknownCode(node, "code", "Country", rawCode);
    }
    EntityId id;
    if (codes.isPresent()) {
      id = EntityId.of(Kind.ACTOR, codes.get().alpha3.toLowerCase(Locale.ROOT));
    } else {
      mapper.once("no-alpha3:" + code, ProblemKind.RECOVERABLE, ProblemCode.UNKNOWN_CODE,
          "no ISO 3166-1 alpha-3 code is known for " + Codelists.describe("Country", code)
              + ": the country's id is made from its alpha-2 code (actor:" + code.toLowerCase(Locale.ROOT) + ")",
          node, "code");
      id = EntityId.of(Kind.ACTOR, code.toLowerCase(Locale.ROOT));
    }
    if (mapper.reference.graph().contains(id)) {
      mapper.out.referenceIds.add(id);
      mapper.out.countries.add(id);
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
    draft.sources.add(mapper.sourceId);
    ActorDraft.mergeInto(mapper.out.actors, id, draft);
    mapper.out.countries.add(id);
    return Optional.of(id);
  }

  private Optional<EntityId> region(String vocabulary, String code, XmlNode node) {
    if (vocabulary.equals("1")) {
      Optional<String> name = Codelists.name("Region", code);
      mapper.checkCode(node, "code", "Region", code);
      EntityId id;
      try {
        id = EntityId.encode(Kind.ACTOR, "dac-region-" + code);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      ActorDraft draft = new ActorDraft(id, ActorType.REGION);
      draft.names.put(LocalizedText.ENGLISH, name.filter(n -> !n.isBlank()).orElse("OECD DAC region " + code));
      draft.externalIds.put("oecd-dac-region", code);
      draft.sources.add(mapper.sourceId);
      ActorDraft.mergeInto(mapper.out.actors, id, draft);
      return Optional.of(id);
    }
    if (vocabulary.equals("2")) {
      if (!code.chars().allMatch(Character::isDigit) || code.length() > 3) {
        mapper.problem(ProblemKind.RECOVERABLE, ProblemCode.INVALID_VALUE,
            "the UN M49 region code \"" + code + "\" is not a number of up to three digits", node, "code");
        return Optional.empty();
      }
      String padded = "000".substring(code.length()) + code;
      Optional<Actor> known = mapper.reference.byM49(padded);
      if (known.isPresent()) {
        mapper.out.referenceIds.add(known.get().id());
        return Optional.of(known.get().id());
      }
      EntityId id = EntityId.of(Kind.ACTOR, "m49-" + padded);
      if (mapper.reference.graph().contains(id)) {
        mapper.out.referenceIds.add(id);
        return Optional.of(id);
      }
      mapper.once("m49:" + padded, ProblemKind.NOTE, ProblemCode.UNKNOWN_CODE,
          "the UN M49 region " + padded + " is not in the reference data: a region actor with only its code is made",
          node, "code");
      ActorDraft draft = new ActorDraft(id, ActorType.REGION);
      draft.names.put(LocalizedText.ENGLISH, "UN M49 region " + padded);
      draft.m49 = Optional.of(padded);
      draft.sources.add(mapper.sourceId);
      ActorDraft.mergeInto(mapper.out.actors, id, draft);
      return Optional.of(id);
    }
    mapper.problem(ProblemKind.NOTE, ProblemCode.UNKNOWN_CODE,
        "the recipient region " + code + " is in vocabulary " + vocabulary
            + ", which has no shared region list: kept in iati.unresolvedRecipients", node, "code");
    return Optional.empty();
  }
}
