package dev.ecsdsl.runtime;

/**
 * {@code ResourceInUseException}: the specified resource is in-use and can't be removed (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ResourceInUseException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ResourceInUseException(String message) {
    super("ResourceInUseException", message);
  }
}
