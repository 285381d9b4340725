import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.Citation;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.PartialDate;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.seeds.Seeds;
import io.github.southsouth.serialization.ModelReadException;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.internal.AtomicFiles;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.NativeReader;
import io.github.southsouth.serialization.json.SouthSouthModule;
import io.github.southsouth.serialization.json.Syntax;
import io.github.southsouth.serialization.json.internal.Factories;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Generates the world reference data of the bundled southsouth dataset — countries and areas,
 * UN M49 regions, the LDC / LLDC / SIDS groups, and FOCAC and CELAC membership — as native-format
 * YAML documents (see {@code docs/FORMAT.md}).
 *
 * <h2>Input</h2>
 * Three CSV files, all from github.com/datasets/country-codes (ODC PDDL; provenance in
 * {@code seeds/NOTICE-reference-data.md}):
 * <ul>
 *   <li>{@code country-codes.csv} — ISO 3166-1 codes, M49 code, independence status and Wikidata item
 *       of the 249 ISO countries and areas;</li>
 *   <li>{@code UNSD-m49-en.csv} — the UN Statistics Division M49 table in English: each country or
 *       area with its region, sub-region and intermediate region, and the LDC / LLDC / SIDS flags;</li>
 *   <li>{@code UNSD-m49-zh.csv} — the same table with the UN's official Chinese names.</li>
 * </ul>
 * Files are strict UTF-8 with an optional byte order mark, read as RFC 4180 CSV by Apache Commons CSV.
 * The two M49 tables and country-codes.csv must agree on every code and flag they share; any
 * disagreement or malformed value stops the run with a message naming the file, the line and what was
 * expected. No output file is touched until all input has been checked.
 *
 * <h2>Output</h2>
 * {@code countries.yaml}, {@code regions.yaml}, {@code groups.yaml} and {@code sources.yaml} in the
 * output directory, written by the native format's own YAML writing: the library's Jackson module
 * ({@link SouthSouthModule}, the entity and relation mapping {@code NativeWriter} uses) on the
 * native writer's YAML factory ({@code Factories.yamlWriter()}, with its YAML 1.1 quoting), entities
 * sorted by id and relations in their canonical order, as {@code NativeWriter} writes a graph. The
 * files are not written with {@code NativeWriter} itself because it writes whole, valid graphs, and
 * each of these documents refers to entities defined in the dataset's other documents (e.g.
 * {@code source:essay}, {@code actor:focac}), so none of them is a valid graph on its own. Before
 * anything is written, the four documents are read back, strictly, together with the dataset's other
 * documents, as {@code Seeds.load()} reads them; a problem stops the run. The files are then written
 * atomically, all or none.
 *
 * <h2>Membership rules that are not in the CSVs</h2>
 * FOCAC and CELAC membership is derived from the CSVs by rules that the organisations' own
 * publications state, cited to them: FOCAC's official website ({@code source:focac-official-site},
 * defined in {@code seeds/data/dataset.yaml}), CELAC's founding Declaration of Caracas
 * ({@code source:celac-declaration-of-caracas-2011}, written here) and, for the China-CELAC Forum, the
 * report of its first ministerial meeting ({@code source:china-daily-2015-01-09}):
 * <ul>
 *   <li>FOCAC: China, every African state (M49 region 002, {@code is_independent = Yes} in
 *       country-codes.csv) except Eswatini, and the African Union Commission;</li>
 *   <li>CELAC: the states of M49 sub-region 419 (Latin America and the Caribbean) with
 *       {@code is_independent = Yes} — the run fails unless there are exactly 33;</li>
 *   <li>China and CELAC are members of the China-CELAC Forum.</li>
 * </ul>
 * The forum entities themselves ({@code actor:focac}, {@code actor:celac},
 * {@code actor:china-celac-forum}, {@code actor:african-union-commission}) are defined in
 * {@code seeds/data/actors.yaml}, not here.
 *
 * <h2>What the essay names</h2>
 * The countries and regions the seed essay names (China, Kenya, Pakistan, Africa, Asia, Latin America,
 * South-East Asia), and China's part in the two forums it names, also cite the essay
 * ({@code source:essay}, defined in {@code seeds/data/dataset.yaml}) with a verbatim quote as locator.
 *
 * <h2>Values the input lost</h2>
 * country-codes.csv leaves the {@code wikidata_id} of Namibia empty: its ISO 3166-1 alpha-2 code is
 * "NA", which tools that read "NA" as "not available" turn into a missing value. This generator reads
 * every cell as text (no value stands for "missing" but the empty cell), supplies the lost item from
 * {@link #WIKIDATA_LOST}, and stops if a country is still left without one.
 *
 * <h2>Re-running</h2>
 * A build tool, not part of the seeds jar: a single-file program run on the seeds module's test class
 * path (the library, and Commons CSV). From the repository root:
 * <pre>
 * mvn -B -q -pl seeds -am -P generate-reference-data process-test-classes
 * </pre>
 * which runs, with that class path,
 * <pre>
 * java -cp CLASSPATH seeds/tools/GenerateReferenceData.java seeds/src/test/resources/reference-csv seeds/data seeds/data/reference
 * </pre>
 * The arguments: the directory of the three CSV files, the dataset's directory (its other documents,
 * to check the output against) and the directory to write into. Exit status: 0 on success, 1 on a data
 * or I/O error (message on standard error), 2 on wrong usage.
 */
public final class GenerateReferenceData {

  static final String COUNTRY_CODES_CSV = "country-codes.csv";
  static final String M49_EN_CSV = "UNSD-m49-en.csv";
  static final String M49_ZH_CSV = "UNSD-m49-zh.csv";
  static final String REFERENCE = "reference/";

  static final EntityId SRC_M49 = EntityId.parse("source:unsd-m49");
  static final EntityId SRC_COUNTRY_CODES = EntityId.parse("source:country-codes");
  static final EntityId SRC_FOCAC = EntityId.parse("source:focac-official-site");
  static final EntityId SRC_CELAC = EntityId.parse("source:celac-declaration-of-caracas-2011");
  static final EntityId SRC_CHINA_CELAC_FORUM = EntityId.parse("source:china-daily-2015-01-09");
  static final EntityId SRC_ESSAY = EntityId.parse("source:essay");
  static final EntityId SRC_WIKIDATA = EntityId.parse("source:wikidata");
  static final String ESSAY_FORUMS = "China supports frameworks like the Forum on China-Africa Cooperation (FOCAC)"
      + " and the China-CELAC Forum to promote collective action";
  static final String ESSAY_PARTNERSHIPS = "its partnerships in Africa, Latin America, and Southeast Asia";

  /**
   * Countries (by ISO alpha-3) and regions (by M49 code) the essay names, with the essay's words
   * that name them; each gets a citation of the essay with that quote as locator.
   */
  static final Map<String, String> ESSAY_NAMES = Map.of(
      "CHN", "China has played a central role in promoting this framework",
      "KEN", "solar and wind energy projects in nations like Kenya and Pakistan",
      "PAK", "solar and wind energy projects in nations like Kenya and Pakistan",
      "002", ESSAY_PARTNERSHIPS,
      "142", "Projects in Africa and Asia, such as railways, ports, and highways",
      "419", ESSAY_PARTNERSHIPS,
      "035", ESSAY_PARTNERSHIPS);

  /**
   * Wikidata items that country-codes.csv leaves empty, by ISO alpha-3 code: Namibia, whose alpha-2
   * code "NA" reads as "not available" to tools that treat it so. Q1030 is Namibia's item.
   */
  static final Map<String, String> WIKIDATA_LOST = Map.of("NAM", "Q1030");

  /** Commit of github.com/datasets/country-codes the input files were taken from. */
  static final String UPSTREAM_COMMIT = "caa72d1e0e5af8876c170bb36a9e4d64a01bba88";
  static final String UPSTREAM_DATE = "2026-05-15";

  static final EntityId FOCAC = EntityId.parse("actor:focac");
  static final EntityId CELAC = EntityId.parse("actor:celac");
  static final EntityId CHINA_CELAC_FORUM = EntityId.parse("actor:china-celac-forum");
  static final EntityId AU_COMMISSION = EntityId.parse("actor:african-union-commission");
  static final String CHINA_ISO3 = "CHN";

  static final String AFRICA = "002";
  static final String LATIN_AMERICA_AND_CARIBBEAN = "419";
  /** FACTS.md §3: the one African state outside FOCAC (it recognises Taipei). */
  static final Set<String> FOCAC_EXCLUDED_ISO3 = Set.of("SWZ");
  /** FACTS.md §3: CELAC has 33 members. */
  static final int CELAC_MEMBER_COUNT = 33;
  /** The value of country-codes.csv's {@code is_independent} column for sovereign states. */
  static final String INDEPENDENT = "Yes";

  static final Pattern ISO2_PATTERN = Pattern.compile("[A-Z]{2}");
  static final Pattern ISO3_PATTERN = Pattern.compile("[A-Z]{3}");
  static final Pattern M49_PATTERN = Pattern.compile("[0-9]{3}");
  static final Pattern LOOSE_M49_PATTERN = Pattern.compile("[0-9]{1,3}");
  static final Pattern WIKIDATA_VALUE = Pattern.compile("(?:https?://www\\.wikidata\\.org/wiki/)?(Q[1-9][0-9]*)");

  /** RFC 4180, the first record the header, whose names must be present and unique. */
  static final CSVFormat CSV = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(false)
      .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
      .setIgnoreEmptyLines(false)
      .get();

  /** The native format's YAML: the library's entity and relation mapping on the native writer's factory. */
  static final YAMLMapper YAML = YAMLMapper.builder(Factories.yamlWriter()).addModule(new SouthSouthModule()).build();

  private final Path inputDir;
  private final Path dataDir;
  private final Path outputDir;

  GenerateReferenceData(Path inputDir, Path dataDir, Path outputDir) {
    this.inputDir = inputDir;
    this.dataDir = dataDir;
    this.outputDir = outputDir;
  }

  /**
   * Runs the generator.
   *
   * @param args the CSV directory, the dataset directory and the output directory
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: java -cp CLASSPATH seeds/tools/GenerateReferenceData.java <input-dir> <data-dir> <output-dir>");
      System.err.println("  <input-dir>  holds " + COUNTRY_CODES_CSV + ", " + M49_EN_CSV + " and " + M49_ZH_CSV);
      System.err.println("  <data-dir>   holds the dataset's other documents (" + Seeds.resources().get(0) + ", ...)");
      System.err.println("  <output-dir> receives countries.yaml, regions.yaml, groups.yaml and sources.yaml");
      System.exit(2);
    }
    try {
      new GenerateReferenceData(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).run().forEach(System.out::println);
    } catch (DataException e) {
      System.err.println("GenerateReferenceData: " + e.getMessage());
      System.exit(1);
    } catch (NoSuchFileException e) {
      System.err.println("GenerateReferenceData: file not found: " + e.getFile());
      System.exit(1);
    } catch (IOException e) {
      System.err.println("GenerateReferenceData: I/O error: " + e);
      System.exit(1);
    }
  }

  /** Reads, checks, and writes everything; returns a few lines of counts for the console. */
  List<String> run() throws IOException, DataException {
    Table en = Table.read(inputDir.resolve(M49_EN_CSV));
    Table zh = Table.read(inputDir.resolve(M49_ZH_CSV));
    Table cc = Table.read(inputDir.resolve(COUNTRY_CODES_CSV));

    List<M49Row> enRows = M49Row.readAll(en);
    Map<String, M49Row> zhRows = index(M49Row.readAll(zh), M49Row::iso3, M49Row::row);
    Map<String, CodesRow> ccRows = index(CodesRow.readAll(cc), CodesRow::iso3, CodesRow::row);

    Map<String, Region> regions = new TreeMap<>();
    List<Area> areas = new ArrayList<>();
    for (M49Row e : enRows) {
      M49Row z = zhRows.get(e.iso3());
      if (z == null) {
        throw new DataException(e.row().where() + ": " + e.iso3() + " has no row in " + M49_ZH_CSV);
      }
      CodesRow c = ccRows.get(e.iso3());
      if (c == null) {
        throw new DataException(e.row().where() + ": " + e.iso3() + " has no row in " + COUNTRY_CODES_CSV);
      }
      z.codes().requireSame(e.codes(), e.iso3(), z.row(), e.row());
      c.codes().requireSame(e.codes(), e.iso3(), c.row(), e.row());
      Region.addHierarchy(regions, e, z);
      areas.add(new Area(e.iso3(), e.areaName(), z.areaName(), e.codes(), c.independence(), c.wikidata()));
    }
    requireNoExtraRows(zhRows.keySet(), enRows, zh);
    requireNoExtraRows(ccRows.keySet(), enRows, cc);
    areas.sort(Comparator.comparing(Area::iso3));

    List<Area> focac = focacMembers(areas);
    List<Area> celac = celacMembers(areas);
    Map<String, Document> documents = new LinkedHashMap<>();
    documents.put("countries.yaml", countriesDocument(areas, regions));
    documents.put("regions.yaml", regionsDocument(areas, regions));
    documents.put("groups.yaml", groupsDocument(areas, focac, celac));
    documents.put("sources.yaml", sourcesDocument());

    Map<String, byte[]> yaml = new LinkedHashMap<>();
    documents.forEach((name, document) -> yaml.put(name, document.toYaml()));
    requireValidDataset(yaml);
    Files.createDirectories(outputDir);
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    yaml.forEach((name, bytes) -> files.put(outputDir.resolve(name), out -> out.write(bytes)));
    AtomicFiles.writeAll(files);

    return List.of(
        "countries and areas: " + areas.size() + ", M49 regions: " + regions.size(),
        "FOCAC member-of relations: " + (focac.size() + 2) + " (" + focac.size()
            + " African states + China + AU Commission), CELAC member-of relations: " + celac.size(),
        "relations: regions.yaml " + documents.get("regions.yaml").relations().size()
            + ", groups.yaml " + documents.get("groups.yaml").relations().size(),
        "wrote " + outputDir.toAbsolutePath().normalize());
  }

  /**
   * Reads the generated documents with the dataset's other documents, strictly, as {@code Seeds.load()}
   * reads the whole dataset: every reference must resolve and every rule hold.
   */
  private void requireValidDataset(Map<String, byte[]> yaml) throws DataException {
    List<NativeReader.Input> inputs = new ArrayList<>();
    for (String name : Seeds.resources()) {
      if (name.startsWith(REFERENCE)) {
        byte[] generated = yaml.get(name.substring(REFERENCE.length()));
        if (generated == null) {
          throw new DataException(name + " is a document of the dataset (Seeds.resources()) that this generator"
              + " does not write; expected only " + yaml.keySet() + " under " + REFERENCE);
        }
        inputs.add(NativeReader.Input.of(name + " (generated)", Syntax.YAML, () -> new ByteArrayInputStream(generated)));
      } else {
        Path file = dataDir.resolve(name);
        inputs.add(NativeReader.Input.of(file.toString(), Syntax.YAML, () -> Files.newInputStream(file)));
      }
    }
    try {
      NativeFormat.reader(ReadOptions.defaults()).readInputs(inputs);
    } catch (ModelReadException e) {
      throw new DataException("the generated documents do not form a valid dataset with those in " + dataDir
          + " (nothing written):\n" + e.getMessage());
    }
  }

  // ------------------------------------------------------------------------------------------
  // Documents

  private Document countriesDocument(List<Area> areas, Map<String, Region> regions) {
    Document doc = new Document();
    for (Area a : areas) {
      Region home = regions.get(a.mostSpecificRegion());
      LocalizedText summary = home.level() == Level.GLOBAL
          ? text("Country or area with no UN M49 region below World (UN M49 " + a.m49() + ").",
              "未归入世界以下任何联合国M49区域的国家或地区（联合国M49代码" + a.m49() + "）。")
          : text("Country or area in " + home.nameEn() + " (UN M49 " + a.m49() + ").",
              home.nameZh() + "的国家或地区（联合国M49代码" + a.m49() + "）。");
      Actor.Builder country = Actor.builder()
          .id(countryId(a.iso3()))
          .name(text(a.nameEn(), a.nameZh()))
          .summary(summary)
          .addCitations(Citation.of(SRC_M49, "M49 " + a.m49()),
              Citation.of(SRC_COUNTRY_CODES, "ISO3166-1-Alpha-3 " + a.iso3()))
          .putExternalId("wikidata", a.wikidata())
          .putExternalId("iso3166", a.iso2())
          .actorType(ActorType.COUNTRY)
          .iso2(a.iso2())
          .iso3(a.iso3())
          .m49(a.m49());
      if (WIKIDATA_LOST.containsKey(a.iso3())) {
        country.addCitation(Citation.of(SRC_WIKIDATA, a.wikidata()));
      }
      if (ESSAY_NAMES.containsKey(a.iso3())) {
        country.addCitation(Citation.of(SRC_ESSAY, ESSAY_NAMES.get(a.iso3())));
      }
      doc.entities().add(country.build());
    }
    return doc;
  }

  private Document regionsDocument(List<Area> areas, Map<String, Region> regions) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Area a : areas) {
      for (String r = a.mostSpecificRegion(); r != null; r = regions.get(r).parent()) {
        counts.merge(r, 1, Integer::sum);
      }
    }
    Document doc = new Document();
    for (Region r : regions.values()) {
      int n = counts.getOrDefault(r.code(), 0);
      LocalizedText summary;
      if (r.parent() == null) {
        summary = text("UN M49 " + r.level().en + " (code " + r.code() + ") covering all " + n
                + " countries or areas listed.",
            "联合国M49" + r.level().zh + "（代码" + r.code() + "），涵盖所列全部" + n + "个国家或地区。");
      } else {
        Region p = regions.get(r.parent());
        summary = text("UN M49 " + r.level().en + " (code " + r.code() + ") within " + p.nameEn() + " ("
                + p.code() + "), grouping " + n + " countries or areas.",
            "联合国M49" + r.level().zh + "（代码" + r.code() + "），隶属" + p.nameZh() + "（" + p.code()
                + "），包含" + n + "个国家或地区。");
        doc.relations().add(relation(regionId(r.code()), RelationType.PART_OF, regionId(p.code()),
            Citation.of(SRC_M49, r.level().column + " " + r.code() + " within " + p.level().column + " " + p.code())));
      }
      Actor.Builder region = Actor.builder()
          .id(regionId(r.code()))
          .name(text(r.nameEn(), r.nameZh()))
          .summary(summary)
          .addCitation(Citation.of(SRC_M49, r.level().column + " " + r.code()))
          .actorType(ActorType.REGION)
          .m49(r.code());
      if (ESSAY_NAMES.containsKey(r.code())) {
        region.addCitation(Citation.of(SRC_ESSAY, ESSAY_NAMES.get(r.code())));
      }
      doc.entities().add(region.build());
    }
    for (Area a : areas) {
      String home = a.mostSpecificRegion();
      doc.relations().add(relation(countryId(a.iso3()), RelationType.MEMBER_OF, regionId(home),
          Citation.of(SRC_M49, "M49 " + a.m49() + ": " + regions.get(home).level().column + " " + home)));
    }
    return doc;
  }

  private Document groupsDocument(List<Area> areas, List<Area> focac, List<Area> celac) {
    Document doc = new Document();
    for (Group g : Group.values()) {
      long n = areas.stream().filter(a -> a.groups().contains(g)).count();
      Actor.Builder group = Actor.builder()
          .id(g.id)
          .name(text(g.nameEn, g.nameZh).with("zh-Latn-pinyin", g.pinyin))
          .summary(text("Countries and areas flagged as " + g.nameEn + " (" + g.abbreviation
                  + ") in the UN M49 table; " + n + " listed.",
              "联合国M49表中标记为" + g.nameZh + "（" + g.abbreviation + "）的国家和地区；共" + n + "个。"))
          .addCitation(Citation.of(SRC_M49, "column " + g.column))
          .actorType(ActorType.GROUP);
      if (g.wikidata != null) {
        group.putExternalId("wikidata", g.wikidata);
      }
      doc.entities().add(group.build());
      for (Area a : areas) {
        if (a.groups().contains(g)) {
          doc.relations().add(relation(countryId(a.iso3()), RelationType.MEMBER_OF, g.id,
              Citation.of(SRC_M49, "M49 " + a.m49() + ": " + g.column + " = x")));
        }
      }
    }

    Citation focacRule = Citation.of(SRC_FOCAC, "About FOCAC");
    Citation essayForums = Citation.of(SRC_ESSAY, ESSAY_FORUMS);
    doc.relations().add(relation(countryId(CHINA_ISO3), RelationType.MEMBER_OF, FOCAC, focacRule, essayForums));
    doc.relations().add(relation(AU_COMMISSION, RelationType.MEMBER_OF, FOCAC, focacRule));
    for (Area a : focac) {
      doc.relations().add(relation(countryId(a.iso3()), RelationType.MEMBER_OF, FOCAC, focacRule,
          Citation.of(SRC_COUNTRY_CODES, a.iso3() + ": Region Code " + AFRICA + ", is_independent " + a.independence())));
    }
    Citation celacRule = Citation.of(SRC_CELAC, "signatory states");
    for (Area a : celac) {
      doc.relations().add(relation(countryId(a.iso3()), RelationType.MEMBER_OF, CELAC, celacRule,
          Citation.of(SRC_COUNTRY_CODES, a.iso3() + ": Sub-region Code " + LATIN_AMERICA_AND_CARIBBEAN
              + ", is_independent " + a.independence())));
    }
    Citation forumRule = Citation.of(SRC_CHINA_CELAC_FORUM);
    doc.relations().add(relation(countryId(CHINA_ISO3), RelationType.MEMBER_OF, CHINA_CELAC_FORUM, forumRule, essayForums));
    doc.relations().add(relation(CELAC, RelationType.MEMBER_OF, CHINA_CELAC_FORUM, forumRule));
    return doc;
  }

  private Document sourcesDocument() {
    Document doc = new Document();
    doc.entities().add(source(SRC_M49)
        .name(text("Standard country or area codes for statistical use (M49)", "统计用标准国家或地区代码（M49）"))
        .summary(text("The UN Statistics Division's M49 standard: codes and official English and Chinese names of"
                + " the world, its regions, sub-regions, intermediate regions and countries or areas, with the LDC,"
                + " LLDC and SIDS groupings. Read from the copies tmp/UNSD-en.csv and tmp/UNSD-cn.csv in"
                + " github.com/datasets/country-codes at commit " + UPSTREAM_COMMIT + ".",
            "联合国统计司M49标准：世界、区域、分区域、中间区域及各国家或地区的代码和"
                + "英文、中文正式名称，以及最不发达国家、内陆发展中国家和小岛屿发展中国家分组。"))
        .putAttribute("reference.commit", UPSTREAM_COMMIT)
        .putAttribute("reference.files", "UNSD-m49-en.csv UNSD-m49-zh.csv")
        .sourceKind(SourceKind.DATASET)
        .publisher("UN Statistics Division")
        // The tables are the copies in country-codes at UPSTREAM_COMMIT, so their counts are as of its date.
        .date(PartialDate.parse(UPSTREAM_DATE))
        .uri("https://unstats.un.org/unsd/methodology/m49/")
        .build());
    doc.entities().add(source(SRC_COUNTRY_CODES)
        .name(text("Comprehensive country codes: ISO 3166, ITU, ISO 4217 currency codes and many more"
                + " (datasets/country-codes)", "国家和地区代码综合数据集（datasets/country-codes）"))
        .summary(text("Data package of the 249 ISO 3166-1 countries and areas with their ISO, UN M49 and other"
                + " codes, official names, independence status and Wikidata items; file data/country-codes.csv at"
                + " commit " + UPSTREAM_COMMIT + ". Released under the Open Data Commons Public Domain Dedication"
                + " and License (PDDL).",
            "249个ISO 3166-1国家和地区的数据包，含ISO代码、联合国M49代码及其他代码、"
                + "正式名称、独立状态和维基数据条目；以开放数据共享公共领域贡献和许可（PDDL）发布。"))
        .putAttribute("reference.commit", UPSTREAM_COMMIT)
        .putAttribute("reference.files", "country-codes.csv")
        .putAttribute("reference.license", "PDDL-1.0")
        .sourceKind(SourceKind.DATASET)
        .publisher("datasets (github.com/datasets)")
        .date(PartialDate.parse(UPSTREAM_DATE))
        .uri("https://github.com/datasets/country-codes")
        .build());
    doc.entities().add(source(SRC_CELAC)
        .name(text("Declaration of Caracas (founding declaration of CELAC)", "《加拉加斯宣言》（拉美和加勒比国家共同体成立宣言）"))
        .summary(text("Declaration adopted in Caracas on 3 December 2011 by the heads of state and government of"
                + " the 33 states of Latin America and the Caribbean, founding the Community of Latin American and"
                + " Caribbean States (CELAC); its signatories are CELAC's members.",
            "2011年12月3日拉丁美洲和加勒比33国国家元首和政府首脑在加拉加斯通过的宣言，"
                + "宣告拉美和加勒比国家共同体成立；其签署国即拉共体成员。"))
        .sourceKind(SourceKind.OFFICIAL_DOCUMENT)
        .publisher("Community of Latin American and Caribbean States")
        .date(PartialDate.parse("2011-12-03"))
        .build());
    doc.entities().add(source(SRC_WIKIDATA)
        .name(text("Wikidata", "维基数据"))
        .summary(text("The collaborative knowledge base of the Wikimedia Foundation; cited, with the item as"
                + " locator, for a country's Wikidata item that country-codes.csv lost.",
            "维基媒体基金会的协作知识库；在country-codes.csv缺失某国的维基数据条目时引用，定位为该条目。"))
        .sourceKind(SourceKind.WEBSITE)
        .publisher("Wikimedia Foundation")
        .uri("https://www.wikidata.org/")
        .build());
    return doc;
  }

  /**
   * A source of these tables; like every entity of the dataset it cites where its description comes
   * from: the source itself.
   */
  private static Source.Builder source(EntityId id) {
    return Source.builder().id(id).addCitation(Citation.of(id, "the source itself"));
  }

  // ------------------------------------------------------------------------------------------
  // Derived memberships

  /** Which areas are FOCAC members by the membership rule, checked against the data. */
  private static List<Area> focacMembers(List<Area> areas) throws DataException {
    List<Area> states = new ArrayList<>();
    Set<String> excludedSeen = new TreeSet<>();
    boolean chinaSeen = false;
    for (Area a : areas) {
      chinaSeen |= a.iso3().equals(CHINA_ISO3);
      if (AFRICA.equals(a.codes().levels().get(Level.REGION)) && INDEPENDENT.equals(a.independence())) {
        if (FOCAC_EXCLUDED_ISO3.contains(a.iso3())) {
          excludedSeen.add(a.iso3());
        } else {
          states.add(a);
        }
      }
    }
    if (!chinaSeen) {
      throw new DataException(COUNTRY_CODES_CSV + ": no row for " + CHINA_ISO3
          + " (expected China, a FOCAC and China-CELAC Forum member)");
    }
    if (!excludedSeen.equals(FOCAC_EXCLUDED_ISO3)) {
      throw new DataException(COUNTRY_CODES_CSV + ": expected " + FOCAC_EXCLUDED_ISO3
          + " among the independent African states (the FOCAC exclusion rule of FACTS.md §3),"
          + " found only " + excludedSeen + "; review the rule before regenerating");
    }
    return states;
  }

  /** CELAC: the independent states of M49 419; exactly 33 or the run fails. */
  private static List<Area> celacMembers(List<Area> areas) throws DataException {
    List<Area> states = areas.stream()
        .filter(a -> LATIN_AMERICA_AND_CARIBBEAN.equals(a.codes().levels().get(Level.SUB_REGION))
            && INDEPENDENT.equals(a.independence()))
        .toList();
    if (states.size() != CELAC_MEMBER_COUNT) {
      throw new DataException(COUNTRY_CODES_CSV + ": expected " + CELAC_MEMBER_COUNT
          + " independent states in M49 sub-region " + LATIN_AMERICA_AND_CARIBBEAN
          + " (the CELAC members), found " + states.size() + ": " + states.stream().map(Area::iso3).toList());
    }
    return states;
  }

  private static void requireNoExtraRows(Set<String> keys, List<M49Row> enRows, Table other) throws DataException {
    Set<String> extra = new TreeSet<>(keys);
    enRows.forEach(r -> extra.remove(r.iso3()));
    if (!extra.isEmpty()) {
      throw new DataException(other.file() + ": rows for " + extra + " have no row in " + M49_EN_CSV
          + " (expected the same countries and areas in all three files)");
    }
  }

  private static <R> Map<String, R> index(List<R> rows, java.util.function.Function<R, String> iso3,
      java.util.function.Function<R, Row> row) throws DataException {
    Map<String, R> map = new TreeMap<>();
    for (R r : rows) {
      R previous = map.put(iso3.apply(r), r);
      if (previous != null) {
        throw new DataException(row.apply(r).where() + ": " + iso3.apply(r) + " appears again (first on line "
            + row.apply(previous).line() + "); expected one row per country or area");
      }
    }
    return map;
  }

  static EntityId countryId(String iso3) {
    return EntityId.parse("actor:" + iso3.toLowerCase(Locale.ROOT));
  }

  static EntityId regionId(String m49) {
    return EntityId.parse("actor:m49-" + m49);
  }

  static LocalizedText text(String en, String zh) {
    return LocalizedText.of("en", en).with("zh-Hans", zh);
  }

  static Relation relation(EntityId from, RelationType type, EntityId to, Citation... citations) {
    return Relation.builder().from(from).type(type).to(to).addCitations(citations).build();
  }

  /** The entities and relations of one document. */
  record Document(List<Entity> entities, List<Relation> relations) {
    Document() {
      this(new ArrayList<>(), new ArrayList<>());
    }

    /** Written as {@code NativeWriter} writes a graph: entities by id, relations in canonical order. */
    byte[] toYaml() {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("format", "southsouth");
      document.put("formatVersion", NativeFormat.FORMAT_VERSION);
      if (!entities.isEmpty()) {
        document.put("entities", entities.stream().sorted(Comparator.comparing(Entity::id)).toList());
      }
      if (!relations.isEmpty()) {
        document.put("relations", relations.stream().sorted().toList());
      }
      return YAML.writeValueAsBytes(document);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Domain records

  /** The levels of the M49 hierarchy, with the CSV columns that hold each one's code and name. */
  enum Level {
    GLOBAL("global region", "全球区域", "Global Code", "Global Name"),
    REGION("region", "区域", "Region Code", "Region Name"),
    SUB_REGION("sub-region", "分区域", "Sub-region Code", "Sub-region Name"),
    INTERMEDIATE("intermediate region", "中间区域", "Intermediate Region Code", "Intermediate Region Name");

    final String en;
    final String zh;
    final String column;
    final String nameColumn;

    Level(String en, String zh, String column, String nameColumn) {
      this.en = en;
      this.zh = zh;
      this.column = column;
      this.nameColumn = nameColumn;
    }
  }

  /** The three UN country groupings flagged in the M49 table. */
  enum Group {
    LDC("LDC", "Least Developed Countries (LDC)", "Least Developed Countries", "最不发达国家",
        "Zuì bù fādá guójiā", "Q752401"),
    LLDC("LLDC", "Land Locked Developing Countries (LLDC)", "Landlocked Developing Countries",
        "内陆发展中国家", "Nèilù fāzhǎnzhōng guójiā", null),
    SIDS("SIDS", "Small Island Developing States (SIDS)", "Small Island Developing States",
        "小岛屿发展中国家", "Xiǎo dǎoyǔ fāzhǎnzhōng guójiā", null);

    final EntityId id;
    final String abbreviation;
    final String column;
    final String nameEn;
    final String nameZh;
    final String pinyin;
    /** Wikidata item, only where domain/FACTS.md lists a verified one. */
    final String wikidata;

    static final List<String> COLUMNS = List.of(LDC.column, LLDC.column, SIDS.column);

    Group(String abbreviation, String column, String nameEn, String nameZh, String pinyin, String wikidata) {
      this.id = EntityId.parse("actor:" + abbreviation.toLowerCase(Locale.ROOT));
      this.abbreviation = abbreviation;
      this.column = column;
      this.nameEn = nameEn;
      this.nameZh = nameZh;
      this.pinyin = pinyin;
      this.wikidata = wikidata;
    }
  }

  /** A region of the M49 hierarchy; {@code parent} is null only for World. */
  record Region(String code, Level level, String nameEn, String nameZh, String parent, String firstSeen) {

    /** Adds the regions of one country row (English and Chinese), checking they agree with earlier rows. */
    static void addHierarchy(Map<String, Region> regions, M49Row e, M49Row z) throws DataException {
      String parent = null;
      for (Level level : Level.values()) {
        String code = e.codes().levels().get(level);
        if (code.isEmpty()) {
          continue;
        }
        Region candidate = new Region(code, level, e.names().get(level), z.names().get(level), parent,
            e.row().where() + " / " + z.row().where());
        Region known = regions.putIfAbsent(code, candidate);
        if (known != null) {
          known.requireSame(candidate);
        }
        parent = code;
      }
    }

    private void requireSame(Region other) throws DataException {
      String problem = null;
      if (level != other.level) {
        problem = "is a " + other.level.en + " here but a " + level.en;
      } else if (!nameEn.equals(other.nameEn) || !nameZh.equals(other.nameZh)) {
        problem = "is named \"" + other.nameEn + "\" / \"" + other.nameZh + "\" here but \""
            + nameEn + "\" / \"" + nameZh + "\"";
      } else if (!Objects.equals(parent, other.parent)) {
        problem = "lies within " + other.parent + " here but within " + parent;
      }
      if (problem != null) {
        throw new DataException(other.firstSeen + ": M49 code " + code + " " + problem + " at "
            + firstSeen + " (expected one name, level and parent per code)");
      }
    }
  }

  /** One country or area, merged from the three files (all cross-checked). */
  record Area(String iso3, String nameEn, String nameZh, Codes codes, String independence, String wikidata) {

    String iso2() {
      return codes.iso2();
    }

    String m49() {
      return codes.m49();
    }

    Set<Group> groups() {
      return codes.groups();
    }

    /** Intermediate region if any, else sub-region, else region, else the global code. */
    String mostSpecificRegion() {
      for (Level level : List.of(Level.INTERMEDIATE, Level.SUB_REGION, Level.REGION)) {
        if (!codes.levels().get(level).isEmpty()) {
          return codes.levels().get(level);
        }
      }
      return codes.levels().get(Level.GLOBAL);
    }
  }

  /**
   * The codes and flags all three tables have — ISO alpha-2, M49, the codes of the M49 hierarchy,
   * the group flags — and the columns of its own table that hold them; the tables must agree.
   */
  record Codes(String iso2, String m49, Map<Level, String> levels, Set<Group> groups, List<String> columns) {

    static Codes of(Row r, String iso2Column, String m49Column, String m49, Map<Level, String> levels)
        throws DataException {
      List<String> columns = new ArrayList<>(List.of(iso2Column, m49Column));
      levels.keySet().forEach(level -> columns.add(level.column));
      columns.addAll(Group.COLUMNS);
      return new Codes(r.iso2(iso2Column), m49, levels, r.groups(), columns);
    }

    List<String> values() {
      List<String> values = new ArrayList<>(List.of(iso2, m49));
      values.addAll(levels.values());
      Group.COLUMNS.forEach(c -> values.add(groups.stream().anyMatch(g -> g.column.equals(c)) ? "x" : ""));
      return values;
    }

    /** Fails at the first value of {@code row} that differs from the English table's. */
    void requireSame(Codes english, String iso3, Row row, Row englishRow) throws DataException {
      List<String> found = values();
      List<String> expected = english.values();
      for (int i = 0; i < found.size(); i++) {
        if (!found.get(i).equals(expected.get(i))) {
          throw new DataException(row.where() + ": " + iso3 + " \"" + columns.get(i) + "\" is \"" + found.get(i)
              + "\", expected \"" + expected.get(i) + "\" as in " + englishRow.where());
        }
      }
    }
  }

  /** A row of an M49 table (English or Chinese; both have the same English header). */
  record M49Row(Row row, String iso3, String areaName, Map<Level, String> names, Codes codes) {
    static final String COUNTRY = "Country or Area";
    static final String M49 = "M49 Code";
    static final String ISO2 = "ISO-alpha2 Code";
    static final String ISO3 = "ISO-alpha3 Code";

    static List<M49Row> readAll(Table t) throws DataException {
      t.requireColumns(List.of(COUNTRY, M49, ISO2, ISO3));
      t.requireColumns(Group.COLUMNS);
      for (Level level : Level.values()) {
        t.requireColumns(List.of(level.column, level.nameColumn));
      }
      List<M49Row> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        Map<Level, String> codes = new EnumMap<>(Level.class);
        Map<Level, String> names = new EnumMap<>(Level.class);
        boolean parentPresent = true;
        for (Level level : Level.values()) {
          String code = level == Level.GLOBAL || !r.get(level.column).isEmpty() ? r.m49Code(level.column) : "";
          String name = r.get(level.nameColumn);
          if (code.isEmpty() != name.isEmpty()) {
            throw new DataException(r.where() + ": \"" + level.column + "\" is \"" + code + "\" but \""
                + level.nameColumn + "\" is \"" + name + "\" (expected both filled or both empty)");
          }
          if (!code.isEmpty() && !parentPresent) {
            throw new DataException(r.where() + ": \"" + level.column + "\" is " + code
                + " but the level above it is empty (expected a complete M49 hierarchy)");
          }
          parentPresent = !code.isEmpty();
          codes.put(level, code);
          names.put(level, name);
        }
        rows.add(new M49Row(r, r.iso3(ISO3), r.name(COUNTRY), names, Codes.of(r, ISO2, M49, r.m49Code(M49), codes)));
      }
      return rows;
    }
  }

  /** The columns of country-codes.csv this program uses. */
  record CodesRow(Row row, String iso3, Codes codes, String independence, String wikidata) {
    static final String ISO3 = "ISO3166-1-Alpha-3";
    static final String ISO2 = "ISO3166-1-Alpha-2";
    static final String M49 = "M49";
    static final String INDEPENDENT_COLUMN = "is_independent";
    static final String WIKIDATA = "wikidata_id";

    static List<CodesRow> readAll(Table t) throws DataException {
      t.requireColumns(List.of(ISO3, ISO2, M49, INDEPENDENT_COLUMN, WIKIDATA));
      t.requireColumns(Group.COLUMNS);
      t.requireColumns(Stream.of(Level.values()).map(level -> level.column).toList());
      List<CodesRow> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        String iso3 = r.iso3(ISO3);
        Map<Level, String> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
          levels.put(level, r.looseM49Code(level.column, level != Level.GLOBAL));
        }
        // country-codes.csv writes M49 codes as plain integers ("4" for Afghanistan's "004").
        Codes codes = Codes.of(r, ISO2, M49, r.looseM49Code(M49, false), levels);
        String independence = r.name(INDEPENDENT_COLUMN);
        String wd = r.get(WIKIDATA).strip();
        String wikidata;
        if (wd.isEmpty()) {
          wikidata = WIKIDATA_LOST.get(iso3);
          if (wikidata == null) {
            throw new DataException(r.where() + ": \"" + WIKIDATA + "\" is empty for " + iso3
                + ", expected https://www.wikidata.org/wiki/Q<number>");
          }
        } else {
          Matcher m = WIKIDATA_VALUE.matcher(wd);
          if (!m.matches()) {
            throw new DataException(r.where() + ": \"" + WIKIDATA + "\" is \"" + wd
                + "\", expected empty or https://www.wikidata.org/wiki/Q<number>");
          }
          wikidata = m.group(1);
        }
        rows.add(new CodesRow(r, iso3, codes, independence, wikidata));
      }
      return rows;
    }
  }

  // ------------------------------------------------------------------------------------------
  // CSV input, through Commons CSV

  /** A data error: bad input, reported as one line, never as a stack trace. */
  static final class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    DataException(String message) {
      super(message);
    }
  }

  /** A CSV file with a header row; every data row must have as many fields as the header. */
  record Table(String file, Set<String> columns, List<Row> rows) {

    static Table read(Path path) throws IOException, DataException {
      String file = path.getFileName().toString();
      byte[] bytes = Files.readAllBytes(path);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(in).toString();
      } catch (CharacterCodingException e) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          line += bytes[i] == '\n' ? 1 : 0;
        }
        throw new DataException(file + ":" + line + ": invalid UTF-8 byte sequence at byte offset "
            + in.position() + " (expected UTF-8 text)");
      }
      List<Row> rows = new ArrayList<>();
      // The record's first line: the line after the end of the one before (the header is line 1).
      long end = 0;
      try (CSVParser parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, CSV)) {
        if (parser.getHeaderNames().isEmpty()) {
          throw new DataException(file + ": file is empty, expected a header line");
        }
        Table table = new Table(file, Set.copyOf(parser.getHeaderNames()), rows);
        end = parser.getCurrentLineNumber();
        for (CSVRecord record : parser) {
          Row row = new Row(table, Math.toIntExact(end + 1), record);
          end = parser.getCurrentLineNumber();
          if (!record.isConsistent()) {
            String what = record.size() == 1 && record.get(0).isEmpty() ? "a blank line" : record.size() + " fields";
            throw new DataException(row.where() + ": found " + what + ", expected " + parser.getHeaderNames().size()
                + " fields as in the header");
          }
          rows.add(row);
        }
        return table;
      } catch (UncheckedIOException | IllegalArgumentException | IOException e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        throw new DataException(file + ":" + (end + 1) + ": " + cause.getMessage() + " (expected RFC 4180 CSV"
            + " with a header of unique, non-empty column names)");
      }
    }

    void requireColumns(List<String> required) throws DataException {
      List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new DataException(file + ":1: header has no column " + missing
            + " (expected columns include " + required + ")");
      }
    }
  }

  /** One data row of a {@link Table}, with the line it starts on, and its checked values. */
  record Row(Table table, int line, CSVRecord record) {

    String where() {
      return table.file() + ":" + line;
    }

    String get(String column) {
      return record.get(column);
    }

    /** A required text value without surrounding spaces or line breaks. */
    String name(String column) throws DataException {
      String v = get(column);
      if (v.isEmpty() || !v.equals(v.strip()) || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        throw new DataException(where() + ": \"" + column + "\" is \"" + v.replace("\r", "\\r").replace("\n", "\\n")
            + "\", expected a non-empty name on one line without surrounding spaces");
      }
      return v;
    }

    String pattern(String column, Pattern p, String expected) throws DataException {
      String v = get(column);
      if (!p.matcher(v).matches()) {
        throw new DataException(where() + ": \"" + column + "\" is \"" + v + "\", expected " + expected);
      }
      return v;
    }

    String iso2(String column) throws DataException {
      return pattern(column, ISO2_PATTERN, "two capital letters (ISO 3166-1 alpha-2)");
    }

    String iso3(String column) throws DataException {
      return pattern(column, ISO3_PATTERN, "three capital letters (ISO 3166-1 alpha-3)");
    }

    String m49Code(String column) throws DataException {
      return pattern(column, M49_PATTERN, "a three-digit UN M49 code such as \"004\"");
    }

    /** An M49 code written with or without leading zeros, returned with three digits. */
    String looseM49Code(String column, boolean optional) throws DataException {
      String v = get(column);
      if (optional && v.isEmpty()) {
        return "";
      }
      pattern(column, LOOSE_M49_PATTERN, "an M49 code of one to three digits" + (optional ? " or nothing" : ""));
      return "000".substring(v.length()) + v;
    }

    /** The groups whose flag column holds "x"; each must hold "x" or nothing. */
    Set<Group> groups() throws DataException {
      Set<Group> groups = EnumSet.noneOf(Group.class);
      for (Group g : Group.values()) {
        String v = get(g.column);
        if (v.equals("x")) {
          groups.add(g);
        } else if (!v.isEmpty()) {
          throw new DataException(where() + ": \"" + g.column + "\" is \"" + v + "\", expected \"x\" or nothing");
        }
      }
      return groups;
    }
  }
}
