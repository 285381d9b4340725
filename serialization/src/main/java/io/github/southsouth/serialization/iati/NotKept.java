package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.southsouth.serialization.ImportAccount;

/**
 * Counts the elements of an activity that the import reads but does not keep, for the {@link
 * ImportAccount} of an {@link IatiImport}. The table below is the one place that says which
 * children of which element the mapping reads; every other child element (with all it holds) is
 * counted once, under its name when it is a child of {@code iati-activity} (e.g. {@code result},
 * {@code document-link}, {@code location}) and as {@code parent/child} deeper down (e.g. {@code
 * sector/narrative}, whose text is not kept since sectors are named by their codes). Attributes
 * are not counted, nor are elements of other namespaces (extensions, skipped while reading).
 * Stateless and thread-safe; O(elements of the activity).
 */
final class NotKept {

  /** By element name: the child elements the mapping reads; children of other elements are not read. */
  private static final ImmutableMap<String, ImmutableSet<String>> READ = ImmutableMap.<String, ImmutableSet<String>>builder()
      .put("iati-activity", ImmutableSet.of(
          "iati-identifier", "title", "description", "activity-status", "activity-date", "activity-scope",
          "humanitarian-scope", "reporting-org", "participating-org", "recipient-country", "recipient-region",
          "sector", "tag", "policy-marker", "collaboration-type", "default-flow-type", "default-finance-type",
          "default-tied-status", "default-aid-type", "transaction", "budget", "planned-disbursement", "conditions",
          "related-activity"))
      .put("title", ImmutableSet.of("narrative"))
      .put("description", ImmutableSet.of("narrative"))
      .put("reporting-org", ImmutableSet.of("narrative"))
      .put("participating-org", ImmutableSet.of("narrative"))
      .put("provider-org", ImmutableSet.of("narrative"))
      .put("receiver-org", ImmutableSet.of("narrative"))
      .put("tag", ImmutableSet.of("narrative"))
      .put("policy-marker", ImmutableSet.of("narrative"))
      .put("conditions", ImmutableSet.of("condition"))
      .put("condition", ImmutableSet.of("narrative"))
      .put("transaction", ImmutableSet.of(
          "transaction-type", "value", "transaction-date", "flow-type", "finance-type", "tied-status", "aid-type",
          "disbursement-channel", "provider-org", "receiver-org", "sector", "recipient-country", "recipient-region",
          "description"))
      .put("budget", ImmutableSet.of("period-start", "period-end", "value"))
      .put("planned-disbursement", ImmutableSet.of("period-start", "period-end", "value", "provider-org", "receiver-org"))
      .buildOrThrow();

  private NotKept() {}

  /** Counts, into {@code account}, each element of {@code activity} that is not read. */
  static void count(XmlNode activity, ImportAccount.Builder account) {
    count(activity, true, account);
  }

  private static void count(XmlNode node, boolean activity, ImportAccount.Builder account) {
    ImmutableSet<String> read = READ.getOrDefault(node.name, ImmutableSet.of());
    for (int i = 0, n = node.childCount(); i < n; i++) {
      XmlNode child = node.child(i);
      if (read.contains(child.name)) {
        count(child, false, account);
      } else {
        account.add(activity ? child.name : node.name + "/" + child.name);
      }
    }
  }
}
