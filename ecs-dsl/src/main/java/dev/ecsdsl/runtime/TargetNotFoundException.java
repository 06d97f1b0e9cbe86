package dev.ecsdsl.runtime;

/**
 * {@code TargetNotFoundException}: the specified target wasn't found (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class TargetNotFoundException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public TargetNotFoundException(String message) {
    super("TargetNotFoundException", message);
  }
}
