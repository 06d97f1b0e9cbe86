package dev.ecsdsl.runtime;

/** A service did not reach a steady state in time; the message says where it stood and why. */
public class ServiceNotSteadyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ServiceDescription service;

  /**
   * The service as it was when the wait ended, and what that means.
   *
   * @param service the service when the wait ended
   * @param message where the service stood, its deployments and its latest events
   */
  public ServiceNotSteadyException(ServiceDescription service, String message) {
    super(message);
    this.service = service;
  }

  /** {@return the service as it was when the wait ended} */
  public ServiceDescription service() {
    return service;
  }
}
