package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ECS service, as created with {@code CreateService}. ECS API: {@code CreateServiceRequest} /
 * {@code Service}. {@code cluster}, {@code taskDefinition} ({@code family} or {@code family:revision}) and
 * the target groups of {@code loadBalancers} are names or ARNs of parts of the same environment.
 * {@link #autoScaling()} belongs to Application Auto Scaling, not to CreateService, and is not part of the
 * service's ECS JSON.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
public interface Service {
  /** Service name, unique within its cluster. */
  String serviceName();

  /** Cluster name or ARN; {@code default} when unset. */
  Optional<String> cluster();

  /** Task definition: {@code family}, {@code family:revision} or ARN. */
  String taskDefinition();

  /** Tasks to keep running (REPLICA); ignored for DAEMON. */
  Optional<Integer> desiredCount();

  /** EC2, FARGATE or EXTERNAL; exclusive with capacityProviderStrategy. */
  Optional<LaunchType> launchType();

  /** Capacity provider strategy; exclusive with launchType. */
  List<CapacityProviderStrategyItem> capacityProviderStrategy();

  /** Fargate platform version, LATEST when unset. */
  Optional<String> platformVersion();

  /** REPLICA (default) or DAEMON. */
  Optional<SchedulingStrategy> schedulingStrategy();

  /** Rolling-deployment bounds and circuit breaker. */
  Optional<DeploymentConfiguration> deploymentConfiguration();

  /** Deployment controller; ECS when unset. */
  Optional<DeploymentController> deploymentController();

  /** Placement constraints (max 10). */
  List<PlacementConstraint> placementConstraints();

  /** Placement strategies in order (max 5). */
  List<PlacementStrategy> placementStrategy();

  /** Load balancer target groups the tasks register with. */
  List<ServiceLoadBalancer> loadBalancers();

  /** Subnets and security groups (awsvpc). */
  Optional<NetworkConfiguration> networkConfiguration();

  /** Seconds during which failing load balancer and container health checks are ignored after a task starts. */
  Optional<Integer> healthCheckGracePeriodSeconds();

  /** ECS Exec. */
  Optional<Boolean> enableExecuteCommand();

  /** ECS managed tags. */
  Optional<Boolean> enableECSManagedTags();

  /** {@code TASK_DEFINITION}, {@code SERVICE} or {@code NONE}. */
  Optional<String> propagateTags();

  /** IAM role for the load balancer (legacy; not needed with a service-linked role). */
  Optional<String> role();

  /** Tags. */
  List<Tag> tags();

  /** Application Auto Scaling of the desired count; not part of the ECS JSON. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  Optional<ServiceAutoScaling> autoScaling();

  /** REPLICA unless DAEMON is set. */
  default SchedulingStrategy schedulingStrategyOrDefault() {
    return schedulingStrategy().orElse(SchedulingStrategy.REPLICA);
  }

  /** The cluster name, {@code default} when unset. */
  default String clusterOrDefault() {
    return cluster().orElse("default");
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Service}. */
  class Builder extends ImmutableService.Builder {}
}
