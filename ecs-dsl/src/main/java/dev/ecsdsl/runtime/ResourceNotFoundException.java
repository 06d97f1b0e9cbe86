package dev.ecsdsl.runtime;

/**
 * {@code ResourceNotFoundException}: the specified resource wasn't found (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ResourceNotFoundException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ResourceNotFoundException(String message) {
    super("ResourceNotFoundException", message);
  }
}
