package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/** A snapshot of a cluster. ECS API: {@code Cluster} (DescribeClusters). */
@Value.Immutable
public interface ClusterDescription {
  /** {@return the cluster's name} */
  String clusterName();

  /** {@return the cluster's ARN, {@code arn:aws:ecs:<region>:<account>:cluster/<name>}} */
  String clusterArn();

  /** {@return ACTIVE, or INACTIVE once deleted} */
  ClusterStatus status();

  /** {@return the number of container instances ACTIVE or DRAINING} */
  int registeredContainerInstancesCount();

  /** {@return the number of tasks in RUNNING} */
  int runningTasksCount();

  /** {@return the number of tasks placed and not yet RUNNING} */
  int pendingTasksCount();

  /** {@return the number of services that are ACTIVE} */
  int activeServicesCount();

  /** {@return the names of the cluster's capacity providers} */
  java.util.List<String> capacityProviders();

  /** {@return what RunTask and CreateService use without a launch type or strategy of their own} */
  java.util.List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ClusterDescription}. */
  class Builder extends ImmutableClusterDescription.Builder {}
}
