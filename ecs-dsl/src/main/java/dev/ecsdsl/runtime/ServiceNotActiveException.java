package dev.ecsdsl.runtime;

/**
 * {@code ServiceNotActiveException}: the specified service isn't active; you can't update a service that's inactive (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ServiceNotActiveException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ServiceNotActiveException(String message) {
    super("ServiceNotActiveException", message);
  }
}
