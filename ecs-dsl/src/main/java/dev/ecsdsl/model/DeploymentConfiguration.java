package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a service deploys a new revision: the strategy (ROLLING when unset; BLUE_GREEN, LINEAR, CANARY), the
 * bounds of a rolling deployment, the bake time, the linear steps or canary, the lifecycle hooks, and the
 * failure detection (circuit breaker, CloudWatch alarms). ECS API: {@code DeploymentConfiguration}. Defaults:
 * minimumHealthyPercent 100 and maximumPercent 200 for REPLICA services; 0 and 100 for DAEMON services.
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

  /** {@return ROLLING, BLUE_GREEN, LINEAR or CANARY; ROLLING when unset} */
  Optional<DeploymentStrategy> strategy();

  /**
   * {@return minutes both revisions keep running after production traffic has shifted, before the old one is
   * scaled down (0–1440; required for BLUE_GREEN)}
   */
  Optional<Integer> bakeTimeInMinutes();

  /** {@return the lifecycle hooks of BLUE_GREEN, LINEAR and CANARY deployments} */
  List<DeploymentLifecycleHook> lifecycleHooks();

  /** {@return the steps of a LINEAR deployment (only with LINEAR)} */
  Optional<LinearConfiguration> linearConfiguration();

  /** {@return the canary of a CANARY deployment (only with CANARY)} */
  Optional<CanaryConfiguration> canaryConfiguration();

  /** {@return {@link #strategy()}, ROLLING when unset} */
  default DeploymentStrategy strategyOrDefault() {
    return strategy().orElse(DeploymentStrategy.ROLLING);
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentConfiguration}. */
  class Builder extends ImmutableDeploymentConfiguration.Builder {}
}
