package io.github.southsouth.serialization.aiddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helpers that do not use the importer: a minimal RFC 4180 parser (to compute expected values
 * from the raw samples independently) and a writer of synthetic rows in GCDF layout.
 */
public final class GcdfCsv {

  private GcdfCsv() {}

  /** Returns a test resource of this folder as a path. */
  static Path resource(String name) {
    try {
      return Path.of(GcdfCsv.class.getResource("/aiddata/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  /** Parses a whole CSV text: quoted cells, doubled quotes, commas and line breaks in quotes. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** Reads a sample as records: header name → cell. */
  static List<Map<String, String>> records(String resource) {
    try {
      List<List<String>> rows = parse(Files.readString(resource(resource), StandardCharsets.UTF_8));
      List<String> header = rows.get(0);
      List<Map<String, String>> records = new ArrayList<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        Map<String, String> record = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          record.put(header.get(i), row.get(i));
        }
        records.add(record);
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the real 126-column header of the ports sample, as written (curly apostrophes). */
  public static List<String> header() {
    try (InputStream in = Files.newInputStream(resource("gcdf3_ports_projects.csv"))) {
      byte[] bytes = in.readNBytes(8192);
      String text = new String(bytes, StandardCharsets.UTF_8);
      return parse(text.substring(0, text.indexOf('\n') + 1)).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quotes a cell for CSV. */
  static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  /** Writes rows in GCDF layout: the real header, each row given as column → value. */
  public static String write(List<String> header, List<Map<String, String>> rows) {
    StringBuilder text = new StringBuilder();
    List<String> quoted = new ArrayList<>();
    header.forEach(h -> quoted.add(quote(h)));
    text.append(String.join(",", quoted)).append('\n');
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add(quote(row.getOrDefault(column, "")));
      }
      text.append(String.join(",", cells)).append('\n');
    }
    return text.toString();
  }

  /** Returns a minimal valid synthetic row; callers put more. */
  public static Map<String, String> row(String id, String title) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("AidData Record ID", id);
    row.put("Recommended For Aggregates", "Yes");
    row.put("Umbrella", "No");
    row.put("Financier Country", "China (People's Republic of)");
    row.put("Recipient", "Kenya");
    row.put("Recipient ISO-3", "KEN");
    row.put("Recipient Region", "Africa");
    row.put("Commitment Year", "2016");
    row.put("Title", title);
    row.put("Status", "Implementation");
    row.put("Flow Type", "Loan");
    row.put("Flow Class", "OOF-like");
    row.put("Sector Code", "230");
    row.put("Sector Name", "ENERGY");
    row.put("Funding Agencies", "Export-Import Bank of China (China Eximbank)");
    row.put("Funding Agencies Type", "State-owned Policy Bank");
    return row;
  }
}
