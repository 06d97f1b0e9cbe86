package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A listener of a load balancer: a port and protocol, a default target group and (ALB) rules. For a
 * Classic Load Balancer, {@code instancePort} is the port on the instances. A Network Load Balancer's listener
 * is what a blue/green deployment's {@code productionListenerRule} names.
 */
@Value.Immutable
public interface Listener {
  /** {@return the port the load balancer listens on} */
  int port();

  /** {@return the protocol; HTTP for ALB, TCP for NLB when unset} */
  Optional<ElbProtocol> protocol();

  /** {@return the target group of requests that match no rule} */
  Optional<String> defaultTargetGroup();

  /** {@return the ALB rules} */
  List<ListenerRule> rules();

  /** {@return the Classic Load Balancer: the instance port traffic is sent to} */
  Optional<Integer> instancePort();

  /**
   * {@return the listener's ARN as AWS gave it, when the description mirrors an existing listener; otherwise the
   * listener has a made-up one ({@link #arn})}
   */
  Optional<String> listenerArn();

  /**
   * {@return the listener's ARN: {@link #listenerArn()}, or
   * {@code arn:aws:elasticloadbalancing:<region>:<account>:listener/app|net/<lb>/<lb id>/<listener id>}}
   *
   * @param loadBalancer the listener's load balancer
   * @param region AWS region
   * @param accountId 12-digit account id
   */
  default String arn(LoadBalancer loadBalancer, String region, String accountId) {
    return listenerArn().orElseGet(() -> loadBalancer.arn(region, accountId).replace(":loadbalancer/", ":listener/")
        + "/" + Arns.resourceId(loadBalancer.name() + ":" + port()));
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Listener}. */
  class Builder extends ImmutableListener.Builder {}
}
