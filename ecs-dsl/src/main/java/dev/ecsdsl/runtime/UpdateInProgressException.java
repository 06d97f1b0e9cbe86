package dev.ecsdsl.runtime;

/**
 * {@code UpdateInProgressException}: an update of the container agent is already in progress (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class UpdateInProgressException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public UpdateInProgressException(String message) {
    super("UpdateInProgressException", message);
  }
}
