package io.github.southsouth.examples;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.model.Entity;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.seeds.Seeds;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds entities of the bundled dataset by name in English, Chinese or pinyin. Accents, tone marks,
 * case, spaces and punctuation do not matter: {@code hu li}, {@code Hùlì} and {@code 互利} all find
 * Mutual Benefit.
 *
 * <p>Run it with {@code java -cp examples/target/southsouth.jar
 * io.github.southsouth.examples.FindByName 互利 "hu li" Hùlì}; without arguments it searches for
 * those three.
 */
public final class FindByName {

  private FindByName() {}

  /**
   * Prints what each search finds.
   *
   * @param args the names to search for
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    List<String> searches = args.length > 0 ? List.of(args) : List.of("hu li", "Hùlì", "互利", "bandung");
    CooperationGraph graph = Seeds.load();
    for (String text : searches) {
      // Exact matches first, then names that start with the text, then names that contain it.
      List<Entity> found = graph.findByName(text);
      out.println("\"" + text + "\": " + found.size() + (found.size() == 1 ? " match" : " matches"));
      found.stream().limit(5).forEach(entity -> out.println("  " + describe(entity)));
      if (found.size() > 5) {
        out.println("  ... and " + (found.size() - 5) + " more");
      }
    }
    out.flush();
  }

  private static String describe(Entity entity) {
    LocalizedText name = entity.name();
    return entity.id() + "  " + name.english()
        + name.get(LocalizedText.CHINESE).map(zh -> " · " + zh).orElse("")
        + name.get(LocalizedText.PINYIN).map(py -> " (" + py + ")").orElse("");
  }
}
