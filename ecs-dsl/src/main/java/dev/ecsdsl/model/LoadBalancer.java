package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An Elastic Load Balancer: ALB, NLB or Classic, in some subnets, with listeners. */
@Value.Immutable
public interface LoadBalancer {
  /** {@return the name (up to 32 characters)} */
  String name();

  /** {@return the kind of load balancer} */
  LoadBalancerType type();

  /** {@return {@code internet-facing} (default) or {@code internal}} */
  @Value.Default
  default String scheme() {
    return "internet-facing";
  }

  /** {@return the subnets (an ALB needs at least two zones)} */
  List<String> subnets();

  /** {@return the security groups (ALB and Classic; NLB optionally)} */
  List<String> securityGroups();

  /** {@return the listeners} */
  List<Listener> listeners();

  /** {@return the Classic Load Balancer health check (ALB and NLB check per target group)} */
  Optional<TargetGroupHealthCheck> healthCheck();

  /**
   * {@return the load balancer's ARN: {@code arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>}
   * ({@code net} for an NLB; a Classic Load Balancer's is {@code loadbalancer/<name>})}
   *
   * @param region AWS region
   * @param accountId 12-digit account id
   */
  default String arn(String region, String accountId) {
    String prefix = "arn:aws:elasticloadbalancing:" + region + ":" + accountId + ":loadbalancer/";
    return switch (type()) {
      case CLASSIC -> prefix + name();
      case NETWORK -> prefix + "net/" + name() + "/" + Arns.resourceId(name());
      case APPLICATION -> prefix + "app/" + name() + "/" + Arns.resourceId(name());
    };
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LoadBalancer}. */
  class Builder extends ImmutableLoadBalancer.Builder {}
}
