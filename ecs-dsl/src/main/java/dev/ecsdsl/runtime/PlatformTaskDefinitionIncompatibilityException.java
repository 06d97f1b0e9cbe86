package dev.ecsdsl.runtime;

/**
 * {@code PlatformTaskDefinitionIncompatibilityException}: the specified platform version doesn't satisfy the required capabilities of the task definition (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class PlatformTaskDefinitionIncompatibilityException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public PlatformTaskDefinitionIncompatibilityException(String message) {
    super("PlatformTaskDefinitionIncompatibilityException", message);
  }
}
