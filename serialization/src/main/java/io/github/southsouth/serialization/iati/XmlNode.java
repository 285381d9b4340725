package io.github.southsouth.serialization.iati;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One element of the IATI namespace (no namespace) read from a file: its attributes, text, children
 * and where it starts. Only the elements of one activity are held at a time. Attributes are kept in
 * one small array in document order, and the XPath-like {@link #path()} is built only when asked for
 * (for a problem or a citation). Not thread-safe.
 */
final class XmlNode {
  private static final String[] NO_STRINGS = new String[0];
  private static final XmlNode[] NO_NODES = new XmlNode[0];

  /** Elements that may repeat: their paths always carry an index, others only from the second on. */
  private static final ImmutableSet<String> REPEATABLE = ImmutableSet.of(
      "description", "participating-org", "other-identifier", "activity-date", "contact-info",
      "recipient-country", "recipient-region", "location", "sector", "tag", "humanitarian-scope",
      "policy-marker", "default-aid-type", "budget", "planned-disbursement", "transaction",
      "document-link", "related-activity", "legacy-data", "condition", "result", "narrative",
      "aid-type", "budget-item", "indicator", "period", "category", "language", "reference",
      "dimension", "target", "actual", "baseline", "document-date");

  final String name;
  final int line;
  final int column;
  private XmlNode[] children = NO_NODES;
  private int childCount;
  private final @Nullable XmlNode parent;
  /** The 1-based index of this element among its parent's children of the same name; 0 until asked for. */
  private int index;
  private @Nullable String path;
  /** The attributes in document order: {@code [2i]} the name, {@code [2i + 1]} the value. */
  private String[] attributes = NO_STRINGS;
  private int attributeCount;
  private @Nullable Map<String, Integer> childCounts;
  private int indexedChildren;
  private @Nullable String firstText;
  private @Nullable StringBuilder text;
  private int textLength;

  /** A root of a tree (an activity), with its path given. */
  XmlNode(String name, String path, int line, int column) {
    this.name = name;
    this.path = path;
    this.parent = null;
    this.index = 1;
    this.line = line;
    this.column = column;
  }

  /**
   * A child of {@code parent}, appended to its children; its path is the parent's followed by
   * {@code name[index]}, where the index is left out for the first of an element that is not
   * {@linkplain #REPEATABLE repeatable}.
   */
  XmlNode(XmlNode parent, String name, int line, int column) {
    this.name = name;
    this.parent = parent;
    this.line = line;
    this.column = column;
    parent.addChild(this);
  }

  private void addChild(XmlNode child) {
    if (childCount == children.length) {
      children = Arrays.copyOf(children, Math.max(4, childCount * 2));
    }
    children[childCount++] = child;
  }

  /** Returns the XPath-like path of this element, e.g. {@code /iati-activities/iati-activity[3]/title}. */
  String path() {
    String p = path;
    if (p == null) {
      String parentPath = "";
      if (parent != null) {
        parentPath = parent.path();
        if (index == 0) {
          parent.indexChildren();
        }
      }
      p = index > 1 || REPEATABLE.contains(name) ? parentPath + "/" + name + "[" + index + "]" : parentPath + "/" + name;
      path = p;
    }
    return p;
  }

  /**
   * Gives each child read since the last call its 1-based index among the children of the same
   * name. Done only when a path is asked for, once per child.
   */
  private void indexChildren() {
    Map<String, Integer> counts = childCounts;
    if (counts == null) {
      counts = new HashMap<>();
      childCounts = counts;
    }
    for (int i = indexedChildren; i < childCount; i++) {
      children[i].index = counts.merge(children[i].name, 1, Integer::sum);
    }
    indexedChildren = childCount;
  }

  /** Makes room for {@code count} attributes, before they are set. */
  void expectAttributes(int count) {
    if (2 * count > attributes.length) {
      attributes = Arrays.copyOf(attributes, 2 * count);
    }
  }

  /** Sets an attribute; a name set again keeps its first position and takes the new value. */
  void putAttribute(String attribute, String value) {
    int end = 2 * attributeCount;
    for (int i = 0; i < end; i += 2) {
      if (attributes[i].equals(attribute)) {
        attributes[i + 1] = value;
        return;
      }
    }
    if (end == attributes.length) {
      attributes = Arrays.copyOf(attributes, Math.max(8, end * 2));
    }
    attributes[end] = attribute;
    attributes[end + 1] = value;
    attributeCount++;
  }

  private @Nullable String rawAttr(String attribute) {
    int end = 2 * attributeCount;
    for (int i = 0; i < end; i += 2) {
      if (attributes[i].equals(attribute)) {
        return attributes[i + 1];
      }
    }
    return null;
  }

  /**
   * Adds a piece of text that is only white space (at most U+0020, as {@link String#trim()} sees it),
   * given by its length: while the element has no other text, it would be trimmed away, so only its
   * length is counted.
   */
  void appendBlank(char[] chars, int start, int length) {
    if (text == null && firstText == null) {
      textLength += length;
    } else {
      appendText(new String(chars, start, length));
    }
  }

  void appendText(String chars) {
    textLength += chars.length();
    if (text != null) {
      text.append(chars);
    } else if (firstText == null) {
      firstText = chars;
    } else {
      text = new StringBuilder(firstText.length() + chars.length() + 16).append(firstText).append(chars);
      firstText = null;
    }
  }

  /** Returns the length of the text read so far, white space included. */
  int textLength() {
    return textLength;
  }

  /** Returns the text content, trimmed; empty if there is none. */
  String text() {
    if (text != null) {
      return text.toString().trim();
    }
    return firstText == null ? "" : firstText.trim();
  }

  /** Returns an attribute, trimmed, or empty if absent or blank. */
  Optional<String> attr(String attribute) {
    String value = rawAttr(attribute);
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** Tells whether an attribute is present but blank. */
  boolean blankAttr(String attribute) {
    String value = rawAttr(attribute);
    return value != null && value.trim().isEmpty();
  }

  /** Returns the parent element, or null for the root of the tree (the activity). */
  @Nullable XmlNode parent() {
    return parent;
  }

  /** Returns the number of child elements. */
  int childCount() {
    return childCount;
  }

  /** Returns the child element at {@code index}, in document order, {@code 0 <= index < childCount()}. */
  XmlNode child(int index) {
    return children[index];
  }

  Optional<XmlNode> child(String childName) {
    for (int i = 0; i < childCount; i++) {
      XmlNode child = children[i];
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** Returns the children of one name, in document order; an immutable list. */
  List<XmlNode> all(String childName) {
    int count = 0;
    XmlNode first = null;
    for (int i = 0; i < childCount; i++) {
      if (children[i].name.equals(childName)) {
        if (count++ == 0) {
          first = children[i];
        }
      }
    }
    if (count == 0) {
      return List.of();
    }
    if (count == 1) {
      return List.of(first);
    }
    XmlNode[] found = new XmlNode[count];
    int n = 0;
    for (int i = 0; i < childCount; i++) {
      if (children[i].name.equals(childName)) {
        found[n++] = children[i];
      }
    }
    return List.of(found);
  }

  @Override
  public String toString() {
    return path();
  }
}
