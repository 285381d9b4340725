package io.github.southsouth.serialization.iati;

/** Small hand-written IATI activity files for tests: the root around activities, and an activity. */
public final class IatiXml {

  /** The XML declaration and the opening root element, version 2.03. */
  public static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n";

  /** The closing root element. */
  public static final String TAIL = "</iati-activities>\n";

  private IatiXml() {}

  /**
   * Returns an activity in English with US dollars by default, reported by UNDP, with a title in
   * English and French, then {@code body}.
   */
  public static String activity(String identifier, String body) {
    return "<iati-activity xml:lang=\"en\" default-currency=\"USD\">\n"
        + "<iati-identifier>" + identifier + "</iati-identifier>\n"
        + "<reporting-org ref=\"XM-DAC-41114\" type=\"40\"><narrative>UNDP</narrative></reporting-org>\n"
        + "<title><narrative>Project " + identifier + "</narrative><narrative xml:lang=\"fr\">Projet</narrative></title>\n"
        + body + "</iati-activity>\n";
  }
}
