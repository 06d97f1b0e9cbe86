package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An Elastic Load Balancer: ALB, NLB or Classic, in some subnets, with listeners. */
@Value.Immutable
public interface LoadBalancer {
  /** Name (up to 32 characters). */
  String name();

  /** Kind of load balancer. */
  LoadBalancerType type();

  /** {@code internet-facing} (default) or {@code internal}. */
  @Value.Default
  default String scheme() {
    return "internet-facing";
  }

  /** Subnets (an ALB needs at least two zones). */
  List<String> subnets();

  /** Security groups (ALB and Classic; NLB optionally). */
  List<String> securityGroups();

  /** Listeners. */
  List<Listener> listeners();

  /** Classic Load Balancer health check (ALB and NLB check per target group). */
  Optional<TargetGroupHealthCheck> healthCheck();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LoadBalancer}. */
  class Builder extends ImmutableLoadBalancer.Builder {}
}
