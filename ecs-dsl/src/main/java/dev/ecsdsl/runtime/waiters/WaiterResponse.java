package dev.ecsdsl.runtime.waiters;

import java.time.Duration;
import java.util.Objects;

/**
 * What a waiter returns when its success acceptor matched: the last response of the operation it polls and how
 * long it waited. AWS SDK: {@code WaiterResponse}.
 *
 * @param response the response that matched, e.g. the {@code DescribeServicesResponse} with the stable services
 * @param waited how long the waiter waited (virtual or wall-clock time)
 * @param <T> the response type of the operation the waiter polls
 */
public record WaiterResponse<T>(T response, Duration waited) {
  /**
   * Checks both.
   *
   * @param response the response that matched
   * @param waited how long the waiter waited
   */
  public WaiterResponse {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(waited, "waited");
  }
}
