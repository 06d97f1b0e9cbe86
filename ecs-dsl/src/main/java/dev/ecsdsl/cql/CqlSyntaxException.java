package dev.ecsdsl.cql;

/**
 * A Cluster Query Language expression that cannot be parsed (or names an operator, value or
 * pattern its subject does not allow). The message names the 1-based column and repeats the
 * expression with a caret under that column.
 *
 * @serial exclude
 */
public final class CqlSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String expression;
  private final int column;
  private final String reason;

  /**
   * Creates the exception and its message.
   *
   * @param expression the whole expression text
   * @param column 1-based column of the problem ({@code expression.length() + 1} for its end)
   * @param reason what is wrong, without location
   */
  public CqlSyntaxException(String expression, int column, String reason) {
    super(format(expression, column, reason));
    this.expression = expression;
    this.column = column;
    this.reason = reason;
  }

  /** {@return the 1-based column of the problem} */
  public int column() {
    return column;
  }

  /** {@return the expression that failed to parse} */
  public String expression() {
    return expression;
  }

  /** {@return what is wrong, without location or caret} */
  public String reason() {
    return reason;
  }

  private static String format(String expression, int column, String reason) {
    StringBuilder shown = new StringBuilder(expression.length());
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      shown.append(Character.isISOControl(c) ? ' ' : c); // keep the caret aligned
    }
    return "Cluster Query Language syntax error at column "
        + column
        + ": "
        + reason
        + "\n  "
        + shown
        + "\n  "
        + " ".repeat(Math.max(0, column - 1))
        + "^";
  }
}
