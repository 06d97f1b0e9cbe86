package dev.ecsdsl.runtime;

/**
 * {@code LimitExceededException}: the limit for the resource was exceeded (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class LimitExceededException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public LimitExceededException(String message) {
    super("LimitExceededException", message);
  }
}
