package io.github.southsouth.examples.cli;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.EntityId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code southsouth export}: a dataset, or the neighbourhood of an entity, for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Export a dataset as JSON-LD, CSV tables or another format.",
    description = {
      "Export a dataset, the bundled one by default, for other tools: JSON-LD (linked data with SKOS, schema.org and PROV-O terms), CSV tables for spreadsheets, pictures (Graphviz DOT, Mermaid, GraphML) or the native format. The format comes from --format or the name of OUT. With --around, only the entities within --hops relations of one entity are exported (data formats add the sources they cite); pictures are labelled in the --lang language."
    },
    footer = {
      "",
      "Examples:",
      "  southsouth export -o seeds.jsonld",
      "  southsouth export --format csv -o tables/",
      "  southsouth export --around non-conditionality --hops 2 -o nc.jsonld",
      "  southsouth export --around non-conditionality --lang zh-Hans -o nc.dot",
      "  southsouth export --format mermaid --around mutual-benefit",
      "  southsouth export imported.json -o imported.jsonld"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CliSupport.DatasetInput input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file or directory (CSV) to write; - or none for standard output.")
  String output;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Format.Converter.class,
      completionCandidates = Format.Candidates.class,
      description = "The format: ${COMPLETION-CANDIDATES} (default: from the name of OUT).")
  Format format;

  @Option(names = "--around", paramLabel = "ENTITY",
      description = "Export only the neighbourhood of this entity: an id (principle:mutual-benefit) or a name.")
  String around;

  @Option(names = "--hops", paramLabel = "N", defaultValue = "1",
      description = "How many relations away from --around to go, in either direction (default: ${DEFAULT-VALUE}).")
  int hops;

  @Option(names = "--lang", paramLabel = "TAG", split = ",", defaultValue = "en",
      description = "Label language of pictures (dot, mermaid, graphml), e.g. zh-Hans or zh-Latn-pinyin; "
          + "several, comma-separated, are tried in order (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Override
  public Integer call() {
    if ((output == null || output.equals("-")) && format == null) {
      throw CliSupport.usage(spec, "give the format with --format FORMAT, or a file name with -o OUT");
    }
    if (hops < 0) {
      throw CliSupport.usage(spec, "--hops must be 0 or more, got " + hops);
    }
    if (around == null && spec.commandLine().getParseResult().hasMatchedOption("--hops")) {
      throw CliSupport.usage(spec, "--hops needs --around ENTITY");
    }
    CooperationGraph graph = input.graph(spec);
    Format target = format != null ? format : CliSupport.formatOf(spec, output);
    Optional<EntityId> centre = Optional.empty();
    if (around != null) {
      centre = Optional.of(Names.entity(spec, graph, "--around", around, null, "entity", e -> true));
      if (!target.isDiagram()) {
        // Pictures draw the neighbourhood themselves; data formats get a valid smaller graph.
        graph = neighbourhood(graph, centre.get(), hops);
      }
    }
    Format.Settings settings = new Format.Settings(false, languages, centre, hops);
    CliSupport.write(spec, graph, output, format, null, settings);
    // Tell what was drawn, not the size of the dataset the picture was cut from.
    CliSupport.wrote(spec, output, target.isDiagram() && centre.isPresent() ? neighbourhood(graph, centre.get(), hops) : graph);
    return 0;
  }

  /** The entities within {@code hops} relations of {@code centre}, as a valid graph. */
  static CooperationGraph neighbourhood(CooperationGraph graph, EntityId centre, int hops) {
    Set<EntityId> keep = graph.neighbourhood(centre, hops);
    return graph.subgraph(e -> keep.contains(e.id()));
  }
}
