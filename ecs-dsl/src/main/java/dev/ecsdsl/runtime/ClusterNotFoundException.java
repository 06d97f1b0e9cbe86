package dev.ecsdsl.runtime;

/**
 * {@code ClusterNotFoundException}: the specified cluster wasn't found (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ClusterNotFoundException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ClusterNotFoundException(String message) {
    super("ClusterNotFoundException", message);
  }
}
