package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bounds of a rolling deployment. ECS API: {@code DeploymentConfiguration}. Defaults: minimumHealthyPercent
 * 100 and maximumPercent 200 for REPLICA services; 0 and 100 for DAEMON services.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentConfiguration.class)
@JsonDeserialize(as = ImmutableDeploymentConfiguration.class)
public interface DeploymentConfiguration {
  /**
   * {@return the lower bound of RUNNING (and healthy) tasks during a deployment, in percent of desiredCount}
   */
  Optional<Integer> minimumHealthyPercent();

  /** {@return the upper bound of RUNNING or PENDING tasks during a deployment, in percent of desiredCount} */
  Optional<Integer> maximumPercent();

  /** {@return the deployment circuit breaker} */
  Optional<DeploymentCircuitBreaker> deploymentCircuitBreaker();

  /** {@return the CloudWatch alarms} */
  Optional<DeploymentAlarms> alarms();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentConfiguration}. */
  class Builder extends ImmutableDeploymentConfiguration.Builder {}
}
