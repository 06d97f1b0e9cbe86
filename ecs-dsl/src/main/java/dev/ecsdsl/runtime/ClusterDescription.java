package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/** A snapshot of a cluster. ECS API: {@code Cluster} (DescribeClusters). */
@Value.Immutable
public interface ClusterDescription {
  /** The cluster's name. */
  String clusterName();

  /** {@code arn:aws:ecs:<region>:<account>:cluster/<name>}. */
  String clusterArn();

  /** ACTIVE. */
  String status();

  /** Container instances ACTIVE or DRAINING. */
  int registeredContainerInstancesCount();

  /** Tasks in RUNNING. */
  int runningTasksCount();

  /** Tasks placed and not yet RUNNING. */
  int pendingTasksCount();

  /** Services that are ACTIVE. */
  int activeServicesCount();

  /** The names of the cluster's capacity providers. */
  java.util.List<String> capacityProviders();

  /** What RunTask and CreateService use without a launch type or strategy of their own. */
  java.util.List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ClusterDescription}. */
  class Builder extends ImmutableClusterDescription.Builder {}
}
