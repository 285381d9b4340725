package io.github.southsouth.serialization.aiddata;

import static io.github.southsouth.serialization.aiddata.GcdfText.hash;
import static io.github.southsouth.serialization.aiddata.GcdfText.shorten;

import io.github.southsouth.model.Citation;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.Kind;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Source;
import io.github.southsouth.model.SourceKind;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ProblemKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sources of GCDF records: Source URLs, Titles, Publishers and Resource Types become one {@code
 * Source} per distinct URL over the import, cited by each record that lists it. Shares the
 * import's sources by URL and its pool of shared values; not thread-safe, one per import.
 */
final class GcdfSources {

  private final Map<String, EntityId> sourceIdsByUrl;
  private final Map<Object, Object> values;

  GcdfSources(Map<String, EntityId> sourceIdsByUrl, Map<Object, Object> values) {
    this.sourceIdsByUrl = sourceIdsByUrl;
    this.values = values;
  }

  /**
   * Maps the source columns of a row: one {@code Source} per URL not seen before, cited by the
   * initiative; cells that cannot be paired with the URLs go to {@code attributes}.
   */
  void sources(GcdfRow row, String recordId, Initiative.Builder b, Map<String, String> attributes) {
    String urlCell = row.get(GcdfColumn.SOURCE_URLS);
    if (urlCell.isBlank()) {
      for (GcdfColumn column :
          List.of(GcdfColumn.SOURCE_TITLES, GcdfColumn.SOURCE_PUBLISHERS, GcdfColumn.SOURCE_RESOURCE_TYPES)) {
        if (!row.get(column).isBlank()) {
          attributes.put(column.attributeKey(), row.get(column));
        }
      }
      return;
    }
    String[] urls = urlCell.split("\\|", -1);
    // the item lists are split only when a new source needs them; most URLs recur
    String[][] aligned = new String[3][];
    boolean[] pairs = new boolean[3];
    GcdfColumn[] columns = {
      GcdfColumn.SOURCE_TITLES, GcdfColumn.SOURCE_PUBLISHERS, GcdfColumn.SOURCE_RESOURCE_TYPES
    };
    for (int c = 0; c < columns.length; c++) {
      String cell = row.get(columns[c]);
      int items = itemCount(cell);
      if (items == urls.length) {
        pairs[c] = true;
      } else if (!cell.isBlank()) {
        attributes.put(columns[c].attributeKey(), cell);
        row.problem(ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
            "\"" + columns[c].header() + "\" has " + items + " items separated by | but \"Source URLs\""
                + " has " + urls.length + ": they cannot be paired, so the sources are named by their URLs"
                + " and the cell is kept as attribute " + columns[c].attributeKey(),
            row.at(columns[c]));
      }
    }
    Set<EntityId> cited = new LinkedHashSet<>();
    for (int i = 0; i < urls.length; i++) {
      String url = urls[i].strip();
      if (url.isEmpty()) {
        continue;
      }
      EntityId id = sourceIdsByUrl.get(url);
      if (id == null) {
        id = row.newSourceIds.get(url);
      }
      if (id == null) {
        id = EntityId.of(Kind.SOURCE, "aiddata-url-" + hash(url, 16));
        for (int c = 0; c < columns.length; c++) {
          if (pairs[c] && aligned[c] == null) {
            aligned[c] = row.get(columns[c]).split("\\|", -1);
          }
        }
        String title = aligned[0] == null ? "" : aligned[0][i].strip();
        String publisher = aligned[1] == null ? "" : aligned[1][i].strip();
        String type = aligned[2] == null ? "" : aligned[2][i].strip();
        Source.Builder source =
            Source.builder()
                .id(id)
                .name(LocalizedText.english(title.isEmpty() ? url : title))
                .sourceKind(sourceKind(type))
                .addCitations(Citation.of(AidData.DATASET_SOURCE, "Source URLs of AidData Record ID " + recordId));
        if (!publisher.isEmpty()) {
          source.publisher(publisher);
        }
        if (!type.isEmpty()) {
          source.putAttribute(AidData.NAMESPACE + "resourceType", type);
        }
        if (isAbsoluteUri(url)) {
          source.uri(url);
        } else {
          source.putAttribute(AidData.NAMESPACE + "url", url);
          row.problem(ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
              "the source URL \"" + shorten(url) + "\" is not a valid absolute URI: kept as the source's"
                  + " name and attribute aiddata.url, without a uri", row.at(GcdfColumn.SOURCE_URLS));
        }
        row.newSources.put(id, source.build());
        row.newSourceIds.put(url, id);
      }
      cited.add(id);
    }
    for (EntityId id : cited) {
      b.addCitations(GcdfImport.shared(values, Citation.of(id)));
    }
  }

  /** The number of items in a {@code |}-separated cell, as {@code cell.split("\\|", -1).length}. */
  private static int itemCount(String cell) {
    int count = 1;
    for (int i = cell.indexOf('|'); i >= 0; i = cell.indexOf('|', i + 1)) {
      count++;
    }
    return count;
  }

  private static SourceKind sourceKind(String resourceType) {
    String type = resourceType.toLowerCase(Locale.ROOT);
    if (type.startsWith("media report")) {
      return SourceKind.NEWS;
    }
    if (type.contains("official source")) {
      return SourceKind.OFFICIAL_DOCUMENT;
    }
    if (type.startsWith("academic journal")) {
      return SourceKind.ARTICLE;
    }
    if (type.contains("academic")) {
      return SourceKind.REPORT;
    }
    if (type.startsWith("social media")) {
      return SourceKind.WEBSITE;
    }
    return SourceKind.OTHER;
  }

  private static boolean isAbsoluteUri(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() && uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")
              ? uri.getHost() != null || uri.getRawAuthority() != null
              : true);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
