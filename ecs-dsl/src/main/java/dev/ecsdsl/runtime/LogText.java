package dev.ecsdsl.runtime;

/**
 * A string from outside (a caller's request, a container's name, a path) made safe for one log line: control
 * characters cannot end the line or drive a terminal, so a value with a newline or an escape sequence cannot
 * forge a log line of its own. Line feed, carriage return and tab read {@code \n}, {@code \r} and {@code \t};
 * other control characters (ESC, DEL, the C1 range, the line and paragraph separators) read {@code \}{@code
 * uXXXX}; a backslash reads {@code \\}, so that an escaped string cannot pass for another. Strings longer than
 * {@value #MAX_CHARS} characters are cut, with a note of how many were left out.
 */
public final class LogText {
  /** The most characters of one value a log line shows. */
  public static final int MAX_CHARS = 1024;

  private LogText() {}

  /**
   * The value, escaped and cut for a log line; {@code "null"} for null.
   *
   * @param value a string from outside
   * @return the string as a log line may show it
   */
  public static String escape(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    int shown = Math.min(text.length(), MAX_CHARS);
    StringBuilder out = new StringBuilder(shown + 16);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (text.length() > shown) {
      out.append("…(").append(text.length() - shown).append(" more characters)");
    }
    return out.toString();
  }
}
