package dev.ecsdsl.dsl;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.ClusterServiceConnectDefaults;
import dev.ecsdsl.model.ManagedInstancesProvider;
import dev.ecsdsl.model.ManagedScaling;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Describes a cluster: EC2 instance groups, capacity providers and the default strategy. */
public final class ClusterBuilder {
  private final Cluster.Builder cluster = Cluster.builder();
  private final Supplier<String> region;

  ClusterBuilder(String clusterName, Supplier<String> region) {
    cluster.clusterName(clusterName);
    this.region = region;
  }

  /**
   * EC2 capacity: an Auto Scaling group of one instance type.
   *
   * @param name the instance group's name, which capacity providers refer to
   * @param spec describes the group
   * @return this builder
   */
  public ClusterBuilder instanceGroup(String name, Consumer<InstanceGroupBuilder> spec) {
    InstanceGroupBuilder b = new InstanceGroupBuilder(name, region.get());
    spec.accept(b);
    cluster.addInstanceGroup(b.build());
    return this;
  }

  /**
   * Associates the FARGATE and FARGATE_SPOT capacity providers.
   *
   * @return this builder
   */
  public ClusterBuilder fargateCapacityProviders() {
    cluster.addCapacityProviders(CapacityProvider.fargate(), CapacityProvider.fargateSpot());
    return this;
  }

  /**
   * An Auto Scaling group capacity provider over an instance group, with managed scaling at the target
   * capacity.
   *
   * @param name the capacity provider's name
   * @param instanceGroup name of the instance group it scales
   * @param targetCapacityPercent how full managed scaling keeps the group, in percent (100 = no spare
   *     instances)
   * @param managedTerminationProtection whether instances that run tasks are protected from scale-in
   * @return this builder
   */
  public ClusterBuilder asgCapacityProvider(String name, String instanceGroup, int targetCapacityPercent,
      boolean managedTerminationProtection) {
    cluster.addCapacityProvider(CapacityProvider.builder().name(name).type(CapacityProviderType.AUTO_SCALING_GROUP)
        .autoScalingGroup(instanceGroup)
        .managedScaling(ManagedScaling.builder().targetCapacity(targetCapacityPercent).build())
        .managedTerminationProtection(managedTerminationProtection).build());
    return this;
  }

  /**
   * Any capacity provider.
   *
   * @param provider the capacity provider, built with {@link CapacityProvider#builder()}
   * @return this builder
   */
  public ClusterBuilder capacityProvider(CapacityProvider provider) {
    cluster.addCapacityProvider(provider);
    return this;
  }

  /**
   * An item of the default capacity provider strategy.
   *
   * @param capacityProvider the capacity provider's name
   * @param base tasks placed on this provider before the weights apply
   * @param weight relative share of the tasks beyond the bases
   * @return this builder
   */
  public ClusterBuilder defaultStrategy(String capacityProvider, int base, int weight) {
    cluster.addDefaultCapacityProviderStrategy(CapacityProviderStrategyItem.of(capacityProvider, base, weight));
    return this;
  }

  /**
   * The Service Connect namespace the cluster's services join when they name none (ECS creates an HTTP namespace
   * of that name if the account has none).
   *
   * @param namespace the Cloud Map namespace's name or ARN
   * @return this builder
   */
  public ClusterBuilder serviceConnectDefaults(String namespace) {
    cluster.serviceConnectDefaults(ClusterServiceConnectDefaults.of(namespace));
    return this;
  }

  /**
   * An Amazon ECS Managed Instances capacity provider (read and validated; not yet simulated).
   *
   * @param name the capacity provider's name
   * @param provider its infrastructure role, launch template and instance requirements
   * @return this builder
   */
  public ClusterBuilder managedInstancesCapacityProvider(String name, ManagedInstancesProvider provider) {
    cluster.addCapacityProvider(CapacityProvider.builder().name(name).type(CapacityProviderType.MANAGED_INSTANCES)
        .managedInstancesProvider(provider).build());
    return this;
  }

  /**
   * CloudWatch Container Insights on.
   *
   * @return this builder
   */
  public ClusterBuilder containerInsights() {
    cluster.containerInsights(true);
    return this;
  }

  Cluster build() {
    return cluster.build();
  }
}
