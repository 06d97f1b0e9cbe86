package dev.ecsdsl.runtime;

/**
 * {@code ServerException}: a server issue (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ServerException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ServerException(String message) {
    super("ServerException", message);
  }
}
