package io.github.southsouth.serialization.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.serialization.ExportFixtures;
import io.github.southsouth.testing.ModelGenerators;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphmlTest {

  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private static Schema schema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newSchema(new StreamSource(GraphmlTest.class.getResource("/graphml/graphml-structure.xsd").toString()));
  }

  /** Parses (well-formedness, namespaces) and validates against the GraphML element structure. */
  static Document parseAndValidate(String graphml) throws Exception {
    schema().newValidator().validate(new StreamSource(new StringReader(graphml)));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(graphml)));
  }

  @Test
  void fixtureIsValidGraphmlWithTheExpectedNodesAndEdges() throws Exception {
    CooperationGraph graph = ExportFixtures.small();
    Document document = parseAndValidate(Diagrams.writer(DiagramFormat.GRAPHML).writeToString(graph));
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return NS;
      }

      @Override
      public String getPrefix(String uri) {
        return "g";
      }

      @Override
      public java.util.Iterator<String> getPrefixes(String uri) {
        return java.util.List.of("g").iterator();
      }
    });
    assertThat((Double) xpath.evaluate("count(/g:graphml/g:graph/g:node)", document, XPathConstants.NUMBER))
        .isEqualTo(graph.entityCount());
    assertThat((Double) xpath.evaluate("count(/g:graphml/g:graph/g:edge)", document, XPathConstants.NUMBER))
        .isEqualTo(graph.relationCount());
    assertThat(xpath.evaluate("/g:graphml/g:graph/@edgedefault", document)).isEqualTo("directed");
    assertThat(xpath.evaluate("//g:node[g:data[@key='entity']='principle:non-conditionality']/g:data[@key='label']", document))
        .isEqualTo("Non-Conditionality");
    String sgr = xpath.evaluate("//g:node[g:data[@key='entity']='initiative:mombasa-nairobi-sgr']/@id", document);
    String bri = xpath.evaluate("//g:node[g:data[@key='entity']='initiative:belt-and-road']/@id", document);
    assertThat(xpath.evaluate("//g:edge[@source='" + sgr + "' and @target='" + bri + "']/g:data[@key='type']", document))
        .isEqualTo("part-of");
    assertThat(xpath.evaluate("//g:node[@id='" + sgr + "']/g:data[@key='label']", document))
        .isEqualTo("Mombasa–Nairobi \"SGR\" railway\n(Kenya)");
  }

  @Test
  void everyGeneratedGraphGivesValidGraphml() {
    qt().forAll(ModelGenerators.graphs())
        .checkAssert(
            graph -> {
              try {
                Document document = parseAndValidate(Diagrams.writer(DiagramFormat.GRAPHML).with(DiagramOptions.builder().languages("zh-Latn-pinyin").build()).writeToString(graph));
                NodeList nodes = document.getElementsByTagNameNS(NS, "node");
                assertThat(nodes.getLength()).isEqualTo(graph.entityCount());
                Set<String> entities = new HashSet<>();
                NodeList data = document.getElementsByTagNameNS(NS, "data");
                for (int i = 0; i < data.getLength(); i++) {
                  Element element = (Element) data.item(i);
                  if (element.getAttribute("key").equals("entity")) {
                    entities.add(element.getTextContent());
                  }
                }
                for (Entity entity : graph.entities()) {
                  assertThat(entities).contains(entity.id().toString());
                }
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
