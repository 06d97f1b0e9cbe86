package dev.ecsdsl.runtime;

import java.util.Map;

/**
 * What became of requests sent to a load balancer's listener: how many a target answered, how many failed
 * (HTTP 503: no target to route to), and how they spread over the targets.
 *
 * @param targetGroup the target group the listener's rules chose, empty when none matched
 * @param served requests routed to a target
 * @param failed requests the load balancer could not route
 * @param perTarget requests per target id (IP or {@code instance:port}), in target registration order
 */
public record RequestResult(String targetGroup, int served, int failed, Map<String, Integer> perTarget) {}
