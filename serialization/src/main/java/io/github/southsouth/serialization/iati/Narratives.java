package io.github.southsouth.serialization.iati;

import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.serialization.ProblemKind;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the {@code narrative} children of IATI elements into {@link LocalizedText}, each in its
 * language. The language is inherited as XML defines {@code xml:lang}: a narrative's own, else the
 * nearest ancestor's (e.g. {@code <participating-org xml:lang="es">}), else the activity's (IATI's
 * default language of the activity), else the file's ({@code <iati-activities xml:lang>}). Only
 * when none of them has one is the text tagged {@code und} (BCP 47 "undetermined"), with one
 * warning per file: a language is never guessed. Problems go to the activity's {@link
 * ActivityMapper}. Not thread-safe; one per activity.
 */
final class Narratives {

  /** The BCP 47 tag of an undetermined language. */
  static final String UNDETERMINED = "und";

  private final ActivityMapper mapper;
  /** The activity's language, else the file's; empty when neither has one. */
  private Optional<String> defaultLang = Optional.empty();

  Narratives(ActivityMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Takes the activity's {@code xml:lang}, else the file's, as the language of narratives that
   * have none of their own nor an ancestor's.
   *
   * @param activity the activity element
   * @param fileLang the {@code xml:lang} of the file's root element, if any
   */
  void defaultLanguage(XmlNode activity, Optional<String> fileLang) {
    defaultLang = activity.attr("xml:lang").flatMap(lang -> language(lang, activity, "xml:lang"));
    if (defaultLang.isEmpty() && activity.attr("xml:lang").isEmpty()) {
      defaultLang = fileLang.flatMap(lang -> language(lang, activity, "xml:lang of <iati-activities>"));
    }
  }

  /** Reads the narratives of an element, each in its inherited language. */
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
      String lang = languageOf(narrative);
      if (texts == null && onlyLang == null) {
        onlyLang = lang;
        onlyText = text;
      } else {
        if (texts == null) {
          texts = new TreeMap<>();
          texts.put(onlyLang, onlyText);
        }
        texts.merge(lang, text, (a, b) -> a + "\n" + b);
      }
    }
    if (texts != null) {
      return LocalizedText.of(texts);
    }
    return onlyLang == null ? LocalizedText.empty() : LocalizedText.of(onlyLang, onlyText);
  }

  /**
   * Returns the language of a narrative: the {@code xml:lang} of the narrative or its nearest
   * ancestor below the activity, else the default; {@code und} (with one warning per file) when
   * there is none. O(depth of the narrative).
   */
  private String languageOf(XmlNode narrative) {
    for (XmlNode node = narrative; node != null && node.parent() != null; node = node.parent()) {
      Optional<String> raw = node.attr("xml:lang");
      if (raw.isPresent()) {
        Optional<String> lang = language(raw.get(), node, "xml:lang");
        if (lang.isPresent()) {
          return lang.get();
        }
      }
    }
    if (defaultLang.isPresent()) {
      return defaultLang.get();
    }
    mapper.once("no-lang", ProblemKind.NOTE, ProblemCode.MISSING_FIELD,
        "a narrative has no xml:lang, and neither has an element around it, the activity nor the file:"
            + " its text is tagged \"und\" (undetermined language), as is every such narrative of the file",
        narrative, null);
    return UNDETERMINED;
  }

  Optional<String> language(String raw, XmlNode node, String attribute) {
    try {
      String tag = LocalizedText.canonicalTag(raw);
      if (!tag.equals(raw)) {
        mapper.once("lang:" + raw, ProblemKind.NOTE, ProblemCode.INVALID_VALUE,
            "the language \"" + raw + "\" is not in canonical BCP 47 form: read as \"" + tag + "\"", node, attribute);
      }
      return Optional.of(tag);
    } catch (IllegalArgumentException e) {
      mapper.problem(ProblemKind.MALFORMED_RECORD, ProblemCode.INVALID_VALUE,
          "the language \"" + ActivityMapper.abbreviate(raw) + "\" is not a BCP 47 tag: expected an ISO 639-1 code such as en or fr",
          node, attribute);
      return Optional.empty();
    }
  }
}
