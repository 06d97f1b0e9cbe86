package dev.ecsdsl.json;

/**
 * Shortens names and values that a problem echoes, so that a message about a 50,000-character member name
 * stays one readable line and the problems of a huge file stay small: at most {@link #KEEP} characters, then
 * {@code …} and the full length.
 */
final class Clip {
  /** How many characters of a long text a message keeps. */
  static final int KEEP = 100;

  private Clip() {}

  /** The text, or its first {@link #KEEP} characters, {@code …} and how long it is. */
  static String of(String text) {
    if (text.length() <= KEEP + 20) {
      return text;
    }
    return text.substring(0, KEEP) + "… (" + text.length() + " characters)";
  }
}
