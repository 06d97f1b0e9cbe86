package dev.ecsdsl.control;

import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.TargetHealth;
import java.util.List;
import java.util.Map;

/**
 * Elastic Load Balancing as the runtimes answer it: DescribeTargetHealth, listener rule weights, and requests sent to
 * a listener.
 */
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

  /**
   * {@return how many requests have reached a target group so far (ALB's RequestCount, summed)}
   *
   * @param targetGroup the target group's name or ARN
   */
  public long requestCount(String targetGroup) {
    environment.require();
    return loadBalancing.requestCount(targetGroup);
  }

  /**
   * ELB's DescribeRules, as far as the forward action goes: a listener rule's (or listener's default action's) target
   * groups with their share in percent, as a BLUE_GREEN, LINEAR or CANARY deployment last set them.
   *
   * @param listenerRule the rule's ARN or {@code <load balancer>:<port>:<priority>}, or {@code <load balancer>:<port>}
   * @return percent per target group name
   */
  public Map<String, Double> forwardWeights(String listenerRule) {
    environment.require();
    return loadBalancing.forwardOf(listenerRule);
  }
}
