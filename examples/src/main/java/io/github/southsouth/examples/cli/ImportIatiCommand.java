package io.github.southsouth.examples.cli;

import io.github.southsouth.serialization.ImportAccount;
import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.StreamedImport;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.iati.IatiImport;
import io.github.southsouth.serialization.iati.IatiImporter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code southsouth import-iati FILE... -o OUT}: IATI activity files into a dataset. */
@Command(
    name = "import-iati",
    mixinStandardHelpOptions = true,
    header = "Import IATI activity files (2.01-2.03).",
    description = {
      "Import IATI activity files (versions 2.01 to 2.03) into a dataset: activities become initiatives, participating organisations actors that fund, implement or lead them, recipient countries and regions are linked to the bundled reference countries and regions, sectors to areas of contribution, transactions, budgets and planned disbursements become financing (incoming and outgoing flows apart, original and revised budgets typed), and <conditions> the three-state conditionality. Related activities are linked across files. JSON Lines output (-o x.jsonl or --to jsonl) is streamed: each activity is written as it is read, in memory bounded by one activity and the organisations, so folders larger than the heap can be imported."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth import-iati activities.xml -o activities.json",
      "  southsouth import-iati --strict iati-folder/ -o activities.yaml",
      "  southsouth import-iati activities.xml -o out.json",
      "  southsouth import-iati big-folder/ -o activities.jsonl   (streamed, never held as a graph)",
      "  southsouth query --data out.json --region kenya"
    })
final class ImportIatiCommand extends ImportCommand {

  @Override
  String extension() {
    return ".xml";
  }

  @Override
  Imported run(List<Path> inputs, ReadOptions options, ReferenceData reference) {
    IatiImport result = IatiImporter.reader(options).with(reference).readResult(inputs);
    return new Imported(result.graph(), result.warnings(), summary(result.summary(), result.account()));
  }

  @Override
  Streamed stream(List<Path> inputs, ReadOptions options, ReferenceData reference, RecordSink sink) {
    StreamedImport result = IatiImporter.reader(options).with(reference).stream(inputs, sink);
    return new Streamed(result, summary(result.summary(), result.account()));
  }

  private static String summary(String counts, ImportAccount account) {
    StringBuilder summary = new StringBuilder(counts);
    if (!account.isEmpty()) {
      summary.append(System.lineSeparator()).append("Read but not kept (element: occurrences):");
      account.lines().forEach(line -> summary.append(System.lineSeparator()).append("  ").append(line));
    }
    return summary.toString();
  }
}
