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
  /** Target group of an ALB or NLB: name or ARN. */
  Optional<String> targetGroupArn();

  /** Classic Load Balancer name. */
  Optional<String> loadBalancerName();

  /** The container that receives traffic. */
  Optional<String> containerName();

  /** Its container port, as in one of its port mappings. */
  Optional<Integer> containerPort();

  /** A target group mapping. */
  static ServiceLoadBalancer targetGroup(String targetGroup, String containerName, int containerPort) {
    return builder().targetGroupArn(targetGroup).containerName(containerName).containerPort(containerPort).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceLoadBalancer}. */
  class Builder extends ImmutableServiceLoadBalancer.Builder {}
}
