package dev.ecsdsl.runtime;

/**
 * {@code ClusterContainsCapacityProviderException}: the cluster contains one or more capacity providers that prevent the requested operation (ECS API reference, Errors).
 *
 * @serial exclude
 */
public final class ClusterContainsCapacityProviderException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public ClusterContainsCapacityProviderException(String message) {
    super("ClusterContainsCapacityProviderException", message);
  }
}
