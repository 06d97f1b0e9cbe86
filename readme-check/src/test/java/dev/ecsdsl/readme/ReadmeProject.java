package dev.ecsdsl.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project a user builds from the README: its {@code pom.xml}, the dependencies later sections add to it,
 * and its test sources, each taken from the fenced block right after a marker comment
 * {@code <!-- readme-project: PATH -->} ({@code PATH} a file of the project, or {@code dependencies}).
 * Every {@code java} and {@code xml} block of the README must carry a marker, so that no snippet escapes the check.
 */
record ReadmeProject(String pom, List<String> dependencyBlocks, Map<String, String> sources) {
  private static final Pattern MARKER = Pattern.compile("^<!-- readme-project: (\\S+) -->$");
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
  static final String DEPENDENCIES = "dependencies";

  static ReadmeProject parse(String readme) {
    List<String> lines = readme.lines().toList();
    String pom = null;
    List<String> dependencies = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    List<String> unmarked = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      int close = closingFence(lines, i);
      String language = fence.group(1);
      Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : MARKER.matcher("");
      if (marker.matches()) {
        String body = String.join("\n", lines.subList(i + 1, close)) + "\n";
        String path = marker.group(1);
        if (path.equals("pom.xml")) {
          if (pom != null) {
            throw new IllegalStateException("README line " + (i + 1) + ": a second pom.xml");
          }
          pom = body;
        } else if (path.equals(DEPENDENCIES)) {
          dependencies.add(body);
        } else if (sources.put(path, body) != null) {
          throw new IllegalStateException("README line " + (i + 1) + ": a second " + path);
        }
      } else if (language.equals("java") || language.equals("xml")) {
        unmarked.add("line " + (i + 1) + " (" + language + ")");
      }
      i = close;
    }
    if (!unmarked.isEmpty()) {
      throw new IllegalStateException("README code blocks without a <!-- readme-project: PATH --> marker, which the"
          + " quick-start check would not compile: " + unmarked);
    }
    if (pom == null) {
      throw new IllegalStateException("the README has no <!-- readme-project: pom.xml --> block");
    }
    return new ReadmeProject(pom, List.copyOf(dependencies), Map.copyOf(sources));
  }

  private static int closingFence(List<String> lines, int open) {
    for (int j = open + 1; j < lines.size(); j++) {
      if (lines.get(j).startsWith("```")) {
        return j;
      }
    }
    throw new IllegalStateException("README line " + (open + 1) + ": a code block that never closes");
  }

  /** The pom as a user ends up with it: the quick start's, with every later section's dependencies added. */
  String completePom() {
    int end = pom.lastIndexOf("</dependencies>");
    if (end < 0) {
      throw new IllegalStateException("the README's pom.xml has no <dependencies>");
    }
    StringBuilder added = new StringBuilder();
    dependencyBlocks.forEach(block -> block.lines().forEach(l -> added.append("    ").append(l).append('\n')));
    return pom.substring(0, end) + added.toString().stripLeading() + "  " + pom.substring(end);
  }

  /** Writes the project into {@code directory}. */
  void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("pom.xml"), completePom(), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = directory.resolve(source.getKey()).normalize();
      if (!file.startsWith(directory)) {
        throw new IllegalStateException("README source outside the project: " + source.getKey());
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The test classes the sources declare: file names under src/test/java, as class names. */
  List<String> testClasses() {
    return sources.keySet().stream().filter(p -> p.startsWith("src/test/java/") && p.endsWith(".java"))
        .map(p -> p.substring("src/test/java/".length(), p.length() - ".java".length()).replace('/', '.'))
        .sorted().toList();
  }
}
