package io.github.southsouth.serialization.iati;

import static io.github.southsouth.serialization.iati.IatiXml.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Financing;
import io.github.southsouth.model.FinancingStage;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.InitiativeKind;
import io.github.southsouth.model.Instrument;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Sector;
import io.github.southsouth.model.SectorVocabulary;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.Theme;
import io.github.southsouth.problem.Problem;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadLimits;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.MatchingRules;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.testing.SilentStreams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the importer on small hand-written files: mapping, leniency and hostile input. */
@ExtendWith(SilentStreams.class) // a reader never prints; parser messages belong in the report
class IatiImporterTest {

  @TempDir Path dir;

  static final String HEAD = IatiXml.HEAD;
  static final String TAIL = IatiXml.TAIL;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static ModelReadException failure(ReadOptions options, Path file) {
    ModelReadException e = catchThrowableOfType(ModelReadException.class,
        () -> IatiImporter.reader(options).readResult(file));
    assertThat(e).as("the import should fail").isNotNull();
    return e;
  }

  // ---- mapping

  @Test
  void mapsMoneyConditionsAndOrganisations() throws Exception {
    Path file = write("a.xml", HEAD + activity("XM-DAC-41114-1",
        "<participating-org ref=\"CN-MOFCOM\" role=\"1\" type=\"10\"><narrative xml:lang=\"zh-hans\">商务部</narrative></participating-org>\n"
            + "<participating-org ref=\"XM-DAC-41114\" role=\"4\" type=\"40\"><narrative>UNDP</narrative></participating-org>\n"
            + "<participating-org ref=\"ET-GOV\" role=\"2\"/>\n"
            + "<participating-org role=\"3\"><narrative>An extending agency</narrative></participating-org>\n"
            + "<activity-status code=\"2\"/>\n"
            + "<activity-date type=\"1\" iso-date=\"2019-01-01\"/><activity-date type=\"2\" iso-date=\"2019-03-01\"/>\n"
            + "<activity-date type=\"3\" iso-date=\"2022-12-31\"/>\n"
            + "<recipient-country code=\"ET\" percentage=\"70\"/><recipient-region code=\"289\" vocabulary=\"1\" percentage=\"30\"/>\n"
            + "<sector code=\"23230\" percentage=\"60\"/><sector code=\"311\" vocabulary=\"2\" percentage=\"40\"/>\n"
            + "<collaboration-type code=\"8\"/><default-flow-type code=\"10\"/><default-finance-type code=\"421\"/>\n"
            + "<transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"2019-02-01\"/>"
            + "<value value-date=\"2019-01-15\">1500000.50</value><provider-org ref=\"CN-MOFCOM\"/></transaction>\n"
            + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2019-06-01\"/>"
            + "<value currency=\"EUR\" value-date=\"2019-06-01\">-200.00</value><finance-type code=\"110\"/></transaction>\n"
            + "<budget type=\"1\" status=\"2\"><period-start iso-date=\"2019-01-01\"/><period-end iso-date=\"2019-12-31\"/>"
            + "<value value-date=\"2019-01-01\">10</value></budget>\n"
            + "<conditions attached=\"1\"><condition type=\"3\"><narrative>Audited accounts</narrative></condition></conditions>\n")
        + TAIL);

    IatiImport result = IatiImporter.reader().readResult(file);
    CooperationGraph graph = result.graph();
    EntityId id = EntityId.encode(Kind.INITIATIVE, "XM-DAC-41114-1");
    Initiative initiative = graph.get(id, Initiative.class);

    assertThat(initiative.name()).isEqualTo(LocalizedText.of(java.util.Map.of("en", "Project XM-DAC-41114-1", "fr", "Projet")));
    assertThat(initiative.period().get().toString()).isEqualTo("2019-03-01/2022-12-31");
    assertThat(initiative.attributes()).containsEntry("iati.triangular", "true").containsEntry("iati.date.plannedStart", "2019-01-01");
    assertThat(initiative.conditionality().conditions()).singleElement()
        .satisfies(c -> assertThat(c.description().english()).isEqualTo("Audited accounts"));

    Financing commitment = initiative.financing().get(0);
    assertThat(commitment.stage()).isEqualTo(FinancingStage.COMMITMENT);
    assertThat(commitment.amounts().get(0).amount()).isEqualTo(new BigDecimal("1500000.50"));
    assertThat(commitment.amounts().get(0).currency()).isEqualTo("USD");
    assertThat(commitment.instrument()).isEqualTo(Instrument.CONCESSIONAL_LOAN);
    assertThat(commitment.financier()).hasValue(EntityId.encode(Kind.ACTOR, "iati-org-CN-MOFCOM"));
    assertThat(commitment.attributes()).containsEntry("iati.valueDate", "2019-01-15").containsEntry("iati.flowType", "10");
    Financing disbursement = initiative.financing().get(1);
    assertThat(disbursement.amounts().get(0).amount()).isEqualTo(new BigDecimal("-200.00"));
    assertThat(disbursement.amounts().get(0).currency()).isEqualTo("EUR");
    assertThat(disbursement.instrument()).isEqualTo(Instrument.GRANT);
    assertThat(initiative.financing().get(2).stage()).isEqualTo(FinancingStage.BUDGET);

    assertThat(initiative.sectors()).containsExactly(
        Sector.builder().code("23230").share(new BigDecimal("60")).build(),
        Sector.builder().code("311").vocabulary(SectorVocabulary.DAC_3).share(new BigDecimal("40")).build());

    Actor ethiopia = graph.get(EntityId.of(Kind.ACTOR, "eth"), Actor.class);
    assertThat(ethiopia.actorType()).isEqualTo(ActorType.COUNTRY);
    assertThat(ethiopia.iso2()).hasValue("ET");
    assertThat(ethiopia.name().english()).isEqualTo("Ethiopia");
    Actor region = graph.get(EntityId.of(Kind.ACTOR, "dac-region-289"), Actor.class);
    assertThat(region.actorType()).isEqualTo(ActorType.REGION);
    assertThat(graph.outgoing(id, RelationType.BENEFITS)).extracting(r -> r.to().toString() + "=" + r.share().get())
        .containsExactlyInAnyOrder("actor:eth=70", "actor:dac-region-289=30");

    assertThat(graph.incoming(id)).extracting(r -> r.from().slug() + " " + r.type().code())
        .contains("iati-org-CN-MOFCOM funds", "iati-org-XM-DAC-41114 implements",
            EntityId.encode(Kind.ACTOR, "iati-org-name-XM-DAC-41114-an extending agency").slug() + " participates-in");
    // ET-GOV is named nowhere: no actor named after its ref, the ref kept on the initiative
    assertThat(graph.contains(EntityId.encode(Kind.ACTOR, "iati-org-ET-GOV"))).isFalse();
    assertThat(initiative.attributes()).containsEntry("iati.unnamedOrganisations.leads", "ET-GOV");
    assertThat(graph.get(EntityId.encode(Kind.ACTOR, "iati-org-CN-MOFCOM")).name().texts()).containsEntry("zh-Hans", "商务部");

    Source source = graph.sources().get(0);
    assertThat(source.name().english()).isEqualTo("IATI activity file a.xml, reported by UNDP");
    assertThat(initiative.citations()).containsExactly(Citation.of(source.id(), "/iati-activities/iati-activity[1]"));
    assertThat(result.countries()).isEqualTo(1);
    assertThat(result.organisations()).isEqualTo(3);
  }

  @Test
  void linksToReferenceDataAndIncludesItsClosure() throws Exception {
    EntityId essay = EntityId.of(Kind.SOURCE, "essay");
    EntityId kenya = EntityId.of(Kind.ACTOR, "ken");
    EntityId eastAfrica = EntityId.of(Kind.ACTOR, "m49-014");
    EntityId energy = EntityId.of(Kind.THEME, "energy");
    CooperationGraph seeds = CooperationGraph.builder()
        .addEntity(Source.builder().id(essay).name(LocalizedText.english("Essay")).build())
        .addEntity(Actor.builder().id(kenya).actorType(ActorType.COUNTRY).name(LocalizedText.english("Kenya"))
            .iso2("KE").iso3("KEN").m49("404").addCitations(Citation.of(essay)).build())
        .addEntity(Actor.builder().id(eastAfrica).actorType(ActorType.REGION)
            .name(LocalizedText.english("Eastern Africa")).m49("014").build())
        .addEntity(Theme.builder().id(energy).name(LocalizedText.english("Energy")).addDacSectors("232").build())
        .addRelation(Relation.builder().from(kenya).type(RelationType.MEMBER_OF).to(eastAfrica).build())
        .build();
    Path file = write("b.xml", HEAD + activity("XM-DAC-41114-2",
        "<recipient-country code=\"ke\" percentage=\"50\"/><recipient-region vocabulary=\"2\" code=\"14\" percentage=\"50\"/>"
            + "<sector code=\"23230\"/>")
        + TAIL);

    IatiImport result = IatiImporter.reader().with(ReferenceData.of(seeds)).readResult(file);
    CooperationGraph graph = result.graph();
    EntityId id = EntityId.encode(Kind.INITIATIVE, "XM-DAC-41114-2");

    assertThat(graph.outgoing(id, RelationType.BENEFITS)).extracting(Relation::to).containsExactlyInAnyOrder(kenya, eastAfrica);
    assertThat(graph.outgoing(id, RelationType.ADDRESSES)).singleElement()
        .satisfies(r -> {
          assertThat(r.to()).isEqualTo(energy);
          assertThat(r.note()).hasValue("from Sector 23230 Solar energy for centralised grids");
        });
    assertThat(graph.contains(essay)).isTrue();
    assertThat(graph.outgoing(kenya, RelationType.MEMBER_OF)).extracting(Relation::to).containsExactly(eastAfrica);
    assertThat(graph.get(kenya)).isEqualTo(seeds.get(kenya));
    assertThat(result.warnings().warnings()).extracting(Problem::code).containsExactly(ProblemCode.INVALID_VALUE);
  }

  @Test
  void linksRelatedActivitiesAcrossFiles() throws Exception {
    Path parent = write("parent.xml", HEAD + activity("P-1", "<related-activity ref=\"C-1\" type=\"2\"/>") + TAIL);
    Path child = write("child.xml", HEAD + activity("C-1",
        "<related-activity ref=\"P-1\" type=\"1\"/><related-activity ref=\"C-2\" type=\"3\"/>"
            + "<related-activity ref=\"ELSEWHERE-9\" type=\"3\"/>") + activity("C-2", "") + TAIL);

    IatiImport result = IatiImporter.reader().readResult(List.of(parent, child));
    CooperationGraph graph = result.graph();
    EntityId p1 = EntityId.of(Kind.INITIATIVE, "P-1");
    EntityId c1 = EntityId.of(Kind.INITIATIVE, "C-1");

    assertThat(graph.outgoing(c1, RelationType.PART_OF)).singleElement().satisfies(r -> {
      assertThat(r.to()).isEqualTo(p1);
      assertThat(r.citations()).hasSize(2);
    });
    assertThat(graph.outgoing(c1, RelationType.RELATED_TO)).extracting(Relation::to)
        .containsExactly(EntityId.of(Kind.INITIATIVE, "C-2"));
    assertThat(graph.get(c1).attributes()).containsEntry("iati.relatedActivities.sibling", "ELSEWHERE-9");
    assertThat(result.warnings().warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ProblemCode.DANGLING_REFERENCE);
      assertThat(w.location().pointer()).hasValue("/iati-activities/iati-activity[1]/related-activity[3]/@ref");
    });
  }

  // ---- leniency

  @Test
  void aBadActivityFailsStrictAndIsSkippedLenient() throws Exception {
    Path file = write("c.xml", HEAD + activity("OK-1", "")
        + activity("BAD-2", "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-01-01\"/>"
            + "<value value-date=\"2020-01-01\">12,5</value></transaction>\n")
        + TAIL);

    ModelReadException e = failure(ReadOptions.defaults(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
      assertThat(p.message()).contains("12,5").contains("decimal");
      assertThat(p.location().pointer()).hasValue("/iati-activities/iati-activity[2]/transaction[1]/value");
      assertThat(p.location().line()).hasValue(12);
      assertThat(p.location().source()).hasValueSatisfying(s -> assertThat(s).endsWith("c.xml"));
    });

    IatiImport lenient = IatiImporter.reader(ReadOptions.lenient()).readResult(file);
    assertThat(lenient.activities()).isEqualTo(1);
    assertThat(lenient.skippedActivities()).isEqualTo(1);
    assertThat(lenient.warnings().warnings()).extracting(Problem::code)
        .containsExactly(ProblemCode.INVALID_VALUE, ProblemCode.SKIPPED_RECORD);
    assertThat(lenient.graph().contains(EntityId.of(Kind.INITIATIVE, "OK-1"))).isTrue();
    assertThat(lenient.graph().contains(EntityId.of(Kind.INITIATIVE, "BAD-2"))).isFalse();
  }

  @Test
  void unknownCodesNameTheCodelistAndAreErrorsOnlyWhenStrict() throws Exception {
    Path file = write("d.xml", HEAD + activity("X-1", "<sector code=\"99999\"/><activity-status code=\"\"/>") + TAIL);

    ModelReadException e = failure(ReadOptions.defaults(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_CODE);
      assertThat(p.message()).contains("99999").contains("Sector codelist");
      assertThat(p.location().pointer()).hasValue("/iati-activities/iati-activity[1]/sector[1]/@code");
    });
    IatiImport lenient = IatiImporter.reader(ReadOptions.lenient()).readResult(file);
    assertThat(lenient.graph().initiatives().get(0).sectors()).extracting(Sector::code).containsExactly("99999");
    assertThat(lenient.warnings().warnings()).extracting(Problem::code)
        .containsExactlyInAnyOrder(ProblemCode.UNKNOWN_CODE, ProblemCode.MISSING_FIELD);
  }

  @Test
  void duplicateActivityIdsAreRefused() throws Exception {
    Path file = write("e.xml", HEAD + activity("D-1", "") + activity("D-1", "") + TAIL);
    ModelReadException e = failure(ReadOptions.defaults(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_ID);
      assertThat(p.message()).contains("already imported from").contains("e.xml:3");
    });
  }

  @Test
  void skipsForeignNamespacesSilently() throws Exception {
    Path file = write("f.xml", HEAD.replace("<iati-activities ", "<iati-activities xmlns:x=\"urn:x\" ")
        + activity("F-1", "<x:thing><x:deep><title>not mine</title></x:deep></x:thing><sector code=\"23230\" x:y=\"1\"/>")
        + TAIL);
    IatiImport result = IatiImporter.reader().readResult(file);
    assertThat(result.warnings().isEmpty()).isTrue();
    assertThat(result.graph().initiatives().get(0).name().english()).isEqualTo("Project F-1");
  }

  // ---- hostile and broken input

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void refusesExternalEntities() throws Exception {
    Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
    Path file = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [\n"
        + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
        + HEAD.substring(HEAD.indexOf('\n') + 1) + activity("XXE-1", "<description><narrative>&xxe;</narrative></description>") + TAIL);
    ModelReadException e = failure(ReadOptions.lenient(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNSAFE_CONTENT);
      assertThat(p.message()).contains("DTD");
      assertThat(p.location().line()).hasValue(4); // where the parser has read the whole DOCTYPE
    });
    assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void refusesEntityExpansion() throws Exception {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n<iati-activities version=\"2.03\">").append(activity("LOL-1", "<description><narrative>&lol9;</narrative></description>"))
        .append(TAIL);
    Path file = write("lol.xml", dtd.toString());
    ModelReadException e = failure(ReadOptions.lenient(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.UNSAFE_CONTENT));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void stopsAtTheNestingLimit() throws Exception {
    StringBuilder xml = new StringBuilder(HEAD).append("<iati-activity><iati-identifier>N-1</iati-identifier>");
    xml.append("<result>".repeat(100_000)).append("</result>".repeat(100_000)).append("</iati-activity>").append(TAIL);
    Path file = write("deep.xml", xml.toString());
    ModelReadException e = failure(ReadOptions.lenient(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("200").contains("maxNestingDepth");
      assertThat(p.location().line()).hasValue(3);
      assertThat(p.location().pointer().get()).startsWith("/iati-activities/iati-activity[1]/result[1]/result[1]");
    });
    ModelReadException tighter = failure(ReadOptions.lenient().withLimits(ReadLimits.builder().maxNestingDepth(5).build()), file);
    assertThat(tighter.report().errors().get(0).message()).contains("nested more than 5");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void reportsATruncatedFile() throws Exception {
    String full = Files.readString(IatiFilesTest.resource("iaticloud-nl-mfa-example-203.xml"));
    Path file = write("truncated.xml", full.substring(0, full.length() / 2));
    ModelReadException e = failure(ReadOptions.lenient(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
      assertThat(p.message()).contains("ends before the document is complete");
      assertThat(p.location().line()).isPresent();
      assertThat(p.location().pointer().get()).startsWith("/iati-activities/iati-activity[");
    });
  }

  @Test
  void refusesXmlThatIsNotIati() throws Exception {
    Path file = write("other.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>\n");
    ModelReadException e = failure(ReadOptions.lenient(), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.WRONG_FORMAT);
      assertThat(p.message()).contains("<rss>").contains("expected <iati-activities>");
      assertThat(p.location().line()).hasValue(2);
    });
  }

  @Test
  void reportsMalformedXmlEmptyFilesAndMissingFiles() throws Exception {
    Path broken = write("broken.xml", HEAD + "<iati-activity><iati-identifier>B</iati-activity>" + TAIL);
    assertThat(failure(ReadOptions.lenient(), broken).report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
      assertThat(p.message()).startsWith("the file is not well-formed XML: ").doesNotContain("ParseError");
      assertThat(p.location().line()).hasValue(3);
    });
    Path empty = write("empty.xml", "");
    assertThat(failure(ReadOptions.lenient(), empty).report().errors()).extracting(Problem::code)
        .containsExactly(ProblemCode.EMPTY_INPUT);
    assertThat(failure(ReadOptions.lenient(), dir.resolve("missing.xml")).report().errors()).extracting(Problem::code)
        .containsExactly(ProblemCode.IO_ERROR);
    Path latin = dir.resolve("latin.xml");
    Files.write(latin, (HEAD + activity("L-1", "<description><narrative>caf\u00e9</narrative></description>") + TAIL)
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(failure(ReadOptions.lenient(), latin).report().errors()).extracting(Problem::code)
        .containsExactly(ProblemCode.INVALID_ENCODING);
  }

  @Test
  void locatesBytesThatAreNotInTheDeclaredEncodingWithoutPrinting() throws Exception {
    // The JDK's parser, decoding by itself, printed "[Fatal Error] :-1:-1: Invalid byte 1 of
    // 1-byte UTF-8 sequence." to standard error; SilentStreams fails this test if anything is printed.
    Path file = dir.resolve("bad-utf8.xml");
    byte[] bytes = (HEAD + activity("B-1", "<description><narrative>caf_</narrative></description>\n") + TAIL)
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.UTF_8).indexOf("caf_") + 3;
    bytes[at] = (byte) 0xE9; // Latin-1 é, not UTF-8
    Files.write(file, bytes);
    assertThat(failure(ReadOptions.lenient(), file).report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.INVALID_ENCODING);
      assertThat(p.message()).startsWith("the file holds bytes that are not UTF-8");
      assertThat(p.location().line()).hasValue(7);
      assertThat(p.location().column()).hasValue("<description><narrative>caf".length() + 1);
    });
    Path unknown = write("unknown.xml", HEAD.replace("UTF-8", "X-NO-SUCH-ENCODING") + activity("U-1", "") + TAIL);
    assertThat(failure(ReadOptions.lenient(), unknown).report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.INVALID_ENCODING);
      assertThat(p.message()).contains("\"X-NO-SUCH-ENCODING\"");
    });
  }

  @Test
  void readsTheEncodingTheFileDeclaresOrItsByteOrderMarkSays() throws Exception {
    String document = activity("\u00dc-1", "") + TAIL;
    Path latin = dir.resolve("latin-declared.xml");
    Files.write(latin, (HEAD.replace("UTF-8", "ISO-8859-1") + document).getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = dir.resolve("utf16.xml");
    Files.write(utf16, (HEAD.replace("UTF-8", "UTF-16") + document).getBytes(StandardCharsets.UTF_16LE));
    Path bom = dir.resolve("utf16-bom.xml");
    Files.write(bom, (HEAD.replace("UTF-8", "UTF-16") + document).getBytes(StandardCharsets.UTF_16));
    Path utf8Bom = dir.resolve("utf8-bom.xml");
    Files.write(utf8Bom, ("\ufeff" + HEAD + document).getBytes(StandardCharsets.UTF_8));
    for (Path file : List.of(latin, utf16, bom, utf8Bom)) {
      IatiImport imported = IatiImporter.reader(ReadOptions.lenient()).readResult(file);
      assertThat(imported.activities()).as(file.getFileName().toString()).isEqualTo(1);
      assertThat(imported.graph().entities()).as(file.getFileName().toString())
          .anySatisfy(e -> assertThat(e.name().toString()).contains("Project \u00dc-1"));
    }
  }

  @Test
  void enforcesTheDocumentSizeLimit() throws Exception {
    Path file = write("big.xml", HEAD + activity("S-1", "") + TAIL);
    ModelReadException e = failure(ReadOptions.lenient().withLimits(ReadLimits.builder().maxDocumentLength(100).build()), file);
    assertThat(e.report().errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
      assertThat(p.message()).contains("maxDocumentLength");
    });
  }

  @Test
  void enforcesTheDocumentSizeLimitOnAFileThatGrowsWhileItIsRead() throws Exception {
    // Past the limit in trailing white space (the document itself is complete) or in more
    // markup (the parser fails where the input is cut): either way the file is too large.
    for (String more : List.of(" ".repeat(1 << 20), "<!-- more -->\n".repeat(1 << 16))) {
      StringBuilder activities = new StringBuilder();
      for (int i = 0; i < 2000; i++) {
        activities.append(activity("XM-GROW-" + i, ""));
      }
      Path file = write("growing.xml", HEAD + activities + TAIL);
      long size = Files.size(file);
      boolean[] grown = {false};
      ReadOptions options = ReadOptions.lenient()
          .withLimits(ReadLimits.builder().maxDocumentLength(size).build())
          .withProgress((records, bytes, total) -> {
            // on the caller's thread, after 100 activities: the parser is at most 16 further on
            if (!grown[0]) {
              grown[0] = true;
              try {
                Files.writeString(file, more, StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
      ModelReadException e = failure(options, file);
      assertThat(grown[0]).isTrue();
      assertThat(e.report().errors()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
        assertThat(p.message()).isEqualTo("the file is larger than the limit of " + size
            + " bytes (ReadLimits.maxDocumentLength)");
        assertThat(p.location().line()).isPresent();
      });
    }
  }

  // ---- classification into reference programmes (match. rules)

  @Test
  void anotherFundersSolarOrDebtReliefActivityIsNotPartOfTheEssaysProgrammes() throws Exception {
    Path file = write("c.xml", HEAD
        + activity("XM-DAC-41114-3", "<recipient-country code=\"KE\"/><sector code=\"23230\"/>")
        + activity("XM-DAC-41114-4", "<recipient-country code=\"KE\"/><default-aid-type code=\"F01\"/><sector code=\"60020\"/>")
        + TAIL);
    IatiImport result =
        IatiImporter.reader().with(ReferenceData.of(MatchingRules.graph())).readResult(file);
    CooperationGraph graph = result.graph();
    EntityId relief = EntityId.encode(Kind.INITIATIVE, "XM-DAC-41114-4");
    assertThat(graph.get(relief, Initiative.class).instruments()).contains(Instrument.DEBT_FORGIVENESS);
    for (Initiative initiative : graph.initiatives()) {
      assertThat(graph.outgoing(initiative.id(), RelationType.PART_OF)).as(initiative.id().toString()).isEmpty();
    }
    assertThat(graph.contains(MatchingRules.DEBT_RELIEF)).isFalse();
    assertThat(graph.contains(MatchingRules.RENEWABLE)).isFalse();
  }

  @Test
  void anActivityMatchingARuleOnIatiFieldsIsPartOfTheProgramme() throws Exception {
    EntityId programme = EntityId.parse("initiative:unops-renewables-austria");
    Initiative rule = Initiative.builder().id(programme).initiativeKind(InitiativeKind.PROGRAMME)
        .name(LocalizedText.english("UNOPS renewable energy in Austria (test programme)"))
        .addCitations(Citation.of(MatchingRules.ESSAY, "test"))
        .putAttribute("match.recipients", "AUT")
        .putAttribute("match.dacSectors", "232")
        .putAttribute("match.attribute.iati.reportingOrg", "41AAA")
        .build();
    CooperationGraph reference = MatchingRules.graph(List.of(rule),
        List.of(Relation.of(programme, RelationType.EMBODIES, MatchingRules.MUTUAL_BENEFIT)));
    IatiImport result = IatiImporter.reader().with(ReferenceData.of(reference))
        .readResult(IatiFilesTest.resource("flattener-unops-at-activity.xml"));
    CooperationGraph graph = result.graph();
    EntityId renewable = EntityId.encode(Kind.INITIATIVE, "41AAA-20543-003");
    assertThat(graph.get(renewable, Initiative.class).sectors()).extracting(Sector::code).containsExactly("23210");
    assertThat(graph.outgoing(renewable, RelationType.PART_OF)).singleElement().satisfies(r -> {
      assertThat(r.to()).isEqualTo(programme);
      assertThat(r.note()).hasValue("classified by rule match.attribute.iati.reportingOrg + match.dacSectors"
          + " + match.recipients of initiative:unops-renewables-austria");
      assertThat(r.citations()).hasSize(2);
      assertThat(r.citations().get(0)).isEqualTo(Citation.of(MatchingRules.ESSAY, "test"));
      assertThat(r.citations().get(1)).isEqualTo(graph.get(renewable).citations().get(0));
    });
    for (String other : List.of("41AAA-22482-001", "41AAA-23652-001")) {
      assertThat(graph.outgoing(EntityId.encode(Kind.INITIATIVE, other), RelationType.PART_OF)).as(other).isEmpty();
    }
    assertThat(graph.initiativeQuery().partOf(programme).ids()).containsExactly(renewable);
    assertThat(graph.outgoing(programme, RelationType.EMBODIES)).extracting(Relation::to)
        .containsExactly(MatchingRules.MUTUAL_BENEFIT);
    assertThat(graph.contains(MatchingRules.ESSAY)).isTrue();
    assertThat(graph.contains(MatchingRules.DEBT_RELIEF)).isFalse();
  }
}
