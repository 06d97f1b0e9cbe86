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
  /** {@return the service name, unique within its cluster} */
  String serviceName();

  /** {@return the cluster name or ARN; {@code default} when unset} */
  Optional<String> cluster();

  /** {@return the task definition: {@code family}, {@code family:revision} or ARN} */
  String taskDefinition();

  /** {@return tasks to keep running (REPLICA); ignored for DAEMON} */
  Optional<Integer> desiredCount();

  /** {@return EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES; exclusive with capacityProviderStrategy} */
  Optional<LaunchType> launchType();

  /** {@return the capacity provider strategy; exclusive with launchType} */
  List<CapacityProviderStrategyItem> capacityProviderStrategy();

  /** {@return the Fargate platform version, LATEST when unset} */
  Optional<String> platformVersion();

  /** {@return REPLICA (default) or DAEMON} */
  Optional<SchedulingStrategy> schedulingStrategy();

  /** {@return rolling-deployment bounds and circuit breaker} */
  Optional<DeploymentConfiguration> deploymentConfiguration();

  /** {@return the deployment controller; ECS when unset} */
  Optional<DeploymentController> deploymentController();

  /** {@return the placement constraints (max 10)} */
  List<PlacementConstraint> placementConstraints();

  /** {@return the placement strategies in order (max 5)} */
  List<PlacementStrategy> placementStrategy();

  /** {@return the load balancer target groups the tasks register with} */
  List<ServiceLoadBalancer> loadBalancers();

  /** {@return the subnets and security groups (awsvpc)} */
  Optional<NetworkConfiguration> networkConfiguration();

  /**
   * {@return seconds during which failing load balancer and container health checks are ignored after a task
   * starts}
   */
  Optional<Integer> healthCheckGracePeriodSeconds();

  /** {@return whether ECS Exec is on} */
  Optional<Boolean> enableExecuteCommand();

  /** {@return whether ECS managed tags are on} */
  Optional<Boolean> enableECSManagedTags();

  /** {@return {@code TASK_DEFINITION}, {@code SERVICE} or {@code NONE}} */
  Optional<String> propagateTags();

  /** {@return the IAM role for the load balancer (legacy; not needed with a service-linked role)} */
  Optional<String> role();

  /** {@return the tags} */
  List<Tag> tags();

  /**
   * {@return whether ECS evens out the tasks across Availability Zones; ENABLED for new services when unset
   * (see {@link #availabilityZoneRebalancingOrDefault()})}
   */
  Optional<AvailabilityZoneRebalancing> availabilityZoneRebalancing();

  /** {@return the service's Service Connect configuration (read and validated; not yet simulated)} */
  Optional<ServiceConnectConfiguration> serviceConnectConfiguration();

  /**
   * {@return the configuration of the task definition's volumes that are configuredAtLaunch (at most one; read
   * and validated, not yet simulated)}
   */
  List<ServiceVolumeConfiguration> volumeConfigurations();

  /** {@return the Application Auto Scaling of the desired count; not part of the ECS JSON} */
  @com.fasterxml.jackson.annotation.JsonIgnore
  Optional<ServiceAutoScaling> autoScaling();

  /** {@return REPLICA unless DAEMON is set} */
  default SchedulingStrategy schedulingStrategyOrDefault() {
    return schedulingStrategy().orElse(SchedulingStrategy.REPLICA);
  }

  /**
   * {@return the Availability Zone rebalancing in force: the given one, else ENABLED, ECS's default for new
   * services}
   */
  default AvailabilityZoneRebalancing availabilityZoneRebalancingOrDefault() {
    return availabilityZoneRebalancing().orElse(AvailabilityZoneRebalancing.ENABLED);
  }

  /** {@return the cluster name, {@code default} when unset} */
  default String clusterOrDefault() {
    return cluster().orElse("default");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Service}. */
  class Builder extends ImmutableService.Builder {}
}
