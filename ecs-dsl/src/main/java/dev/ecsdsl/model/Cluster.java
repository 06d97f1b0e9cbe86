package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An ECS cluster: its EC2 capacity (instance groups), capacity providers and default strategy. */
@Value.Immutable
public interface Cluster {
  /** {@return the cluster name} */
  String clusterName();

  /** {@return the EC2 capacity} */
  List<InstanceGroup> instanceGroups();

  /** {@return the capacity providers associated with the cluster} */
  List<CapacityProvider> capacityProviders();

  /** {@return the strategy for tasks and services that give neither a launch type nor a strategy} */
  List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  /** {@return whether CloudWatch Container Insights is on} */
  Optional<Boolean> containerInsights();

  /** {@return the Service Connect namespace that the cluster's services join when they name none} */
  Optional<ClusterServiceConnectDefaults> serviceConnectDefaults();

  /** {@return the tags} */
  List<Tag> tags();

  /**
   * {@return the instance group of that name}
   *
   * @param name the instance group's name
   */
  default Optional<InstanceGroup> instanceGroup(String name) {
    return instanceGroups().stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /**
   * {@return the capacity provider of that name}
   *
   * @param name the capacity provider's name
   */
  default Optional<CapacityProvider> capacityProvider(String name) {
    return capacityProviders().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * {@return the cluster's ARN in the given account and region}
   *
   * @param region AWS region, such as {@code us-east-1}
   * @param accountId 12-digit AWS account id
   */
  default String arn(String region, String accountId) {
    return "arn:aws:ecs:" + region + ":" + accountId + ":cluster/" + clusterName();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Cluster}. */
  class Builder extends ImmutableCluster.Builder {}
}
