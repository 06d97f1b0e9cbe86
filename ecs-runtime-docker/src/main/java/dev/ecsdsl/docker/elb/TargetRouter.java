package dev.ecsdsl.docker.elb;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Where a request to a listener goes: the control plane's listener rules and round-robin over the target
 * group's healthy targets (the same routing {@code sendRequests} uses in memory), resolved to the address
 * this host reaches the chosen target at.
 */
@FunctionalInterface
public interface TargetRouter {
  /**
   * The target of the next request to listener {@code port} of {@code loadBalancer} with this host header
   * and path (both empty for TCP); empty when the listener has no target to send it to.
   *
   * @param loadBalancer the load balancer's name or ARN
   * @param port the listener's port
   * @param host the request's Host header
   * @param path the request path
   * @return the target's address, or empty
   */
  Optional<InetSocketAddress> route(String loadBalancer, int port, String host, String path);
}
