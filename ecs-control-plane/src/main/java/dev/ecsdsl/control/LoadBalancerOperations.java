package dev.ecsdsl.control;

import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.TargetHealth;
import java.util.List;

/** Elastic Load Balancing as the runtimes answer it: DescribeTargetHealth, and requests sent to a listener. */
public final class LoadBalancerOperations {
  private final DeployedEnvironment environment;
  private final LoadBalancing loadBalancing;

  LoadBalancerOperations(DeployedEnvironment environment, LoadBalancing loadBalancing) {
    this.environment = environment;
    this.loadBalancing = loadBalancing;
  }

  /**
   * ELB's DescribeTargetHealth.
   *
   * @param targetGroup the target group's name or ARN
   * @return the health of each registered target
   */
  public List<TargetHealth> describeTargetHealth(String targetGroup) {
    environment.require();
    return loadBalancing.describe(targetGroup);
  }

  /**
   * Requests to a listener, routed as the load balancer would.
   *
   * @param loadBalancer the load balancer's name
   * @param listenerPort the listener's port
   * @param host the request's Host header, for host-header rules
   * @param path the request path, for path-pattern rules
   * @param count how many requests to send
   * @return how the requests were answered
   */
  public RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count) {
    environment.require();
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, got " + count);
    }
    return loadBalancing.send(loadBalancer, listenerPort, host, path, count);
  }
}
