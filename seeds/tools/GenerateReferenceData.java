import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Files are read as RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), UTF-8 with
 * an optional byte order mark. The two M49 tables and country-codes.csv must agree on every code and
 * flag they share; any disagreement or malformed value stops the run with a message naming the file,
 * the line and what was expected. No output file is touched until all input has been checked.
 *
 * <h2>Output</h2>
 * {@code countries.yaml}, {@code regions.yaml}, {@code groups.yaml} and {@code sources.yaml} in the
 * output directory. Output is canonical: entities sorted by id, relations by (from, type, to), keys in
 * the order FORMAT.md lists them, UTF-8, {@code \n} line ends and a trailing newline, so the same input
 * always gives byte-identical files. Each file is written to a temporary file and then moved into place.
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
 * {@link CodesRow#WIKIDATA_LOST}, and stops if a country is still left without one.
 *
 * <h2>Re-running</h2>
 * From the repository root, with any JDK 17 or later (no build, no dependencies):
 * <pre>
 * java seeds/tools/GenerateReferenceData.java seeds/src/test/resources/reference-csv seeds/data/reference
 * </pre>
 * Exit status: 0 on success, 1 on a data or I/O error (message on standard error), 2 on wrong usage.
 */
public final class GenerateReferenceData {

    static final String COUNTRY_CODES_CSV = "country-codes.csv";
    static final String M49_EN_CSV = "UNSD-m49-en.csv";
    static final String M49_ZH_CSV = "UNSD-m49-zh.csv";

    static final String SRC_M49 = "source:unsd-m49";
    static final String SRC_COUNTRY_CODES = "source:country-codes";
    static final String SRC_FOCAC = "source:focac-official-site";
    static final String SRC_CELAC = "source:celac-declaration-of-caracas-2011";
    static final String SRC_CHINA_CELAC_FORUM = "source:china-daily-2015-01-09";
    static final String SRC_ESSAY = "source:essay";
    static final String SRC_WIKIDATA = "source:wikidata";
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

    /** Commit of github.com/datasets/country-codes the input files were taken from. */
    static final String UPSTREAM_COMMIT = "caa72d1e0e5af8876c170bb36a9e4d64a01bba88";
    static final String UPSTREAM_DATE = "2026-05-15";

    static final String FOCAC = "actor:focac";
    static final String CELAC = "actor:celac";
    static final String CHINA_CELAC_FORUM = "actor:china-celac-forum";
    static final String AU_COMMISSION = "actor:african-union-commission";
    static final String CHINA_ISO3 = "CHN";

    static final String AFRICA = "002";
    static final String LATIN_AMERICA_AND_CARIBBEAN = "419";
    /** FACTS.md §3: the one African state outside FOCAC (it recognises Taipei). */
    static final Set<String> FOCAC_EXCLUDED_ISO3 = Set.of("SWZ");
    /** FACTS.md §3: CELAC has 33 members. */
    static final int CELAC_MEMBER_COUNT = 33;
    /** The value of country-codes.csv's {@code is_independent} column for sovereign states. */
    static final String INDEPENDENT = "Yes";

    private final Path inputDir;
    private final Path outputDir;

    GenerateReferenceData(Path inputDir, Path outputDir) {
        this.inputDir = inputDir;
        this.outputDir = outputDir;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java seeds/tools/GenerateReferenceData.java <input-dir> <output-dir>");
            System.err.println("  <input-dir>  holds " + COUNTRY_CODES_CSV + ", " + M49_EN_CSV + " and " + M49_ZH_CSV);
            System.err.println("  <output-dir> receives countries.yaml, regions.yaml, groups.yaml and sources.yaml");
            System.exit(2);
        }
        try {
            List<String> report = new GenerateReferenceData(Path.of(args[0]), Path.of(args[1])).run();
            report.forEach(System.out::println);
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
        CsvTable en = CsvTable.read(inputDir.resolve(M49_EN_CSV));
        CsvTable zh = CsvTable.read(inputDir.resolve(M49_ZH_CSV));
        CsvTable cc = CsvTable.read(inputDir.resolve(COUNTRY_CODES_CSV));

        List<M49Row> enRows = M49Row.readAll(en);
        Map<String, M49Row> zhRows = index(M49Row.readAll(zh), zh);
        Map<String, CodesRow> ccRows = index(CodesRow.readAll(cc), cc);

        Map<String, Region> regions = new TreeMap<>();
        List<Area> areas = new ArrayList<>();
        for (M49Row e : enRows) {
            M49Row z = zhRows.get(e.iso3);
            if (z == null) {
                throw new DataException(en.where(e.line) + ": " + e.iso3 + " has no row in " + M49_ZH_CSV);
            }
            e.requireSameCodes(z, zh);
            CodesRow c = ccRows.get(e.iso3);
            if (c == null) {
                throw new DataException(en.where(e.line) + ": " + e.iso3 + " has no row in " + COUNTRY_CODES_CSV);
            }
            c.requireAgrees(e, cc, en);
            Region.addHierarchy(regions, e, z, en, zh);
            areas.add(new Area(e, z, c));
        }
        requireNoExtraRows(zhRows.keySet(), enRows, zh);
        requireNoExtraRows(ccRows.keySet(), enRows, cc);
        areas.sort(Comparator.comparing(a -> a.iso3));

        Map<String, Integer> areaCounts = countAreas(areas, regions);
        Membership focac = focacMembers(areas);
        Membership celac = celacMembers(areas);

        Document countries = countriesDocument(areas, regions);
        Document regionDoc = regionsDocument(areas, regions, areaCounts);
        Document groups = groupsDocument(areas, focac, celac);
        Document sources = sourcesDocument();

        Files.createDirectories(outputDir);
        writeAtomically(outputDir.resolve("countries.yaml"), countries.toYaml());
        writeAtomically(outputDir.resolve("regions.yaml"), regionDoc.toYaml());
        writeAtomically(outputDir.resolve("groups.yaml"), groups.toYaml());
        writeAtomically(outputDir.resolve("sources.yaml"), sources.toYaml());

        Map<Level, Integer> byLevel = new TreeMap<>();
        regions.values().forEach(r -> byLevel.merge(r.level, 1, Integer::sum));
        List<String> report = new ArrayList<>();
        report.add("countries and areas: " + areas.size());
        report.add("regions: " + regions.size() + " " + byLevel);
        report.add("LDC: " + areas.stream().filter(a -> a.ldc).count()
                + ", LLDC: " + areas.stream().filter(a -> a.lldc).count()
                + ", SIDS: " + areas.stream().filter(a -> a.sids).count());
        report.add("FOCAC member-of relations: " + (focac.states.size() + 2)
                + " (" + focac.states.size() + " African states + China + AU Commission)");
        report.add("CELAC member-of relations: " + celac.states.size());
        report.add("relations: regions.yaml " + regionDoc.relations.size()
                + ", groups.yaml " + groups.relations.size());
        report.add("wrote " + outputDir.toAbsolutePath().normalize());
        return report;
    }

    // ------------------------------------------------------------------------------------------
    // Documents

    private Document countriesDocument(List<Area> areas, Map<String, Region> regions) {
        Document doc = new Document();
        for (Area a : areas) {
            Region home = regions.get(a.mostSpecificRegion());
            Obj name = new Obj().put("en", text(a.nameEn)).put("zh-Hans", text(a.nameZh));
            Obj summary;
            if (home.level == Level.GLOBAL) {
                summary = new Obj()
                        .put("en", text("Country or area with no UN M49 region below World (UN M49 " + a.m49 + ")."))
                        .put("zh-Hans", text("未归入世界以下任何联合国M49区域的国家或地区（联合国M49代码" + a.m49 + "）。"));
            } else {
                summary = new Obj()
                        .put("en", text("Country or area in " + home.nameEn + " (UN M49 " + a.m49 + ")."))
                        .put("zh-Hans", text(home.nameZh + "的国家或地区（联合国M49代码" + a.m49 + "）。"));
            }
            Seq citations = new Seq()
                    .add(citation(SRC_M49, "M49 " + a.m49))
                    .add(citation(SRC_COUNTRY_CODES, "ISO3166-1-Alpha-3 " + a.iso3));
            if (CodesRow.WIKIDATA_LOST.containsKey(a.iso3)) {
                citations.add(citation(SRC_WIKIDATA, a.wikidata));
            }
            if (ESSAY_NAMES.containsKey(a.iso3)) {
                citations.add(citation(SRC_ESSAY, ESSAY_NAMES.get(a.iso3)));
            }
            Obj externalIds = new Obj();
            externalIds.put("wikidata", text(a.wikidata));
            externalIds.put("iso3166", code(a.iso2));
            doc.entities.add(new Obj()
                    .put("id", code(countryId(a.iso3)))
                    .put("name", name)
                    .put("summary", summary)
                    .put("citations", citations)
                    .put("externalIds", externalIds)
                    .put("actorType", text("country"))
                    .put("iso2", code(a.iso2))
                    .put("iso3", code(a.iso3))
                    .put("m49", code(a.m49)));
        }
        return doc.sorted();
    }

    private Document regionsDocument(List<Area> areas, Map<String, Region> regions, Map<String, Integer> counts) {
        Document doc = new Document();
        for (Region r : regions.values()) {
            int n = counts.getOrDefault(r.code, 0);
            Obj summary;
            if (r.parent == null) {
                summary = new Obj()
                        .put("en", text("UN M49 " + r.level.en + " (code " + r.code + ") covering all "
                                + n + " countries or areas listed."))
                        .put("zh-Hans", text("联合国M49" + r.level.zh + "（代码" + r.code + "），涵盖所列全部"
                                + n + "个国家或地区。"));
            } else {
                Region p = regions.get(r.parent);
                summary = new Obj()
                        .put("en", text("UN M49 " + r.level.en + " (code " + r.code + ") within " + p.nameEn
                                + " (" + p.code + "), grouping " + n + " countries or areas."))
                        .put("zh-Hans", text("联合国M49" + r.level.zh + "（代码" + r.code + "），隶属" + p.nameZh
                                + "（" + p.code + "），包含" + n + "个国家或地区。"));
                doc.relations.add(new Obj()
                        .put("from", code(regionId(r.code)))
                        .put("type", text("part-of"))
                        .put("to", code(regionId(p.code)))
                        .put("citations", new Seq().add(citation(SRC_M49,
                                r.level.column + " " + r.code + " within " + p.level.column + " " + p.code))));
            }
            doc.entities.add(new Obj()
                    .put("id", code(regionId(r.code)))
                    .put("name", new Obj().put("en", text(r.nameEn)).put("zh-Hans", text(r.nameZh)))
                    .put("summary", summary)
                    .put("citations", ESSAY_NAMES.containsKey(r.code)
                            ? new Seq().add(citation(SRC_M49, r.level.column + " " + r.code))
                                    .add(citation(SRC_ESSAY, ESSAY_NAMES.get(r.code)))
                            : new Seq().add(citation(SRC_M49, r.level.column + " " + r.code)))
                    .put("actorType", text("region"))
                    .put("m49", code(r.code)));
        }
        for (Area a : areas) {
            String home = a.mostSpecificRegion();
            Level level = regions.get(home).level;
            doc.relations.add(new Obj()
                    .put("from", code(countryId(a.iso3)))
                    .put("type", text("member-of"))
                    .put("to", code(regionId(home)))
                    .put("citations", new Seq().add(citation(SRC_M49,
                            "M49 " + a.m49 + ": " + level.column + " " + home))));
        }
        return doc.sorted();
    }

    private Document groupsDocument(List<Area> areas, Membership focac, Membership celac) {
        Document doc = new Document();
        for (Group g : Group.values()) {
            long n = areas.stream().filter(g::includes).count();
            Obj name = new Obj().put("en", text(g.nameEn)).put("zh-Hans", text(g.nameZh))
                    .put("zh-Latn-pinyin", text(g.pinyin));
            Obj summary = new Obj()
                    .put("en", text("Countries and areas flagged as " + g.nameEn + " (" + g.abbreviation
                            + ") in the UN M49 table; " + n + " listed."))
                    .put("zh-Hans", text("联合国M49表中标记为" + g.nameZh + "（" + g.abbreviation
                            + "）的国家和地区；共" + n + "个。"));
            Obj entity = new Obj()
                    .put("id", code(g.id))
                    .put("name", name)
                    .put("summary", summary)
                    .put("citations", new Seq().add(citation(SRC_M49, "column " + g.column)));
            if (g.wikidata != null) {
                entity.put("externalIds", new Obj().put("wikidata", text(g.wikidata)));
            }
            doc.entities.add(entity.put("actorType", text("group")));
            for (Area a : areas) {
                if (g.includes(a)) {
                    doc.relations.add(memberOf(countryId(a.iso3), g.id,
                            citation(SRC_M49, "M49 " + a.m49 + ": " + g.column + " = x")));
                }
            }
        }

        Obj focacRule = citation(SRC_FOCAC, "About FOCAC");
        Obj essayForums = citation(SRC_ESSAY, ESSAY_FORUMS);
        doc.relations.add(memberOf(countryId(CHINA_ISO3), FOCAC, focacRule, essayForums));
        doc.relations.add(memberOf(AU_COMMISSION, FOCAC, focacRule));
        for (Area a : focac.states) {
            doc.relations.add(memberOf(countryId(a.iso3), FOCAC, focacRule,
                    citation(SRC_COUNTRY_CODES, a.iso3 + ": Region Code " + AFRICA + ", is_independent "
                            + a.independence)));
        }

        Obj celacRule = citation(SRC_CELAC, "signatory states");
        for (Area a : celac.states) {
            doc.relations.add(memberOf(countryId(a.iso3), CELAC, celacRule,
                    citation(SRC_COUNTRY_CODES, a.iso3 + ": Sub-region Code " + LATIN_AMERICA_AND_CARIBBEAN
                            + ", is_independent " + a.independence)));
        }
        Obj forumRule = citation(SRC_CHINA_CELAC_FORUM);
        doc.relations.add(memberOf(countryId(CHINA_ISO3), CHINA_CELAC_FORUM, forumRule, essayForums));
        doc.relations.add(memberOf(CELAC, CHINA_CELAC_FORUM, forumRule));
        return doc.sorted();
    }

    private Document sourcesDocument() {
        Document doc = new Document();
        doc.entities.add(new Obj()
                .put("id", code(SRC_M49))
                .put("name", new Obj()
                        .put("en", text("Standard country or area codes for statistical use (M49)"))
                        .put("zh-Hans", text("统计用标准国家或地区代码（M49）")))
                .put("summary", new Obj()
                        .put("en", text("The UN Statistics Division's M49 standard: codes and official English"
                                + " and Chinese names of the world, its regions, sub-regions, intermediate regions"
                                + " and countries or areas, with the LDC, LLDC and SIDS groupings. Read from the"
                                + " copies tmp/UNSD-en.csv and tmp/UNSD-cn.csv in github.com/datasets/country-codes"
                                + " at commit " + UPSTREAM_COMMIT + "."))
                        .put("zh-Hans", text("联合国统计司M49标准：世界、区域、分区域、中间区域及各国家或地区的代码和"
                                + "英文、中文正式名称，以及最不发达国家、内陆发展中国家和小岛屿发展中国家分组。")))
                .put("attributes", new Obj()
                        .put("reference.commit", code(UPSTREAM_COMMIT))
                        .put("reference.files", text("UNSD-m49-en.csv UNSD-m49-zh.csv")))
                .put("sourceKind", text("dataset"))
                .put("publisher", text("UN Statistics Division"))
                // The tables are the copies in country-codes at UPSTREAM_COMMIT, so their counts are as of its date.
                .put("date", code(UPSTREAM_DATE))
                .put("uri", code("https://unstats.un.org/unsd/methodology/m49/")));
        doc.entities.add(new Obj()
                .put("id", code(SRC_COUNTRY_CODES))
                .put("name", new Obj()
                        .put("en", text("Comprehensive country codes: ISO 3166, ITU, ISO 4217 currency codes"
                                + " and many more (datasets/country-codes)"))
                        .put("zh-Hans", text("国家和地区代码综合数据集（datasets/country-codes）")))
                .put("summary", new Obj()
                        .put("en", text("Data package of the 249 ISO 3166-1 countries and areas with their"
                                + " ISO, UN M49 and other codes, official names, independence status and Wikidata"
                                + " items; file data/country-codes.csv at commit " + UPSTREAM_COMMIT
                                + ". Released under the Open Data Commons Public Domain Dedication and License"
                                + " (PDDL)."))
                        .put("zh-Hans", text("249个ISO 3166-1国家和地区的数据包，含ISO代码、联合国M49代码及其他代码、"
                                + "正式名称、独立状态和维基数据条目；以开放数据共享公共领域贡献和许可（PDDL）发布。")))
                .put("attributes", new Obj()
                        .put("reference.commit", code(UPSTREAM_COMMIT))
                        .put("reference.files", text("country-codes.csv"))
                        .put("reference.license", code("PDDL-1.0")))
                .put("sourceKind", text("dataset"))
                .put("publisher", text("datasets (github.com/datasets)"))
                .put("date", code(UPSTREAM_DATE))
                .put("uri", code("https://github.com/datasets/country-codes")));
        doc.entities.add(new Obj()
                .put("id", code(SRC_CELAC))
                .put("name", new Obj()
                        .put("en", text("Declaration of Caracas (founding declaration of CELAC)"))
                        .put("zh-Hans", text("《加拉加斯宣言》（拉美和加勒比国家共同体成立宣言）")))
                .put("summary", new Obj()
                        .put("en", text("Declaration adopted in Caracas on 3 December 2011 by the heads of state and"
                                + " government of the 33 states of Latin America and the Caribbean, founding the"
                                + " Community of Latin American and Caribbean States (CELAC); its signatories are"
                                + " CELAC's members."))
                        .put("zh-Hans", text("2011年12月3日拉丁美洲和加勒比33国国家元首和政府首脑在加拉加斯通过的宣言，"
                                + "宣告拉美和加勒比国家共同体成立；其签署国即拉共体成员。")))
                .put("sourceKind", text("official-document"))
                .put("publisher", text("Community of Latin American and Caribbean States"))
                .put("date", code("2011-12-03")));
        doc.entities.add(new Obj()
                .put("id", code(SRC_WIKIDATA))
                .put("name", new Obj()
                        .put("en", text("Wikidata"))
                        .put("zh-Hans", text("维基数据")))
                .put("summary", new Obj()
                        .put("en", text("The collaborative knowledge base of the Wikimedia Foundation; cited, with the"
                                + " item as locator, for a country's Wikidata item that country-codes.csv lost."))
                        .put("zh-Hans", text("维基媒体基金会的协作知识库；在country-codes.csv缺失某国的维基数据条目时引用，"
                                + "定位为该条目。")))
                .put("sourceKind", text("website"))
                .put("publisher", text("Wikimedia Foundation"))
                .put("uri", code("https://www.wikidata.org/")));
        // Like every entity of the dataset, a source cites where its description comes from:
        // the source itself.
        for (Obj source : doc.entities) {
            source.put("citations", new Seq().add(citation(source.str("id"), "the source itself")));
        }
        return doc.sorted();
    }

    // ------------------------------------------------------------------------------------------
    // Derived memberships and counts

    /** Which areas are FOCAC members by the membership rule, checked against the data. */
    private static Membership focacMembers(List<Area> areas) throws DataException {
        List<Area> states = new ArrayList<>();
        Set<String> excludedSeen = new TreeSet<>();
        boolean chinaSeen = false;
        for (Area a : areas) {
            chinaSeen |= a.iso3.equals(CHINA_ISO3);
            if (AFRICA.equals(a.regionCode) && INDEPENDENT.equals(a.independence)) {
                if (FOCAC_EXCLUDED_ISO3.contains(a.iso3)) {
                    excludedSeen.add(a.iso3);
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
        return new Membership(states);
    }

    /** CELAC: the independent states of M49 419; exactly 33 or the run fails. */
    private static Membership celacMembers(List<Area> areas) throws DataException {
        List<Area> states = new ArrayList<>();
        for (Area a : areas) {
            if (LATIN_AMERICA_AND_CARIBBEAN.equals(a.subRegionCode) && INDEPENDENT.equals(a.independence)) {
                states.add(a);
            }
        }
        if (states.size() != CELAC_MEMBER_COUNT) {
            List<String> codes = states.stream().map(a -> a.iso3).toList();
            throw new DataException(COUNTRY_CODES_CSV + ": expected " + CELAC_MEMBER_COUNT
                    + " independent states in M49 sub-region " + LATIN_AMERICA_AND_CARIBBEAN
                    + " (the CELAC members), found " + states.size() + ": " + codes);
        }
        return new Membership(states);
    }

    /** Number of countries or areas under each region, counting every level of the hierarchy. */
    private static Map<String, Integer> countAreas(List<Area> areas, Map<String, Region> regions) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Area a : areas) {
            for (String r = a.mostSpecificRegion(); r != null; r = regions.get(r).parent) {
                counts.merge(r, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void requireNoExtraRows(Set<String> keys, List<M49Row> enRows, CsvTable other)
            throws DataException {
        Set<String> extra = new TreeSet<>(keys);
        enRows.forEach(r -> extra.remove(r.iso3));
        if (!extra.isEmpty()) {
            throw new DataException(other.file + ": rows for " + extra + " have no row in " + M49_EN_CSV
                    + " (expected the same countries and areas in all three files)");
        }
    }

    private static <R extends Keyed> Map<String, R> index(List<R> rows, CsvTable table) throws DataException {
        Map<String, R> map = new TreeMap<>();
        for (R r : rows) {
            R previous = map.put(r.iso3(), r);
            if (previous != null) {
                throw new DataException(table.where(r.line()) + ": " + r.iso3()
                        + " appears again (first on line " + previous.line() + "); expected one row per country or area");
            }
        }
        return map;
    }

    static String countryId(String iso3) {
        return "actor:" + iso3.toLowerCase(Locale.ROOT);
    }

    static String regionId(String m49) {
        return "actor:m49-" + m49;
    }

    static Obj citation(String source) {
        return new Obj().put("source", code(source));
    }

    static Obj citation(String source, String locator) {
        return new Obj().put("source", code(source)).put("locator", text(locator));
    }

    static Obj memberOf(String from, String to, Obj... citations) {
        Seq seq = new Seq();
        for (Obj c : citations) {
            seq.add(c);
        }
        return new Obj().put("from", code(from)).put("type", text("member-of")).put("to", code(to))
                .put("citations", seq);
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.write(tmp, content.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Domain records

    /** The levels of the M49 hierarchy, with the CSV column that holds each one's code. */
    enum Level {
        GLOBAL("global region", "全球区域", "Global Code"),
        REGION("region", "区域", "Region Code"),
        SUB_REGION("sub-region", "分区域", "Sub-region Code"),
        INTERMEDIATE("intermediate region", "中间区域", "Intermediate Region Code");

        final String en;
        final String zh;
        final String column;

        Level(String en, String zh, String column) {
            this.en = en;
            this.zh = zh;
            this.column = column;
        }
    }

    /** The three UN country groupings flagged in the M49 table. */
    enum Group {
        LDC("actor:ldc", "LDC", "Least Developed Countries (LDC)", "Least Developed Countries", "最不发达国家",
                "Zuì bù fādá guójiā", "Q752401"),
        LLDC("actor:lldc", "LLDC", "Land Locked Developing Countries (LLDC)", "Landlocked Developing Countries",
                "内陆发展中国家", "Nèilù fāzhǎnzhōng guójiā", null),
        SIDS("actor:sids", "SIDS", "Small Island Developing States (SIDS)", "Small Island Developing States",
                "小岛屿发展中国家", "Xiǎo dǎoyǔ fāzhǎnzhōng guójiā", null);

        final String id;
        final String abbreviation;
        final String column;
        final String nameEn;
        final String nameZh;
        final String pinyin;
        /** Wikidata item, only where domain/FACTS.md lists a verified one. */
        final String wikidata;

        Group(String id, String abbreviation, String column, String nameEn, String nameZh, String pinyin,
                String wikidata) {
            this.id = id;
            this.abbreviation = abbreviation;
            this.column = column;
            this.nameEn = nameEn;
            this.nameZh = nameZh;
            this.pinyin = pinyin;
            this.wikidata = wikidata;
        }

        boolean includes(Area a) {
            return switch (this) {
                case LDC -> a.ldc;
                case LLDC -> a.lldc;
                case SIDS -> a.sids;
            };
        }
    }

    /** A region of the M49 hierarchy; {@code parent} is null only for World. */
    static final class Region {
        final String code;
        final Level level;
        final String nameEn;
        final String nameZh;
        final String parent;
        final String firstSeen;

        Region(String code, Level level, String nameEn, String nameZh, String parent, String firstSeen) {
            this.code = code;
            this.level = level;
            this.nameEn = nameEn;
            this.nameZh = nameZh;
            this.parent = parent;
            this.firstSeen = firstSeen;
        }

        /** Adds the regions of one country row (English and Chinese), checking they agree with earlier rows. */
        static void addHierarchy(Map<String, Region> regions, M49Row e, M49Row z, CsvTable en, CsvTable zh)
                throws DataException {
            String parent = null;
            for (Level level : Level.values()) {
                String code = e.codes.get(level);
                if (code.isEmpty()) {
                    continue;
                }
                Region candidate = new Region(code, level, e.names.get(level), z.names.get(level), parent,
                        en.where(e.line) + " / " + zh.where(z.line));
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
    static final class Area {
        final String iso3;
        final String iso2;
        final String m49;
        final String nameEn;
        final String nameZh;
        final String globalCode;
        final String regionCode;
        final String subRegionCode;
        final String intermediateCode;
        final boolean ldc;
        final boolean lldc;
        final boolean sids;
        final String independence;
        final String wikidata;

        Area(M49Row e, M49Row z, CodesRow c) {
            iso3 = e.iso3;
            iso2 = e.iso2;
            m49 = e.m49;
            nameEn = e.areaName;
            nameZh = z.areaName;
            globalCode = e.codes.get(Level.GLOBAL);
            regionCode = e.codes.get(Level.REGION);
            subRegionCode = e.codes.get(Level.SUB_REGION);
            intermediateCode = e.codes.get(Level.INTERMEDIATE);
            ldc = e.ldc;
            lldc = e.lldc;
            sids = e.sids;
            independence = c.independence;
            wikidata = c.wikidata;
        }

        /** Intermediate region if any, else sub-region, else region, else the global code. */
        String mostSpecificRegion() {
            for (String code : List.of(intermediateCode, subRegionCode, regionCode)) {
                if (!code.isEmpty()) {
                    return code;
                }
            }
            return globalCode;
        }
    }

    record Membership(List<Area> states) {}

    interface Keyed {
        String iso3();

        int line();
    }

    /** A row of an M49 table (English or Chinese; both have the same English header). */
    static final class M49Row implements Keyed {
        static final String COUNTRY = "Country or Area";
        static final String M49 = "M49 Code";
        static final String ISO2 = "ISO-alpha2 Code";
        static final String ISO3 = "ISO-alpha3 Code";
        static final Map<Level, String> NAME_COLUMNS = Map.of(
                Level.GLOBAL, "Global Name", Level.REGION, "Region Name",
                Level.SUB_REGION, "Sub-region Name", Level.INTERMEDIATE, "Intermediate Region Name");

        final int line;
        final Map<Level, String> codes = new LinkedHashMap<>();
        final Map<Level, String> names = new LinkedHashMap<>();
        String areaName;
        String m49;
        String iso2;
        String iso3;
        boolean ldc;
        boolean lldc;
        boolean sids;

        M49Row(int line) {
            this.line = line;
        }

        @Override
        public String iso3() {
            return iso3;
        }

        @Override
        public int line() {
            return line;
        }

        static List<M49Row> readAll(CsvTable t) throws DataException {
            List<String> required = new ArrayList<>();
            for (Level level : Level.values()) {
                required.add(level.column);
                required.add(NAME_COLUMNS.get(level));
            }
            required.addAll(List.of(COUNTRY, M49, ISO2, ISO3, Group.LDC.column, Group.LLDC.column,
                    Group.SIDS.column));
            t.requireColumns(required);
            List<M49Row> rows = new ArrayList<>();
            for (CsvRow r : t.rows) {
                M49Row row = new M49Row(r.line);
                boolean parentPresent = true;
                for (Level level : Level.values()) {
                    String code = level == Level.GLOBAL ? t.m49Code(r, level.column) : t.optionalM49Code(r, level.column);
                    String name = t.get(r, NAME_COLUMNS.get(level));
                    if (code.isEmpty() != name.isEmpty()) {
                        throw new DataException(t.where(r.line) + ": \"" + level.column + "\" is \"" + code
                                + "\" but \"" + NAME_COLUMNS.get(level) + "\" is \"" + name
                                + "\" (expected both filled or both empty)");
                    }
                    if (!code.isEmpty() && !parentPresent) {
                        throw new DataException(t.where(r.line) + ": \"" + level.column + "\" is " + code
                                + " but the level above it is empty (expected a complete M49 hierarchy)");
                    }
                    parentPresent = !code.isEmpty();
                    row.codes.put(level, code);
                    row.names.put(level, name);
                }
                row.areaName = t.name(r, COUNTRY);
                row.m49 = t.m49Code(r, M49);
                row.iso2 = t.pattern(r, ISO2, ISO2_PATTERN, "two capital letters (ISO 3166-1 alpha-2)");
                row.iso3 = t.pattern(r, ISO3, ISO3_PATTERN, "three capital letters (ISO 3166-1 alpha-3)");
                row.ldc = t.flag(r, Group.LDC.column);
                row.lldc = t.flag(r, Group.LLDC.column);
                row.sids = t.flag(r, Group.SIDS.column);
                rows.add(row);
            }
            return rows;
        }

        /** The Chinese table must carry exactly the English table's codes and flags. */
        void requireSameCodes(M49Row z, CsvTable zh) throws DataException {
            for (Level level : Level.values()) {
                requireEqual(zh, z.line, level.column, codes.get(level), z.codes.get(level));
            }
            requireEqual(zh, z.line, M49, m49, z.m49);
            requireEqual(zh, z.line, ISO2, iso2, z.iso2);
            requireEqual(zh, z.line, Group.LDC.column, flagText(ldc), flagText(z.ldc));
            requireEqual(zh, z.line, Group.LLDC.column, flagText(lldc), flagText(z.lldc));
            requireEqual(zh, z.line, Group.SIDS.column, flagText(sids), flagText(z.sids));
        }

        private void requireEqual(CsvTable zh, int zhLine, String column, String expected, String found)
                throws DataException {
            if (!expected.equals(found)) {
                throw new DataException(zh.where(zhLine) + ": " + iso3 + " \"" + column + "\" is \"" + found
                        + "\", expected \"" + expected + "\" as in " + M49_EN_CSV + " line " + line);
            }
        }
    }

    /** The columns of country-codes.csv this program uses. */
    static final class CodesRow implements Keyed {
        static final String ISO3 = "ISO3166-1-Alpha-3";
        static final String ISO2 = "ISO3166-1-Alpha-2";
        static final String M49 = "M49";
        static final String INDEPENDENT_COLUMN = "is_independent";
        static final String WIKIDATA = "wikidata_id";
        static final Pattern WIKIDATA_VALUE = Pattern.compile("(?:https?://www\\.wikidata\\.org/wiki/)?(Q[1-9][0-9]*)");

        final int line;
        String iso3;
        String iso2;
        String m49;
        final Map<Level, String> codes = new LinkedHashMap<>();
        boolean ldc;
        boolean lldc;
        boolean sids;
        String independence;
        String wikidata;

        /**
         * Wikidata items that country-codes.csv leaves empty, by ISO alpha-3 code: Namibia, whose
         * alpha-2 code "NA" reads as "not available" to tools that treat it so. Q1030 is Namibia's item.
         */
        static final Map<String, String> WIKIDATA_LOST = Map.of("NAM", "Q1030");

        CodesRow(int line) {
            this.line = line;
        }

        @Override
        public String iso3() {
            return iso3;
        }

        @Override
        public int line() {
            return line;
        }

        static List<CodesRow> readAll(CsvTable t) throws DataException {
            List<String> required = new ArrayList<>(List.of(ISO3, ISO2, M49, INDEPENDENT_COLUMN, WIKIDATA,
                    Group.LDC.column, Group.LLDC.column, Group.SIDS.column));
            for (Level level : Level.values()) {
                required.add(level.column);
            }
            t.requireColumns(required);
            List<CodesRow> rows = new ArrayList<>();
            for (CsvRow r : t.rows) {
                CodesRow row = new CodesRow(r.line);
                row.iso3 = t.pattern(r, ISO3, ISO3_PATTERN, "three capital letters (ISO 3166-1 alpha-3)");
                row.iso2 = t.pattern(r, ISO2, ISO2_PATTERN, "two capital letters (ISO 3166-1 alpha-2)");
                // country-codes.csv writes M49 codes as plain integers ("4" for Afghanistan's "004").
                row.m49 = t.looseM49Code(r, M49, false);
                for (Level level : Level.values()) {
                    row.codes.put(level, t.looseM49Code(r, level.column, level != Level.GLOBAL));
                }
                row.ldc = t.flag(r, Group.LDC.column);
                row.lldc = t.flag(r, Group.LLDC.column);
                row.sids = t.flag(r, Group.SIDS.column);
                row.independence = t.name(r, INDEPENDENT_COLUMN);
                String wd = t.get(r, WIKIDATA).strip();
                if (wd.isEmpty()) {
                    row.wikidata = WIKIDATA_LOST.get(row.iso3);
                    if (row.wikidata == null) {
                        throw new DataException(t.where(r.line) + ": \"" + WIKIDATA + "\" is empty for "
                                + row.iso3 + ", expected https://www.wikidata.org/wiki/Q<number>");
                    }
                } else {
                    Matcher m = WIKIDATA_VALUE.matcher(wd);
                    if (!m.matches()) {
                        throw new DataException(t.where(r.line) + ": \"" + WIKIDATA + "\" is \"" + wd
                                + "\", expected empty or https://www.wikidata.org/wiki/Q<number>");
                    }
                    row.wikidata = m.group(1);
                }
                rows.add(row);
            }
            return rows;
        }

        /** Every code and flag country-codes.csv shares with the English M49 table must agree. */
        void requireAgrees(M49Row e, CsvTable cc, CsvTable en) throws DataException {
            check(cc, en, e, ISO2, iso2, e.iso2);
            check(cc, en, e, M49, m49, e.m49);
            for (Level level : Level.values()) {
                check(cc, en, e, level.column, codes.get(level), e.codes.get(level));
            }
            check(cc, en, e, Group.LDC.column, flagText(ldc), flagText(e.ldc));
            check(cc, en, e, Group.LLDC.column, flagText(lldc), flagText(e.lldc));
            check(cc, en, e, Group.SIDS.column, flagText(sids), flagText(e.sids));
        }

        private void check(CsvTable cc, CsvTable en, M49Row e, String column, String found, String expected)
                throws DataException {
            if (!found.equals(expected)) {
                throw new DataException(cc.where(line) + ": " + iso3 + " \"" + column + "\" is \"" + found
                        + "\", expected \"" + expected + "\" as in " + en.where(e.line));
            }
        }
    }

    static String flagText(boolean flag) {
        return flag ? "x" : "";
    }

    static final Pattern ISO2_PATTERN = Pattern.compile("[A-Z]{2}");
    static final Pattern ISO3_PATTERN = Pattern.compile("[A-Z]{3}");
    static final Pattern M49_PATTERN = Pattern.compile("[0-9]{3}");
    static final Pattern LOOSE_M49_PATTERN = Pattern.compile("[0-9]{1,3}");

    // ------------------------------------------------------------------------------------------
    // CSV (RFC 4180)

    /** A data error: bad input, reported as one line, never as a stack trace. */
    static final class DataException extends Exception {
        private static final long serialVersionUID = 1L;

        DataException(String message) {
            super(message);
        }
    }

    record CsvRow(int line, List<String> fields) {}

    /** A CSV file with a header row; every data row must have as many fields as the header. */
    static final class CsvTable {
        final String file;
        final Map<String, Integer> columns = new LinkedHashMap<>();
        final List<CsvRow> rows = new ArrayList<>();

        private CsvTable(String file) {
            this.file = file;
        }

        String where(int line) {
            return file + ":" + line;
        }

        static CsvTable read(Path path) throws IOException, DataException {
            String file = path.getFileName().toString();
            String text = decodeUtf8(file, Files.readAllBytes(path));
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<CsvRow> records = parse(file, text);
            if (records.isEmpty()) {
                throw new DataException(file + ": file is empty, expected a header line");
            }
            CsvTable table = new CsvTable(file);
            CsvRow header = records.get(0);
            for (String name : header.fields) {
                if (table.columns.putIfAbsent(name, table.columns.size()) != null) {
                    throw new DataException(table.where(header.line) + ": column \"" + name
                            + "\" appears twice in the header (expected unique column names)");
                }
            }
            for (CsvRow r : records.subList(1, records.size())) {
                if (r.fields.size() != header.fields.size()) {
                    String what = r.fields.size() == 1 && r.fields.get(0).isEmpty() ? "a blank line"
                            : r.fields.size() + " fields";
                    throw new DataException(table.where(r.line) + ": found " + what + ", expected "
                            + header.fields.size() + " fields as in the header");
                }
                table.rows.add(r);
            }
            return table;
        }

        /** Strict UTF-8; a bad byte is reported with its line number. */
        private static String decodeUtf8(String file, byte[] bytes) throws DataException {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                throw new DataException(file + ":" + line + ": invalid UTF-8 byte sequence at byte offset "
                        + in.position() + " (expected UTF-8 text)");
            }
            out.flip();
            return out.toString();
        }

        /** RFC 4180: records end with CRLF or LF; fields may be quoted, with "" for a quote. */
        static List<CsvRow> parse(String file, String text) throws DataException {
            List<CsvRow> records = new ArrayList<>();
            int n = text.length();
            int i = 0;
            int line = 1;
            while (i < n) {
                int recordLine = line;
                List<String> fields = new ArrayList<>();
                while (true) {
                    StringBuilder field = new StringBuilder();
                    if (i < n && text.charAt(i) == '"') {
                        int fieldLine = line;
                        i++;
                        while (true) {
                            if (i >= n) {
                                throw new DataException(file + ":" + fieldLine
                                        + ": quoted field is not closed (expected a closing '\"' before the end of the file)");
                            }
                            char c = text.charAt(i);
                            if (c == '"') {
                                if (i + 1 < n && text.charAt(i + 1) == '"') {
                                    field.append('"');
                                    i += 2;
                                    continue;
                                }
                                i++;
                                break;
                            }
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                            i++;
                        }
                        if (i < n && !isDelimiter(text.charAt(i))) {
                            throw new DataException(file + ":" + line + ": found '" + text.charAt(i)
                                    + "' after a closing quote, expected ',' or the end of the line");
                        }
                    } else {
                        while (i < n && !isDelimiter(text.charAt(i))) {
                            char c = text.charAt(i);
                            if (c == '"') {
                                throw new DataException(file + ":" + line + ": found '\"' inside an unquoted field,"
                                        + " expected the whole field in quotes with the quote doubled (\"\")");
                            }
                            field.append(c);
                            i++;
                        }
                    }
                    fields.add(field.toString());
                    if (i < n && text.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    if (i < n && text.charAt(i) == '\r') {
                        i++;
                        if (i >= n || text.charAt(i) != '\n') {
                            throw new DataException(file + ":" + line
                                    + ": found a carriage return not followed by a line feed, expected CRLF or LF line ends");
                        }
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                        line++;
                    }
                    break;
                }
                records.add(new CsvRow(recordLine, List.copyOf(fields)));
            }
            return records;
        }

        private static boolean isDelimiter(char c) {
            return c == ',' || c == '\r' || c == '\n';
        }

        void requireColumns(List<String> required) throws DataException {
            List<String> missing = new ArrayList<>();
            for (String c : required) {
                if (!columns.containsKey(c)) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new DataException(where(1) + ": header has no column " + missing
                        + " (expected columns include " + required + ")");
            }
        }

        String get(CsvRow r, String column) {
            return r.fields.get(columns.get(column));
        }

        /** A required text value without surrounding spaces or line breaks. */
        String name(CsvRow r, String column) throws DataException {
            String v = get(r, column);
            if (v.isEmpty() || !v.equals(v.strip()) || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new DataException(where(r.line) + ": \"" + column + "\" is \""
                        + v.replace("\r", "\\r").replace("\n", "\\n")
                        + "\", expected a non-empty name on one line without surrounding spaces");
            }
            return v;
        }

        String pattern(CsvRow r, String column, Pattern p, String expected) throws DataException {
            String v = get(r, column);
            if (!p.matcher(v).matches()) {
                throw new DataException(where(r.line) + ": \"" + column + "\" is \"" + v + "\", expected " + expected);
            }
            return v;
        }

        String m49Code(CsvRow r, String column) throws DataException {
            return pattern(r, column, M49_PATTERN, "a three-digit UN M49 code such as \"004\"");
        }

        String optionalM49Code(CsvRow r, String column) throws DataException {
            return get(r, column).isEmpty() ? "" : m49Code(r, column);
        }

        /** An M49 code written with or without leading zeros, returned with three digits. */
        String looseM49Code(CsvRow r, String column, boolean optional) throws DataException {
            String v = get(r, column);
            if (optional && v.isEmpty()) {
                return "";
            }
            if (!LOOSE_M49_PATTERN.matcher(v).matches()) {
                throw new DataException(where(r.line) + ": \"" + column + "\" is \"" + v
                        + "\", expected an M49 code of one to three digits" + (optional ? " or nothing" : ""));
            }
            return "000".substring(v.length()) + v;
        }

        boolean flag(CsvRow r, String column) throws DataException {
            String v = get(r, column);
            if (v.isEmpty()) {
                return false;
            }
            if (v.equals("x")) {
                return true;
            }
            throw new DataException(where(r.line) + ": \"" + column + "\" is \"" + v + "\", expected \"x\" or nothing");
        }
    }

    // ------------------------------------------------------------------------------------------
    // YAML output: a tiny tree of nodes and one writer, enough for the native format.

    /** A value in the output tree. */
    sealed interface Node permits Scalar, Obj, Seq {}

    /** A string; {@code alwaysQuote} for ids, codes and dates, which must never be read as anything else. */
    record Scalar(String value, boolean alwaysQuote) implements Node {}

    static Scalar text(String value) {
        return new Scalar(value, false);
    }

    static Scalar code(String value) {
        return new Scalar(value, true);
    }

    /** A mapping whose keys keep the order they were put in (the order FORMAT.md lists them). */
    static final class Obj implements Node {
        final Map<String, Node> fields = new LinkedHashMap<>();

        Obj put(String key, Node value) {
            if (fields.put(key, value) != null) {
                throw new IllegalStateException("duplicate key " + key);
            }
            return this;
        }

        String str(String key) {
            Node n = fields.get(key);
            return n instanceof Scalar s ? s.value() : "";
        }
    }

    static final class Seq implements Node {
        final List<Node> items = new ArrayList<>();

        Seq add(Node item) {
            items.add(item);
            return this;
        }
    }

    /** One native-format document: entities as block mappings, each relation on one line. */
    static final class Document {
        final List<Obj> entities = new ArrayList<>();
        final List<Obj> relations = new ArrayList<>();

        Document sorted() {
            entities.sort(Comparator.comparing(e -> e.str("id")));
            relations.sort(Comparator.<Obj, String>comparing(r -> r.str("from"))
                    .thenComparing(r -> r.str("type"))
                    .thenComparing(r -> r.str("to")));
            for (int i = 1; i < relations.size(); i++) {
                Obj a = relations.get(i - 1);
                Obj b = relations.get(i);
                if (a.str("from").equals(b.str("from")) && a.str("type").equals(b.str("type"))
                        && a.str("to").equals(b.str("to"))) {
                    throw new IllegalStateException("duplicate relation " + a.str("from") + " " + a.str("type")
                            + " " + a.str("to"));
                }
            }
            return this;
        }

        String toYaml() {
            StringBuilder out = new StringBuilder();
            out.append("format: southsouth\n");
            out.append("formatVersion: 1\n");
            if (!entities.isEmpty()) {
                out.append("entities:\n");
                for (Obj e : entities) {
                    String prefix = "  - ";
                    for (Map.Entry<String, Node> f : e.fields.entrySet()) {
                        out.append(prefix).append(f.getKey()).append(':');
                        if (f.getValue() instanceof Seq seq && !seq.items.isEmpty()) {
                            out.append('\n');
                            for (Node item : seq.items) {
                                out.append("      - ");
                                flow(out, item);
                                out.append('\n');
                            }
                        } else if (f.getValue() instanceof Obj o && !o.fields.isEmpty()
                                && prefix.length() + f.getKey().length() + 2 + flowLength(o) > MAX_FLOW_LINE) {
                            // Too long for one readable line (summaries): one key per line instead.
                            out.append('\n');
                            for (Map.Entry<String, Node> g : o.fields.entrySet()) {
                                out.append("      ").append(g.getKey()).append(": ");
                                flow(out, g.getValue());
                                out.append('\n');
                            }
                        } else {
                            out.append(' ');
                            flow(out, f.getValue());
                            out.append('\n');
                        }
                        prefix = "    ";
                    }
                }
            }
            if (!relations.isEmpty()) {
                out.append("relations:\n");
                for (Obj r : relations) {
                    out.append("  - ");
                    flow(out, r);
                    out.append('\n');
                }
            }
            return out.toString();
        }

        /** Entity fields longer than this (in characters) are written as block mappings. */
        static final int MAX_FLOW_LINE = 100;

        private static int flowLength(Node node) {
            StringBuilder sb = new StringBuilder();
            flow(sb, node);
            return sb.codePointCount(0, sb.length());
        }

        private static void flow(StringBuilder out, Node node) {
            if (node instanceof Scalar s) {
                scalar(out, s);
            } else if (node instanceof Obj o) {
                if (o.fields.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{ ");
                String sep = "";
                for (Map.Entry<String, Node> f : o.fields.entrySet()) {
                    out.append(sep).append(f.getKey()).append(": ");
                    flow(out, f.getValue());
                    sep = ", ";
                }
                out.append(" }");
            } else if (node instanceof Seq seq) {
                if (seq.items.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[ ");
                String sep = "";
                for (Node item : seq.items) {
                    out.append(sep);
                    flow(out, item);
                    sep = ", ";
                }
                out.append(" ]");
            }
        }

        private static final Pattern RESERVED =
                Pattern.compile("(?i)true|false|yes|no|on|off|y|n|null|nan|inf|infinity");

        /** Plain when unambiguous in both block and flow context, else double-quoted. */
        private static void scalar(StringBuilder out, Scalar s) {
            String v = s.value();
            if (!s.alwaysQuote() && isPlainSafe(v)) {
                out.append(v);
                return;
            }
            out.append('"');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        /**
         * Conservative: starts with a letter, holds only letters, digits, marks, single spaces and a
         * few punctuation characters that are never YAML indicators, and is not a YAML keyword.
         */
        static boolean isPlainSafe(String v) {
            if (v.isEmpty() || !Character.isLetter(v.codePointAt(0)) || RESERVED.matcher(v).matches()
                    || v.endsWith(" ") || v.contains("  ")) {
                return false;
            }
            for (int i = 0; i < v.length(); ) {
                int cp = v.codePointAt(i);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                boolean ok = Character.isLetterOrDigit(cp)
                        || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || cp == ' ' || ".()-/’–_+;".indexOf(cp) >= 0
                        || (cp >= 0x3001 && cp <= 0x303F)   // CJK punctuation: 、。《》 etc.
                        || (cp >= 0xFF01 && cp <= 0xFF5E);  // full-width forms: （）， etc.
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }
}
