/**
 * Pictures of a graph: {@link io.github.southsouth.serialization.diagram.Diagrams} draws a graph,
 * a neighbourhood of one entity or a filtered subgraph ({@link
 * io.github.southsouth.serialization.diagram.DiagramOptions}) as Graphviz DOT, a Mermaid {@code
 * flowchart} or GraphML (for Gephi, yEd and networkx), with nodes labelled in a chosen language and
 * shaped and coloured by kind, and edges labelled by relation type.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.serialization.diagram;

import org.jspecify.annotations.NullMarked;
