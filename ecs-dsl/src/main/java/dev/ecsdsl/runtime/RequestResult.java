package dev.ecsdsl.runtime;

import java.util.Map;

/**
 * What became of requests sent to a load balancer's listener: how many a target answered, how many failed
 * (HTTP 503: no target to route to), how they spread over the targets, and how many of the answered ones the
 * target answered with an error status (a container scripted to answer a share of requests with, e.g., 503).
 *
 * @param targetGroup the target group the listener's rules chose, empty when none matched
 * @param served requests routed to a target
 * @param failed requests the load balancer could not route
 * @param perTarget requests per target id (IP or {@code instance:port}), in target registration order
 * @param targetErrors requests routed to a target that answered with an error status (counted in {@code served})
 */
public record RequestResult(String targetGroup, int served, int failed, Map<String, Integer> perTarget,
    int targetErrors) {
  /**
   * A result without target errors.
   *
   * @param targetGroup the target group the listener's rules chose, empty when none matched
   * @param served requests routed to a target
   * @param failed requests the load balancer could not route
   * @param perTarget requests per target id
   */
  public RequestResult(String targetGroup, int served, int failed, Map<String, Integer> perTarget) {
    this(targetGroup, served, failed, perTarget, 0);
  }
}
