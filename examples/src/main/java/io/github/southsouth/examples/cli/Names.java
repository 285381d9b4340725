package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Coded;
import io.github.southsouth.model.ConditionalityState;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.InitiativeStatus;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Stance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Resolves what users type to ids and codes: a full id ({@code principle:non-conditionality}), a
 * bare slug ({@code non-conditionality}) or a name in any language ({@code africa}, {@code 互利},
 * {@code hu li}); and vocabulary codes in any case, with {@code _} or spaces for {@code -}.
 */
final class Names {

  private static final int MAX_LISTED = 12;

  private Names() {}

  /**
   * Resolves an entity of a kind (or of any kind, when {@code kind} is null).
   *
   * @param option the option, for messages, e.g. {@code --principle}
   * @param what what the option expects, for messages, e.g. {@code principle}
   * @param accept which entities are acceptable
   * @throws CommandLine.ParameterException naming the candidates when none or several match
   */
  static EntityId entity(CommandSpec spec, CooperationGraph graph, String option, String text, Kind kind,
      String what, Predicate<? super Entity> accept) {
    Optional<EntityId> direct = direct(spec, graph, option, text, kind, what, accept);
    if (direct.isPresent()) {
      return direct.get();
    }
    List<Entity> found = matches(spec, graph, option, text, kind, accept);
    if (found.isEmpty()) {
      throw CliSupport.usage(spec, option + ": no " + what + " named '" + text + "'" + listing(graph, kind, accept));
    }
    return single(spec, option, text, what, found);
  }

  /**
   * Resolves a place for {@code --region}: a region by id or name; failing that, a country, group
   * or forum (an initiative is "in" the areas its beneficiaries belong to).
   */
  static EntityId area(CommandSpec spec, CooperationGraph graph, String option, String text) {
    Predicate<Entity> region = e -> isOf(e, EnumSet.of(ActorType.REGION));
    Predicate<Entity> other = e -> isOf(e, EnumSet.of(ActorType.COUNTRY, ActorType.GROUP, ActorType.FORUM));
    Optional<EntityId> direct = direct(spec, graph, option, text, Kind.ACTOR, "region or country", region.or(other));
    if (direct.isPresent()) {
      return direct.get();
    }
    List<Entity> found = matches(spec, graph, option, text, Kind.ACTOR, region);
    if (found.isEmpty()) {
      found = matches(spec, graph, option, text, Kind.ACTOR, other);
    }
    if (found.isEmpty()) {
      throw CliSupport.usage(spec, option + ": no region or country named '" + text + "' in the data");
    }
    return single(spec, option, text, "place", found);
  }

  /** A full id, or a bare slug of the kind. */
  private static Optional<EntityId> direct(CommandSpec spec, CooperationGraph graph, String option, String text,
      Kind kind, String what, Predicate<? super Entity> accept) {
    String trimmed = text.trim();
    Optional<EntityId> parsed = trimmed.contains(":") ? EntityId.tryParse(trimmed) : Optional.empty();
    if (parsed.isPresent()) {
      EntityId id = parsed.get();
      if (kind != null && id.kind() != kind) {
        throw CliSupport.usage(spec, option + " expects a " + what + ", got " + id + " (" + id.kind().withArticle() + ")");
      }
      if (graph.find(id).filter(accept).isEmpty()) {
        throw CliSupport.usage(spec, option + ": no " + what + " " + id + " in the data");
      }
      return parsed;
    }
    String slug = trimmed.toLowerCase(Locale.ROOT);
    if (kind != null && EntityId.isValidSlug(slug)) {
      EntityId id = EntityId.of(kind, slug);
      if (graph.find(id).filter(accept).isPresent()) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** Entities whose names contain the text; only the exact matches if there are any. */
  private static List<Entity> matches(CommandSpec spec, CooperationGraph graph, String option, String text,
      Kind kind, Predicate<? super Entity> accept) {
    List<Entity> found;
    try {
      found = (kind == null ? graph.findByName(text) : graph.findByName(text, kind))
          .stream().filter(accept).collect(Collectors.toList());
    } catch (IllegalArgumentException e) {
      throw CliSupport.usage(spec, option + ": '" + text + "' is no name: give an id or a name with letters");
    }
    String key = CooperationGraph.nameForm(text);
    List<Entity> exact = new ArrayList<>();
    for (Entity entity : found) {
      if (entity.name().texts().values().stream().anyMatch(name -> CooperationGraph.nameForm(name).equals(key))) {
        exact.add(entity);
      }
    }
    return exact.isEmpty() ? found : exact;
  }

  private static EntityId single(CommandSpec spec, String option, String text, String what, List<Entity> found) {
    if (found.size() == 1) {
      return found.get(0).id();
    }
    throw CliSupport.usage(spec, option + ": '" + text + "' matches " + found.size() + " " + what
        + "s; give one of these ids:" + describe(found));
  }

  private static boolean isOf(Entity entity, Set<ActorType> types) {
    return entity instanceof Actor && types.contains(((Actor) entity).actorType());
  }

  private static String listing(CooperationGraph graph, Kind kind, Predicate<? super Entity> accept) {
    if (kind == null) {
      return "";
    }
    List<Entity> all = graph.ofKind(kind).stream().filter(accept).collect(Collectors.toList());
    if (all.isEmpty() || all.size() > MAX_LISTED) {
      return "";
    }
    return "; there are:" + describe(all);
  }

  private static String describe(List<Entity> entities) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (Entity entity : entities) {
      if (shown++ == MAX_LISTED) {
        text.append(System.lineSeparator()).append("  ... and ").append(entities.size() - MAX_LISTED).append(" more");
        break;
      }
      text.append(System.lineSeparator()).append("  ").append(entity.id()).append("  ").append(entity.name().english());
    }
    return text.toString();
  }

  /** Looks up a vocabulary code in any case, with {@code _} or spaces for {@code -}. */
  static <E extends Enum<E> & Coded> Optional<E> code(Class<E> type, String text) {
    String code = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    return Coded.fromCode(type, code);
  }

  /** A picocli converter and candidate list for a vocabulary enum. */
  abstract static class CodeConverter<E extends Enum<E> & Coded>
      implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;

    CodeConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      return code(type, value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "'" + value + "' is not one of " + Coded.codesOf(type)));
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(type.getEnumConstants()).map(Coded::code).iterator();
    }
  }

  /** Instruments. */
  static final class Instruments extends CodeConverter<Instrument> {
    Instruments() {
      super(Instrument.class);
    }
  }

  /** Conditionality states. */
  static final class ConditionalityStates extends CodeConverter<ConditionalityState> {
    ConditionalityStates() {
      super(ConditionalityState.class);
    }
  }

  /** Initiative statuses. */
  static final class Statuses extends CodeConverter<InitiativeStatus> {
    Statuses() {
      super(InitiativeStatus.class);
    }
  }

  /** Stances of perspectives. */
  static final class Stances extends CodeConverter<Stance> {
    Stances() {
      super(Stance.class);
    }
  }

  /** Initiative kinds. */
  static final class InitiativeKinds extends CodeConverter<InitiativeKind> {
    InitiativeKinds() {
      super(InitiativeKind.class);
    }
  }

  /** An actor's roles in an initiative. */
  static final class Roles implements CommandLine.ITypeConverter<RelationType>, Iterable<String> {
    private static final List<RelationType> ROLES = List.of(
        RelationType.FUNDS, RelationType.IMPLEMENTS, RelationType.LEADS, RelationType.BENEFITS,
        RelationType.PARTICIPATES_IN);

    @Override
    public RelationType convert(String value) {
      return code(RelationType.class, value).filter(ROLES::contains).orElseThrow(() ->
          new CommandLine.TypeConversionException("'" + value + "' is not a role: expected one of "
              + String.join(", ", this)));
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return ROLES.stream().map(RelationType::code).iterator();
    }
  }
}
