package dev.ecsdsl.validation;

/**
 * Where in a source file a problem lies: line and column, both counted from 1 (columns in characters, as
 * Jackson counts them). Problems about a description built in Java have none.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(long line, long column) {

  /**
   * Checks that both are positive.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  /** {@return {@code line L, column C}} */
  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
