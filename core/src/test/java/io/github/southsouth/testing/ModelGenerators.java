package io.github.southsouth.testing;

import com.google.common.collect.ImmutableList;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    /** Returns an int in [min, max], shrinking towards min. */
    public int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
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
        actor.iso3(iso3).iso2(iso3.substring(0, 2)).m49(String.format("%03d", d.between(1, 999)));
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
      Financing.Builder financing =
          Financing.builder().instrument(d.pick(Instrument.values())).stage(d.pick(FinancingStage.values()));
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

  /** All the relation types the generator produces, for coverage assertions. */
  public static final ImmutableList<RelationType> GENERATED_RELATION_TYPES =
      ImmutableList.of(
          RelationType.EMBODIES, RelationType.ADVANCES, RelationType.ADDRESSES, RelationType.BENEFITS,
          RelationType.FUNDS, RelationType.IMPLEMENTS, RelationType.LEADS, RelationType.PART_OF,
          RelationType.MEMBER_OF, RelationType.PARTICIPATES_IN, RelationType.ORIGINATES_IN,
          RelationType.CONTRASTS_WITH, RelationType.AIMS_AT, RelationType.HOLDS, RelationType.CONCERNS);
}
