package io.github.southsouth.serialization.iati;

import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.iati.ActivityMapper.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the {@code narrative} children of IATI elements into {@link LocalizedText}, each in its
 * language. Problems go to the activity's {@link ActivityMapper}. Not thread-safe; one per
 * activity.
 */
final class Narratives {

  private final ActivityMapper mapper;
  private Optional<String> defaultLang = Optional.empty();

  Narratives(ActivityMapper mapper) {
    this.mapper = mapper;
  }

  /** Takes the activity's {@code xml:lang} as the language of narratives without their own. */
  void defaultLanguage(XmlNode activity) {
    defaultLang = activity.attr("xml:lang").flatMap(lang -> language(lang, activity, "xml:lang"));
  }

  /** Reads the narratives of an element, each in its language or the activity's. */
  LocalizedText of(XmlNode element) {
    // Most elements have one narrative: its text is made without a map of its own.
    String onlyLang = null;
    String onlyText = null;
    Map<String, String> texts = null;
    for (XmlNode narrative : element.all("narrative")) {
      String text = narrative.text();
      if (text.isEmpty()) {
        continue;
      }
      Optional<String> lang = narrative.attr("xml:lang").flatMap(l -> language(l, narrative, "xml:lang"));
      if (lang.isEmpty()) {
        lang = defaultLang;
      }
      if (lang.isEmpty()) {
        mapper.once("no-lang", Severity.ISSUE, ProblemCode.MISSING_FIELD,
            "a narrative has no xml:lang and the activity no default xml:lang: read as en", narrative, null);
        lang = Optional.of(LocalizedText.ENGLISH);
      }
      if (texts == null && onlyLang == null) {
        onlyLang = lang.get();
        onlyText = text;
      } else {
        if (texts == null) {
          texts = new TreeMap<>();
          texts.put(onlyLang, onlyText);
        }
        texts.merge(lang.get(), text, (a, b) -> a + "\n" + b);
      }
    }
    if (texts != null) {
      return LocalizedText.of(texts);
    }
    return onlyLang == null ? LocalizedText.empty() : LocalizedText.of(onlyLang, onlyText);
  }

  Optional<String> language(String raw, XmlNode node, String attribute) {
    try {
      String tag = LocalizedText.canonicalTag(raw);
      if (!tag.equals(raw)) {
        mapper.once("lang:" + raw, Severity.NOTE, ProblemCode.INVALID_VALUE,
            "the language \"" + raw + "\" is not in canonical BCP 47 form: read as \"" + tag + "\"", node, attribute);
      }
      return Optional.of(tag);
    } catch (IllegalArgumentException e) {
      mapper.problem(Severity.ERROR, ProblemCode.INVALID_VALUE,
          "the language \"" + ActivityMapper.abbreviate(raw) + "\" is not a BCP 47 tag: expected an ISO 639-1 code such as en or fr",
          node, attribute);
      return Optional.empty();
    }
  }
}
