package dev.ecsdsl.api;

import java.util.regex.Pattern;

/**
 * The words of the endpoint's error messages: a caller's value quoted and cut to a readable length (a 10 MB name
 * does not come back 10 MB long), and any Java or Jackson internals taken out of a message that came from a
 * library, so that an answer names ECS's members and never the classes behind them.
 */
final class Messages {
  /** The most characters of one value an error message quotes. */
  static final int MAX_QUOTED = 200;
  /** A fully qualified Java name ({@code dev.ecsdsl.model.ImmutableTag$Json}, {@code java.lang.String}). */
  private static final Pattern JAVA_NAME = Pattern.compile(
      "`?\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$][A-Za-z0-9_$]*(?:\\[\\])?`?");
  /** Jackson's own words that name its internals (features, source descriptions). */
  private static final Pattern JACKSON_WORDS = Pattern.compile(
      "\\s*\\((?:through reference chain|for Object starting at|Source: |to allow|StreamReadFeature|JsonReadFeature)"
          + "[^)]*\\)?|\\s*at \\[Source:[^\\]]*\\]");

  private Messages() {}

  /** {@return the value in single quotes, cut to {@value #MAX_QUOTED} characters} */
  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= MAX_QUOTED) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, MAX_QUOTED) + "…' (" + value.length() + " characters)";
  }

  /**
   * A message from a library made fit for a caller: Java class names become {@code a value}, Jackson's notes on
   * where it read are dropped, and the whole is cut to 1,000 characters.
   */
  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "the request is not valid";
    }
    String cleaned = JACKSON_WORDS.matcher(message).replaceAll("");
    cleaned = JAVA_NAME.matcher(cleaned).replaceAll("a value");
    cleaned = cleaned.replace("Immutable", "").strip();
    return cleaned.length() <= 1000 ? cleaned : cleaned.substring(0, 1000) + "…";
  }
}
