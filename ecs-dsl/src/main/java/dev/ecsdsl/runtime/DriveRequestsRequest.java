package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * A steady load at a listener of a load balancer of the description (not an AWS operation): {@code perSecond}
 * requests each second, routed as {@link SendRequestsRequest} says, counted in the target groups' request metrics
 * that auto scaling reads.
 */
@Value.Immutable
public interface DriveRequestsRequest {
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

  /** {@return how many requests each second} */
  int perSecond();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DriveRequestsRequest}. */
  class Builder extends ImmutableDriveRequestsRequest.Builder {}
}
