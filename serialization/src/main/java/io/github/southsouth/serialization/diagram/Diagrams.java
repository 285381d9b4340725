package io.github.southsouth.serialization.diagram;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;
import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.Relation;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The entry point of the diagrams: {@link #writer(DiagramFormat)} draws a {@link CooperationGraph}
 * as Graphviz DOT, a Mermaid {@code flowchart} or GraphML: one node
 * per entity, labelled with its name in the {@linkplain DiagramOptions#languages() chosen language},
 * shaped and coloured by kind; one edge per relation, labelled with the relation type's code.
 * {@link DiagramOptions} picks the part of the graph to draw.
 *
 * <pre>{@code
 * DiagramOptions options = DiagramOptions.builder()
 *     .around(EntityId.parse("principle:non-conditionality"), 2).build();
 * String mermaid = Diagrams.writer(DiagramFormat.MERMAID).with(options).writeToString(graph);
 * Diagrams.writer(DiagramFormat.DOT).with(options).write(graph, Path.of("non-conditionality.dot"));
 * }</pre>
 *
 * <table>
 *   <caption>Node styles by kind</caption>
 *   <tr><th>kind</th><th>colour</th><th>DOT shape</th><th>Mermaid shape</th></tr>
 *   <tr><td>principle</td><td>#f4a261</td><td>octagon</td><td>stadium</td></tr>
 *   <tr><td>goal</td><td>#e9c46a</td><td>hexagon</td><td>hexagon</td></tr>
 *   <tr><td>theme</td><td>#90be6d</td><td>parallelogram</td><td>parallelogram</td></tr>
 *   <tr><td>concept</td><td>#cdb4db</td><td>ellipse</td><td>circle</td></tr>
 *   <tr><td>initiative</td><td>#8ecae6</td><td>box</td><td>rectangle</td></tr>
 *   <tr><td>actor</td><td>#ffb4a2</td><td>rounded box</td><td>rounded rectangle</td></tr>
 *   <tr><td>event</td><td>#b8c0ff</td><td>house</td><td>subroutine</td></tr>
 *   <tr><td>perspective</td><td>#fdffb6</td><td>note</td><td>flag</td></tr>
 *   <tr><td>source</td><td>#dddddd</td><td>folder</td><td>cylinder</td></tr>
 * </table>
 *
 * <p>Labels are escaped for each syntax: quotes, backslashes, line breaks, {@code #}, {@code <},
 * {@code >} and {@code &}; control characters become spaces (in GraphML, characters XML cannot hold
 * become U+FFFD). Chinese and other non-ASCII text is written as is, in UTF-8. Nodes come in id
 * order and edges in relation order, so the same input always gives the same text. A relation
 * stated more than once (for different periods) is drawn once.
 *
 * <p>Stateless and thread-safe, like the writers it returns. Drawing is O(n + r) in the entities and relations drawn; a
 * neighbourhood is found in O(size of the neighbourhood and its edges).
 *
 * @since 0.1.0
 */
public final class Diagrams {

  private static final ImmutableMap<Kind, Style> STYLES;

  static {
    Map<Kind, Style> styles = new EnumMap<>(Kind.class);
    styles.put(Kind.PRINCIPLE, new Style("#f4a261", "octagon", "", "([", "])"));
    styles.put(Kind.GOAL, new Style("#e9c46a", "hexagon", "", "{{", "}}"));
    styles.put(Kind.THEME, new Style("#90be6d", "parallelogram", "", "[/", "/]"));
    styles.put(Kind.CONCEPT, new Style("#cdb4db", "ellipse", "", "((", "))"));
    styles.put(Kind.INITIATIVE, new Style("#8ecae6", "box", "", "[", "]"));
    styles.put(Kind.ACTOR, new Style("#ffb4a2", "box", "rounded,", "(", ")"));
    styles.put(Kind.EVENT, new Style("#b8c0ff", "house", "", "[[", "]]"));
    styles.put(Kind.PERSPECTIVE, new Style("#fdffb6", "note", "", ">", "]"));
    styles.put(Kind.SOURCE, new Style("#dddddd", "folder", "", "[(", ")]"));
    STYLES = ImmutableMap.copyOf(styles);
  }

  private Diagrams() {}

  /**
   * Returns a writer of a format, with the {@linkplain DiagramOptions#defaults() default options}:
   * the whole graph, labelled in English.
   *
   * @param format the format
   * @return the writer, immutable
   */
  public static DiagramWriter writer(DiagramFormat format) {
    checkNotNull(format, "format");
    return new DiagramWriter(format, DiagramOptions.defaults());
  }

  /**
   * Returns the graph, or the part the options choose, as a Graphviz DOT {@code digraph}.
   *
   * @param graph the graph
   * @param options what to draw and how
   * @return the DOT text, ending in a newline
   * @throws IllegalArgumentException if the options' centre is not in the graph
   */
  static String dot(CooperationGraph graph, DiagramOptions options) {
    checkNotNull(graph, "graph");
    checkNotNull(options, "options");
    Selection selection = select(graph, options);
    StringBuilder dot = new StringBuilder();
    dot.append("digraph southsouth {\n");
    dot.append("  graph [rankdir=LR, charset=\"UTF-8\"];\n");
    dot.append("  node [style=filled, fontsize=12];\n");
    dot.append("  edge [fontsize=10, color=\"#555555\"];\n");
    for (Entity entity : selection.entities) {
      Style style = STYLES.get(entity.kind());
      dot.append("  \"").append(entity.id()).append("\" [label=\"")
          .append(dotEscape(label(entity, options)))
          .append("\", shape=").append(style.dotShape)
          .append(", style=\"").append(style.dotStyle).append("filled\", fillcolor=\"").append(style.color)
          .append("\", tooltip=\"").append(entity.id()).append("\"];\n");
    }
    for (Relation relation : selection.relations) {
      dot.append("  \"").append(relation.from()).append("\" -> \"").append(relation.to())
          .append("\" [label=\"").append(relation.type().code()).append("\"];\n");
    }
    return dot.append("}\n").toString();
  }

  /**
   * Returns the graph, or the part the options choose, as a Mermaid {@code flowchart}. Node ids are
   * {@code n1}, {@code n2}, ... in entity id order; a comment before each node names its entity.
   *
   * @param graph the graph
   * @param options what to draw and how
   * @return the Mermaid text, ending in a newline
   * @throws IllegalArgumentException if the options' centre is not in the graph
   */
  static String mermaid(CooperationGraph graph, DiagramOptions options) {
    checkNotNull(graph, "graph");
    checkNotNull(options, "options");
    Selection selection = select(graph, options);
    Map<EntityId, String> ids = new HashMap<>();
    Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
    StringBuilder mermaid = new StringBuilder("flowchart LR\n");
    for (Entity entity : selection.entities) {
      String id = "n" + (ids.size() + 1);
      ids.put(entity.id(), id);
      byKind.computeIfAbsent(entity.kind(), k -> new ArrayList<>()).add(id);
      Style style = STYLES.get(entity.kind());
      mermaid.append("  %% ").append(entity.id()).append('\n');
      mermaid.append("  ").append(id).append(style.mermaidOpen).append('"')
          .append(mermaidEscape(label(entity, options)))
          .append('"').append(style.mermaidClose).append('\n');
    }
    for (Relation relation : selection.relations) {
      mermaid.append("  ").append(ids.get(relation.from())).append(" -->|\"").append(relation.type().code())
          .append("\"| ").append(ids.get(relation.to())).append('\n');
    }
    for (Map.Entry<Kind, List<String>> kind : byKind.entrySet()) {
      Style style = STYLES.get(kind.getKey());
      mermaid.append("  classDef ").append(kind.getKey().code()).append(" fill:").append(style.color)
          .append(",stroke:#555555,color:#000000\n");
      mermaid.append("  class ").append(String.join(",", kind.getValue())).append(' ')
          .append(kind.getKey().code()).append('\n');
    }
    return mermaid.toString();
  }

  /**
   * Returns the graph, or the part the options choose, as a GraphML document. Nodes carry the data
   * keys {@code label}, {@code entity} (the entity id), {@code kind} and {@code color}; edges carry
   * {@code type} (the relation code, also as {@code label}). Node ids are {@code n1}, {@code n2},
   * ... in entity id order, since GraphML ids are XML name tokens and entity ids need not be.
   *
   * @param graph the graph
   * @param options what to draw and how
   * @return the GraphML document, UTF-8 declared, ending in a newline
   * @throws IllegalArgumentException if the options' centre is not in the graph
   */
  static String graphml(CooperationGraph graph, DiagramOptions options) {
    checkNotNull(graph, "graph");
    checkNotNull(options, "options");
    Selection selection = select(graph, options);
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      String ns = "http://graphml.graphdrawing.org/xmlns";
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(ns);
      key(xml, "label", "node", "label");
      key(xml, "entity", "node", "entity");
      key(xml, "kind", "node", "kind");
      key(xml, "color", "node", "color");
      key(xml, "type", "edge", "type");
      key(xml, "elabel", "edge", "label");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "southsouth");
      xml.writeAttribute("edgedefault", "directed");
      Map<EntityId, String> ids = new HashMap<>();
      for (Entity entity : selection.entities) {
        String id = "n" + (ids.size() + 1);
        ids.put(entity.id(), id);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("node");
        xml.writeAttribute("id", id);
        data(xml, "label", label(entity, options));
        data(xml, "entity", entity.id().toString());
        data(xml, "kind", entity.kind().code());
        data(xml, "color", STYLES.get(entity.kind()).color);
        xml.writeEndElement();
      }
      int edge = 0;
      for (Relation relation : selection.relations) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + ++edge);
        xml.writeAttribute("source", ids.get(relation.from()));
        xml.writeAttribute("target", ids.get(relation.to()));
        data(xml, "type", relation.type().code());
        data(xml, "elabel", relation.type().code());
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML to memory", e);
    }
    return text.toString();
  }

  private static void key(XMLStreamWriter xml, String id, String domain, String name) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", domain);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", "string");
  }

  private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  private static String label(Entity entity, DiagramOptions options) {
    String label = entity.name().best(options.languages());
    return label.isEmpty() ? entity.id().toString() : label;
  }

  /** DOT's escapes for a quoted label. */
  private static final Escaper DOT = labelEscaper(Map.of('"', "\\\"", '\\', "\\\\", '\n', "\\n"));

  /** Mermaid's entity codes for a quoted label, and a line break for a new line. */
  private static final Escaper MERMAID = labelEscaper(
      Map.of('"', "#quot;", '#', "#35;", '&', "#amp;", '<', "#lt;", '>', "#gt;", '`', "#96;", '\n', "<br>"));

  /**
   * Returns an escaper of labels that replaces the given characters, drops carriage returns and
   * turns any other control character into a space.
   */
  private static Escaper labelEscaper(Map<Character, String> escapes) {
    Escapers.Builder escaper = Escapers.builder();
    for (char c = 0; c < 0xA0; c++) {
      if (Character.isISOControl(c)) {
        escaper.addEscape(c, c == '\r' ? "" : " ");
      }
    }
    escapes.forEach(escaper::addEscape);
    return escaper.build();
  }

  static String dotEscape(String text) {
    return DOT.escape(text);
  }

  static String mermaidEscape(String text) {
    return MERMAID.escape(text);
  }

  static String xmlSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok = (c >= 0x20 && c <= 0xD7FF) || c == '\t' || c == '\n' || c == '\r' || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /** The entities and relations a diagram draws. */
  static final class Selection {
    final ImmutableList<Entity> entities;
    final ImmutableList<Relation> relations;

    Selection(ImmutableList<Entity> entities, ImmutableList<Relation> relations) {
      this.entities = entities;
      this.relations = relations;
    }
  }

  static Selection select(CooperationGraph graph, DiagramOptions options) {
    Set<EntityId> chosen = new HashSet<>();
    if (options.center().isPresent()) {
      EntityId center = options.center().get();
      if (!graph.contains(center)) {
        throw new IllegalArgumentException("no entity with id " + center + " in this graph: cannot draw its neighbourhood");
      }
      // Follow a relation when the picture shows it and the entities at both ends (the centre is
      // always shown; every other entity reached has passed the filter already).
      chosen.addAll(
          graph.neighbourhood(
              center,
              options.hops(),
              relation ->
                  options.relations().test(relation)
                      && (relation.from().equals(center) || options.entities().test(graph.get(relation.from())))
                      && (relation.to().equals(center) || options.entities().test(graph.get(relation.to())))));
    } else {
      for (Entity entity : graph.entities()) {
        if (options.entities().test(entity)) {
          chosen.add(entity.id());
        }
      }
    }
    ImmutableList.Builder<Entity> entities = ImmutableList.builder();
    for (Entity entity : graph.entities()) {
      if (chosen.contains(entity.id())) {
        entities.add(entity);
      }
    }
    ImmutableList.Builder<Relation> relations = ImmutableList.builder();
    Set<String> drawn = new LinkedHashSet<>();
    for (Relation relation : graph.relations()) {
      if (chosen.contains(relation.from())
          && chosen.contains(relation.to())
          && options.relations().test(relation)
          && drawn.add(relation.from() + " " + relation.type().code() + " " + relation.to())) {
        relations.add(relation);
      }
    }
    return new Selection(entities.build(), relations.build());
  }

  /** How the nodes of one kind look. */
  private static final class Style {
    final String color;
    final String dotShape;
    final String dotStyle;
    final String mermaidOpen;
    final String mermaidClose;

    Style(String color, String dotShape, String dotStyle, String mermaidOpen, String mermaidClose) {
      this.color = color;
      this.dotShape = dotShape;
      this.dotStyle = dotStyle;
      this.mermaidOpen = mermaidOpen;
      this.mermaidClose = mermaidClose;
    }
  }
}
