package io.github.southsouth.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The large IATI file the import benchmarks read: the activity of the IATI 2.03 annotated example
 * (every element of the standard) repeated until the file reaches a given size, each copy with its
 * own {@code iati-identifier}.
 *
 * @param file the file, in the temporary directory; the caller deletes it
 * @param activities how many activities it holds
 */
public record IatiBenchFile(Path file, int activities) {

  private static final String FIXTURE = "iati-standard-example-annotated-203.xml";
  private static final String IDENTIFIER = "<iati-identifier>AA-AAA-123456789-ABC123</iati-identifier>";

  /**
   * Writes the file.
   *
   * @param megabytes its size, in megabytes
   * @return the file and its number of activities
   * @throws IOException if it cannot be written
   */
  public static IatiBenchFile build(int megabytes) throws IOException {
    String example;
    try (InputStream in = IatiBenchFile.class.getResourceAsStream(FIXTURE)) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int start = example.indexOf(" <iati-activity ");
    int end = example.indexOf("</iati-activity>") + "</iati-activity>".length();
    if (start < 0 || !example.substring(start, end).contains(IDENTIFIER)) {
      throw new IllegalStateException("unexpected layout of " + FIXTURE);
    }
    String head = example.substring(0, start);
    String activity = example.substring(start, end);
    String tail = example.substring(end);
    long target = megabytes * 1024L * 1024L;
    int activities = 0;
    Path file = Files.createTempFile("southsouth-iati-bench", ".xml");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(head);
      long written = head.length();
      while (written < target) {
        activities++;
        String copy =
            activity.replace(IDENTIFIER, "<iati-identifier>AA-AAA-123456789-ABC123-" + activities + "</iati-identifier>");
        out.write(copy);
        out.write('\n');
        written += copy.length() + 1;
      }
      out.write(tail);
    }
    return new IatiBenchFile(file, activities);
  }
}
