package dev.ecsdsl.runtime;

/**
 * {@code LoadBalancerNotFoundException}: the specified load balancer does not exist (Elastic Load Balancing API reference, Errors).
 *
 * @serial exclude
 */
public final class LoadBalancerNotFoundException extends EcsException {
  private static final long serialVersionUID = 1L;

  /**
   * The error with a message that says what exactly went wrong.
   *
   * @param message ECS's text where ECS documents one, else what went wrong and what would fix it
   */
  public LoadBalancerNotFoundException(String message) {
    super("LoadBalancerNotFoundException", message);
  }
}
