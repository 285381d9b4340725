/**
 * Import of IATI activity files (versions 2.01, 2.02 and 2.03) into the southsouth model: {@link
 * io.github.southsouth.serialization.iati.IatiImporter} reads the files and returns the graph
 * ({@code read}) or an {@link io.github.southsouth.serialization.iati.IatiImport} with the graph,
 * the warnings and summary counts ({@code readResult}); {@code stream} passes the same records to a
 * {@link io.github.southsouth.serialization.RecordSink} one at a time, for inputs larger than the
 * heap.
 *
 * <p>Versions: the version is taken from {@code iati-activities/@version}; files without it (Code
 * for IATI datastore exports) carry {@code iati-extra:version} on each activity, which is used
 * instead (a warning, once per file). 1.x files are refused with an {@code unsupported-version}
 * error naming the version found and the versions supported.
 *
 * <p>The mapping (attribute keys are of {@code Entity.attributes()} or {@code
 * Financing.attributes()}; codes are kept as given, with the defaults of the activity resolved into
 * each transaction):
 *
 * <table>
 *   <caption>IATI activity XML to the southsouth model</caption>
 *   <tr><th>IATI</th><th>model</th></tr>
 *   <tr><td>{@code iati-activity}</td><td>{@code Initiative} of kind {@code project}; id {@code
 *     initiative:} + the {@code iati-identifier} percent-encoded with {@code EntityId.encode};
 *     external id {@code iati}; cites the file's {@code Source} with the activity's path as locator.
 *     Attributes {@code iati.hierarchy}, {@code iati.defaultCurrency}, {@code iati.humanitarian},
 *     {@code iati.lastUpdated}, {@code iati.linkedDataUri}, {@code iati.budgetNotProvided}, {@code
 *     iati.version} (from {@code iati-extra:version}), {@code iati.activityScope}, {@code
 *     iati.humanitarianScopes} ({@code type:vocabulary:code; ...}).</td></tr>
 *   <tr><td>{@code title/narrative}</td><td>{@code name}, in every language given and only those
 *     (a Spanish-only title gives a Spanish-only name). An activity without a title, or with only
 *     empty narratives, is an error (when lenient: left out with a warning): a name is never made
 *     from the identifier.</td></tr>
 *   <tr><td>{@code narrative/@xml:lang}</td><td>the language of every narrative (titles,
 *     descriptions, organisation names, conditions), put in canonical BCP 47 case ({@code EN} becomes
 *     {@code en}) and inherited as XML defines it: the narrative's own, else the nearest enclosing
 *     element's (e.g. {@code <participating-org xml:lang="es">}), else the activity's (IATI's
 *     default language), else the file's ({@code <iati-activities xml:lang>}). With none, {@code
 *     und} (undetermined) and one {@code missing-field} warning per file; never {@code en}.</td></tr>
 *   <tr><td>{@code description} (type 1 or none)</td><td>{@code summary}, every language (several
 *     general descriptions are joined by a blank line); other types in {@code
 *     iati.description.<type>} (English or first text).</td></tr>
 *   <tr><td>{@code activity-status}</td><td>{@code status}: 1 pipeline, 2 implementation, 3
 *     finalisation, 4 completed, 5 cancelled, 6 suspended; the code in {@code
 *     iati.activityStatus}.</td></tr>
 *   <tr><td>{@code activity-date}</td><td>{@code period}: start = actual start (type 2) else planned
 *     start (1); end = actual end (4) else planned end (3). All in {@code iati.date.plannedStart},
 *     {@code .actualStart}, {@code .plannedEnd}, {@code .actualEnd}.</td></tr>
 *   <tr><td>{@code reporting-org}, {@code participating-org}, transaction {@code
 *     provider-org}</td><td>{@code Actor} of type {@code organization}, identified by its ref and
 *     name: id {@code actor:iati-org-<ref>} (encoded) for the first name met with a ref; a name that
 *     shares no text (folding case and white space) with the names met before with the same ref is
 *     another organisation, {@code actor:iati-org-<ref>.<8 hex digits of the name's SHA-256>}, with a
 *     {@code duplicate-key} warning naming both names and where; an element with the ref and no name
 *     is the first organisation of the ref. Without {@code @ref}: {@code
 *     actor:iati-org-name-<publisher ref>-<folded name>}, one per name within the publisher (the
 *     reporting-org). Names in the languages given; external id {@code iati}; {@code iati.orgType}.
 *     The same organisation in several activities or files is one actor. An organisation that no
 *     element of the import names gets no actor (a name is never made from a ref): its relations are
 *     left out, the refs kept in {@code iati.unnamedOrganisations.<relation type>} on the initiative
 *     and {@code iati.providerOrg} on the financing, with a {@code missing-name} warning. The
 *     initiative keeps {@code iati.reportingOrg}.</td></tr>
 *   <tr><td>a government as {@code participating-org}</td><td>the country's actor (as for {@code
 *     recipient-country}), not an organisation, when the ref is a country's ISO 3166-1 alpha-2 code
 *     or when the organisation is of type 10 (Government) or named a government or ministry and its
 *     name contains the name of one of the activity's recipient countries (IATI Country codelist).
 *     The relation's note keeps the ref and every name ({@code ..., read as the government of
 *     actor:ken, ref KE, name (en) "Government of Kenya"}). Naming a government does not make the
 *     country a recipient.</td></tr>
 *   <tr><td>{@code participating-org/@role}</td><td>1 Funding: {@code funds}; 2 Accountable: {@code
 *     leads}; 4 Implementing: {@code implements}; 3 Extending (and any other role): {@code
 *     participates-in} (actor to initiative), whose note names the role. Each relation's note keeps
 *     the role, the organisation type, {@code @activity-id} and {@code @crs-channel-code}.</td></tr>
 *   <tr><td>{@code recipient-country}</td><td>{@code benefits} relation to the country, share = {@code
 *     @percentage}. The country is the reference data's ({@code ReferenceData.countryByIso2}); if it
 *     has none, a {@code country} actor {@code actor:<alpha-3>} named after the IATI Country
 *     codelist, with ISO alpha-2, alpha-3 and numeric codes (or {@code actor:<alpha-2>} and a problem
 *     when no alpha-3 is known).</td></tr>
 *   <tr><td>{@code recipient-region}</td><td>{@code benefits} relation with share. Vocabulary 1 (OECD
 *     DAC regions, the default; not UN M49) gives a {@code region} actor {@code
 *     actor:dac-region-<code>} named after the IATI Region codelist; vocabulary 2 (UN M49) the
 *     reference data's region ({@code ReferenceData.byM49}) or a minimal {@code actor:m49-<code>};
 *     other vocabularies are kept in {@code iati.unresolvedRecipients}. When the country and region
 *     percentages add up to more than 100, the relations carry no shares and the percentages are kept
 *     in {@code iati.recipientPercentages}.</td></tr>
 *   <tr><td>{@code sector}</td><td>{@code sectors}: vocabulary 1 as {@code dac-5}, 2 as {@code dac-3}
 *     (both checked against the codelists), others as {@code other} with code {@code
 *     <vocabulary>:<code>}; share = {@code @percentage} (kept in {@code iati.sectorPercentages}
 *     instead when the shares of one vocabulary exceed 100 or several IATI vocabularies fall into
 *     {@code other}). DAC sectors add an {@code addresses} relation to each theme {@code
 *     ReferenceData.themesForSector} returns.</td></tr>
 *   <tr><td>geography or sectors on transactions only</td><td>the initiative benefits every
 *     transaction's country and region and lists every transaction's sector once, without shares (a
 *     warning says so); each financing keeps {@code iati.sectors}, {@code iati.recipientCountry},
 *     {@code iati.recipientRegion}.</td></tr>
 *   <tr><td>{@code tag}, {@code policy-marker}</td><td>{@code iati.tags} ({@code
 *     vocabulary:code label <uri>; ...}) and {@code iati.policyMarkers} ({@code
 *     vocabulary:code=significance label; ...}).</td></tr>
 *   <tr><td>{@code collaboration-type}</td><td>{@code iati.collaborationType}; code 8 (bilateral,
 *     triangular co-operation) also sets {@code iati.triangular = true}.</td></tr>
 *   <tr><td>{@code default-flow-type}, {@code default-finance-type}, {@code default-aid-type}, {@code
 *     default-tied-status}</td><td>{@code iati.defaultFlowType}, {@code iati.defaultFinanceType},
 *     {@code iati.defaultAidType} (space-separated; {@code vocabulary:code} outside vocabulary 1),
 *     {@code iati.defaultTiedStatus}.</td></tr>
 *   <tr><td>{@code transaction}</td><td>{@code Financing}: amount a {@code BigDecimal} with its sign
 *     and scale, currency {@code value/@currency} or the activity's {@code @default-currency}; {@code
 *     date} = {@code transaction-date} (else the value date); {@code financier} = the {@code
 *     provider-org} actor. Stage from the transaction type, keeping its direction: 1 {@code
 *     incoming-funds}, 2 {@code commitment} (outgoing), 3 {@code disbursement}, 4 {@code
 *     expenditure}, 5 {@code interest-repayment}, 6 {@code loan-repayment}, 7 {@code
 *     reimbursement}, 8 {@code equity-purchase}, 9 {@code equity-sale}, 10 {@code
 *     credit-guarantee}, 11 {@code incoming-commitment}, 12 {@code incoming-pledge}, 13 {@code
 *     pledge} (outgoing); others {@code other}. Sums of committed or disbursed finance thus count
 *     outgoing flows only. Instrument from the finance type (1xx–2xx grant; 410–413, 421,
 *     431–433 a loan, concessional under flow type 10 (ODA), commercial otherwise; 414, 451–453
 *     export credit; 5xx investment; 600–619 debt forgiveness; 620–639 debt rescheduling), else from
 *     the aid type (D technical assistance, E training, F01 debt forgiveness), else {@code other}.
 *     Attributes {@code iati.transactionType}, {@code iati.flowType}, {@code iati.financeType}, {@code
 *     iati.aidType}, {@code iati.tiedStatus} (the transaction's own, else the default), {@code
 *     iati.valueDate}, {@code iati.ref}, {@code iati.humanitarian}, {@code
 *     iati.disbursementChannel}, {@code iati.providerOrg}, {@code iati.providerActivityId}, {@code
 *     iati.receiverOrg}, {@code iati.receiverOrgName}, {@code iati.receiverActivityId}, {@code
 *     iati.receiverActor} (the country's actor, when the receiver is its government), {@code
 *     iati.description}.</td></tr>
 *   <tr><td>{@code budget}</td><td>{@code Financing} of stage {@code budget}, dated at its period
 *     start, with its {@code period} and {@code budgetKind} ({@code @type} 1 {@code original}, 2
 *     {@code revised}; both are kept, and sums use the revised one of a period); {@code
 *     iati.budgetType}, {@code iati.budgetStatus} (1 indicative, 2 committed), {@code
 *     iati.periodStart}, {@code iati.periodEnd}, {@code iati.valueDate}; instrument from the
 *     activity's defaults, which a budget does not add to the initiative's instruments.</td></tr>
 *   <tr><td>{@code planned-disbursement}</td><td>{@code Financing} of stage {@code
 *     planned-disbursement}, typed, dated and with attributes as a budget, plus the {@code
 *     provider-org} as financier and the provider and receiver attributes of a
 *     transaction.</td></tr>
 *   <tr><td>{@code conditions}</td><td>{@code conditionality}: element absent: {@code not-reported}
 *     (never read as "no conditions"); {@code @attached} 0 or false: {@code none-attached}; 1 or
 *     true: {@code attached} with each {@code condition}: type 1 {@code policy}, 2 {@code
 *     performance}, 3 {@code fiduciary}, others {@code other}; its narratives as description.</td></tr>
 *   <tr><td>{@code related-activity}</td><td>type 1 (parent): this initiative {@code part-of} the
 *     target; 2 (child): the target {@code part-of} this one; 3 sibling, 4 co-funded, 5 third party:
 *     {@code related-to} with a note naming the type. A relation needs both ends in the graph, so a
 *     target that is not among the imported activities (of any of the files) is kept by its IATI
 *     identifier in {@code iati.relatedActivities.<parent|child|sibling|co-funded|third-party>}
 *     (space-separated) with a {@code dangling-reference} warning.</td></tr>
 *   <tr><td>the file</td><td>one {@code Source} of kind {@code dataset}, id {@code
 *     source:iati-file-<file name>}, named after the file and its reporting organisation, cited by
 *     everything imported from it; the graph's {@code DatasetInfo} lists every file's
 *     source.</td></tr>
 *   <tr><td>reference data</td><td>the countries, regions and themes linked to, with what they need
 *     ({@code ReferenceData.closure}), so that the graph is valid and complete on its own.</td></tr>
 * </table>
 *
 * <p>Not imported: {@code location}, {@code contact-info}, {@code document-link}, {@code result},
 * {@code capital-spend}, {@code country-budget-items}, {@code
 * other-identifier}, {@code legacy-data}, {@code crs-add}, {@code fss}, the narratives of sectors,
 * recipient countries and regions, dates and humanitarian scopes, and elements of other namespaces
 * (skipped while reading). {@link io.github.southsouth.serialization.iati.IatiImport#account()}
 * counts each of these element types (except other namespaces) and how often it occurred, and
 * {@code iati-activity} for each activity left out, so nothing is lost silently.
 *
 * <p>Codes are checked against the IATI codelists bundled with this package (IATI Standard,
 * <a href="https://iatistandard.org/">iatistandard.org</a>, CC BY 4.0), so that problems name them;
 * a code that is not in its codelist, or that the codelist lists as withdrawn (e.g. FlowType 20,
 * FinanceType 410; reported once per file), is an {@code unknown-code} problem naming the code and
 * the codelist, and the code is kept as given: a warning when the import is lenient, an error
 * that fails the import when it is strict.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.serialization.iati;

import org.jspecify.annotations.NullMarked;
