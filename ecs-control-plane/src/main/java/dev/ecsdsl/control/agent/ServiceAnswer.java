package dev.ecsdsl.control.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * How a container answered one request: an HTTP status code and how long the answer took; status
 * {@link #CONNECTION_FAILED} when the connection was refused or reset before an answer.
 *
 * @param status the HTTP status code (100-599), or {@link #CONNECTION_FAILED}
 * @param latency how long the container took to answer
 */
public record ServiceAnswer(int status, Duration latency) {
  /** The status of a request whose connection was refused or reset: no HTTP answer came. */
  public static final int CONNECTION_FAILED = 0;

  /** An answer 200 at once: what a container answers unless it is scripted otherwise. */
  public static final ServiceAnswer OK = new ServiceAnswer(200, Duration.ZERO);

  /**
   * Checks the components.
   *
   * @param status an HTTP status code 100-599, or {@link #CONNECTION_FAILED}
   * @param latency not negative
   */
  public ServiceAnswer {
    if (status != CONNECTION_FAILED && (status < 100 || status > 599)) {
      throw new IllegalArgumentException("status must be an HTTP status code, 100-599 (or 0: connection failed); got "
          + status);
    }
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + latency);
    }
  }

  /** {@return whether no HTTP answer came (the connection was refused or reset)} */
  public boolean connectionFailed() {
    return status == CONNECTION_FAILED;
  }
}
