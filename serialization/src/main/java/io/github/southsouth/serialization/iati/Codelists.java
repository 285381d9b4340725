package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The IATI codelists bundled with this package (IATI Standard, CC BY 4.0; see {@code NOTICE.md}
 * next to them), each read once on first use: code to English name, and the codes withdrawn from
 * the list (items with {@code status="withdrawn"}) with their withdrawal dates. Thread-safe.
 */
final class Codelists {

  private static final String PATH = "/io/github/southsouth/serialization/iati/codelists/";
  private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

  /** One codelist: every code (active or withdrawn) to its name, and withdrawn codes to their date. */
  private record Loaded(ImmutableMap<String, String> names, ImmutableMap<String, String> withdrawn) {}

  private Codelists() {}

  /** Returns the codes of a bundled codelist and their English names, in codelist order. */
  static ImmutableMap<String, String> get(String codelist) {
    return LOADED.computeIfAbsent(codelist, Codelists::load).names();
  }

  /**
   * Returns the withdrawal date of a code withdrawn from the codelist ({@code ""} if the list gives
   * none); empty if the code is active or not in the list.
   */
  static Optional<String> withdrawn(String codelist, String code) {
    return Optional.ofNullable(LOADED.computeIfAbsent(codelist, Codelists::load).withdrawn().get(code));
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

  private static Loaded load(String codelist) {
    try (InputStream in = Codelists.class.getResourceAsStream(PATH + codelist + ".xml")) {
      if (in == null) {
        throw new IllegalStateException("the codelist " + codelist + " is not bundled");
      }
      XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      Map<String, String> codes = new LinkedHashMap<>();
      Map<String, String> withdrawn = new LinkedHashMap<>();
      String withdrawal = null;
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
            withdrawal = "withdrawn".equals(reader.getAttributeValue(null, "status"))
                ? Objects.requireNonNullElse(reader.getAttributeValue(null, "withdrawal-date"), "") : null;
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
            if (withdrawal != null) {
              withdrawn.putIfAbsent(code, withdrawal);
            }
          }
          text.setLength(0);
        }
      }
      reader.close();
      return new Loaded(ImmutableMap.copyOf(codes), ImmutableMap.copyOf(withdrawn));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the bundled codelist " + codelist + " is damaged", e);
    }
  }
}
