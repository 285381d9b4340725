package io.github.southsouth.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.model.Money;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.testing.ModelGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One verdict: for generated valid documents and for each class of mutation, the shipped JSON
 * Schema and the reader accept or refuse together, except for the rules {@code docs/FORMAT.md}
 * lists as beyond a JSON Schema, where the schema accepts, the reader refuses, and the problem code
 * is the documented one.
 */
class SchemaAgreementProperties {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Object members that are maps with free keys (texts by language, identifiers, attributes). */
  private static final Set<String> MAPS =
      Set.of("name", "summary", "claim", "description", "title", "externalIds", "attributes");

  private static final Set<String> ENUM_FIELDS =
      Set.of("actorType", "initiativeKind", "status", "stance", "sourceKind", "type", "instrument",
          "stage", "vocabulary", "state");

  private static final List<String> BAD_DATES =
      List.of("1955-02-30", "2023-02-29", "1900-02-29", "1955-04-31", "1955-13", "1955-00",
          "0000", "1955-4-18", "18 April 1955", "19550418", "1955-04-18T00:00");

  private static final Map<String, List<String>> BAD_CODES =
      Map.of(
          "iso2", List.of("KEN1", "K", "ke", "K1", "KEN"),
          "iso3", List.of("K", "KE", "KENY", "ken", "K3N"),
          "m49", List.of("abc", "4040", "40", "4a4", "-04"),
          "currency", List.of("ABC", "XYZ", "QQQ", "usd", "US"));

  private static final List<String> BAD_SHARES =
      List.of("100.5", "101", "-1", "-0.01", "250", "1000", "100.0001");

  /** What is changed in a valid document. */
  enum Mutation {
    NONE(true), WRONG_ENUM(true), MISSING_FIELD(true), BAD_DATE(true), BAD_CODE(true),
    OUT_OF_RANGE_SHARE(true), EXTRA_FIELD(true), WRONG_TYPE(true),
    // Rules a JSON Schema cannot express (docs/FORMAT.md, "What the schema cannot check").
    REVERSED_PERIOD(false), DANGLING_ID(false), DUPLICATE_ID(false);

    final boolean schemaExpresses;

    Mutation(boolean schemaExpresses) {
      this.schemaExpresses = schemaExpresses;
    }
  }

  /** A mutated document, with what was done to it. */
  record Case(Mutation mutation, String what, String document) {
    @Override
    public String toString() {
      return mutation + ": " + what + "\n" + document;
    }
  }

  /** A member of an object in the document: the object and the member's name. */
  record Member(ObjectNode owner, String name) {}

  static Gen<Case> cases() {
    return ModelGenerators.from(
        d -> {
          ObjectNode root = (ObjectNode) JSON.readTree(NativeFormat.writer().writeToString(ModelGenerators.graph(d), Syntax.JSON));
          Mutation mutation = d.pick(Mutation.values());
          List<Member> members = new ArrayList<>();
          List<ObjectNode> records = new ArrayList<>();
          walk(root, members, records);
          String what = mutate(d, mutation, root, members, records);
          return new Case(what == null ? Mutation.NONE : mutation, what == null ? "nothing" : what, JSON.writeValueAsString(root));
        });
  }

  /** Collects every member and every record object (not free-key maps) of the document. */
  private static void walk(JsonNode node, List<Member> members, List<ObjectNode> records) {
    if (node instanceof ObjectNode object) {
      records.add(object);
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        members.add(new Member(object, e.getKey()));
        if (!MAPS.contains(e.getKey())) {
          walk(e.getValue(), members, records);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> walk(item, members, records));
    }
  }

  private static List<Member> named(List<Member> members, Set<String> names) {
    return members.stream().filter(m -> names.contains(m.name())).collect(Collectors.toList());
  }

  /** Applies the mutation somewhere it applies; returns what was done, or null if nowhere. */
  private static String mutate(ModelGenerators.Draw d, Mutation mutation, ObjectNode root, List<Member> members, List<ObjectNode> records) {
    switch (mutation) {
      case NONE:
        return null;
      case WRONG_ENUM: {
        List<Member> at = named(members, ENUM_FIELDS);
        if (at.isEmpty()) {
          return null;
        }
        Member m = d.pick(at);
        if (m.owner().get(m.name()).isString()) {
          m.owner().put(m.name(), d.pick("no-such-code", "Country", "COUNTRY", ""));
          return m.name() + " set to an unknown code";
        }
        return null;
      }
      case MISSING_FIELD: {
        List<Member> at = new ArrayList<>();
        for (ObjectNode record : records) {
          for (String required : List.of("id", "name", "actorType", "initiativeKind", "holder", "stance", "claim", "from", "type", "to", "amount", "currency", "source", "instrument", "amounts", "state", "code")) {
            if (record.has(required) && !(required.equals("name") && !record.has("id"))) {
              at.add(new Member(record, required));
            }
          }
        }
        if (at.isEmpty()) {
          return null;
        }
        Member m = d.pick(at);
        m.owner().remove(m.name());
        return m.name() + " removed";
      }
      case BAD_DATE: {
        List<Member> at = named(members, Set.of("start", "end", "date"));
        if (at.isEmpty()) {
          return null;
        }
        Member m = d.pick(at);
        String bad = d.pick(BAD_DATES);
        m.owner().put(m.name(), bad);
        return m.name() + " = " + bad;
      }
      case BAD_CODE: {
        List<Member> at = named(members, BAD_CODES.keySet());
        if (at.isEmpty()) {
          return null;
        }
        Member m = d.pick(at);
        String bad = d.pick(BAD_CODES.get(m.name()));
        m.owner().put(m.name(), bad);
        return m.name() + " = " + bad;
      }
      case OUT_OF_RANGE_SHARE: {
        List<Member> at = named(members, Set.of("share"));
        if (at.isEmpty()) {
          return null;
        }
        Member m = d.pick(at);
        String bad = d.pick(BAD_SHARES);
        m.owner().put(m.name(), bad);
        return "share = " + bad;
      }
      case EXTRA_FIELD: {
        ObjectNode record = d.pick(records);
        String field = d.pick("colour", "Name", "iso_2", "kind", "share ");
        if (record.has(field)) {
          return null;
        }
        record.put(field, "red");
        return "extra field " + field;
      }
      case WRONG_TYPE: {
        Member m = d.pick(members);
        JsonNode old = m.owner().get(m.name());
        if (old.isString()) {
          m.owner().put(m.name(), d.pick(42, 0));
        } else if (old.isArray()) {
          m.owner().put(m.name(), "not a list");
        } else if (old.isObject()) {
          m.owner().set(m.name(), NODES.arrayNode());
        } else {
          m.owner().put(m.name(), "1");
        }
        return m.name() + " given the wrong type";
      }
      case REVERSED_PERIOD: {
        List<ObjectNode> at = new ArrayList<>();
        members.stream().filter(m -> m.name().equals("period")).forEach(m -> at.add((ObjectNode) m.owner().get("period")));
        if (at.isEmpty()) {
          return null;
        }
        ObjectNode period = d.pick(at);
        period.put("start", "2020-05-01");
        period.put("end", "1955-04-18");
        return "period reversed";
      }
      case DANGLING_ID: {
        List<Member> at = named(members, Set.of("from", "to"));
        if (at.isEmpty()) {
          return null;
        }
        Member m = d.pick(at);
        String id = m.owner().get(m.name()).asString();
        m.owner().put(m.name(), id.substring(0, id.indexOf(':') + 1) + "nowhere-to-be-found");
        return m.name() + " names an id that no entity has";
      }
      case DUPLICATE_ID: {
        ArrayNode entities = (ArrayNode) root.get("entities");
        if (entities == null || entities.isEmpty()) {
          return null;
        }
        // An entity given twice, equal, is kept once; a different entity with the same id is the
        // duplicate the reader refuses.
        ObjectNode copy = (ObjectNode) entities.get(d.between(0, entities.size() - 1)).deepCopy();
        ((ObjectNode) copy.get("name")).put("en", "another entity with the same id");
        entities.add(copy);
        return "a different entity with an id already used";
      }
      default:
        throw new IllegalStateException(mutation.toString());
    }
  }

  /** The reader's verdict: the problem codes of a refusal, or empty if it reads the document. */
  private static List<ProblemCode> readerRefuses(String document) {
    try {
      NativeFormat.reader().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "generated.json", Syntax.JSON);
      return List.of();
    } catch (ModelReadException e) {
      List<ProblemCode> codes = e.report().errors().stream().map(Problem::code).collect(Collectors.toList());
      assertThat(codes).as("a refusal names its errors").isNotEmpty();
      return codes;
    }
  }

  @Test
  void schemaAndReaderGiveOneVerdict() {
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      String schemaErrors = SchemaSupport.errors(c.document(), Syntax.JSON);
      List<ProblemCode> readerErrors = readerRefuses(c.document());
      if (c.mutation().schemaExpresses) {
        assertThat(schemaErrors.isEmpty())
            .as("schema says %s, reader says %s", schemaErrors.isEmpty() ? "valid" : schemaErrors, readerErrors)
            .isEqualTo(readerErrors.isEmpty());
        assertThat(readerErrors.isEmpty()).as("only an unchanged document is valid").isEqualTo(c.mutation() == Mutation.NONE);
      } else {
        assertThat(schemaErrors).as("the schema cannot see this").isEmpty();
        assertThat(readerErrors).isNotEmpty();
      }
    });
  }

  @Test
  void whatTheSchemaCannotCheckIsDocumented() throws IOException {
    String format = Files.readString(Path.of("../docs/FORMAT.md"));
    String section = format.substring(format.indexOf("## What the schema cannot check"));
    for (ProblemCode code : List.of(ProblemCode.PERIOD_ORDER, ProblemCode.DANGLING_REFERENCE, ProblemCode.DUPLICATE_ID, ProblemCode.SHARE_SUM)) {
      assertThat(section).contains("`" + code.code() + "`");
    }
  }

  @Test
  void theSchemaListsExactlyTheCurrenciesTheReaderKnows() {
    JsonNode schema = JSON.readTree(SchemaSupport.class.getResourceAsStream(NativeFormat.SCHEMA_RESOURCE));
    Set<String> listed = new TreeSet<>();
    schema.get("$defs").get("money").get("properties").get("currency").get("enum").forEach(n -> listed.add(n.asString()));
    Set<String> known = new TreeSet<>();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        for (char c = 'A'; c <= 'Z'; c++) {
          String code = "" + a + b + c;
          if (Money.isKnownCurrency(code)) {
            known.add(code);
          }
        }
      }
    }
    assertThat(listed).isEqualTo(known);
  }
}
