package dev.ecsdsl.runtime;

import dev.ecsdsl.model.DeploymentConfiguration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of UpdateService. A new task definition, a new deployment configuration or
 * {@code forceNewDeployment} start a new deployment; a new desired count alone does not. ECS API:
 * {@code UpdateServiceRequest}.
 */
@Value.Immutable
public interface UpdateServiceRequest {
  /** Cluster name or ARN; {@code default} when absent. */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** Service name or ARN. */
  String service();

  /** The new desired count. */
  Optional<Integer> desiredCount();

  /** The new task definition: {@code family}, {@code family:revision} or ARN. */
  Optional<String> taskDefinition();

  /** New deployment percentages and circuit breaker. */
  Optional<DeploymentConfiguration> deploymentConfiguration();

  /** The new health check grace period. */
  Optional<Integer> healthCheckGracePeriodSeconds();

  /** Starts a new deployment even when nothing else changes (e.g. to pick up a re-pushed image tag). */
  @Value.Default
  default boolean forceNewDeployment() {
    return false;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UpdateServiceRequest}. */
  class Builder extends ImmutableUpdateServiceRequest.Builder {}
}
