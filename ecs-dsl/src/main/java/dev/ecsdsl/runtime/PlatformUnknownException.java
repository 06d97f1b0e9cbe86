package dev.ecsdsl.runtime;

/**
 * {@code PlatformUnknownException}: the specified platform version doesn't exist (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class PlatformUnknownException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public PlatformUnknownException(String message) {
    super("PlatformUnknownException", message);
  }
}
