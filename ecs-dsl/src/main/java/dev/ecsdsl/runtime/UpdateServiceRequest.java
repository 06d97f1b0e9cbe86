package dev.ecsdsl.runtime;

import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of UpdateService. A new task definition, deployment configuration, placement constraints or
 * strategy, or {@code forceNewDeployment} start a new deployment; a new desired count alone does not. ECS
 * API: {@code UpdateServiceRequest}.
 */
@Value.Immutable
public interface UpdateServiceRequest {
  /** {@return the cluster name or ARN; {@code default} when absent} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the service name or ARN} */
  String service();

  /** {@return the new desired count} */
  Optional<Integer> desiredCount();

  /** {@return the new task definition: {@code family}, {@code family:revision} or ARN} */
  Optional<String> taskDefinition();

  /** {@return the new deployment percentages and circuit breaker} */
  Optional<DeploymentConfiguration> deploymentConfiguration();

  /**
   * The service's new placement constraints; an empty list removes them all (as in ECS), absent keeps
   * them. The task definition's own constraints still apply.
   *
   * @return the new constraints; absent to keep the current ones
   */
  Optional<List<PlacementConstraint>> placementConstraints();

  /**
   * The service's new placement strategy; an empty list removes it (EC2 services then get ECS's default
   * spread over zones), absent keeps it.
   *
   * @return the new strategy; absent to keep the current one
   */
  Optional<List<PlacementStrategy>> placementStrategy();

  /** {@return the new health check grace period} */
  Optional<Integer> healthCheckGracePeriodSeconds();

  /**
   * Starts a new deployment even when nothing else changes (e.g. to pick up a re-pushed image tag).
   *
   * @return whether to start a new deployment regardless; false by default
   */
  @Value.Default
  default boolean forceNewDeployment() {
    return false;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UpdateServiceRequest}. */
  class Builder extends ImmutableUpdateServiceRequest.Builder {}
}
