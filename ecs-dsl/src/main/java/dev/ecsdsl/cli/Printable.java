package dev.ecsdsl.cli;

/**
 * Text from files and the command line made safe to print on a terminal: control characters (a newline in a
 * family name would forge a report line; ESC starts terminal escape sequences), and the Unicode characters
 * that reorder or hide text, are shown as escapes ({@code \n}, {@code \u001b}), and very long text is
 * clipped with its length.
 */
final class Printable {
  /** The most characters of one text a report prints. */
  static final int MAX = 2_000;

  private Printable() {}

  /** The text escaped and clipped. */
  static String of(String text) {
    int end = Math.min(text.length(), MAX);
    StringBuilder sb = null;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (sb == null) {
          sb = new StringBuilder(end + 16).append(text, 0, i);
        }
        sb.append(escape(c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    String shown = sb == null ? text.substring(0, end) : sb.toString();
    return end < text.length() ? shown + "… (" + text.length() + " characters)" : shown;
  }

  /** The text clipped to {@link #MAX} characters, not escaped (for formats whose writer escapes). */
  static String clip(String text) {
    return text.length() <= MAX ? text : text.substring(0, MAX) + "… (" + text.length() + " characters)";
  }

  /** Whether the character is shown as an escape: controls and the characters that reorder or hide text. */
  static boolean unsafe(char c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
        || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0xfeff;
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> String.format("\\u%04x", (int) c);
    };
  }
}
