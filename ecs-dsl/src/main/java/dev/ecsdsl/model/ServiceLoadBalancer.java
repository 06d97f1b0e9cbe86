package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Connects a service to a load balancer: the target group (or Classic Load Balancer) its tasks register with,
 * and the container and port that receive traffic. ECS API: {@code LoadBalancer} (of a service).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceLoadBalancer.class)
@JsonDeserialize(as = ImmutableServiceLoadBalancer.class)
public interface ServiceLoadBalancer {
  /** {@return the target group of an ALB or NLB: name or ARN} */
  Optional<String> targetGroupArn();

  /** {@return the Classic Load Balancer name} */
  Optional<String> loadBalancerName();

  /** {@return the container that receives traffic} */
  Optional<String> containerName();

  /** {@return its container port, as in one of its port mappings} */
  Optional<Integer> containerPort();

  /**
   * {@return what BLUE_GREEN, LINEAR and CANARY deployments need of this target group: the alternate target
   * group, the production (and test) listener rule and the role}
   */
  Optional<AdvancedConfiguration> advancedConfiguration();

  /**
   * {@return a target group mapping}
   *
   * @param targetGroup the target group's name or ARN
   * @param containerName the container that receives the traffic
   * @param containerPort the container's port that receives the traffic
   */
  static ServiceLoadBalancer targetGroup(String targetGroup, String containerName, int containerPort) {
    return builder().targetGroupArn(targetGroup).containerName(containerName).containerPort(containerPort).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceLoadBalancer}. */
  class Builder extends ImmutableServiceLoadBalancer.Builder {}
}
