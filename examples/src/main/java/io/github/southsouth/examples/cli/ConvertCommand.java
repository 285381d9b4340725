package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code southsouth convert IN OUT}: reads a dataset and writes it in another format. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    header = "Convert a dataset from one format to another.",
    description = {
      "Convert a dataset between formats, chosen by the file extensions: .json, .yaml/.yml, .jsonl (the native format), .jsonld (JSON-LD, written only), or a directory of CSV tables (entities.csv and relations.csv). The input is validated first; nothing is written if it is invalid, and files are replaced atomically."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth convert dataset.yaml dataset.json",
      "  southsouth convert dataset.json tables/          (CSV tables into tables/)",
      "  southsouth convert tables/ dataset.yaml",
      "  southsouth convert dataset.yaml dataset.jsonld",
      "  cat dataset.json | southsouth convert --from json --to yaml - -"
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CliSupport.ReadOptionsMixin read;

  @Parameters(index = "0", paramLabel = "IN", description = "The input file or CSV directory, or - for standard input.")
  String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "The output file or CSV directory, or - for standard output.")
  String output;

  @Option(names = "--from", paramLabel = "FORMAT", converter = Format.Converter.class,
      description = "Format of the input, needed for - : json, yaml or jsonl.")
  Format from;

  @Option(names = "--to", paramLabel = "FORMAT", converter = Format.Converter.class,
      completionCandidates = Format.Candidates.class,
      description = "Format of the output, needed for - : ${COMPLETION-CANDIDATES}.")
  Format to;

  @Option(names = "--compact", description = "Write JSON on one line instead of indented.")
  boolean compact;

  @Override
  public Integer call() {
    if (output.equals("-") && to == null) {
      throw CliSupport.usage(spec, "writing standard output (-) needs --to FORMAT");
    }
    CooperationGraph graph = CliSupport.read(spec, List.of(input), read.options(spec), from);
    CliSupport.write(spec, graph, output, to, null, new Format.Settings(compact));
    CliSupport.wrote(spec, output, graph);
    return 0;
  }
}
