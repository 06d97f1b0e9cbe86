package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/** A snapshot of a cluster. ECS API: {@code Cluster} (DescribeClusters). */
@Value.Immutable
public interface ClusterDescription {
  /** {@return the cluster's name} */
  String clusterName();

  /** {@code arn:aws:ecs:<region>:<account>:cluster/<name>}. */
  String clusterArn();

  /** {@return ACTIVE} */
  String status();

  /** {@return the container instances ACTIVE or DRAINING} */
  int registeredContainerInstancesCount();

  /** {@return tasks in RUNNING} */
  int runningTasksCount();

  /** {@return tasks placed and not yet RUNNING} */
  int pendingTasksCount();

  /** {@return the services that are ACTIVE} */
  int activeServicesCount();

  /** {@return the names of the cluster's capacity providers} */
  java.util.List<String> capacityProviders();

  /** {@return what RunTask and CreateService use without a launch type or strategy of their own} */
  java.util.List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ClusterDescription}. */
  class Builder extends ImmutableClusterDescription.Builder {}
}
