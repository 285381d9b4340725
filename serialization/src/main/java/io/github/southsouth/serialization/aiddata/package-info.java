/**
 * Import of AidData's Global Chinese Development Finance Dataset, Version 3.0 (GCDF 3.0): the
 * 126-column project-level CSV table and its ADM1 locations file. Start with {@link
 * io.github.southsouth.serialization.aiddata.AidDataImporter} ({@code read}, {@code readResult},
 * or {@code stream} into a {@link io.github.southsouth.serialization.RecordSink}); {@link
 * io.github.southsouth.serialization.aiddata.AidData} names the attributes and helps aggregate.
 *
 * <p>The data are AidData's, licensed under the Open Data Commons Attribution License (ODC-By
 * 1.0): "AidData. 2023. Global Chinese Development Finance Dataset, Version 3.0." Every imported
 * entity cites the {@code Source} {@code source:aiddata-gcdf-3.0}, which carries that attribution.
 *
 * <h2>Reading</h2>
 *
 * <p>The CSV is read by the module's own RFC 4180 reader (the one the CSV tables use), one row at a time,
 * each cell with its line and column. Columns are found by
 * header name, in any order; header names match after normalisation (curly or straight
 * apostrophes, case, runs of spaces). Columns GCDF does not define are reported once ({@code
 * extra-column} warning) and not imported; required columns that are absent are reported
 * together in one {@code missing-column} problem. Input is strict UTF-8 with or without a byte
 * order mark; cells may be quoted and hold commas, doubled quotes and line breaks. Dates may be
 * {@code YYYY-MM-DD} (what the files hold) or {@code MM/DD/YYYY} (what the column names say);
 * year columns may be {@code 2017} or {@code 2017.0}; empty cells mean "not reported". Multi-valued
 * cells are split on {@code |}; empty items are skipped and items are trimmed. Rows are numbered
 * as a spreadsheet shows them: the header is row 1.
 *
 * <p>Every problem is located by file, line, column and {@code row N, column "Name"}. The limits
 * of {@link io.github.southsouth.serialization.ReadLimits} apply to each file: a cell longer than
 * {@code maxStringLength} characters, a number longer than {@code maxNumberLength} or a file larger
 * than {@code maxDocumentLength} bytes is a {@code limit-exceeded} error, never an {@code
 * OutOfMemoryError}. A number (amount, interest rate, maturity, grace period, grant element,
 * ADM1 ratio) is plain decimal text of at most 34 significant digits and an exponent of at most
 * ±100; {@code NaN}, {@code Infinity}, {@code 1,234.5}, {@code -0}, a negative amount and {@code
 * 1e9999999999} are malformed values, each reported at its cell with what was expected.
 *
 * <p>Problems come in three kinds of {@link io.github.southsouth.serialization.ProblemKind}, and
 * {@link io.github.southsouth.serialization.ReadPolicy} decides what each becomes; a file that
 * cannot be read on (missing, empty, broken CSV, a required column missing) is a fourth, {@code
 * FATAL}, an error in both modes.
 *
 * <ul>
 *   <li><b>Malformed rows</b>, {@code MALFORMED_RECORD} (a wrong number of cells, a missing, invalid or repeated record id, a
 *       number, date or year that cannot be read, a NUL character): an error when strict; when
 *       lenient the problems become warnings, the record is left out and a {@code skipped-record}
 *       warning says so.
 *   <li><b>Values kept but not typed</b>, {@code RECOVERABLE} (an unknown Status or Flow Type, a
 *       sector code outside OECD-DAC, a currency that is not ISO 4217, an amount without currency,
 *       a record that starts after it ends, a missing title, a Recommended For Aggregates that is
 *       neither Yes nor No): an error when strict, a warning when lenient; the raw value stays an
 *       attribute.
 *   <li><b>Notes on source data kept as it is</b>, {@code NOTE}, warnings in both modes: a source
 *       URL that is not a valid URI, source titles that do not pair with the URLs, parent ids not in
 *       the import, a cell that a spreadsheet would run as a formula (it is kept verbatim; CSV
 *       writers neutralise it with {@code CsvSafety}).
 * </ul>
 *
 * <p>A failed import throws {@link io.github.southsouth.serialization.ModelReadException} with
 * every problem and returns no graph.
 *
 * <h2>Mapping</h2>
 *
 * <table>
 *   <caption>GCDF 3.0 columns and what they become</caption>
 *   <tr><th>GCDF column(s)</th><th>southsouth</th></tr>
 *   <tr><td>one row</td><td>an {@code Initiative}, kind {@code project}, id {@code
 *       initiative:aiddata-<AidData Record ID>}, {@code externalIds.aiddata} = the record id;
 *       cites {@code source:aiddata-gcdf-3.0} with locator {@code AidData Record ID <id>}</td></tr>
 *   <tr><td>Title, Description</td><td>{@code name.en}, {@code summary.en} (surrounding white
 *       space trimmed; an empty title is a problem and the name becomes {@code AidData record
 *       <id>})</td></tr>
 *   <tr><td>Status</td><td>{@code status}: Pipeline: Pledge → {@code pledged}; Pipeline:
 *       Commitment → {@code committed}; Implementation → {@code implementation}; Completion (or
 *       Completed) → {@code completed}; Suspended → {@code suspended}; Cancelled → {@code
 *       cancelled}. The original is kept as {@code aiddata.status}.</td></tr>
 *   <tr><td>Actual / Planned Implementation Start Date, Implementation Start Year, Actual /
 *       Planned Completion Date, Completion Year</td><td>{@code period}: start = actual start date,
 *       else Implementation Start Year, else planned start date; end = actual completion date,
 *       else Completion Year, else planned completion date. Actual dates come first because the
 *       period says when the project ran; a planned date fills in only when nothing actual is
 *       known. Every date column (planned and actual, the estimated flags and deviations) is also
 *       kept verbatim as an attribute, e.g. {@code aiddata.plannedCompletionDate}. A record whose
 *       start comes after its end gets no period (problem reported).</td></tr>
 *   <tr><td>Flow Type and, for loans, Interest-Free Loan, GCL, PBC, Export Buyer's Credit,
 *       Supplier's Credit/Export Seller's Credit, Flow Class</td><td>{@code instruments}: Grant →
 *       {@code grant}; Debt Forgiveness → {@code debt-forgiveness}; Debt Rescheduling → {@code
 *       debt-rescheduling}; Scholarships/Training in Donor Country → {@code training};
 *       Free-standing Technical Assistance → {@code technical-assistance}; Vague (TBD) → {@code
 *       other}. A Loan gets {@code interest-free-loan} if Interest-Free Loan is Yes, {@code
 *       concessional-loan} if GCL or PBC (preferential buyer's credit) is Yes, {@code
 *       export-credit} if Export Buyer's Credit, Supplier's Credit or PBC is Yes; a loan with none
 *       of these flags is {@code concessional-loan} when its Flow Class is ODA-like, {@code
 *       commercial-loan} when OOF-like, else {@code other}. Loan flags on records that are not
 *       loans (e.g. debt forgiveness of an interest-free loan) stay attributes only, so a debt
 *       relief record is not counted as a new loan.</td></tr>
 *   <tr><td>Amount (Original Currency) + Original Currency, Amount (Nominal USD), Amount (Constant
 *       USD 2021)</td><td>one {@code Financing} (stage {@code pledge} for Pipeline: Pledge, else
 *       {@code commitment}; instrument = the first of the record's instruments; financier = the
 *       first funding agency; date = Commitment Date, else Commitment Year) whose {@code amounts}
 *       hold the original-currency amount (nominal), the nominal USD amount (left out when the
 *       original currency is USD and the amounts are equal) and the constant 2021 USD amount
 *       ({@code MoneyBasis.constant(2021)}). The amounts are the same flow and are never added to
 *       each other. Empty amounts mean "not reported": a record with no amount has no
 *       financing.</td></tr>
 *   <tr><td>Interest Rate, Maturity, Grace Period, Grant Element (OECD Cash-Flow)</td><td>the
 *       financing's {@code terms} (percent and years as given). Grant Element (OECD
 *       Grant-Equiv), Grant Element (IMF), Amount Estimated and the three Adjusted Amounts are
 *       attributes of the financing ({@code aiddata.adjustedAmountConstantUsd2021}, ...). Without
 *       an amount these columns are attributes of the initiative.</td></tr>
 *   <tr><td>Sector Code, Sector Name</td><td>{@code sectors}: GCDF codes are 3-digit OECD-CRS
 *       sector categories ({@code 210} TRANSPORT AND STORAGE), so vocabulary {@code dac-3} (a
 *       5-digit code would be {@code dac-5}, anything else {@code other}). {@code addresses}
 *       relations (rule "sector-to-theme") to the themes that list the code ({@code
 *       ReferenceData.themesForSector}) or, for a code ending in 0 (a sector group: {@code 120}
 *       HEALTH), a DAC code of the group ({@code 121}, {@code 12250}); the note names the rule,
 *       the code and the theme's codes, and the citation names the Sector Code column. The name is
 *       kept as {@code aiddata.sectorName}.</td></tr>
 *   <tr><td>(matching rules of reference programmes)</td><td>{@code part-of} relations made by
 *       {@code ReferenceData.classify}; the note names the rule and adds the record's cells each
 *       part of it read ({@code cells: Intent = Development; Flow Type = Loan; ...}), and the
 *       record's citation names those columns.</td></tr>
 *   <tr><td>Recipient ISO-3, Recipient, Recipient Region</td><td>{@code benefits} relation to the
 *       country: {@code ReferenceData.countryByIso3}, or else a minimal {@code country} actor
 *       {@code actor:<iso3>} named by Recipient. Without a country code, the record benefits its
 *       Recipient Region: Africa, America, Asia, Europe and Oceania are the UN M49 regions 002,
 *       019, 142, 150 and 009 (from the reference data, or minimal {@code region} actors {@code
 *       actor:m49-NNN}); Middle East, which M49 lacks, is {@code actor:aiddata-region-middle-east};
 *       Multi-Region gets no benefits relation (warning). All three are also kept as attributes
 *       ({@code aiddata.recipientRegion} is what regional aggregates group by).</td></tr>
 *   <tr><td>Funding Agencies (+ Type), Co-financing Agencies (+ Type)</td><td>{@code organization}
 *       actors, one per distinct (name, type) over the whole import, id {@code
 *       actor:aiddata-<name>.<type>} (with a hash suffix if two names make the same slug),
 *       attribute {@code aiddata.agencyType}; {@code funds} relations with note {@code funding
 *       agency} or {@code co-financing agency}. Names and types pair by position.</td></tr>
 *   <tr><td>Implementing Agencies (+ Type)</td><td>the same actors; {@code implements} relations.
 *       </td></tr>
 *   <tr><td>Direct / Indirect Receiving Agencies (+ Type)</td><td>the same actors; {@code
 *       participates-in} relations with note {@code direct receiving agency} or {@code indirect
 *       receiving agency}. Receiving agencies are the borrowers or grantees, which take part in
 *       the project; {@code benefits} stays reserved for the recipient country or region, so
 *       regional queries are not mixed with organisations.</td></tr>
 *   <tr><td>AidData Parent ID</td><td>{@code part-of} the parent's initiative when the parent
 *       record is in the same import; always kept as {@code aiddata.parentId}. Parents outside the
 *       import are reported once per file (warning).</td></tr>
 *   <tr><td>Collateralized, Collateral Provider (+ Agency Type), Security Agent/Collateral Agent
 *       (+ Type), Collateral</td><td>{@code collateral}: Yes → collateralised, with the providers
 *       and agents as agency actors (as above) and what secures the loan ({@code securedBy.en});
 *       No → {@code Collateral.none()}; empty → no collateral. Collateral is a lender's security,
 *       not a policy condition: {@code conditionality} stays {@code not-reported} for every
 *       record, since GCDF reports no policy conditions, and absence of a reported condition is
 *       not absence of conditions. A No or empty flag with collateral cells filled in, or a flag
 *       that is neither Yes nor No, is reported and those cells are kept as attributes. Guarantee
 *       and insurance columns stay attributes.</td></tr>
 *   <tr><td>Recommended For Aggregates</td><td>{@code inAggregates}: false unless Yes, so that
 *       {@code InitiativeQuery.financeBy} and {@code conditionality} count, by default, only the
 *       records AidData recommends summing (it leaves out pledges, suspended and cancelled
 *       projects and umbrella agreements counted in their parts); {@code
 *       aggregating(Aggregation.ALL_RECORDS)} counts every record. Also kept as {@code
 *       aiddata.recommendedForAggregates}.</td></tr>
 *   <tr><td>Source URLs, Source Titles, Source Publishers, Source Resource Types</td><td>one
 *       {@code Source} per distinct URL over the whole import (id {@code
 *       source:aiddata-url-<hash>}), named by its title (by the URL when titles do not pair with
 *       URLs, in which case the raw cell is kept as an attribute), with publisher, kind (Media
 *       Report → {@code news}, official sources → {@code official-document}, academic journal →
 *       {@code article}, other academic → {@code report}, social media → {@code website}, else
 *       {@code other}) and {@code uri} (a URL that is not a valid absolute URI is kept as {@code
 *       aiddata.url}). The initiative cites each of its sources.</td></tr>
 *   <tr><td>every other column (Umbrella, Intent, Flow Class, Flow Type,
 *       COVID, Infrastructure, Financial Distress, every loan-type flag, Level of Public Liability,
 *       scores, ...)</td><td>an attribute {@code aiddata.<name>}, the column name in lower camel
 *       case without a leading "AidData" or trailing "(MM/DD/YYYY)", value verbatim, e.g. {@code
 *       aiddata.recommendedForAggregates}, {@code aiddata.umbrella}, {@code aiddata.covid}, {@code
 *       aiddata.financialDistress}, {@code aiddata.interestFreeLoan}, {@code
 *       aiddata.commitmentDate}. Empty cells are left out. {@code AidDataImport.account()} counts
 *       each column kept only this way (and each column GCDF does not define, which is dropped)
 *       with the records where it held a value.</td></tr>
 *   <tr><td>ADM1 locations file: id, shapeID, shapeGroup, shapeName, intersection_ratio,
 *       even_split_ratio, intersection_ratio_commitment_value, centroids</td><td>for each row whose
 *       record is in the import: a {@code region} actor {@code actor:geoboundaries-<shapeID>} (name
 *       = shapeName, {@code externalIds.geoboundaries}, centroid attributes) that is {@code
 *       part-of} its country, and a {@code benefits} relation from the initiative with {@code
 *       share} = intersection_ratio × 100 and a note with the ratios and commitment value. Rows of
 *       records not in the import are counted and ignored. Regions as actors (rather than
 *       attributes) let queries by place reach provinces through {@code part-of}.</td></tr>
 *   <tr><td>(the import)</td><td>the dataset {@code Source} {@code source:aiddata-gcdf-3.0} (kind
 *       {@code dataset}, ODC-By 1.0 attribution), cited by every initiative, agency, made-up
 *       country or region, URL source and relation; and {@code ReferenceData.closure(...)} of the
 *       reference entities linked to, so that the graph is valid and complete on its
 *       own.</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.serialization.aiddata;

import org.jspecify.annotations.NullMarked;
