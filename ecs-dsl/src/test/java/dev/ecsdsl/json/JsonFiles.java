package dev.ecsdsl.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON files under {@code src/test/resources/json}, and where things are in them. */
final class JsonFiles {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private JsonFiles() {}

  /** The file's path. */
  static Path path(String name) {
    URL url = JsonFiles.class.getResource("/json/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test file json/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file's text. */
  static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plain Jackson tree of the JSON (member order does not matter for equality). */
  static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problem's message with its location after it, as {@code Problem#toString} shows them. */
  static String shown(dev.ecsdsl.validation.Problem p) {
    return p.message() + p.location().map(l -> " (" + l + ")").orElse("");
  }

  /** {@code "(line L, column C)"} of the first occurrence of {@code needle} in {@code text}. */
  static String at(String text, String needle) {
    return at(text, needle, 1);
  }

  /** {@code "(line L, column C)"} of the n-th (1-based) occurrence of {@code needle} in {@code text}. */
  static String at(String text, String needle, int occurrence) {
    int index = -1;
    for (int i = 0; i < occurrence; i++) {
      index = text.indexOf(needle, index + 1);
      if (index < 0) {
        throw new IllegalArgumentException("'" + needle + "' occurs fewer than " + occurrence + " times");
      }
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "(line " + line + ", column " + (index - lineStart + 1) + ")";
  }
}
