package dev.ecsdsl.runtime;

/**
 * {@code MissingVersionException}: Amazon ECS can't determine the current version of the container agent on the container instance (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class MissingVersionException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public MissingVersionException(String message) {
    super("MissingVersionException", message);
  }
}
