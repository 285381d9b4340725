package io.github.southsouth.benchmarks;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Goal;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Money;
import io.github.southsouth.model.MoneyBasis;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Principle;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic generator of realistic, valid southsouth graphs of any size: countries and
 * organisations, principles and goals, and initiatives with bilingual names, financing in two
 * bases, sectors and the relations an importer would make (funds, benefits with shares, embodies,
 * advances, part-of). The same seed and size always give the same graph.
 */
public final class SyntheticGraphs {

  private static final String[] WORDS = {
    "Solar", "Railway", "Port", "Hospital", "Water", "Road", "School", "Bridge", "Grid", "Fibre",
    "Training", "Irrigation", "Stadium", "Airport", "Housing", "Dam",
  };
  private static final String[] HANZI = {"太阳能", "铁路", "港口", "医院", "供水", "公路", "学校", "桥梁", "电网", "光纤"};
  private static final String[] CURRENCIES = {"USD", "CNY", "EUR", "KES", "XOF"};

  /** How many countries every synthetic graph has: {@code actor:c0} to {@code actor:c199}. */
  public static final int COUNTRIES = 200;

  private SyntheticGraphs() {}

  /**
   * Returns a graph with the given number of initiatives.
   *
   * @param seed the seed
   * @param initiatives how many initiatives
   * @return the graph
   */
  public static CooperationGraph graph(long seed, int initiatives) {
    CooperationGraph.Builder graph = CooperationGraph.builder();
    generate(seed, initiatives, graph::addEntity, graph::addRelation, graph::info);
    return graph.build();
  }

  /**
   * Generates a graph record by record, without holding it: for streaming writes.
   *
   * @param seed the seed
   * @param initiatives how many initiatives
   * @param entities receives each entity
   * @param relations receives each relation
   * @param info receives the dataset metadata
   */
  public static void generate(
      long seed, int initiatives, Consumer<Entity> entities, Consumer<Relation> relations, Consumer<DatasetInfo> info) {
    SplittableRandom random = new SplittableRandom(seed);
    EntityId essay = EntityId.of(Kind.SOURCE, "essay");
    info.accept(
        DatasetInfo.builder()
            .title(LocalizedText.of(Map.of("en", "Synthetic cooperation data", "zh-Hans", "合成合作数据")))
            .version("1")
            .license("CC0-1.0")
            .addSource(essay)
            .build());
    entities.accept(Source.builder().id(essay).name(LocalizedText.english("Synthetic source")).sourceKind(SourceKind.DATASET).build());
    List<EntityId> countries = new ArrayList<>();
    for (int i = 0; i < COUNTRIES; i++) {
      EntityId id = EntityId.of(Kind.ACTOR, "c" + i);
      countries.add(id);
      entities.accept(
          Actor.builder()
              .id(id)
              .name(LocalizedText.of(Map.of("en", "Country " + i, "zh-Hans", "国家" + i)))
              .actorType(ActorType.COUNTRY)
              .m49(String.format(Locale.ROOT, "%03d", i + 1))
              .build());
    }
    List<EntityId> principles = new ArrayList<>();
    List<EntityId> goals = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      EntityId p = EntityId.of(Kind.PRINCIPLE, "p" + i);
      EntityId g = EntityId.of(Kind.GOAL, "g" + i);
      principles.add(p);
      goals.add(g);
      entities.accept(Principle.builder().id(p).name(LocalizedText.of(Map.of("en", "Principle " + i, "zh-Hans", "原则" + i, "zh-Latn-pinyin", "Yuánzé " + i))).addCitation(Citation.of(essay, "Principles")).build());
      entities.accept(Goal.builder().id(g).name(LocalizedText.of(Map.of("en", "Goal " + i, "zh-Hans", "目标" + i))).build());
    }
    EntityId previous = null;
    for (int i = 0; i < initiatives; i++) {
      EntityId id = EntityId.of(Kind.INITIATIVE, "i" + i);
      String word = WORDS[random.nextInt(WORDS.length)];
      EntityId financier = countries.get(random.nextInt(countries.size()));
      int year = 2000 + random.nextInt(25);
      BigDecimal amount = BigDecimal.valueOf(random.nextLong(1_000_000L, 2_000_000_000L));
      Initiative.Builder initiative =
          Initiative.builder()
              .id(id)
              .name(LocalizedText.of(Map.of("en", word + " project " + i, "zh-Hans", HANZI[random.nextInt(HANZI.length)] + "项目" + i)))
              .summary(LocalizedText.english("A synthetic " + word.toLowerCase(Locale.ROOT) + " project financed in " + year + "."))
              .initiativeKind(InitiativeKind.PROJECT)
              .status(InitiativeStatus.values()[random.nextInt(InitiativeStatus.values().length)])
              .period(Period.of(PartialDate.of(year, 1 + random.nextInt(12)), PartialDate.of(year + 1 + random.nextInt(5))))
              .addInstrument(Instrument.CONCESSIONAL_LOAN)
              .addFinancing(
                  Financing.builder()
                      .instrument(Instrument.CONCESSIONAL_LOAN)
                      .stage(FinancingStage.COMMITMENT)
                      .addAmount(Money.of(amount, CURRENCIES[random.nextInt(CURRENCIES.length)]))
                      .addAmount(Money.of(amount.movePointLeft(2).multiply(BigDecimal.valueOf(117)), "USD", MoneyBasis.constant(2021)))
                      .financier(financier)
                      .date(PartialDate.of(year))
                      .putAttribute("aiddata.flowClass", random.nextBoolean() ? "ODA-like" : "OOF-like")
                      .build())
              .addSector(Sector.builder().code(String.valueOf(11110 + random.nextInt(80000))).share(BigDecimal.valueOf(100)).build())
              .putExternalId("aiddata", String.valueOf(10000 + i))
              .addCitation(Citation.of(essay, "row " + (i + 2)));
      entities.accept(initiative.build());
      relations.accept(Relation.of(financier, RelationType.FUNDS, id));
      EntityId recipient = countries.get(random.nextInt(countries.size()));
      if (!recipient.equals(financier)) {
        relations.accept(Relation.builder().from(id).type(RelationType.BENEFITS).to(recipient).share(BigDecimal.valueOf(100)).build());
      }
      relations.accept(Relation.of(id, RelationType.EMBODIES, principles.get(random.nextInt(principles.size()))));
      relations.accept(Relation.of(id, RelationType.ADVANCES, goals.get(random.nextInt(goals.size()))));
      if (previous != null && random.nextInt(10) == 0) {
        relations.accept(Relation.of(id, RelationType.PART_OF, previous));
      }
      previous = id;
    }
  }
}
