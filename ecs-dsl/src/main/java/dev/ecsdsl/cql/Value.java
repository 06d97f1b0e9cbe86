package dev.ecsdsl.cql;

import java.util.Objects;

/**
 * A literal argument of a condition. Whether it was written bare ({@code t2.small}) or quoted
 * ({@code 'i-abcd1234'}) does not matter: only the text counts.
 *
 * @param text the literal text, without quotes; may be empty but may not contain both {@code '}
 *     and {@code "} (the language has no escapes, so such a value cannot be written)
 */
public record Value(String text) {

  /**
   * Rejects text that no quoting could express.
   *
   * @param text the literal text, without quotes
   */
  public Value {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('\'') >= 0 && text.indexOf('"') >= 0) {
      throw new IllegalArgumentException(
          "a value cannot contain both ' and \" (the Cluster Query Language has no escapes): " + text);
    }
  }

  /**
   * Shorthand for {@code new Value(text)}.
   *
   * @param text the literal text, without quotes
   * @return the value
   */
  public static Value of(String text) {
    return new Value(text);
  }

  /**
   * The value as written in canonical text: bare when every character may appear in a bare word
   * and it is not one of the reserved words {@code and}, {@code or}, {@code not}; otherwise in
   * single quotes, or in double quotes when the text contains a single quote.
   *
   * @return the text as the canonical form writes it
   */
  public String canonical() {
    if (isBare(text)) {
      return text;
    }
    return text.indexOf('\'') < 0 ? "'" + text + "'" : "\"" + text + "\"";
  }

  private static boolean isBare(String text) {
    if (text.isEmpty() || Lexer.isReservedWord(text)) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Lexer.isWordChar(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false; // invisible characters are legal in bare words but clearer quoted
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return canonical();
  }
}
