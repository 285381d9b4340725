package io.github.southsouth.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.southsouth.examples.cli.SouthSouth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the repository's {@code README.md} true: every example in it is run as written, and what it
 * shows is compared with what the code does, so a README that drifts fails the build.
 *
 * <p>Each fenced block of the README is one test, named by its line, according to its language:
 *
 * <ul>
 *   <li>{@code java}: compiled with {@link JavaCompiler} against the test class path and run in a
 *       fresh JVM whose working directory is an empty temporary directory; it must exit with 0. A
 *       block that declares a class with a {@code main} is compiled as it is; otherwise its leading
 *       {@code import} lines are kept and the rest becomes the body of a {@code main} that may
 *       throw any exception.
 *   <li>{@code text} starting with {@code $ java}: a transcript. Each line starting with {@code $ }
 *       is a command, the lines up to the next command (or the end, blank lines at the end left
 *       out) are what it prints. The command is run in-process and its standard output followed
 *       by its standard error (what a terminal shows) must equal those lines, line by line.
 *   <li>{@code sh}: each command that runs the command line ({@code java -jar
 *       examples/target/southsouth.jar ...} or {@code java -cp examples/target/southsouth.jar
 *       CLASS ...}, also after {@code &&}, a {@code #} comment removed) is run in-process and must
 *       exit with 0. Other commands ({@code mvn ...}) are left to the build itself.
 *   <li>{@code xml}: every {@code <version>} is the version of this build, and every
 *       {@code io.github.southsouth} artifact it names is one the BOM lists (or the BOM itself).
 *   <li>any other block needs an {@code output} or {@code skip} mark (below), and so does a
 *       {@code text} block that is not a transcript: an unmarked one fails, so that no example is
 *       left untested by accident.
 * </ul>
 *
 * <p>Commands: {@code java -jar examples/target/southsouth.jar ARGS} runs {@link
 * SouthSouth#execute(String[], java.io.InputStream, PrintWriter, PrintWriter)} with empty standard
 * input; {@code java -cp examples/target/southsouth.jar CLASS ARGS} runs {@code CLASS.main}. Words
 * are split as a POSIX shell splits them, with single and double quotes.
 *
 * <p>Files: the commands of one block share a temporary working directory. An argument that names
 * a file there, or follows {@code -o}/{@code --output}, is replaced by its path in that directory;
 * an argument that names a file relative to the repository root (e.g. a test fixture) by its
 * absolute path.
 *
 * <p>Marks: an HTML comment on the lines right before a block, invisible on GitHub, tells this test
 * more about it:
 *
 * <ul>
 *   <li>{@code <!-- readme-test: file NAME=PATH -->} copies {@code PATH} (relative to the
 *       repository root) into the block's working directory as {@code NAME}, for examples that
 *       name a user's file ({@code broken.yaml}, {@code activities.xml}).
 *   <li>{@code <!-- readme-test: excerpt -->}: the block shows part of each command's output, to
 *       keep the README short; its lines (for each command) must appear in the output as one
 *       contiguous run, or as several in order where the block leaves lines out with a line that
 *       is only {@code ...}.
 *   <li>{@code <!-- readme-test: output COMMAND -->}: the block, whatever its language (a Mermaid
 *       picture), is exactly what {@code COMMAND} (as in a transcript) prints.
 *   <li>{@code <!-- readme-test: skip REASON -->}: the block is not run; the reason is required.
 * </ul>
 *
 * <p>Normalisation, only for what genuinely varies from machine to machine: the temporary and
 * absolute paths put in place of file arguments are turned back into the arguments as written,
 * and trailing spaces at the end of lines are ignored (editors strip them from Markdown).
 */
class ReadmeTest {

  private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
  private static final Path README = ROOT.resolve("README.md");
  private static final Pattern MARK = Pattern.compile("<!--\\s*readme-test:\\s*(.*?)\\s*-->");
  private static final String JAR = "examples/target/southsouth.jar";

  /** A fenced block of the README. */
  record Block(int line, String language, List<String> lines, List<String> marks) {
    boolean marked(String mark) {
      return marks.stream().anyMatch(m -> m.equals(mark) || m.startsWith(mark + " "));
    }

    @Override
    public String toString() {
      return "README.md:" + line + " (" + language + ")";
    }
  }

  static List<Block> blocks() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("```")) {
        continue;
      }
      String language = line.substring(3).trim();
      List<String> marks = new ArrayList<>();
      for (int j = i - 1; j >= 0; j--) {
        Matcher m = MARK.matcher(lines.get(j).trim());
        if (!m.matches()) {
          break;
        }
        marks.add(0, m.group(1));
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).startsWith("```")) {
        end++;
      }
      assertThat(end).as("README.md:%d: the block is not closed", i + 1).isLessThan(lines.size());
      blocks.add(new Block(i + 1, language, List.copyOf(lines.subList(start, end)), List.copyOf(marks)));
      i = end;
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicTest> everyBlockOfTheReadmeIsTrue(@TempDir Path temp) throws IOException {
    List<Block> blocks = blocks();
    assertThat(blocks).as("blocks of README.md").isNotEmpty();
    return blocks.stream().map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
      Path dir = Files.createDirectories(temp.resolve("line-" + block.line()));
      check(block, dir);
    }));
  }

  @Test
  void theSnippetsAreFoundWhereTheConventionsSay() throws IOException {
    List<Block> blocks = blocks();
    assertThat(blocks).extracting(Block::language).contains("java", "text", "sh", "xml");
    assertThat(blocks).filteredOn(b -> b.language().equals("text"))
        .anySatisfy(b -> assertThat(b.lines().get(0)).startsWith("$ java -jar " + JAR));
    assertThat(split("a \"hu li\" 'x y' b\\ c")).containsExactly("a", "hu li", "x y", "b c");
  }

  private static void check(Block block, Path dir) throws Exception {
    if (block.marked("skip")) {
      assertThat(block.marks()).as("%s: a skip needs a reason", block)
          .anyMatch(m -> m.startsWith("skip ") && m.length() > "skip ".length());
      return;
    }
    provideFiles(block, dir);
    for (String mark : block.marks()) {
      if (mark.startsWith("output ")) {
        String command = mark.substring("output ".length());
        assertThat(normalised(run(block, command, dir).shown())).as("%s: the output of '%s'", block, command)
            .containsExactlyElementsOf(normalised(String.join("\n", block.lines())));
        return;
      }
    }
    switch (block.language()) {
      case "java" -> compileAndRun(block, dir);
      case "text" -> {
        if (block.lines().isEmpty() || !block.lines().get(0).startsWith("$ ")) {
          fail("%s: a text block that is not a transcript starting with '$ java' needs "
              + "<!-- readme-test: skip REASON -->", block);
        }
        checkTranscript(block, dir);
      }
      case "sh" -> runShellCommands(block, dir);
      case "xml" -> checkCoordinates(block);
      default -> fail("%s: no test knows this kind of block; mark it <!-- readme-test: skip REASON -->", block);
    }
  }

  private static void provideFiles(Block block, Path dir) throws IOException {
    for (String mark : block.marks()) {
      if (mark.startsWith("file ")) {
        String[] nameAndPath = mark.substring("file ".length()).trim().split("=", 2);
        assertThat(nameAndPath).as("%s: expected file NAME=PATH, found %s", block, mark).hasSize(2);
        Path source = ROOT.resolve(nameAndPath[1]);
        assertThat(source).as("%s: %s", block, mark).isRegularFile();
        Files.copy(source, dir.resolve(nameAndPath[0]), StandardCopyOption.REPLACE_EXISTING);
      } else if (!mark.equals("excerpt") && !mark.startsWith("skip") && !mark.startsWith("output ")) {
        fail("%s: unknown mark <!-- readme-test: %s -->", block, mark);
      }
    }
  }

  // --- java ---

  private static final Pattern CLASS = Pattern.compile("\\bclass\\s+(\\w+)");

  private static void compileAndRun(Block block, Path dir) throws Exception {
    String name;
    String source;
    Matcher declared = CLASS.matcher(String.join("\n", block.lines()));
    if (declared.find()) {
      name = declared.group(1);
      source = String.join("\n", block.lines());
    } else {
      name = "ReadmeSnippet" + block.line();
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : block.lines()) {
        // Imports and the blank lines between them come first; the rest is the body, on the same lines.
        if (body.length() == 0 && (line.startsWith("import ") || line.isBlank())) {
          imports.append(line).append('\n');
        } else {
          body.append(line).append('\n');
        }
      }
      source = imports + "public class " + name + " { public static void main(String[] args) throws Exception {\n"
          + body + "}}\n";
    }
    Path sources = Files.createDirectories(dir.resolve(".src"));
    Path classes = Files.createDirectories(dir.resolve(".classes"));
    Path file = sources.resolve(name + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    String classPath = System.getProperty("java.class.path");
    int compiled = javac.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-proc:none",
        "-classpath", classPath, "-d", classes.toString(), file.toString());
    assertThat(compiled).as("%s does not compile:\n%s\n--- as compiled:\n%s", block,
        diagnostics.toString(StandardCharsets.UTF_8), source).isZero();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-cp",
        classes + File.pathSeparator + classPath, name)
        .directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finishes", block).isTrue();
    assertThat(process.exitValue()).as("%s exits with 0; it printed:\n%s", block,
        new String(output, StandardCharsets.UTF_8)).isZero();
  }

  // --- command lines ---

  /** How one command ended, and what it showed (standard output, then standard error). */
  private record Run(int exit, String shown) {}

  private static void checkTranscript(Block block, Path dir) throws Exception {
    List<String> lines = block.lines();
    int i = 0;
    while (i < lines.size()) {
      String command = lines.get(i).substring(2);
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith("$ ")) {
        end++;
      }
      List<String> expected = new ArrayList<>(lines.subList(i + 1, end));
      while (!expected.isEmpty() && expected.get(expected.size() - 1).isBlank()) {
        expected.remove(expected.size() - 1);
      }
      Run run = run(block, command, dir);
      List<String> actual = normalised(run.shown());
      if (block.marked("excerpt")) {
        assertThat(indexOfExcerpt(actual, normalised(String.join("\n", expected))))
            .as("%s: the lines shown for '%s' are not a run of its output, which is:\n%s", block, command,
                String.join("\n", actual))
            .isNotNegative();
      } else {
        assertThat(actual).as("%s: the output of '%s'", block, command)
            .containsExactlyElementsOf(normalised(String.join("\n", expected)));
      }
      i = end;
    }
  }

  private static void runShellCommands(Block block, Path dir) throws Exception {
    for (String line : block.lines()) {
      String withoutComment = line.replaceFirst("\\s+#.*$", "");
      for (String command : withoutComment.split("&&")) {
        String trimmed = command.trim();
        if (trimmed.startsWith("java ")) {
          Run run = run(block, trimmed, dir);
          assertThat(run.exit()).as("%s: '%s' exits with 0; it printed:\n%s", block, trimmed, run.shown()).isZero();
        }
      }
    }
  }

  private static Run run(Block block, String command, Path dir) throws Exception {
    List<String> words = split(command);
    Map<String, String> replaced = new LinkedHashMap<>();
    List<String> args;
    String mainClass = null;
    if (words.size() >= 3 && words.get(0).equals("java") && words.get(1).equals("-jar") && words.get(2).equals(JAR)) {
      args = words.subList(3, words.size());
    } else if (words.size() >= 4 && words.get(0).equals("java") && words.get(1).equals("-cp")
        && words.get(2).equals(JAR)) {
      mainClass = words.get(3);
      args = words.subList(4, words.size());
    } else {
      throw new AssertionError(block + ": '" + command + "' is not 'java -jar " + JAR + " ...' or 'java -cp "
          + JAR + " CLASS ...'; mark the block <!-- readme-test: skip REASON --> if it cannot be run");
    }
    String[] resolved = new String[args.size()];
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      boolean output = i > 0 && (args.get(i - 1).equals("-o") || args.get(i - 1).equals("--output"));
      String path = null;
      if (!arg.startsWith("-") && (output || Files.exists(dir.resolve(arg)))) {
        path = dir.resolve(arg).toString();
      } else if (!arg.startsWith("-") && !arg.isEmpty() && Files.isRegularFile(ROOT.resolve(arg))) {
        path = ROOT.resolve(arg).toString();
      }
      resolved[i] = path == null ? arg : path;
      if (path != null) {
        replaced.put(path, arg);
      }
    }
    String shown;
    int exit;
    if (mainClass == null) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      exit = SouthSouth.execute(resolved, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
          new PrintWriter(err, true));
      shown = out + err.toString();
    } else {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream originalOut = System.out;
      PrintStream originalErr = System.err;
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try {
        Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) resolved);
        exit = 0;
      } catch (InvocationTargetException e) {
        throw new AssertionError(block + ": '" + command + "' failed", e.getCause());
      } finally {
        System.setOut(originalOut);
        System.setErr(originalErr);
      }
      shown = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }
    List<Map.Entry<String, String>> longestFirst = new ArrayList<>(replaced.entrySet());
    longestFirst.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    for (Map.Entry<String, String> e : longestFirst) {
      shown = shown.replace(e.getKey(), e.getValue());
    }
    return new Run(exit, shown);
  }

  private static List<String> normalised(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R", -1)) {
      lines.add(line.stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** Splits a command line into words as a POSIX shell does, for quotes and backslashes. */
  static List<String> split(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < command.length()) {
        word.append(command.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    assertThat(quote).as("unclosed quote in '%s'", command).isEqualTo((char) 0);
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Where the excerpt {@code part} starts in {@code whole}, or -1: its runs of lines between lines
   * that are only {@code ...} appear in {@code whole} in order, each one contiguous.
   */
  static int indexOfExcerpt(List<String> whole, List<String> part) {
    int from = 0;
    int first = -1;
    List<String> run = new ArrayList<>();
    for (int i = 0; i <= part.size(); i++) {
      if (i < part.size() && !part.get(i).strip().equals("...")) {
        run.add(part.get(i));
        continue;
      }
      int at = indexOfRun(whole, run, from);
      if (at < 0) {
        return -1;
      }
      first = first < 0 ? at : first;
      from = at + run.size();
      run.clear();
    }
    return first;
  }

  private static int indexOfRun(List<String> whole, List<String> run, int from) {
    for (int start = from; start + run.size() <= whole.size(); start++) {
      if (whole.subList(start, start + run.size()).equals(run)) {
        return start;
      }
    }
    return -1;
  }

  // --- xml ---

  private static void checkCoordinates(Block block) throws Exception {
    String version = pomText(ROOT.resolve("pom.xml"), "version");
    List<String> published = new ArrayList<>();
    published.add(pomText(ROOT.resolve("bom/pom.xml"), "artifactId"));
    NodeList managed = pom(ROOT.resolve("bom/pom.xml")).getElementsByTagName("artifactId");
    for (int i = 0; i < managed.getLength(); i++) {
      published.add(managed.item(i).getTextContent().trim());
    }
    Matcher versions = Pattern.compile("<version>([^<]*)</version>").matcher(String.join("\n", block.lines()));
    while (versions.find()) {
      assertThat(versions.group(1)).as("%s: the version to depend on", block).isEqualTo(version);
    }
    Matcher artifacts = Pattern.compile("<groupId>io\\.github\\.southsouth</groupId>\\s*<artifactId>([^<]*)</artifactId>")
        .matcher(String.join("\n", block.lines()));
    int found = 0;
    while (artifacts.find()) {
      found++;
      assertThat(published).as("%s: artifacts the BOM lists", block).contains(artifacts.group(1));
    }
    assertThat(found).as("%s names southsouth artifacts", block).isPositive();
  }

  private static Document pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** The text of a direct child of the pom's project element. */
  static String pomText(Path file, String child) throws Exception {
    Element project = pom(file).getDocumentElement();
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError(file + " has no <" + child + ">");
  }
}
