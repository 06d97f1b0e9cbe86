package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * Requests sent to a listener of a load balancer of the description (not an AWS operation): the listener's rules
 * (host header, then path pattern, by priority) choose the target group, and the requests go round-robin over its
 * healthy targets (over all of them when none is healthy, as an ALB fails open).
 */
@Value.Immutable
public interface SendRequestsRequest {
  /** {@return the load balancer's name or ARN} */
  String loadBalancer();

  /** {@return the port of the listener that receives the requests} */
  int listenerPort();

  /** {@return the Host header the rules see; empty (no host) when absent} */
  @Value.Default
  default String host() {
    return "";
  }

  /** {@return the path the rules see; {@code /} when absent} */
  @Value.Default
  default String path() {
    return "/";
  }

  /** {@return how many requests to send; 1 when absent} */
  @Value.Default
  default int count() {
    return 1;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link SendRequestsRequest}. */
  class Builder extends ImmutableSendRequestsRequest.Builder {}
}
