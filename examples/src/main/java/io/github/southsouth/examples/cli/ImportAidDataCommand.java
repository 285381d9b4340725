package io.github.southsouth.examples.cli;

import io.github.southsouth.serialization.ReadOptions;
import io.github.southsouth.serialization.RecordSink;
import io.github.southsouth.serialization.StreamedImport;
import io.github.southsouth.serialization.ReferenceData;
import io.github.southsouth.serialization.aiddata.AidDataImport;
import io.github.southsouth.serialization.aiddata.AidDataImporter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code southsouth import-aiddata FILE... -o OUT}: AidData GCDF 3.0 records into a dataset. */
@Command(
    name = "import-aiddata",
    mixinStandardHelpOptions = true,
    header = "Import AidData's GCDF 3.0 CSV (Chinese development finance).",
    description = {
      "Import AidData's Global Chinese Development Finance Dataset (GCDF 3.0) into a dataset: each project record becomes an initiative with its status, dates, instruments, financing in original currency and constant 2021 USD, loan terms, sector and area of contribution, recipient country (linked to the bundled countries and regions) and the agencies that fund and implement it. An ADM1 locations file given too links records to provinces. JSON Lines output (-o x.jsonl or --to jsonl) is streamed: each record is written as it is read."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth import-aiddata projects.csv adm1-locations.csv -o gcdf.yaml",
      "  southsouth import-aiddata gcdf.csv -o gcdf.json",
      "  southsouth query --data gcdf.json --region africa --instrument debt-forgiveness"
    })
final class ImportAidDataCommand extends ImportCommand {

  @Override
  String extension() {
    return ".csv";
  }

  @Override
  Imported run(List<Path> inputs, ReadOptions options, ReferenceData reference) {
    AidDataImport result = AidDataImporter.reader(options).with(reference).readResult(inputs);
    return new Imported(result.graph(), result.warnings(), result.summary());
  }

  @Override
  Streamed stream(List<Path> inputs, ReadOptions options, ReferenceData reference, RecordSink sink) {
    StreamedImport result = AidDataImporter.reader(options).with(reference).stream(inputs, sink);
    return new Streamed(result, result.summary());
  }
}
