package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The IATI codelists bundled with this package (IATI Standard, CC BY 4.0; see {@code NOTICE.md}
 * next to them), each read once on first use: code to English name. Thread-safe.
 */
final class Codelists {

  private static final String PATH = "/io/github/southsouth/serialization/iati/codelists/";
  private static final Map<String, ImmutableMap<String, String>> LOADED = new ConcurrentHashMap<>();

  private Codelists() {}

  /** Returns the codes of a bundled codelist and their English names, in codelist order. */
  static ImmutableMap<String, String> get(String codelist) {
    return LOADED.computeIfAbsent(codelist, Codelists::load);
  }

  /** Returns the English name of a code, if the codelist has it. */
  static Optional<String> name(String codelist, String code) {
    return Optional.ofNullable(get(codelist).get(code));
  }

  /** Tells whether the codelist has the code. */
  static boolean contains(String codelist, String code) {
    return get(codelist).containsKey(code);
  }

  /** Returns e.g. {@code Sector 23230 Solar energy}, or {@code Sector 99999} if unknown. */
  static String describe(String codelist, String code) {
    return name(codelist, code).map(n -> codelist + " " + code + " " + n).orElse(codelist + " " + code);
  }

  private static ImmutableMap<String, String> load(String codelist) {
    try (InputStream in = Codelists.class.getResourceAsStream(PATH + codelist + ".xml")) {
      if (in == null) {
        throw new IllegalStateException("the codelist " + codelist + " is not bundled");
      }
      XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      Map<String, String> codes = new LinkedHashMap<>();
      String code = null;
      String name = null;
      boolean inName = false;
      String current = "";
      StringBuilder text = new StringBuilder();
      boolean englishNarrative = false;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          current = reader.getLocalName();
          text.setLength(0);
          if (current.equals("codelist-item")) {
            code = null;
            name = null;
          } else if (current.equals("name")) {
            inName = true;
          } else if (current.equals("narrative")) {
            String lang = reader.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
            englishNarrative = lang == null || lang.equals("en");
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String ended = reader.getLocalName();
          if (ended.equals("code")) {
            code = text.toString().trim();
          } else if (ended.equals("narrative") && inName && englishNarrative && name == null) {
            name = text.toString().trim();
          } else if (ended.equals("name")) {
            inName = false;
          } else if (ended.equals("codelist-item") && code != null) {
            codes.putIfAbsent(code, name == null ? "" : name);
          }
          text.setLength(0);
        }
      }
      reader.close();
      return ImmutableMap.copyOf(codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the bundled codelist " + codelist + " is damaged", e);
    }
  }
}
