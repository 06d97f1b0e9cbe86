package dev.ecsdsl.runtime;

/**
 * {@code AccessDeniedException}: you don't have authorization to perform the requested action (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class AccessDeniedException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public AccessDeniedException(String message) {
    super("AccessDeniedException", message);
  }
}
