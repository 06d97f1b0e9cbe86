package dev.ecsdsl.runtime;

import dev.ecsdsl.runtime.waiters.WaitTimeoutException;

/**
 * The deprecated {@link EcsRuntime#awaitSteadyState} timed out: the service was not steady in time. The message says
 * where it stood, with its deployments and latest events.
 *
 * @deprecated thrown only by the deprecated {@link EcsRuntime#awaitSteadyState}; the waits that replace it throw
 *     {@link WaitTimeoutException}, which this extends
 * @serial exclude
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public class ServiceNotSteadyException extends WaitTimeoutException {
  private static final long serialVersionUID = 1L;
  private final transient ServiceDescription service;

  /**
   * The timeout of a wait for a steady state, with the service as it was last seen.
   *
   * @param service the service when the time was up
   * @param timeout the wait's timeout
   */
  public ServiceNotSteadyException(ServiceDescription service, WaitTimeoutException timeout) {
    super(timeout);
    this.service = service;
  }

  /** {@return the service when the time was up} */
  public ServiceDescription service() {
    return service;
  }
}
