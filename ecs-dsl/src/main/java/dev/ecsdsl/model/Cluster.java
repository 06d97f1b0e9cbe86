package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An ECS cluster: its EC2 capacity (instance groups), capacity providers and default strategy. */
@Value.Immutable
public interface Cluster {
  /** Cluster name. */
  String clusterName();

  /** EC2 capacity. */
  List<InstanceGroup> instanceGroups();

  /** Capacity providers associated with the cluster. */
  List<CapacityProvider> capacityProviders();

  /** Strategy for tasks and services that give neither a launch type nor a strategy. */
  List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  /** CloudWatch Container Insights. */
  Optional<Boolean> containerInsights();

  /** Tags. */
  List<Tag> tags();

  /** The instance group of that name. */
  default Optional<InstanceGroup> instanceGroup(String name) {
    return instanceGroups().stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /** The capacity provider of that name. */
  default Optional<CapacityProvider> capacityProvider(String name) {
    return capacityProviders().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The cluster's ARN in the given account and region. */
  default String arn(String region, String accountId) {
    return "arn:aws:ecs:" + region + ":" + accountId + ":cluster/" + clusterName();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Cluster}. */
  class Builder extends ImmutableCluster.Builder {}
}
