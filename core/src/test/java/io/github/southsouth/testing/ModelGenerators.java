package io.github.southsouth.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.BudgetKind;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FlowDirection;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LoanTerms;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.model.Stance;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntBinaryOperator;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The one place where property tests of every module get their data: realistic, valid-by-
 * construction southsouth values and graphs, bounded in size. Shared through core's test-jar.
 *
 * <p>Graphs are built procedurally from QuickTheories' randomness source, so every draw is
 * replayable from the seed a failing theory prints, and shrinking works on the underlying draws.
 * Text deliberately includes characters that formats must escape (quotes, backslashes, newlines,
 * colons, leading spaces, {@code #}, CJK and pinyin tone marks).
 */
public final class ModelGenerators {

  private ModelGenerators() {}

  /** Characters of free text: plain words plus the ones serializers must escape. */
  private static final String[] WORDS = {
    "cooperation", "solar", "railway", "port", "Nairobi", "Hùlì", "互利", "南南合作", "fund",
    "\"quoted\"", "back\\slash", "line\nbreak", "colon: value", "# hash", " leading", "trailing ",
    "tab\there", "ümlaut", "100%", "a&b<c>", "yes", "null", "~", "'single'", "- dash", "{brace}",
  };

  private static final String[] CURRENCIES = {"USD", "CNY", "KES", "PKR", "EUR", "XOF"};
  private static final String[] COUNTRY_CODES = {"CHN", "KEN", "PAK", "IDN", "BRA", "ZAF", "ETH"};

  /** A source of draws over QuickTheories' randomness, for building values procedurally. */
  public static final class Draw {
    private final IntBinaryOperator between;

    Draw(RandomnessSource in) {
      this((min, max) -> (int) in.next(Constraint.between(min, max).withShrinkPoint(min)));
    }

    private Draw(IntBinaryOperator between) {
      this.between = between;
    }

    /**
     * Returns draws over another source of ints, such as a fuzzer's input, so that the same graphs
     * can be built from it.
     *
     * @param between returns an int in [min, max] given min and max
     * @return the draws
     */
    public static Draw over(IntBinaryOperator between) {
      return new Draw(between);
    }

    /** Returns an int in [min, max], shrinking towards min. */
    public int between(int min, int max) {
      return between.applyAsInt(min, max);
    }

    /** Returns true with roughly the given chance in percent. */
    public boolean chance(int percent) {
      return between(0, 99) < percent;
    }

    /** Returns one of the items. */
    @SafeVarargs
    public final <T> T pick(T... items) {
      return items[between(0, items.length - 1)];
    }

    /** Returns one of the items. */
    public <T> T pick(List<T> items) {
      return items.get(between(0, items.size() - 1));
    }

    /** Returns a distinct subset of the items, in their order. */
    public <T> List<T> subset(List<T> items, int max) {
      List<T> out = new ArrayList<>();
      for (T item : items) {
        if (out.size() < max && chance(40)) {
          out.add(item);
        }
      }
      return out;
    }
  }

  /** Returns a generator built from a function of draws. */
  public static <T> Gen<T> from(java.util.function.Function<Draw, T> f) {
    return in -> f.apply(new Draw(in));
  }

  /** Valid, realistic graphs with every kind of entity and relation type the model allows. */
  public static Gen<CooperationGraph> graphs() {
    return from(ModelGenerators::graph).describedAs(g -> g + "\n" + g.entities() + "\n" + g.relations());
  }

  /** Ids of any kind, including slugs made by percent-encoding foreign identifiers. */
  public static Gen<EntityId> entityIds() {
    return from(
        d -> {
          Kind kind = d.pick(Kind.values());
          if (d.chance(30)) {
            return EntityId.encode(kind, text(d, 1, 3));
          }
          return EntityId.of(kind, slug(d));
        });
  }

  /** Localized texts with English and sometimes Chinese, pinyin and other languages. */
  public static Gen<LocalizedText> localizedTexts() {
    return from(ModelGenerators::localized);
  }

  /** Partial dates of every precision. */
  public static Gen<PartialDate> partialDates() {
    return from(ModelGenerators::date);
  }

  /** Builds one valid graph. Public so that other generators can derive faulty ones from it. */
  public static CooperationGraph graph(Draw d) {
    CooperationGraph.Builder graph = CooperationGraph.builder();
    List<EntityId> sources = new ArrayList<>();
    int sourceCount = d.between(1, 3);
    for (int i = 0; i < sourceCount; i++) {
      EntityId id = EntityId.of(Kind.SOURCE, "s" + i + "-" + slug(d));
      sources.add(id);
      Source.Builder source = Source.builder().id(id).name(localized(d)).sourceKind(d.pick(SourceKind.values()));
      if (d.chance(50)) {
        source.addAuthor(text(d, 1, 3));
      }
      if (d.chance(50)) {
        source.publisher(text(d, 1, 2));
      }
      if (d.chance(50)) {
        source.date(date(d));
      }
      if (d.chance(50)) {
        source.uri("https://example.org/" + slug(d));
      }
      graph.addEntity(source.build());
    }
    DatasetInfo.Builder info = DatasetInfo.builder();
    if (d.chance(70)) {
      info.title(localized(d)).version("2026." + d.between(1, 12)).license("CC-BY-4.0").addSource(sources.get(0));
    }
    graph.info(info.build());

    List<EntityId> actors = new ArrayList<>();
    int actorCount = d.between(2, 8);
    for (int i = 0; i < actorCount; i++) {
      ActorType type = d.pick(ActorType.values());
      EntityId id = EntityId.of(Kind.ACTOR, "a" + i + "-" + slug(d));
      Actor.Builder actor = common(Actor.builder().id(id).name(localized(d)).actorType(type), d, sources);
      if (type == ActorType.COUNTRY) {
        String iso3 = d.pick(COUNTRY_CODES);
        actor.iso3(iso3).iso2(iso3.substring(0, 2)).m49(String.format(Locale.ROOT, "%03d", d.between(1, 999)));
      }
      graph.addEntity(actor.build());
      actors.add(id);
    }
    List<EntityId> principles = simple(d, graph, Kind.PRINCIPLE, 1, 3, sources);
    List<EntityId> goals = simple(d, graph, Kind.GOAL, 1, 4, sources);
    List<EntityId> themes = simple(d, graph, Kind.THEME, 1, 3, sources);
    List<EntityId> concepts = simple(d, graph, Kind.CONCEPT, 1, 3, sources);

    List<EntityId> events = new ArrayList<>();
    int eventCount = d.between(0, 2);
    for (int i = 0; i < eventCount; i++) {
      EntityId id = EntityId.of(Kind.EVENT, "e" + i + "-" + slug(d));
      Event.Builder event = common(Event.builder().id(id).name(localized(d)), d, sources);
      if (d.chance(70)) {
        event.period(period(d));
      }
      if (d.chance(50)) {
        event.place(d.pick(actors));
      }
      graph.addEntity(event.build());
      events.add(id);
    }

    List<EntityId> initiatives = new ArrayList<>();
    int initiativeCount = d.between(1, 10);
    for (int i = 0; i < initiativeCount; i++) {
      EntityId id = EntityId.of(Kind.INITIATIVE, "i" + i + "-" + slug(d));
      graph.addEntity(initiative(d, id, actors, sources));
      // relations of the initiative, valid by construction
      for (EntityId p : d.subset(principles, 3)) {
        graph.addRelation(relation(d, id, RelationType.EMBODIES, p, sources));
      }
      for (EntityId g : d.subset(goals, 4)) {
        graph.addRelation(relation(d, id, RelationType.ADVANCES, g, sources));
      }
      for (EntityId t : d.subset(themes, 3)) {
        graph.addRelation(relation(d, id, RelationType.ADDRESSES, t, sources));
      }
      int shareLeft = 100;
      for (EntityId a : d.subset(actors, 4)) {
        Relation.Builder benefits = Relation.builder().from(id).type(RelationType.BENEFITS).to(a);
        if (d.chance(50)) {
          int share = d.between(0, shareLeft);
          shareLeft -= share;
          benefits.share(BigDecimal.valueOf(share));
        }
        graph.addRelation(benefits.addCitation(citation(d, sources)).build());
      }
      for (EntityId a : d.subset(actors, 2)) {
        graph.addRelation(relation(d, a, d.pick(RelationType.FUNDS, RelationType.IMPLEMENTS, RelationType.LEADS), id, sources));
      }
      if (!initiatives.isEmpty() && d.chance(40)) {
        graph.addRelation(relation(d, id, RelationType.PART_OF, d.pick(initiatives), sources));
      }
      initiatives.add(id);
    }
    for (int i = 1; i < actors.size(); i++) {
      if (d.chance(30)) {
        graph.addRelation(relation(d, actors.get(i), RelationType.MEMBER_OF, actors.get(d.between(0, i - 1)), sources));
      }
      if (d.chance(20)) {
        graph.addRelation(relation(d, actors.get(i), RelationType.PART_OF, actors.get(d.between(0, i - 1)), sources));
      }
    }
    for (EntityId e : events) {
      for (EntityId a : d.subset(actors, 3)) {
        graph.addRelation(relation(d, a, RelationType.PARTICIPATES_IN, e, sources));
      }
      if (d.chance(50)) {
        graph.addRelation(relation(d, d.pick(principles), RelationType.ORIGINATES_IN, e, sources));
      }
    }
    for (int i = 1; i < concepts.size(); i++) {
      graph.addRelation(relation(d, concepts.get(i), RelationType.CONTRASTS_WITH, concepts.get(0), sources));
    }
    if (d.chance(50)) {
      graph.addRelation(relation(d, d.pick(principles), RelationType.PART_OF, d.pick(concepts), sources));
    }
    if (d.chance(50)) {
      graph.addRelation(relation(d, d.pick(concepts), RelationType.AIMS_AT, d.pick(goals), sources));
    }

    List<EntityId> everything = new ArrayList<>();
    everything.addAll(principles);
    everything.addAll(goals);
    everything.addAll(initiatives);
    everything.addAll(actors);
    int perspectiveCount = d.between(0, 3);
    for (int i = 0; i < perspectiveCount; i++) {
      EntityId id = EntityId.of(Kind.PERSPECTIVE, "p" + i + "-" + slug(d));
      EntityId holder = d.pick(actors);
      List<EntityId> about = d.subset(everything, 3);
      graph.addEntity(
          common(
                  Perspective.builder()
                      .id(id)
                      .name(localized(d))
                      .holder(holder)
                      .stance(d.pick(Stance.values()))
                      .claim(localized(d))
                      .addAllAbout(about),
                  d,
                  sources)
              .build());
      graph.addRelation(relation(d, holder, RelationType.HOLDS, id, sources));
      for (EntityId a : about) {
        graph.addRelation(relation(d, id, RelationType.CONCERNS, a, sources));
      }
    }
    return graph.build();
  }

  private static Initiative initiative(Draw d, EntityId id, List<EntityId> actors, List<EntityId> sources) {
    Initiative.Builder initiative =
        common(Initiative.builder().id(id).name(localized(d)).initiativeKind(d.pick(InitiativeKind.values())), d, sources);
    if (d.chance(70)) {
      initiative.status(d.pick(InitiativeStatus.values()));
    }
    if (d.chance(70)) {
      initiative.period(period(d));
    }
    for (Instrument instrument : d.subset(List.of(Instrument.values()), 3)) {
      initiative.addInstrument(instrument);
    }
    int financingCount = d.between(0, 3);
    for (int i = 0; i < financingCount; i++) {
      FinancingStage stage = d.pick(FinancingStage.values());
      Financing.Builder financing = Financing.builder().instrument(d.pick(Instrument.values())).stage(stage);
      financing.addAmount(money(d));
      if (d.chance(40)) {
        financing.addAmount(Money.of(decimal(d), "USD", MoneyBasis.constant(2021)));
      }
      if (d.chance(60)) {
        financing.financier(d.pick(actors));
      }
      if (d.chance(60)) {
        financing.date(date(d));
      }
      if (stage.direction() == FlowDirection.PLANNED) {
        if (d.chance(70)) {
          financing.period(period(d));
        }
        if (d.chance(70)) {
          financing.budgetKind(d.pick(BudgetKind.values()));
        }
      }
      if (d.chance(40)) {
        LoanTerms.Builder terms = LoanTerms.builder();
        if (d.chance(70)) {
          terms.interestRate(new BigDecimal(d.between(0, 600)).movePointLeft(2));
        }
        if (d.chance(70)) {
          terms.maturityYears(BigDecimal.valueOf(d.between(1, 40)));
        }
        if (d.chance(50)) {
          terms.gracePeriodYears(BigDecimal.valueOf(d.between(0, 10)));
        }
        if (d.chance(50)) {
          terms.grantElement(new BigDecimal(d.between(0, 1000)).movePointLeft(1));
        }
        financing.terms(terms.build());
      }
      if (d.chance(30)) {
        financing.putAttribute("iati.flowType", String.valueOf(d.between(10, 40)));
      }
      initiative.addFinancing(financing.build());
    }
    int shareLeft = 100;
    int sectorCount = d.between(0, 3);
    for (int i = 0; i < sectorCount; i++) {
      Sector.Builder sector =
          Sector.builder()
              .code(String.valueOf(d.between(11110, 99820)))
              .vocabulary(d.pick(SectorVocabulary.DAC_5, SectorVocabulary.DAC_3, SectorVocabulary.OTHER));
      if (d.chance(60)) {
        int share = d.between(0, shareLeft);
        shareLeft -= share;
        sector.share(BigDecimal.valueOf(share));
      }
      initiative.addSector(sector.build());
    }
    switch (d.between(0, 2)) {
      case 0:
        break;
      case 1:
        initiative.conditionality(Conditionality.noneAttached());
        break;
      default:
        List<Condition> conditions = new ArrayList<>();
        int count = d.between(0, 2);
        for (int i = 0; i < count; i++) {
          Condition.Builder condition = Condition.builder().type(d.pick(ConditionType.values()));
          if (d.chance(60)) {
            condition.description(localized(d));
          }
          conditions.add(condition.build());
        }
        initiative.conditionality(Conditionality.attached(conditions));
    }
    return initiative.build();
  }

  private static List<EntityId> simple(
      Draw d, CooperationGraph.Builder graph, Kind kind, int min, int max, List<EntityId> sources) {
    List<EntityId> ids = new ArrayList<>();
    int count = d.between(min, max);
    for (int i = 0; i < count; i++) {
      EntityId id = EntityId.of(kind, kind.code().charAt(0) + "" + i + "-" + slug(d));
      Entity entity;
      switch (kind) {
        case PRINCIPLE:
          entity = common(Principle.builder().id(id).name(localized(d)), d, sources).build();
          break;
        case GOAL:
          entity = common(Goal.builder().id(id).name(localized(d)), d, sources).build();
          break;
        case THEME:
          Theme.Builder theme = common(Theme.builder().id(id).name(localized(d)), d, sources);
          if (d.chance(50)) {
            theme.addDacSector(String.valueOf(d.between(110, 998)));
          }
          entity = theme.build();
          break;
        default:
          entity = common(Concept.builder().id(id).name(localized(d)), d, sources).build();
      }
      graph.addEntity(entity);
      ids.add(id);
    }
    return ids;
  }

  /** Adds summary, citations, external ids and attributes to any entity builder. */
  private static <B> B common(B builder, Draw d, List<EntityId> sources) {
    // Every entity builder has these methods; reach them through the Entity-specific types.
    if (builder instanceof Principle.Builder) {
      Principle.Builder b = (Principle.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    } else if (builder instanceof Goal.Builder) {
      Goal.Builder b = (Goal.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    } else if (builder instanceof Theme.Builder) {
      Theme.Builder b = (Theme.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    } else if (builder instanceof Concept.Builder) {
      Concept.Builder b = (Concept.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    } else if (builder instanceof Initiative.Builder) {
      Initiative.Builder b = (Initiative.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    } else if (builder instanceof Actor.Builder) {
      Actor.Builder b = (Actor.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    } else if (builder instanceof Event.Builder) {
      Event.Builder b = (Event.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    } else if (builder instanceof Perspective.Builder) {
      Perspective.Builder b = (Perspective.Builder) builder;
      commonParts(d, sources, b::summary, b::addCitation, b::putExternalId, b::putAttribute);
    }
    return builder;
  }

  private static void commonParts(
      Draw d,
      List<EntityId> sources,
      java.util.function.Consumer<LocalizedText> summary,
      java.util.function.Consumer<Citation> citation,
      java.util.function.BiConsumer<String, String> externalId,
      java.util.function.BiConsumer<String, String> attribute) {
    if (d.chance(70)) {
      summary.accept(localized(d));
    }
    int citations = d.between(0, 2);
    for (int i = 0; i < citations; i++) {
      citation.accept(citation(d, sources));
    }
    if (d.chance(30)) {
      externalId.accept("wikidata", "Q" + d.between(1, 99999));
    }
    if (d.chance(20)) {
      attribute.accept("test.note", text(d, 1, 2));
    }
  }

  private static Relation relation(Draw d, EntityId from, RelationType type, EntityId to, List<EntityId> sources) {
    Relation.Builder relation = Relation.builder().from(from).type(type).to(to);
    if (d.chance(15)) {
      relation.period(period(d));
    }
    if (d.chance(15)) {
      relation.note(text(d, 1, 4));
    }
    if (d.chance(80)) {
      relation.addCitation(citation(d, sources));
    }
    return relation.build();
  }

  private static Citation citation(Draw d, List<EntityId> sources) {
    Citation.Builder citation = Citation.builder().source(d.pick(sources));
    if (d.chance(60)) {
      citation.locator(text(d, 1, 2));
    }
    if (d.chance(20)) {
      citation.quote(text(d, 2, 6));
    }
    return citation.build();
  }

  private static LocalizedText localized(Draw d) {
    Map<String, String> texts = new TreeMap<>();
    texts.put("en", text(d, 1, 4));
    if (d.chance(60)) {
      texts.put("zh-Hans", d.pick("互利", "尊重主权", "无附加条件", "南南合作", "一带一路", "中非合作论坛") + d.between(0, 99));
    }
    if (d.chance(40)) {
      texts.put("zh-Latn-pinyin", d.pick("Hùlì", "Zūnzhòng Zhǔquán", "Wú Fùjiā Tiáojiàn", "Yídài Yílù"));
    }
    if (d.chance(15)) {
      texts.put(d.pick("fr", "es", "pt-BR", "sw"), text(d, 1, 3));
    }
    return LocalizedText.of(texts);
  }

  private static String text(Draw d, int minWords, int maxWords) {
    int words = d.between(minWords, maxWords);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(d.pick(WORDS));
    }
    String result = text.toString();
    return result.isBlank() ? "text" : result;
  }

  private static String slug(Draw d) {
    return d.pick("mutual-benefit", "ken", "bri", "solar.plant", "x_1", "a~b", "CPEC", "sgr-2017", "z");
  }

  private static PartialDate date(Draw d) {
    int year = d.between(1950, 2030);
    switch (d.between(0, 2)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, d.between(1, 12));
      default:
        return PartialDate.of(year, d.between(1, 12), d.between(1, 28));
    }
  }

  private static PartialDate dateIn(Draw d, int year) {
    switch (d.between(0, 2)) {
      case 0:
        return PartialDate.of(year);
      case 1:
        return PartialDate.of(year, d.between(1, 12));
      default:
        return PartialDate.of(year, d.between(1, 12), d.between(1, 28));
    }
  }

  private static Period period(Draw d) {
    PartialDate start = date(d);
    PartialDate end = PartialDate.of(start.year() + d.between(1, 20));
    switch (d.between(0, 3)) {
      case 0:
        return Period.from(start);
      case 1:
        return Period.until(end);
      default:
        return Period.of(start, end);
    }
  }

  private static Money money(Draw d) {
    return Money.of(decimal(d), d.pick(CURRENCIES), d.chance(30) ? MoneyBasis.constant(2021) : MoneyBasis.nominal());
  }

  private static BigDecimal decimal(Draw d) {
    BigDecimal value = new BigDecimal(d.between(-1_000_000, 2_000_000_000)).movePointLeft(d.between(0, 2));
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Faulty graphs: one fault injected into a valid generated graph.

  /**
   * The faults {@link #faultyGraphs()} injects, each with the one problem code it must cause. Each
   * fault is built so that it breaks exactly one rule once: a validator that reports anything else,
   * or the expected code twice, is wrong.
   */
  public enum Fault {
    /** A second entity with the id of an existing one. */
    DUPLICATE_ID(ProblemCode.DUPLICATE_ID),
    /** A relation stated a second time, with another note. */
    DUPLICATE_RELATION(ProblemCode.DUPLICATE_RELATION),
    /** A relation from an entity to itself, of a type that allows the entity's kind at both ends. */
    SELF_RELATION(ProblemCode.SELF_RELATION),
    /** A relation whose one end names no entity; the kinds of both ends are allowed. */
    DANGLING_RELATION_END(ProblemCode.DANGLING_REFERENCE),
    /** A relation between two existing, different entities whose kinds its type does not allow. */
    WRONG_RELATION_KINDS(ProblemCode.RELATION_KINDS),
    /** A part-of relation that closes a cycle of two or more members. */
    PART_OF_CYCLE(ProblemCode.PART_OF_CYCLE),
    /** The period of an initiative, event or relation made to end before it starts. */
    PERIOD_ORDER(ProblemCode.PERIOD_ORDER),
    /** A sector or recipient share over 100. */
    SHARE_OVER_100(ProblemCode.SHARE_RANGE),
    /** Sector shares of one vocabulary that add up to more than 100. */
    SHARES_SUM_OVER_100(ProblemCode.SHARE_SUM),
    /** A financing amount in a currency that is not ISO 4217, such as RMB. */
    UNKNOWN_CURRENCY(ProblemCode.UNKNOWN_CURRENCY),
    /** An entity whose name has no text in any language. */
    MISSING_NAME(ProblemCode.MISSING_NAME);

    private final ProblemCode expected;

    Fault(ProblemCode expected) {
      this.expected = expected;
    }

    /** Returns the one problem code this fault must cause. */
    public ProblemCode expected() {
      return expected;
    }
  }

  /**
   * The content of a valid graph with one {@link Fault} injected: what to add to a builder, the
   * code the build must report exactly once, and the ids its message must name.
   */
  public static final class Faulty {
    private final Fault fault;
    private final String description;
    private final DatasetInfo info;
    private final ImmutableList<Entity> entities;
    private final ImmutableList<Relation> relations;
    private final ImmutableSet<EntityId> named;

    Faulty(Fault fault, String description, DatasetInfo info, List<Entity> entities, List<Relation> relations, Set<EntityId> named) {
      this.fault = fault;
      this.description = description;
      this.info = info;
      this.entities = ImmutableList.copyOf(entities);
      this.relations = ImmutableList.copyOf(relations);
      this.named = ImmutableSet.copyOf(named);
    }

    /** Returns the fault injected. */
    public Fault fault() {
      return fault;
    }

    /** Returns the one problem code the faulty content must cause. */
    public ProblemCode expected() {
      return fault.expected();
    }

    /** Returns what was changed, in words. */
    public String description() {
      return description;
    }

    /** Returns the dataset info. */
    public DatasetInfo info() {
      return info;
    }

    /** Returns the entities, faulty one included, in the order they are added. */
    public ImmutableList<Entity> entities() {
      return entities;
    }

    /** Returns the relations, faulty one included, in the order they are added. */
    public ImmutableList<Relation> relations() {
      return relations;
    }

    /** Returns the ids the problem's message must name (for a cycle, all its members). */
    public ImmutableSet<EntityId> named() {
      return named;
    }

    /** Returns a new graph builder holding the faulty content. */
    public CooperationGraph.Builder builder() {
      return CooperationGraph.builder().info(info).addEntities(entities).addRelations(relations);
    }

    @Override
    public String toString() {
      return fault + ": " + description;
    }
  }

  /** Valid generated graphs with one fault of any {@link Fault} kind injected. */
  public static Gen<Faulty> faultyGraphs() {
    return from(d -> inject(d, graph(d), d.pick(Fault.values())));
  }

  /** Valid generated graphs with one fault of the given kind injected. */
  public static Gen<Faulty> faultyGraphs(Fault fault) {
    return from(d -> inject(d, graph(d), fault));
  }

  /** Currency codes that look like ISO 4217 codes but are not; RMB is a common mistake for CNY. */
  private static final String[] NOT_CURRENCIES = {"RMB", "NTD", "ABC", "QQQ", "ZZZ", "XYZ"};

  /** Injects one fault of the given kind into the content of a valid graph. */
  public static Faulty inject(Draw d, CooperationGraph graph, Fault fault) {
    List<Entity> entities = new ArrayList<>(graph.entities());
    List<Relation> relations = new ArrayList<>(graph.relations());
    List<EntityId> sources = new ArrayList<>(graph.ofKind(Kind.SOURCE).stream().map(Entity::id).collect(Collectors.toList()));
    String description;
    Set<EntityId> named = new LinkedHashSet<>();
    switch (fault) {
      case DUPLICATE_ID:
        {
          Entity original = d.pick(entities);
          // an equal copy is the same entity given twice, which is no fault: change the name
          Entity copy = withName(original, localized(d));
          if (copy.equals(original)) {
            copy = withName(original, LocalizedText.english("Another " + original.id().slug()));
          }
          entities.add(d.between(0, entities.size()), copy);
          description = "added a second, different entity with the id " + original.id();
          named.add(original.id());
          break;
        }
      case DUPLICATE_RELATION:
        {
          Relation again;
          if (relations.isEmpty()) {
            Relation first = Relation.of(d.pick(graph.initiatives()).id(), RelationType.EMBODIES, d.pick(graph.principles()).id());
            relations.add(first);
            again = first;
          } else {
            // the same statement without the share, so that recipient shares are not doubled
            Relation stated = d.pick(relations);
            Relation.Builder builder = Relation.builder().from(stated.from()).type(stated.type()).to(stated.to()).note("stated again");
            stated.period().ifPresent(builder::period);
            again = builder.build();
          }
          relations.add(d.between(0, relations.size()), again);
          description = "stated " + again.describe() + " twice";
          named.add(again.from());
          named.add(again.to());
          break;
        }
      case SELF_RELATION:
        {
          Entity entity = d.pick(entities);
          List<RelationType> types = new ArrayList<>();
          for (RelationType type : RelationType.values()) {
            if (type.allows(entity.kind(), entity.kind())) {
              types.add(type);
            }
          }
          Relation self = relation(d, entity.id(), d.pick(types), entity.id(), sources);
          relations.add(d.between(0, relations.size()), self);
          description = "added " + self.describe();
          named.add(entity.id());
          break;
        }
      case DANGLING_RELATION_END:
        {
          Relation valid;
          if (!relations.isEmpty() && d.chance(50)) {
            valid = d.pick(relations);
          } else {
            EntityId initiative = d.pick(graph.initiatives()).id();
            EntityId actor = d.pick(graph.actors()).id();
            valid =
                d.pick(
                    Relation.of(initiative, RelationType.EMBODIES, d.pick(graph.principles()).id()),
                    Relation.of(initiative, RelationType.BENEFITS, actor),
                    Relation.of(actor, RelationType.FUNDS, initiative),
                    Relation.of(actor, RelationType.MEMBER_OF, d.pick(graph.actors()).id()));
          }
          EntityId missing;
          Relation.Builder dangling = Relation.builder().type(valid.type());
          if (d.chance(50)) {
            missing = EntityId.of(valid.from().kind(), "zz-missing-" + d.between(0, 99));
            dangling.from(missing).to(valid.to());
          } else {
            missing = EntityId.of(valid.to().kind(), "zz-missing-" + d.between(0, 99));
            dangling.from(valid.from()).to(missing);
          }
          Relation relation = dangling.addCitation(citation(d, sources)).build();
          relations.add(d.between(0, relations.size()), relation);
          description = "added " + relation.describe() + ", whose end " + missing + " does not exist";
          named.add(missing);
          break;
        }
      case WRONG_RELATION_KINDS:
        {
          // part-of is left out: a part-of relation of wrong kinds might also close a cycle.
          List<RelationType> types = new ArrayList<>(List.of(RelationType.values()));
          types.remove(RelationType.PART_OF);
          types.remove(RelationType.RELATED_TO);
          Relation relation = null;
          while (relation == null) {
            RelationType type = d.pick(types);
            Entity from = d.pick(entities);
            List<Entity> targets = new ArrayList<>();
            for (Entity to : entities) {
              if (!to.id().equals(from.id()) && !type.allows(from.kind(), to.kind())) {
                targets.add(to);
              }
            }
            if (!targets.isEmpty()) {
              relation = relation(d, from.id(), type, d.pick(targets).id(), sources);
            }
          }
          relations.add(d.between(0, relations.size()), relation);
          description = "added " + relation.describe() + ", which its type does not allow";
          named.add(relation.from());
          named.add(relation.to());
          break;
        }
      case PART_OF_CYCLE:
        {
          description = partOfCycle(d, graph, entities, relations, named);
          break;
        }
      case PERIOD_ORDER:
        {
          int endYear = d.between(1950, 2030);
          Period reversed = Period.of(dateIn(d, endYear + d.between(1, 20)), dateIn(d, endYear));
          List<Object> candidates = new ArrayList<>();
          candidates.addAll(graph.initiatives());
          candidates.addAll(graph.events());
          candidates.addAll(relations);
          Object target = d.pick(candidates);
          if (target instanceof Relation) {
            Relation old = (Relation) target;
            Relation changed = copy(old).period(reversed).build();
            relations.set(relations.indexOf(old), changed);
            description = "made the period of " + old.describe() + " " + reversed;
            named.add(old.from());
          } else if (target instanceof Initiative) {
            Initiative old = (Initiative) target;
            entities.set(entities.indexOf(old), Initiative.builder().from(old).period(reversed).build());
            description = "made the period of " + old.id() + " " + reversed;
            named.add(old.id());
          } else {
            Event old = (Event) target;
            entities.set(entities.indexOf(old), Event.builder().from(old).period(reversed).build());
            description = "made the period of " + old.id() + " " + reversed;
            named.add(old.id());
          }
          break;
        }
      case SHARE_OVER_100:
        {
          BigDecimal share = new BigDecimal(d.between(10_001, 100_000)).movePointLeft(2);
          List<Relation> benefits =
              relations.stream().filter(r -> r.type() == RelationType.BENEFITS).collect(Collectors.toList());
          if (!benefits.isEmpty() && d.chance(50)) {
            Relation old = d.pick(benefits);
            relations.set(relations.indexOf(old), copy(old).share(share).build());
            description = "gave " + old.describe() + " a share of " + share;
            named.add(old.from());
          } else {
            Initiative old = d.pick(graph.initiatives());
            Sector sector =
                Sector.builder().code(String.valueOf(d.between(11110, 99820))).vocabulary(d.pick(SectorVocabulary.values())).share(share).build();
            entities.set(entities.indexOf(old), Initiative.builder().from(old).addSector(sector).build());
            description = "gave " + old.id() + " a sector with a share of " + share;
            named.add(old.id());
          }
          break;
        }
      case SHARES_SUM_OVER_100:
        {
          Initiative old = d.pick(graph.initiatives());
          SectorVocabulary vocabulary = d.pick(SectorVocabulary.values());
          Initiative.Builder changed = Initiative.builder().from(old);
          // two shares, each within range, whose sum alone exceeds 100 by more than the tolerance
          BigDecimal first = new BigDecimal(d.between(5_002, 10_000)).movePointLeft(2);
          BigDecimal second = new BigDecimal(d.between(5_000, 10_000)).movePointLeft(2);
          changed.addSector(Sector.builder().code("x" + d.between(1, 9)).vocabulary(vocabulary).share(first).build());
          changed.addSector(Sector.builder().code("y" + d.between(1, 9)).vocabulary(vocabulary).share(second).build());
          entities.set(entities.indexOf(old), changed.build());
          description = "gave " + old.id() + " " + vocabulary.code() + " sectors of " + first + " and " + second + " percent";
          named.add(old.id());
          break;
        }
      case UNKNOWN_CURRENCY:
        {
          Initiative old = d.pick(graph.initiatives());
          String currency = d.pick(NOT_CURRENCIES);
          Financing.Builder financing = Financing.builder().instrument(d.pick(Instrument.values()));
          if (d.chance(50)) {
            financing.addAmount(money(d));
          }
          financing.addAmount(Money.of(decimal(d), currency));
          entities.set(entities.indexOf(old), Initiative.builder().from(old).addFinancing(financing.build()).build());
          description = "gave " + old.id() + " an amount in " + currency;
          named.add(old.id());
          break;
        }
      case MISSING_NAME:
        {
          Entity old = d.pick(entities);
          LocalizedText name = LocalizedText.empty();
          entities.set(entities.indexOf(old), withName(old, name));
          description = "gave " + old.id() + " no name";
          named.add(old.id());
          break;
        }
      default:
        throw new AssertionError(fault);
    }
    return new Faulty(fault, description, graph.info(), entities, relations, named);
  }

  /**
   * Adds one part-of relation (or, if the graph has no part-of chain, a few fresh initiatives) so
   * that exactly one cycle is formed, and returns a description. The cycle closes an existing chain
   * x part-of ... part-of y with y part-of x, where every member of the chain has a single parent,
   * so the new relation makes one cycle and no other.
   */
  private static String partOfCycle(Draw d, CooperationGraph graph, List<Entity> entities, List<Relation> relations, Set<EntityId> members) {
    List<List<EntityId>> chains = new ArrayList<>();
    for (Entity entity : graph.entities()) {
      List<EntityId> chain = new ArrayList<>();
      chain.add(entity.id());
      EntityId at = entity.id();
      while (true) {
        List<Relation> up = graph.outgoing(at, RelationType.PART_OF);
        if (up.size() != 1) {
          break;
        }
        at = up.get(0).to();
        chain.add(at);
        // the chain may stop at any member; each prefix is a chain of single parents, usable if
        // its last member may be part of its first (a principle may be part of a concept, but
        // not the other way round)
        if (RelationType.PART_OF.allows(at.kind(), entity.kind())) {
          chains.add(new ArrayList<>(chain));
        }
      }
    }
    if (!chains.isEmpty() && d.chance(75)) {
      List<EntityId> chain = d.pick(chains);
      EntityId first = chain.get(0);
      EntityId last = chain.get(chain.size() - 1);
      Relation closing = relation(d, last, RelationType.PART_OF, first, graph.ofKind(Kind.SOURCE).stream().map(Entity::id).collect(Collectors.toList()));
      relations.add(d.between(0, relations.size()), closing);
      members.addAll(chain);
      return "added " + closing.describe() + ", closing the chain " + chain;
    }
    int size = d.between(2, 4);
    List<EntityId> fresh = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      EntityId id = EntityId.of(Kind.INITIATIVE, "zz-cycle-" + i);
      fresh.add(id);
      entities.add(d.between(0, entities.size()), Initiative.builder().id(id).name(localized(d)).initiativeKind(d.pick(InitiativeKind.values())).build());
    }
    for (int i = 0; i < size; i++) {
      relations.add(d.between(0, relations.size()), Relation.of(fresh.get(i), RelationType.PART_OF, fresh.get((i + 1) % size)));
    }
    members.addAll(fresh);
    return "added the initiatives " + fresh + ", each part of the next and the last part of the first";
  }

  /** Returns a builder holding every attribute of a relation, to make a changed copy. */
  public static Relation.Builder copy(Relation relation) {
    Relation.Builder copy = Relation.builder().from(relation.from()).type(relation.type()).to(relation.to()).addAllCitations(relation.citations());
    relation.period().ifPresent(copy::period);
    relation.share().ifPresent(copy::share);
    relation.note().ifPresent(copy::note);
    return copy;
  }

  /** Returns a copy of any entity with another name. */
  public static Entity withName(Entity entity, LocalizedText name) {
    if (entity instanceof Principle) {
      return Principle.builder().from((Principle) entity).name(name).build();
    } else if (entity instanceof Goal) {
      return Goal.builder().from((Goal) entity).name(name).build();
    } else if (entity instanceof Theme) {
      return Theme.builder().from((Theme) entity).name(name).build();
    } else if (entity instanceof Concept) {
      return Concept.builder().from((Concept) entity).name(name).build();
    } else if (entity instanceof Initiative) {
      return Initiative.builder().from((Initiative) entity).name(name).build();
    } else if (entity instanceof Actor) {
      return Actor.builder().from((Actor) entity).name(name).build();
    } else if (entity instanceof Event) {
      return Event.builder().from((Event) entity).name(name).build();
    } else if (entity instanceof Perspective) {
      return Perspective.builder().from((Perspective) entity).name(name).build();
    } else {
      return Source.builder().from((Source) entity).name(name).build();
    }
  }

  /**
   * Arbitrary identifiers of other systems, 1 to 16 code points: ASCII (with {@code ~}, {@code %},
   * {@code /}, {@code :} and space), control characters, accented Latin, CJK and characters outside
   * the Basic Multilingual Plane. Never unpaired surrogates, which no UTF-8 text can carry. Short
   * enough to stay within the slug limit once percent-encoded (at most 12 characters per code
   * point).
   */
  public static Gen<String> foreignIdentifiers() {
    return from(
        d -> {
          int length = d.between(1, 16);
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < length; i++) {
            int codePoint;
            switch (d.between(0, 5)) {
              case 0:
                codePoint = d.pick('~', '%', '/', ':', ' ', '-', '.', '_', '#', '?', '+');
                break;
              case 1:
                codePoint = d.between(0x20, 0x7e);
                break;
              case 2:
                codePoint = d.between(0x00, 0x1f);
                break;
              case 3:
                codePoint = d.between(0xa0, 0x17f);
                break;
              case 4:
                codePoint = d.between(0x4e00, 0x9fff);
                break;
              default:
                codePoint = d.between(0x10000, 0x10ffff);
                break;
            }
            text.appendCodePoint(codePoint);
          }
          return text.toString();
        });
  }

  /** All the relation types the generator produces, for coverage assertions. */
  public static final ImmutableList<RelationType> GENERATED_RELATION_TYPES =
      ImmutableList.of(
          RelationType.EMBODIES, RelationType.ADVANCES, RelationType.ADDRESSES, RelationType.BENEFITS,
          RelationType.FUNDS, RelationType.IMPLEMENTS, RelationType.LEADS, RelationType.PART_OF,
          RelationType.MEMBER_OF, RelationType.PARTICIPATES_IN, RelationType.ORIGINATES_IN,
          RelationType.CONTRASTS_WITH, RelationType.AIMS_AT, RelationType.HOLDS, RelationType.CONCERNS);
}
