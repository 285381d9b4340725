/**
 * Problems found in data, and where: {@link io.github.southsouth.problem.Problem} (severity, code,
 * message, location), {@link io.github.southsouth.problem.Location} (source, line, column, pointer,
 * subject) and the bounded, immutable {@link io.github.southsouth.problem.ProblemReport}. The graph
 * validator and every reader speak this one language, so a problem prints the same way wherever it
 * comes from: {@code FILE:LINE:COL: CODE message}.
 *
 * <p>Every type here is immutable and thread-safe.
 *
 * <table>
 *   <caption>Problem codes</caption>
 *   <tr><th>code</th><th>raised by</th><th>meaning</th></tr>
 *   <tr><td>{@code duplicate-id}</td><td>dataset rule (CooperationGraph)</td><td>Two entities share an id.</td></tr>
 *   <tr><td>{@code duplicate-relation}</td><td>dataset rule (CooperationGraph)</td><td>Two relations state the same from, type, to and period.</td></tr>
 *   <tr><td>{@code dangling-reference}</td><td>dataset rule (CooperationGraph)</td><td>An id is referenced (by a relation, perspective holder or subject, citation, financier or event place) but no entity has it.</td></tr>
 *   <tr><td>{@code wrong-kind}</td><td>dataset rule (CooperationGraph)</td><td>A reference points to an entity of the wrong kind, e.g. a perspective holder that is not an actor or a citation of something that is not a source.</td></tr>
 *   <tr><td>{@code relation-kinds}</td><td>dataset rule (CooperationGraph)</td><td>A relation connects kinds its type does not allow (see RelationType).</td></tr>
 *   <tr><td>{@code self-relation}</td><td>dataset rule (CooperationGraph)</td><td>A relation goes from an entity to itself.</td></tr>
 *   <tr><td>{@code part-of-cycle}</td><td>dataset rule (CooperationGraph)</td><td>part-of relations form a cycle; the message lists its members.</td></tr>
 *   <tr><td>{@code period-order}</td><td>dataset rule (CooperationGraph)</td><td>A period ends before it starts.</td></tr>
 *   <tr><td>{@code share-range}</td><td>dataset rule (CooperationGraph)</td><td>A share or percentage is outside 0 to 100.</td></tr>
 *   <tr><td>{@code share-sum}</td><td>dataset rule (CooperationGraph)</td><td>Shares that divide one whole (sectors of one vocabulary, recipients of one initiative) add up to more than 100.</td></tr>
 *   <tr><td>{@code unknown-currency}</td><td>dataset rule (CooperationGraph)</td><td>A currency code is not an ISO 4217 code.</td></tr>
 *   <tr><td>{@code missing-name}</td><td>dataset rule (CooperationGraph)</td><td>An entity has no name in any language.</td></tr>
 *   <tr><td>{@code missing-claim}</td><td>dataset rule (CooperationGraph)</td><td>A perspective has no English claim.</td></tr>
 *   <tr><td>{@code io-error}</td><td>reading and writing files</td><td>The input could not be read or the output not written.</td></tr>
 *   <tr><td>{@code empty-input}</td><td>reading and writing files</td><td>The input is empty or holds only white space.</td></tr>
 *   <tr><td>{@code syntax}</td><td>reading and writing files</td><td>The input is not well-formed JSON, YAML, CSV or XML.</td></tr>
 *   <tr><td>{@code invalid-encoding}</td><td>reading and writing files</td><td>The input is not valid UTF-8 or holds forbidden characters such as NUL.</td></tr>
 *   <tr><td>{@code trailing-content}</td><td>reading and writing files</td><td>Something follows the end of the document.</td></tr>
 *   <tr><td>{@code limit-exceeded}</td><td>reading and writing files</td><td>A safety limit on untrusted input was reached (nesting depth, string or number length, document size, aliases, problem count).</td></tr>
 *   <tr><td>{@code unsafe-content}</td><td>reading and writing files</td><td>The input asks for something refused on principle: a YAML tag, a DTD or an external entity.</td></tr>
 *   <tr><td>{@code wrong-format}</td><td>reading and writing files</td><td>The document does not say it is a southsouth document.</td></tr>
 *   <tr><td>{@code unsupported-version}</td><td>reading and writing files</td><td>The format version is not one this reader supports; the message names the supported ones.</td></tr>
 *   <tr><td>{@code wrong-type}</td><td>reading and writing files</td><td>A value has the wrong type, e.g. a number where text was expected.</td></tr>
 *   <tr><td>{@code missing-field}</td><td>reading and writing files</td><td>A required field is absent.</td></tr>
 *   <tr><td>{@code unknown-field}</td><td>reading and writing files</td><td>A field is not part of the format (an error when strict, a warning when lenient).</td></tr>
 *   <tr><td>{@code duplicate-key}</td><td>reading and writing files</td><td>A key appears twice in one object.</td></tr>
 *   <tr><td>{@code invalid-value}</td><td>reading and writing files</td><td>A value is malformed: an id, date, decimal, language tag or URI.</td></tr>
 *   <tr><td>{@code unknown-code}</td><td>reading and writing files</td><td>A code is not in its vocabulary or codelist; the message names the vocabulary.</td></tr>
 *   <tr><td>{@code missing-column}</td><td>reading and writing files</td><td>A required column is absent from a CSV header.</td></tr>
 *   <tr><td>{@code extra-column}</td><td>reading and writing files</td><td>A CSV header has a column the reader does not use (reported once).</td></tr>
 *   <tr><td>{@code skipped-record}</td><td>reading and writing files</td><td>In lenient mode, a record with errors was reported and left out.</td></tr>
 *   <tr><td>{@code truncated}</td><td>reading and writing files</td><td>The problem report reached its limit; further problems were counted but not kept.</td></tr>
 *   <tr><td>{@code merge-conflict}</td><td>merging graphs</td><td>Two graphs being merged say different things about the same entity, relation statement or dataset info; the message lists what differs.</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
@NullMarked
@ModelStyle
package io.github.southsouth.problem;

import io.github.southsouth.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
