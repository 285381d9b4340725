package io.github.southsouth.serialization.iati;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One element of the IATI namespace (no namespace) read from a file: its attributes, text, children
 * and where it starts. Only the elements of one activity are held at a time. Not thread-safe.
 */
final class XmlNode {
  final String name;
  final String path;
  final int line;
  final int column;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<XmlNode> children = new ArrayList<>();
  private final Map<String, Integer> childCounts = new HashMap<>();
  private @Nullable StringBuilder text;

  XmlNode(String name, String path, int line, int column) {
    this.name = name;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** Returns the 1-based index the next child of this name will have. */
  int nextIndex(String childName) {
    return childCounts.merge(childName, 1, Integer::sum);
  }

  void appendText(String chars) {
    if (text == null) {
      text = new StringBuilder();
    }
    text.append(chars);
  }

  int textLength() {
    return text == null ? 0 : text.length();
  }

  /** Returns the text content, trimmed; empty if there is none. */
  String text() {
    return text == null ? "" : text.toString().trim();
  }

  /** Returns an attribute, trimmed, or empty if absent or blank. */
  Optional<String> attr(String attribute) {
    String value = attributes.get(attribute);
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** Tells whether an attribute is present but blank. */
  boolean blankAttr(String attribute) {
    String value = attributes.get(attribute);
    return value != null && value.trim().isEmpty();
  }

  Optional<XmlNode> child(String childName) {
    for (XmlNode child : children) {
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  List<XmlNode> all(String childName) {
    List<XmlNode> found = new ArrayList<>();
    for (XmlNode child : children) {
      if (child.name.equals(childName)) {
        found.add(child);
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return path;
  }
}
