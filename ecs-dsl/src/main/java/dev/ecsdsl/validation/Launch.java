package dev.ecsdsl.validation;

import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.LaunchType;
import java.util.List;
import java.util.Optional;

/**
 * Works out where a service's or scheduled task's tasks run: the launch type if given, else the capacity
 * provider strategy (Fargate if it names FARGATE or FARGATE_SPOT, MANAGED_INSTANCES if it names a Managed
 * Instances provider), else the cluster's default strategy, else
 * EC2 (ECS's default launch type).
 */
final class Launch {
  private Launch() {}

  /** The launch type in force, or empty when it cannot be known (no launch type, strategy or cluster). */
  static Optional<LaunchType> resolve(
      Optional<LaunchType> launchType, List<CapacityProviderStrategyItem> strategy, Optional<Cluster> cluster) {
    if (launchType.isPresent()) {
      return launchType;
    }
    if (!strategy.isEmpty()) {
      return Optional.of(fromStrategy(strategy, cluster));
    }
    if (cluster.isPresent()) {
      List<CapacityProviderStrategyItem> defaults = cluster.get().defaultCapacityProviderStrategy();
      return Optional.of(defaults.isEmpty() ? LaunchType.EC2 : fromStrategy(defaults, cluster));
    }
    return Optional.empty();
  }

  private static LaunchType fromStrategy(List<CapacityProviderStrategyItem> strategy, Optional<Cluster> cluster) {
    if (strategy.stream().anyMatch(i -> isFargateProvider(i.capacityProvider(), cluster))) {
      return LaunchType.FARGATE;
    }
    return strategy.stream().anyMatch(i -> isManagedInstancesProvider(i.capacityProvider(), cluster))
        ? LaunchType.MANAGED_INSTANCES : LaunchType.EC2;
  }

  /** Whether a capacity provider (by name) of the cluster is an Amazon ECS Managed Instances one. */
  static boolean isManagedInstancesProvider(String name, Optional<Cluster> cluster) {
    return cluster.flatMap(c -> c.capacityProvider(name))
        .map(p -> p.type() == CapacityProviderType.MANAGED_INSTANCES).orElse(false);
  }

  /** Whether a capacity provider (by name) is a Fargate one: FARGATE, FARGATE_SPOT, or of a Fargate type. */
  static boolean isFargateProvider(String name, Optional<Cluster> cluster) {
    return cluster.flatMap(c -> c.capacityProvider(name))
        .map(p -> p.type() == CapacityProviderType.FARGATE || p.type() == CapacityProviderType.FARGATE_SPOT)
        .orElse(name.equals("FARGATE") || name.equals("FARGATE_SPOT"));
  }
}
