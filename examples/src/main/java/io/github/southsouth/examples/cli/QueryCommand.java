package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.InitiativeQuery;
import io.github.southsouth.graph.PerspectiveQuery;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Period;
import io.github.southsouth.model.Perspective;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Stance;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.json.SouthSouthModule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code southsouth query}: the initiatives that match every filter given, or with {@code
 * --perspectives} the perspectives.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "List the initiatives, or the perspectives, that match filters.",
    description = {
      "List the initiatives that match every filter given (repeat a filter to match any of its values). Entities can be given by id (principle:non-conditionality), by the part after the colon (non-conditionality) or by name in English, Chinese or pinyin (africa, 互利, hu li). A region matches the initiatives benefiting it or any of its member countries. A principle or goal matches the initiatives that embody or advance it, and everything part of them: the projects of a programme, and imported records classified into one of the dataset's programmes by its matching rules.",
      "With --perspectives, list the perspectives instead, filtered by --about, --stance and --holder: a perspective's stance is its stance towards each entity it is about, so --about belt-and-road --stance critical lists the perspectives critical of the Belt and Road Initiative, not those critical of a label applied to it."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth query --principle non-conditionality --region africa",
      "  southsouth query --instrument interest-free-loan --from 2015 --format json",
      "  southsouth query --actor china --role funds --theme energy",
      "  southsouth query --principle 互利 --lang zh-Hans",
      "  southsouth query --data gcdf.json --region 'Eastern Africa' --conditionality attached",
      "  southsouth query --perspectives --about belt-and-road --stance critical"
    })
final class QueryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--principle", paramLabel = "PRINCIPLE",
      description = "Embodying this principle, directly or as part (directly or not) of a programme or framework that does.")
  List<String> principles = new ArrayList<>();

  @Option(names = "--goal", paramLabel = "GOAL",
      description = "Advancing this goal, directly or as part (directly or not) of a programme or framework that does.")
  List<String> goals = new ArrayList<>();

  @Option(names = "--theme", paramLabel = "THEME", description = "Addressing this area of contribution.")
  List<String> themes = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "ACTOR",
      description = "Involving this actor (a country, organisation, ...), in any role or those of --role.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--role", paramLabel = "ROLE", converter = Names.Roles.class,
      completionCandidates = Names.Roles.class,
      description = "The role of the --actor: ${COMPLETION-CANDIDATES}.")
  List<RelationType> roles = new ArrayList<>();

  @Option(names = "--region", paramLabel = "REGION",
      description = "Benefiting this region or country, or a member of it (africa, m49-014, kenya).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--part-of", paramLabel = "INITIATIVE",
      description = "Part of this framework or programme, directly or not.")
  List<String> frameworks = new ArrayList<>();

  @Option(names = "--instrument", paramLabel = "INSTRUMENT", converter = Names.Instruments.class,
      completionCandidates = Names.Instruments.class, description = "Using this instrument: ${COMPLETION-CANDIDATES}.")
  List<Instrument> instruments = new ArrayList<>();

  @Option(names = "--conditionality", paramLabel = "STATE", converter = Names.ConditionalityStates.class,
      completionCandidates = Names.ConditionalityStates.class,
      description = "Reporting conditions as: ${COMPLETION-CANDIDATES}.")
  List<ConditionalityState> conditionality = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
      description = "Active on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  PartialDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
      description = "Active on or before DATE.")
  PartialDate to;

  @Option(names = "--status", paramLabel = "STATUS", converter = Names.Statuses.class,
      completionCandidates = Names.Statuses.class, description = "With this status: ${COMPLETION-CANDIDATES}.")
  List<InitiativeStatus> statuses = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", converter = Names.InitiativeKinds.class,
      completionCandidates = Names.InitiativeKinds.class, description = "Of this kind: ${COMPLETION-CANDIDATES}.")
  List<InitiativeKind> kinds = new ArrayList<>();

  @Option(names = "--perspectives",
      description = "List perspectives instead of initiatives, filtered by --about, --stance and --holder.")
  boolean perspectives;

  @Option(names = "--about", paramLabel = "ENTITY",
      description = "Perspectives about this entity, of any kind (belt-and-road, debt-trap-diplomacy, china).")
  List<String> about = new ArrayList<>();

  @Option(names = "--stance", paramLabel = "STANCE", converter = Names.Stances.class,
      completionCandidates = Names.Stances.class,
      description = "Perspectives taking this stance towards what they are about: ${COMPLETION-CANDIDATES}.")
  List<Stance> stances = new ArrayList<>();

  @Option(names = "--holder", paramLabel = "ACTOR", description = "Perspectives held by this actor.")
  List<String> holders = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json.")
  String format;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
      description = "Language of the names in the table, e.g. zh-Hans, zh-Latn-pinyin (default: en).")
  String lang;

  @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
      description = "Query these files (read together as one dataset) instead of the bundled dataset.")
  List<String> data = new ArrayList<>();

  @Mixin CliSupport.ReadOptionsMixin read;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("json")) {
      throw CliSupport.usage(spec, "--format is table or json, got '" + format + "'");
    }
    if (!roles.isEmpty() && actors.isEmpty()) {
      throw CliSupport.usage(spec, "--role needs --actor: the role of which actor?");
    }
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw CliSupport.usage(spec, "--from " + from + " is after --to " + to);
    }
    boolean perspectiveFilters = !about.isEmpty() || !stances.isEmpty() || !holders.isEmpty();
    if (perspectiveFilters && !perspectives) {
      throw CliSupport.usage(spec, "--about, --stance and --holder filter perspectives: add --perspectives");
    }
    if (perspectives && hasInitiativeFilters()) {
      throw CliSupport.usage(spec, "--perspectives lists perspectives: filter them with --about, --stance and --holder,"
          + " not with the initiative filters");
    }
    CooperationGraph graph = data.isEmpty() ? Seeds.load() : CliSupport.read(spec, data, read.options(spec), null);
    if (perspectives) {
      return perspectives(graph);
    }
    Optional<String> absent = absentFromData(graph);
    if (absent.isPresent()) {
      // A principle, goal or theme the bundled dataset knows but these files do not mention: an
      // honest empty answer, not a usage error.
      PrintWriter out = spec.commandLine().getOut();
      out.println("0 of " + graph.initiatives().size() + " initiatives: " + absent.get());
      out.flush();
      return 0;
    }
    InitiativeQuery query = graph.initiativeQuery();
    if (!principles.isEmpty()) {
      EntityId[] ids = ids(graph, "--principle", principles, Kind.PRINCIPLE, "principle");
      query = inherited(query, "embodying", ids, graph.initiativeQuery().embodying(ids));
    }
    if (!goals.isEmpty()) {
      EntityId[] ids = ids(graph, "--goal", goals, Kind.GOAL, "goal");
      query = inherited(query, "advancing", ids, graph.initiativeQuery().advancing(ids));
    }
    if (!themes.isEmpty()) {
      query = query.addressing(ids(graph, "--theme", themes, Kind.THEME, "theme"));
    }
    for (String actor : actors) {
      EntityId id = Names.entity(spec, graph, "--actor", actor, Kind.ACTOR, "actor", e -> true);
      query = query.involving(id, roles.toArray(RelationType[]::new));
    }
    if (!regions.isEmpty()) {
      EntityId[] areas = regions.stream().map(r -> Names.area(spec, graph, "--region", r)).toArray(EntityId[]::new);
      query = query.inRegion(areas);
    }
    if (!frameworks.isEmpty()) {
      query = query.partOf(ids(graph, "--part-of", frameworks, Kind.INITIATIVE, "initiative"));
    }
    if (!instruments.isEmpty()) {
      query = query.withInstrument(instruments.toArray(Instrument[]::new));
    }
    if (!conditionality.isEmpty()) {
      query = query.withConditionality(conditionality.toArray(ConditionalityState[]::new));
    }
    if (from != null || to != null) {
      query = query.overlapping(from == null ? Period.until(to) : to == null ? Period.from(from) : Period.of(from, to));
    }
    if (!statuses.isEmpty()) {
      query = query.withStatus(statuses.toArray(InitiativeStatus[]::new));
    }
    if (!kinds.isEmpty()) {
      query = query.ofKind(kinds.toArray(InitiativeKind[]::new));
    }
    List<Initiative> found = query.list();
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      json(query.toString(), "initiatives", found, out);
    } else {
      table(graph, query, found, out);
    }
    out.flush();
    return 0;
  }

  private boolean hasInitiativeFilters() {
    return !principles.isEmpty() || !goals.isEmpty() || !themes.isEmpty() || !actors.isEmpty() || !roles.isEmpty()
        || !regions.isEmpty() || !frameworks.isEmpty() || !instruments.isEmpty() || !conditionality.isEmpty()
        || from != null || to != null || !statuses.isEmpty() || !kinds.isEmpty();
  }

  /** Lists the perspectives that match --about, --stance and --holder. */
  private int perspectives(CooperationGraph graph) {
    PerspectiveQuery query = graph.perspectiveQuery();
    if (!about.isEmpty()) {
      query = query.about(about.stream().map(text -> target(graph, text)).toArray(EntityId[]::new));
    }
    if (!stances.isEmpty()) {
      query = query.withStance(stances.toArray(Stance[]::new));
    }
    if (!holders.isEmpty()) {
      query = query.heldBy(holders.stream()
          .map(text -> Names.entity(spec, graph, "--holder", text, Kind.ACTOR, "actor", e -> true))
          .toArray(EntityId[]::new));
    }
    List<Perspective> found = query.list();
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      json(query.toString(), "perspectives", found, out);
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"ID", "STANCE", "HOLDER", "CLAIM"});
      for (Perspective perspective : found) {
        rows.add(new String[] {
          perspective.id().toString(),
          perspective.stance().code(),
          graph.get(perspective.holder()).name().best(lang, "en"),
          perspective.claim().best(lang, "en")
        });
      }
      print(rows, out);
      if (!found.isEmpty()) {
        out.println();
      }
      out.println(found.size() + " of " + graph.perspectives().size() + " " + named(graph, query.toString()));
    }
    out.flush();
    return 0;
  }

  /** An entity of any kind: an id, a slug that names one entity, or a name. */
  private EntityId target(CooperationGraph graph, String text) {
    String slug = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (!slug.contains(":") && EntityId.isValidSlug(slug)) {
      List<EntityId> bySlug = Arrays.stream(Kind.values())
          .map(kind -> EntityId.of(kind, slug))
          .filter(graph::contains)
          .collect(Collectors.toList());
      if (bySlug.size() == 1) {
        return bySlug.get(0);
      }
    }
    return Names.entity(spec, graph, "--about", text, null, "entity", e -> true);
  }

  /**
   * Keeps the initiatives that {@code direct} matches, and those that are part of one of them,
   * transitively: an imported record classified into a programme, or CPEC as part of Belt and Road.
   */
  private static InitiativeQuery inherited(
      InitiativeQuery query, String verb, EntityId[] targets, InitiativeQuery direct) {
    Set<EntityId> ids = new HashSet<>(direct.ids());
    if (!ids.isEmpty()) {
      ids.addAll(direct.graph().initiativeQuery().partOf(ids.toArray(EntityId[]::new)).ids());
    }
    String names = Arrays.stream(targets).map(EntityId::toString).collect(Collectors.joining(", "));
    return query.matching(verb + " " + names + ", directly or as part of a programme that does", i -> ids.contains(i.id()));
  }

  /**
   * With {@code --data}, says which --principle, --goal or --theme the files do not hold although
   * the bundled dataset does; then no initiative of the files can match.
   */
  private Optional<String> absentFromData(CooperationGraph graph) {
    if (data.isEmpty()) {
      return Optional.empty();
    }
    String[][] filters = {{"--principle", "principle", "embodies"}, {"--goal", "goal", "advances"}, {"--theme", "theme", "addresses"}};
    List<List<String>> values = List.of(principles, goals, themes);
    Kind[] kinds = {Kind.PRINCIPLE, Kind.GOAL, Kind.THEME};
    for (int f = 0; f < filters.length; f++) {
      for (String text : values.get(f)) {
        try {
          Names.entity(spec, graph, filters[f][0], text, kinds[f], filters[f][1], e -> true);
        } catch (CommandLine.ParameterException inData) {
          EntityId known;
          try {
            known = Names.entity(spec, Seeds.load(), filters[f][0], text, kinds[f], filters[f][1], e -> true);
          } catch (CommandLine.ParameterException inSeeds) {
            throw inData;
          }
          return Optional.of("the data holds no " + known + " (" + Seeds.load().get(known).name().english()
              + "), so none of its initiatives " + filters[f][2] + " it, directly or as part of a programme;"
              + " imported records are linked to the bundled programmes only where a matching rule applies");
        }
      }
    }
    return Optional.empty();
  }

  private EntityId[] ids(CooperationGraph graph, String option, List<String> texts, Kind kind, String what) {
    return texts.stream().map(t -> Names.entity(spec, graph, option, t, kind, what, e -> true)).toArray(EntityId[]::new);
  }

  private void table(CooperationGraph graph, InitiativeQuery query, List<Initiative> found, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "KIND", "STATUS", "PERIOD", "NAME"});
    for (Initiative initiative : found) {
      rows.add(new String[] {
        initiative.id().toString(),
        initiative.initiativeKind().code(),
        initiative.status().map(InitiativeStatus::code).orElse("-"),
        initiative.period().map(Period::toString).orElse("-"),
        initiative.name().best(lang, "en")
      });
    }
    print(rows, out);
    if (!found.isEmpty()) {
      out.println();
    }
    String words = query.toString().replaceFirst("^initiatives ?", "").replaceFirst("^all initiatives$", "");
    out.println(found.size() + " of " + graph.initiatives().size() + " initiatives"
        + (words.isEmpty() ? "" : " " + named(graph, words)));
  }

  /** Prints rows in aligned columns, the last one unpadded; nothing when there is only the header. */
  private static void print(List<String[]> rows, PrintWriter out) {
    if (rows.size() < 2) {
      return;
    }
    int last = rows.get(0).length - 1;
    int[] widths = new int[last];
    for (String[] row : rows) {
      for (int c = 0; c < last; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < last; c++) {
        line.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 2));
      }
      out.println(line.append(row[last]));
    }
  }

  /** Names the ids in the words of a query, once, so "in region actor:m49-002" reads as Africa too. */
  private String named(CooperationGraph graph, String words) {
    String named = words;
    for (Entity entity : graph.entities()) {
      String id = entity.id().toString();
      if (named.contains(id + ",") || named.endsWith(id) || named.contains(id + " ")) {
        named = named.replace(id, id + " (" + entity.name().best(lang, "en") + ")");
      }
    }
    return named;
  }

  /** Prints the query in words, the number found and what was found, as one JSON document. */
  private static void json(String query, String key, List<?> found, PrintWriter out) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("query", query);
    document.put("count", found.size());
    document.put(key, found);
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new SouthSouthModule())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
    out.println(mapper.writeValueAsString(document));
  }

  /** Converts {@code --from} and {@code --to}. */
  static final class DateConverter implements CommandLine.ITypeConverter<PartialDate> {
    @Override
    public PartialDate convert(String value) {
      try {
        return PartialDate.parse(value.trim());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
