package dev.ecsdsl.schedule;

/**
 * A schedule expression that EventBridge or Application Auto Scaling would reject; the message says which
 * part is wrong and why, e.g. {@code hours value 24 is outside 0-23}.
 *
 * @serial exclude
 */
public final class InvalidScheduleExpressionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String expression;
  private final String problem;

  InvalidScheduleExpressionException(String expression, String problem) {
    super("schedule expression '" + expression + "' is not valid: " + problem);
    this.expression = expression;
    this.problem = problem;
  }

  /** {@return the expression as given} */
  public String expression() {
    return expression;
  }

  /** {@return what is wrong, without the expression (e.g. {@code hours value 24 is outside 0-23})} */
  public String problem() {
    return problem;
  }
}
