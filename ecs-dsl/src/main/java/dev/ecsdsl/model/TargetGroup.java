package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target group of an ALB or NLB: where a service's tasks register (by IP for awsvpc tasks, by instance
 * and host port for bridge and host mode) and how their health is checked.
 */
@Value.Immutable
public interface TargetGroup {
  /** {@return the name (up to 32 characters); services refer to it by name or ARN} */
  String name();

  /** {@return the target type: ip or instance} */
  TargetType targetType();

  /** {@return the protocol of the traffic to targets} */
  @Value.Default
  default ElbProtocol protocol() {
    return ElbProtocol.HTTP;
  }

  /** {@return the default port of targets (each task registers with its own port)} */
  @Value.Default
  default int port() {
    return 80;
  }

  /** {@return the health check} */
  @Value.Default
  default TargetGroupHealthCheck healthCheck() {
    return TargetGroupHealthCheck.builder().build();
  }

  /** {@return seconds a deregistering target keeps its in-flight connections (0–3600, default 300)} */
  @Value.Default
  default int deregistrationDelaySeconds() {
    return 300;
  }

  /** {@return seconds of slow start for new targets (0 = off)} */
  @Value.Default
  default int slowStartSeconds() {
    return 0;
  }

  /**
   * {@return the target group's ARN in the given account and region}
   *
   * @param region AWS region, such as {@code us-east-1}
   * @param accountId 12-digit AWS account id
   */
  default String arn(String region, String accountId) {
    return "arn:aws:elasticloadbalancing:" + region + ":" + accountId + ":targetgroup/" + name() + "/"
        + Arns.resourceId(name());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TargetGroup}. */
  class Builder extends ImmutableTargetGroup.Builder {}
}
