package io.github.southsouth.serialization.json;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.DatasetInfo;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.BudgetKind;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.Concept;
import io.github.southsouth.model.Condition;
import io.github.southsouth.model.ConditionType;
import io.github.southsouth.model.Collateral;
import io.github.southsouth.model.Conditionality;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Event;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.FlowDirection;
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
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemReport;
import io.github.southsouth.serialization.Leniency;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReadPolicy;
import io.github.southsouth.serialization.json.internal.Codec;
import io.github.southsouth.serialization.json.internal.DatasetInfoCodec;
import io.github.southsouth.serialization.json.internal.EntityCodec;
import io.github.southsouth.serialization.json.internal.FinancingCodec;
import io.github.southsouth.serialization.json.internal.RelationCodec;
import io.github.southsouth.serialization.json.internal.Cursor;
import io.github.southsouth.serialization.json.internal.DocumentReader;
import io.github.southsouth.serialization.json.internal.FatalReadException;
import io.github.southsouth.serialization.json.internal.GraphAssembler;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of southsouth: hand-written serializers and deserializers for every model
 * value — entities of every kind, relations, ids, localized text, dates, periods, money, financing,
 * sectors, conditionality, citations, every vocabulary enum (by its wire code), dataset metadata and
 * whole {@link CooperationGraph}s (as native documents) — so that an application can put model
 * objects straight into its own JSON API. The mapping is the one of the native format
 * (docs/FORMAT.md), shared with {@link NativeReader} and {@link NativeWriter}. No reflection over
 * generated classes.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SouthSouthModule()).build();
 * String json = mapper.writeValueAsString(initiative);
 * Initiative back = mapper.readValue(json, Initiative.class);
 * }</pre>
 *
 * <p>The module is declared for {@link java.util.ServiceLoader} (in {@code
 * META-INF/services/tools.jackson.databind.JacksonModule} and with {@code provides} in the module
 * descriptor), so {@code JsonMapper.builder().findAndAddModules()} registers it like Jackson's own
 * modules, on the class path and on the module path.
 *
 * <p>Bad input makes the mapper throw a {@code DatabindException} whose message lists the problems
 * in southsouth's words, each with line and column. A graph read through the module is validated
 * like any other. The limits on untrusted input are those of the mapper's own factory.
 *
 * <p>Thread-safe once registered.
 *
 * @since 0.1.0
 */
public final class SouthSouthModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name. */
  public static final String NAME = "southsouth";

  /** The module's version, that of southsouth-serialization. */
  public static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "io.github.southsouth", "southsouth-serialization");

  /** Creates the module. */
  public SouthSouthModule() {
    super(NAME, VERSION);
    both(Entity.class, EntityCodec::writeEntity, c -> c.entities().readEntity(null));
    entity(Principle.class, Kind.PRINCIPLE);
    entity(Goal.class, Kind.GOAL);
    entity(Theme.class, Kind.THEME);
    entity(Concept.class, Kind.CONCEPT);
    entity(Initiative.class, Kind.INITIATIVE);
    entity(Actor.class, Kind.ACTOR);
    entity(Event.class, Kind.EVENT);
    entity(Perspective.class, Kind.PERSPECTIVE);
    entity(Source.class, Kind.SOURCE);
    both(Relation.class, RelationCodec::writeRelation, c -> c.relations().readRelation());
    both(EntityId.class, (g, id) -> g.writeString(id.toString()), c -> c.readId("an entity id"));
    both(LocalizedText.class, Codec::writeLocalized, Codec::readLocalized);
    both(PartialDate.class, Codec::writeDate, Codec::readDate);
    both(Period.class, Codec::writePeriod, Codec::readPeriod);
    both(Money.class, FinancingCodec::writeMoney, c -> c.financing().readMoney());
    both(MoneyBasis.class, (g, b) -> g.writeString(b.code()), c -> c.financing().readBasis());
    both(Citation.class, Codec::writeCitation, Codec::readCitation);
    both(Financing.class, FinancingCodec::writeFinancing, c -> c.financing().readFinancing());
    both(LoanTerms.class, FinancingCodec::writeLoanTerms, c -> c.financing().readLoanTerms());
    both(Sector.class, FinancingCodec::writeSector, c -> c.financing().readSector());
    both(Conditionality.class, FinancingCodec::writeConditionality, c -> c.financing().readConditionality());
    both(Collateral.class, FinancingCodec::writeCollateral, c -> c.financing().readCollateral());
    both(Condition.class, FinancingCodec::writeCondition, c -> c.financing().readCondition());
    both(DatasetInfo.class, DatasetInfoCodec::writeDatasetInfo, c -> c.datasetInfo().readDatasetInfo());
    both(CooperationGraph.class, NativeWriter::writeDocument, SouthSouthModule::readGraph);
    code(ActorType.class, "actor type");
    code(BudgetKind.class, "budget kind");
    code(ConditionType.class, "condition type");
    code(ConditionalityState.class, "conditionality state");
    code(FinancingStage.class, "financing stage");
    code(InitiativeKind.class, "initiative kind");
    code(InitiativeStatus.class, "initiative status");
    code(Instrument.class, "instrument");
    code(FlowDirection.class, "flow direction");
    code(Kind.class, "kind");
    code(RelationType.class, "relation type");
    code(SectorVocabulary.class, "sector vocabulary");
    code(SourceKind.class, "source kind");
    code(Stance.class, "stance");
  }

  private <T extends Entity> void entity(Class<T> type, Kind kind) {
    both(type, EntityCodec::writeEntity, c -> type.cast(c.entities().readEntity(kind)));
  }

  private <E extends Enum<E> & Coded> void code(Class<E> type, String what) {
    both(type, (g, e) -> g.writeString(e.code()), c -> c.readCode(type, what));
  }

  private <T> void both(
      Class<T> type, BiConsumer<JsonGenerator, ? super T> write, Function<Codec, @Nullable T> read) {
    addSerializer(type, new Ser<>(type, write));
    addDeserializer(type, new Deser<>(type, read));
  }

  private static @Nullable CooperationGraph readGraph(Codec codec) {
    Cursor cursor = codec.cursor();
    GraphAssembler assembler = new GraphAssembler(cursor.problems(), ProblemReport.DEFAULT_LIMIT);
    new DocumentReader(ReadOptions.defaults(), NativeReader.DEFAULT_MAX_YAML_ALIASES).readValue(cursor, assembler);
    if (cursor.problems().hasErrors()) {
      return null;
    }
    return assembler.finish();
  }

  /** Serializes one type with its write function. */
  private static final class Ser<T> extends StdSerializer<T> {
    private final transient BiConsumer<JsonGenerator, ? super T> write;

    Ser(Class<T> type, BiConsumer<JsonGenerator, ? super T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      write.accept(g, value);
    }
  }

  /** Deserializes one type with its read function, turning problems into one clear message. */
  private static final class Deser<T> extends StdDeserializer<T> {
    private final transient Function<Codec, @Nullable T> read;
    private final String typeName;

    Deser(Class<T> type, Function<Codec, @Nullable T> read) {
      super(type);
      this.read = read;
      this.typeName = type.getSimpleName();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      ProblemReport.Collector problems = ProblemReport.collector(20);
      Cursor cursor = new Cursor(p, null, problems, ReadPolicy.of(Leniency.STRICT), 0, 1000);
      T value;
      try {
        value = read.apply(new Codec(cursor));
      } catch (FatalReadException e) {
        problems.add(e.problem());
        value = null;
      }
      if (value == null || problems.hasErrors()) {
        StringBuilder message = new StringBuilder("cannot read a southsouth ").append(typeName).append(": ");
        String separator = "";
        for (Problem problem : problems.build().problems()) {
          message.append(separator).append(problem);
          separator = "; ";
        }
        return context.reportInputMismatch(this, "%s", message.toString());
      }
      return value;
    }
  }
}
