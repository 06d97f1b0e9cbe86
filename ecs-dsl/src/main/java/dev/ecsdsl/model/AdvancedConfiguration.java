package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a BLUE_GREEN, LINEAR or CANARY deployment needs of a load balancer entry: the alternate target group the
 * green revision's tasks register with, the production listener rule (ALB) or listener (NLB) whose forward
 * weights ECS shifts, an optional test listener rule or listener that reaches green only, and the role ECS
 * calls Elastic Load Balancing with. ECS API: {@code AdvancedConfiguration}. References are names or ARNs of
 * the description's target groups; listener rules and listeners are their ARNs or the short forms
 * {@code <load balancer>:<port>:<priority>} and {@code <load balancer>:<port>}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdvancedConfiguration.class)
@JsonDeserialize(as = ImmutableAdvancedConfiguration.class)
public interface AdvancedConfiguration {
  /** {@return the alternate target group (name or ARN), not the entry's own target group} */
  Optional<String> alternateTargetGroupArn();

  /** {@return the listener rule (ALB) or listener (NLB) of production traffic} */
  Optional<String> productionListenerRule();

  /** {@return the listener rule (ALB) or listener (NLB) of test traffic} */
  Optional<String> testListenerRule();

  /** {@return the IAM role ECS calls Elastic Load Balancing with (trusted by {@code ecs.amazonaws.com})} */
  Optional<String> roleArn();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link AdvancedConfiguration}. */
  class Builder extends ImmutableAdvancedConfiguration.Builder {}
}
