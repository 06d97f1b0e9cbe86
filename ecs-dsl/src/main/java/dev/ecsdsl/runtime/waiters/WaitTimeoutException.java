package dev.ecsdsl.runtime.waiters;

import java.time.Duration;

/**
 * A wait ended without what it waited for. The message says what was awaited, for how long (virtual or
 * wall-clock time) and the last state seen.
 *
 * @serial exclude
 */
public class WaitTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String awaited;
  private final Duration waited;
  private final boolean virtualTime;
  private final String lastSeen;

  /**
   * The timeout of a wait.
   *
   * @param awaited what was awaited, e.g. {@code service web of cluster prod to be stable}
   * @param waited how long the wait lasted
   * @param virtualTime whether that was virtual time (in memory) or the wall clock (Docker)
   * @param lastSeen the last state seen, in the condition's terms; may be empty
   */
  public WaitTimeoutException(String awaited, Duration waited, boolean virtualTime, String lastSeen) {
    super(message(awaited, waited, virtualTime, lastSeen));
    this.awaited = awaited;
    this.waited = waited;
    this.virtualTime = virtualTime;
    this.lastSeen = lastSeen;
  }

  /**
   * A copy of a timeout, for subclasses that say more about it.
   *
   * @param timeout the timeout
   */
  protected WaitTimeoutException(WaitTimeoutException timeout) {
    super(timeout.getMessage(), timeout);
    this.awaited = timeout.awaited;
    this.waited = timeout.waited;
    this.virtualTime = timeout.virtualTime;
    this.lastSeen = timeout.lastSeen;
  }

  private static String message(String awaited, Duration waited, boolean virtualTime, String lastSeen) {
    return "waited " + Durations.text(waited) + " of " + (virtualTime ? "virtual" : "wall-clock") + " time for "
        + awaited + ", in vain" + (lastSeen.isBlank() ? "" : "; last seen:\n" + lastSeen.strip());
  }

  /** {@return what was awaited} */
  public String awaited() {
    return awaited;
  }

  /** {@return how long the wait lasted} */
  public Duration waited() {
    return waited;
  }

  /** {@return whether that was virtual time (in memory) rather than the wall clock (Docker)} */
  public boolean virtualTime() {
    return virtualTime;
  }

  /** {@return the last state seen, in the condition's terms; may be empty} */
  public String lastSeen() {
    return lastSeen;
  }
}
