package dev.ecsdsl.runtime;

/**
 * {@code ClusterContainsServicesException}: you can't delete a cluster that contains services (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ClusterContainsServicesException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ClusterContainsServicesException(String message) {
    super("ClusterContainsServicesException", message);
  }
}
