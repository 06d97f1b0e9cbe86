package dev.ecsdsl.control.capacity;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.services.ServiceRecord;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ResourceInUseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DescribeCapacityProviders and PutClusterCapacityProviders. The capacity providers that exist are FARGATE,
 * FARGATE_SPOT and the Auto Scaling group providers of the deployed description's clusters; an Auto Scaling
 * group provider can only serve the cluster whose instance group it scales.
 */
public final class ClusterCapacityProviders {
  private ClusterCapacityProviders() {}

  /**
   * {@return every capacity provider, by name: FARGATE, FARGATE_SPOT, then the Auto Scaling group ones}
   *
   * @param environment the deployed description
   */
  public static Map<String, CapacityProvider> known(Environment environment) {
    Map<String, CapacityProvider> known = new LinkedHashMap<>();
    known.put("FARGATE", CapacityProvider.fargate());
    known.put("FARGATE_SPOT", CapacityProvider.fargateSpot());
    for (Cluster cluster : environment.clusters()) {
      cluster.capacityProviders().forEach(p -> known.putIfAbsent(p.name(), p));
    }
    return known;
  }

  /**
   * The cluster's description with the providers and default strategy replaced, after ECS's checks.
   *
   * @param environment the deployed description
   * @param state the cluster
   * @param services the cluster's ACTIVE services
   * @param liveTasks the cluster's tasks that have not reached STOPPED
   * @param names the providers the cluster has from now on
   * @param strategy its new default strategy
   * @return the cluster's new description
   * @throws EcsException InvalidParameterException or ResourceInUseException; nothing changes
   */
  public static Cluster put(Environment environment, ClusterRecord state, List<ServiceRecord> services,
      List<TaskRecord> liveTasks, List<String> names, List<CapacityProviderStrategyItem> strategy) {
    Map<String, CapacityProvider> known = known(environment);
    List<CapacityProvider> providers = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names)) {
      CapacityProvider provider = Optional.ofNullable(known.get(name)).orElseThrow(() ->
          EcsException.invalidParameter("The specified capacity provider " + name + " does not exist."));
      if (provider.type() == CapacityProviderType.AUTO_SCALING_GROUP
          && state.description().instanceGroup(provider.autoScalingGroup().orElse("")).isEmpty()) {
        throw EcsException.invalidParameter("The capacity provider " + name + " scales instance group "
            + provider.autoScalingGroup().orElse("?") + ", which is not in cluster " + state.name() + ".");
      }
      providers.add(provider);
    }
    checkStrategy(names, strategy);
    Set<String> removed = new LinkedHashSet<>();
    state.description().capacityProviders().forEach(p -> removed.add(p.name()));
    removed.removeAll(names);
    for (String name : removed) {
      checkUnused(services, liveTasks, name);
    }
    return Cluster.builder().from(state.description()).capacityProviders(providers)
        .defaultCapacityProviderStrategy(strategy).build();
  }

  private static void checkStrategy(List<String> names, List<CapacityProviderStrategyItem> strategy) {
    Set<Boolean> fargate = new LinkedHashSet<>();
    long withBase = 0;
    for (CapacityProviderStrategyItem item : strategy) {
      if (!names.contains(item.capacityProvider())) {
        throw EcsException.invalidParameter("The default capacity provider strategy names "
            + item.capacityProvider() + ", which is not one of the cluster's capacity providers " + names + ".");
      }
      if (item.weight().map(w -> w < 0 || w > 1000).orElse(false)
          || item.base().map(b -> b < 0 || b > 100_000).orElse(false)) {
        throw EcsException.invalidParameter("A strategy item's weight is 0-1000 and its base 0-100000 ("
            + item.capacityProvider() + ").");
      }
      withBase += item.base().filter(b -> b > 0).isPresent() ? 1 : 0;
      fargate.add(item.capacityProvider().startsWith("FARGATE"));
    }
    if (withBase > 1) {
      throw EcsException.invalidParameter("Only one capacity provider in a strategy can have a base.");
    }
    if (fargate.size() > 1) {
      throw EcsException.invalidParameter("A capacity provider strategy cannot mix Fargate and Auto Scaling"
          + " group capacity providers.");
    }
  }

  private static void checkUnused(List<ServiceRecord> services, List<TaskRecord> liveTasks, String name) {
    boolean byService = services.stream().anyMatch(s -> s.service().capacityProviderStrategy().stream()
        .anyMatch(i -> i.capacityProvider().equals(name)));
    boolean byTask = liveTasks.stream().anyMatch(t -> t.capacityProvider().filter(name::equals).isPresent());
    if (byService || byTask) {
      throw new ResourceInUseException("The specified capacity provider " + name
          + " is in use and cannot be removed (" + (byService ? "a service's strategy names it" : "a task runs on it")
          + ").");
    }
  }
}
