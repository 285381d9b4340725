package io.github.southsouth.serialization.iati;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.ReferenceData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * For every real IATI file of the test resources, an independent DOM reading computes the
 * organisations by (ref, name) and every title's and organisation's narratives per language, with
 * {@code xml:lang} inherited as XML defines it (done here, not by the importer), and the imported
 * graph must agree exactly.
 */
class IatiOrganisationsOracleTest {

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  static Stream<String> files() {
    return IatiFilesTest.files().map(arguments -> (String) arguments.get()[0]);
  }

  /** One organisation element: its ref (empty if none), publisher and names by language. */
  private record Org(String ref, String publisher, Map<String, String> names) {}

  @ParameterizedTest
  @MethodSource("files")
  void organisationsAndLanguagesAgreeWithAnIndependentReading(String file) throws Exception {
    Document dom = IatiFilesTest.dom(file);
    // Lenient: some real files use codes withdrawn from IATI's codelists, an error only when strict.
    IatiImport result = IatiImporter.reader(ReadOptions.lenient())
        .readResult(IatiFilesTest.resource(file));

    List<Org> orgs = new ArrayList<>();
    for (Element activity : IatiFilesTest.children(dom.getDocumentElement(), "iati-activity")) {
      String identifier = IatiFilesTest.children(activity, "iati-identifier").get(0).getTextContent().trim();
      Initiative initiative = result.graph().get(EntityId.encode(Kind.INITIATIVE, identifier), Initiative.class);
      assertThat(initiative.name().texts()).as("title of " + identifier)
          .isEqualTo(names(IatiFilesTest.children(activity, "title").get(0)));

      List<Element> reporting = IatiFilesTest.children(activity, "reporting-org");
      String publisher = reporting.isEmpty() ? "" : reporting.get(0).getAttribute("ref").trim();
      List<Element> elements = new ArrayList<>(reporting);
      for (Element org : IatiFilesTest.children(activity, "participating-org")) {
        if (!isCountryCode(org.getAttribute("ref").trim())) { // a government, read as its country
          elements.add(org);
        }
      }
      for (Element transaction : IatiFilesTest.children(activity, "transaction")) {
        elements.addAll(IatiFilesTest.children(transaction, "provider-org"));
      }
      for (Element planned : IatiFilesTest.children(activity, "planned-disbursement")) {
        elements.addAll(IatiFilesTest.children(planned, "provider-org"));
      }
      for (Element element : elements) {
        Org org = new Org(element.getAttribute("ref").trim(), publisher, names(element));
        if (!org.ref().isEmpty() || !org.names().isEmpty()) {
          orgs.add(org);
        }
      }
    }

    // organisations with a ref: one per group of elements whose names share a folded text
    Map<String, List<Set<String>>> groupsByRef = new TreeMap<>();
    Map<String, List<Map<String, Set<String>>>> textsByRef = new TreeMap<>();
    for (Org org : orgs) {
      if (org.ref().isEmpty() || org.names().isEmpty()) {
        continue;
      }
      Set<String> folded = new HashSet<>();
      org.names().values().forEach(name -> folded.add(fold(name)));
      List<Set<String>> groups = groupsByRef.computeIfAbsent(org.ref(), k -> new ArrayList<>());
      List<Map<String, Set<String>>> texts = textsByRef.computeIfAbsent(org.ref(), k -> new ArrayList<>());
      int found = -1;
      for (int i = 0; i < groups.size() && found < 0; i++) {
        if (groups.get(i).stream().anyMatch(folded::contains)) {
          found = i;
        }
      }
      if (found < 0) {
        groups.add(new HashSet<>());
        texts.add(new TreeMap<>());
        found = groups.size() - 1;
      }
      groups.get(found).addAll(folded);
      Map<String, Set<String>> byLang = texts.get(found);
      org.names().forEach((lang, text) -> byLang.computeIfAbsent(lang, k -> new HashSet<>()).add(text));
    }
    Set<String> refs = new HashSet<>();
    orgs.forEach(org -> refs.add(org.ref()));
    refs.remove("");
    for (String ref : refs) {
      List<Actor> actors = result.graph().actors().stream()
          .filter(actor -> ref.equals(actor.externalIds().get("iati"))).toList();
      List<Map<String, Set<String>>> expected = textsByRef.getOrDefault(ref, List.of());
      assertThat(actors).as("actors of ref " + ref).hasSize(expected.size());
      for (Actor actor : actors) {
        assertThat(actor.actorType()).isEqualTo(ActorType.ORGANIZATION);
        // each actor is one group: its languages are the group's, each text one the group has
        assertThat(expected).as("names of " + actor.id()).anySatisfy(group -> {
          assertThat(actor.name().texts().keySet()).isEqualTo(group.keySet());
          actor.name().texts().forEach((lang, text) -> assertThat(group.get(lang)).contains(text));
        });
      }
    }

    // organisations without a ref: one per folded name within a publisher
    Set<String> expectedByName = new HashSet<>();
    for (Org org : orgs) {
      if (org.ref().isEmpty()) {
        expectedByName.add(fold(best(org.names())));
      }
    }
    Set<String> byName = new HashSet<>();
    for (Actor actor : result.graph().actors()) {
      if (actor.actorType() == ActorType.ORGANIZATION && !actor.externalIds().containsKey("iati")) {
        byName.add(fold(best(actor.name().texts())));
      }
    }
    assertThat(byName).isEqualTo(expectedByName);
  }

  /** The narratives of an element by canonical language, inherited from the nearest ancestor. */
  private static Map<String, String> names(Element element) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Element narrative : IatiFilesTest.children(element, "narrative")) {
      String text = narrative.getTextContent().trim();
      if (!text.isEmpty()) {
        names.merge(language(narrative), text, (a, b) -> a + "\n" + b);
      }
    }
    return new TreeMap<>(names);
  }

  private static String language(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      String lang = e.getAttributeNS(XML_NS, "lang").trim();
      if (!lang.isEmpty()) {
        return Locale.forLanguageTag(lang).toLanguageTag();
      }
    }
    return "und";
  }

  /** The English name, else the first by language tag. */
  private static String best(Map<String, String> names) {
    return names.getOrDefault("en", new TreeMap<>(names).firstEntry().getValue());
  }

  private static String fold(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean isCountryCode(String ref) {
    return ref.matches("[A-Z]{2}") && List.of(Locale.getISOCountries()).contains(ref);
  }
}
