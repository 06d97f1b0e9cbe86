package dev.ecsdsl.runtime;

/**
 * {@code ConflictException}: the request could not be processed because of a conflict in the current state of the resource (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ConflictException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ConflictException(String message) {
    super("ConflictException", message);
  }
}
