package dev.ecsdsl.runtime.waiters;

/**
 * A waiter's failure acceptor matched: what it waits for can no longer happen (a service is DRAINING, a task
 * STOPPED before it ran, a resource is MISSING). The message names the acceptor as the AWS SDK does.
 *
 * @serial exclude
 */
public class WaiterFailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The failure, with the acceptor that matched and what it waited for.
   *
   * @param message what was awaited and which acceptor matched
   */
  public WaiterFailureException(String message) {
    super(message);
  }
}
