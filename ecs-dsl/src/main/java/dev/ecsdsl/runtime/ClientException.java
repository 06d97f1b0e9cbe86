package dev.ecsdsl.runtime;

/**
 * {@code ClientException}: a client action is wrong for the state things are in, or names a resource or identifier that isn't valid (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ClientException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ClientException(String message) {
    super("ClientException", message);
  }
}
