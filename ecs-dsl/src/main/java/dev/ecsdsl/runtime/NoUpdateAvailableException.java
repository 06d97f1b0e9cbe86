package dev.ecsdsl.runtime;

/**
 * {@code NoUpdateAvailableException}: there's no update available for this container agent (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class NoUpdateAvailableException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public NoUpdateAvailableException(String message) {
    super("NoUpdateAvailableException", message);
  }
}
