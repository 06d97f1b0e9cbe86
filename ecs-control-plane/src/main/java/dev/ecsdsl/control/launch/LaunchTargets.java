package dev.ecsdsl.control.launch;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.runtime.EcsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where each task of a call goes: the launch type given, else a capacity provider from the strategy. */
public final class LaunchTargets {
  private LaunchTargets() {}

  /**
   * One target per task: the launch type when given (EC2 when neither it nor a strategy is), else the call's
   * capacity provider strategy or the cluster's default one, split as {@link CapacityProviderSplit} does.
   *
   * @param cluster the cluster
   * @param launchType the call's launch type
   * @param requested the call's capacity provider strategy
   * @param count how many tasks
   * @return where each task goes
   * @throws EcsException InvalidParameterException for EXTERNAL (not simulated), MANAGED_INSTANCES in a cluster
   *     without a Managed Instances capacity provider, or a provider the cluster does not have
   */
  public static List<LaunchTarget> of(ClusterRecord cluster, Optional<LaunchType> launchType,
      List<CapacityProviderStrategyItem> requested, int count) {
    List<CapacityProviderStrategyItem> strategy = requested;
    if (launchType.isEmpty() && strategy.isEmpty()) {
      strategy = cluster.description().defaultCapacityProviderStrategy();
    }
    List<LaunchTarget> targets = new ArrayList<>();
    if (launchType.isPresent() || strategy.isEmpty()) {
      LaunchTarget target = target(cluster, launchType.orElse(LaunchType.EC2));
      for (int i = 0; i < count; i++) {
        targets.add(target);
      }
      return targets;
    }
    for (String name : CapacityProviderSplit.assign(strategy, count)) {
      targets.add(target(cluster, name));
    }
    return targets;
  }

  /**
   * Every place tasks of a service may go, checked as its first launch would check them, before the service is
   * stored: the launch type given (EC2 when neither it nor a strategy is), else one target per provider of the
   * strategy (the call's or the cluster's default).
   *
   * @param cluster the cluster
   * @param launchType the service's launch type
   * @param requested the service's capacity provider strategy
   * @return the distinct targets, in the strategy's order
   * @throws EcsException InvalidParameterException as {@link #of} throws it, for any provider of the strategy
   */
  public static List<LaunchTarget> each(ClusterRecord cluster, Optional<LaunchType> launchType,
      List<CapacityProviderStrategyItem> requested) {
    List<CapacityProviderStrategyItem> strategy = requested;
    if (launchType.isEmpty() && strategy.isEmpty()) {
      strategy = cluster.description().defaultCapacityProviderStrategy();
    }
    if (launchType.isPresent() || strategy.isEmpty()) {
      return List.of(target(cluster, launchType.orElse(LaunchType.EC2)));
    }
    return strategy.stream().map(item -> target(cluster, item.capacityProvider())).distinct().toList();
  }

  /** The target of a launch type given without a strategy. */
  private static LaunchTarget target(ClusterRecord cluster, LaunchType type) {
    if (type == LaunchType.EXTERNAL) {
      throw EcsException.invalidParameter("The EXTERNAL launch type (ECS Anywhere) is not simulated.");
    }
    return type == LaunchType.MANAGED_INSTANCES ? managedInstances(cluster)
        : new LaunchTarget(type, Optional.empty(), Optional.empty());
  }

  private static LaunchTarget target(ClusterRecord cluster, String name) {
    CapacityProvider provider = cluster.description().capacityProvider(name).orElseThrow(() ->
        EcsException.invalidParameter("The specified capacity provider " + name
            + " is not in the cluster's capacity providers."));
    if (provider.type() == CapacityProviderType.MANAGED_INSTANCES) {
      return new LaunchTarget(LaunchType.MANAGED_INSTANCES, Optional.of(name), Optional.of(name));
    }
    if (provider.type() == CapacityProviderType.AUTO_SCALING_GROUP) {
      return new LaunchTarget(LaunchType.EC2, Optional.of(name), provider.autoScalingGroup());
    }
    return new LaunchTarget(LaunchType.FARGATE, Optional.of(name), Optional.empty());
  }

  /**
   * The MANAGED_INSTANCES launch type without a strategy: the cluster's Managed Instances capacity provider (the
   * first of its default strategy that is one, else its first).
   */
  private static LaunchTarget managedInstances(ClusterRecord cluster) {
    List<String> names = new ArrayList<>();
    cluster.description().defaultCapacityProviderStrategy().forEach(i -> names.add(i.capacityProvider()));
    cluster.description().capacityProviders().forEach(p -> names.add(p.name()));
    for (String name : names) {
      Optional<CapacityProvider> provider = cluster.description().capacityProvider(name);
      if (provider.filter(p -> p.type() == CapacityProviderType.MANAGED_INSTANCES).isPresent()) {
        return new LaunchTarget(LaunchType.MANAGED_INSTANCES, Optional.of(name), Optional.of(name));
      }
    }
    throw EcsException.invalidParameter("The MANAGED_INSTANCES launch type needs an Amazon ECS Managed Instances "
        + "capacity provider in cluster " + cluster.name() + ", which has none.");
  }
}
