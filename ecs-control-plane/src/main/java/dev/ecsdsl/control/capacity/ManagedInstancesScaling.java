package dev.ecsdsl.control.capacity;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.clusters.InstanceFleet;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.clusters.InstanceRegistrar;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.launch.TaskLauncher;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.placement.TaskRequirements;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.InfrastructureOptimization;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceLaunchTemplate;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Amazon ECS Managed Instances capacity providers (docs/SERVICE-CONNECT.md §3): ECS launches and retires their EC2
 * instances itself. Every minute, for each such provider of each cluster:
 * <ul>
 *   <li>tasks of the provider that wait in PROVISIONING for room (the control plane keeps them there, as for managed
 *   scaling) and that the instances already launching cannot hold make ECS launch instances: for each, the cheapest
 *   type of {@link ManagedInstanceTypes} matching the provider's {@code instanceRequirements} that holds it, the
 *   next waiting tasks packed on it while they fit (assumption A12); an instance registers {@link #LAUNCH_TIME}
 *   later, in the zones of the launch template's subnets, and the waiting tasks are placed on it;</li>
 *   <li>an instance that has run no task but daemon tasks for {@code infrastructureOptimization.scaleInAfter}
 *   seconds (300 when unset; -1: never) is set DRAINING and terminated (assumption A13).</li>
 * </ul>
 */
public final class ManagedInstancesScaling {
  /** From ECS's decision to launch to the new instance's registration, as for an Auto Scaling group. */
  static final Duration LAUNCH_TIME = CapacityProviderScaling.LAUNCH_TIME;
  /** {@code scaleInAfter} when the provider leaves it unset (assumption A13). */
  static final int DEFAULT_SCALE_IN_AFTER_SECONDS = 300;
  private static final Duration EVERY_MINUTE = Duration.ofMinutes(1);

  private final EventLoop loop;
  private final EventLog log;
  private final Clusters clusters;
  private final InstanceFleet fleet;
  private final TaskStore tasks;
  private final TaskLauncher launcher;
  private final Predicate<TaskRecord> isDaemonTask;
  private final Runnable reconcile;
  private final Supplier<Environment> environment;
  /** Per cluster and provider, the instance types being launched now. */
  private final Map<String, List<InstanceType>> launching = new HashMap<>();
  /** Per instance, since when it has run nothing but daemon tasks. */
  private final Map<InstanceRecord, Instant> idleSince = new HashMap<>();
  private boolean ticking;

  /**
   * The Managed Instances providers of the clusters.
   *
   * @param loop the clock the minute ticks run on
   * @param log where launches and retirements are recorded
   * @param clusters the clusters
   * @param fleet launches and terminates the instances
   * @param tasks the tasks on each instance
   * @param launcher the tasks that wait for room
   * @param isDaemonTask whether a task is a daemon's (it keeps no instance alive)
   * @param reconcile asks the service scheduler to look again after an instance came or went
   * @param environment the deployed description (the subnets' zones)
   */
  public ManagedInstancesScaling(EventLoop loop, EventLog log, Clusters clusters, InstanceFleet fleet,
      TaskStore tasks, TaskLauncher launcher, Predicate<TaskRecord> isDaemonTask, Runnable reconcile,
      Supplier<Environment> environment) {
    this.loop = loop;
    this.log = log;
    this.clusters = clusters;
    this.fleet = fleet;
    this.tasks = tasks;
    this.launcher = launcher;
    this.isDaemonTask = isDaemonTask;
    this.reconcile = reconcile;
    this.environment = environment;
  }

  /**
   * Starts the minute ticks, once: from then on every cluster's Managed Instances providers are served, including
   * those a cluster gains later (CreateCluster, PutClusterCapacityProviders).
   */
  public void start() {
    if (!ticking) {
      ticking = true;
      loop.scheduleBackground(EVERY_MINUTE, this::tick);
    }
  }

  /**
   * {@return whether the provider is a Managed Instances one}
   *
   * @param provider the capacity provider
   */
  public static boolean isManagedInstances(CapacityProvider provider) {
    return provider.type() == CapacityProviderType.MANAGED_INSTANCES;
  }

  private static List<CapacityProvider> providers(ClusterRecord cluster) {
    return cluster.description().capacityProviders().stream().filter(ManagedInstancesScaling::isManagedInstances)
        .toList();
  }

  private void tick() {
    for (ClusterRecord cluster : List.copyOf(clusters.all())) {
      Map<InstanceRecord, List<TaskRecord>> onInstance = tasks.liveByInstance(cluster);
      for (CapacityProvider provider : providers(cluster)) {
        launchForWaiting(cluster, provider);
        retireIdle(cluster, provider, onInstance);
      }
    }
    loop.scheduleBackground(EVERY_MINUTE, this::tick);
  }

  private void launchForWaiting(ClusterRecord cluster, CapacityProvider provider) {
    String key = cluster.name() + "/" + provider.name();
    List<int[]> room = new ArrayList<>();
    for (InstanceType type : launching.getOrDefault(key, List.of())) {
      room.add(new int[] {type.cpuUnits(), InstanceRegistrar.registeredMemory(type.memoryMiB())});
    }
    List<InstanceType> toLaunch = new ArrayList<>();
    for (TaskRecord task : launcher.waitingFor(cluster, provider.name())) {
      int cpu = TaskRequirements.cpu(task.launch().taskDefinition());
      int memory = TaskRequirements.memory(task.launch().taskDefinition());
      if (take(room, cpu, memory)) {
        continue;
      }
      Optional<InstanceType> type = ManagedInstanceTypes.choose(template(provider).flatMap(
          InstanceLaunchTemplate::instanceRequirements), cpu, memory);
      if (type.isEmpty()) {
        log.record(EventType.SCALING_ACTIVITY, cluster.name(), "capacity-provider/" + provider.name(),
            "no instance type matching the instance requirements holds task " + task.shortId() + " (" + cpu
                + " CPU units, " + memory + " MiB)");
        continue;
      }
      toLaunch.add(type.get());
      room.add(new int[] {type.get().cpuUnits(), InstanceRegistrar.registeredMemory(type.get().memoryMiB())});
      take(room, cpu, memory);
    }
    for (InstanceType type : toLaunch) {
      launch(cluster, provider, type, key);
    }
  }

  private static boolean take(List<int[]> room, int cpu, int memory) {
    for (int[] free : room) {
      if (free[0] >= cpu && free[1] >= memory) {
        free[0] -= cpu;
        free[1] -= memory;
        return true;
      }
    }
    return false;
  }

  private void launch(ClusterRecord cluster, CapacityProvider provider, InstanceType type, String key) {
    launching.computeIfAbsent(key, k -> new ArrayList<>()).add(type);
    log.record(EventType.SCALING_ACTIVITY, cluster.name(), "capacity-provider/" + provider.name(),
        "tasks wait for room: launching a " + type.name() + " Managed Instance");
    loop.schedule(LAUNCH_TIME, () -> {
      launching.get(key).remove(type);
      if (clusters.find(cluster.name()).orElse(null) != cluster
          || cluster.description().capacityProvider(provider.name()).isEmpty()) {
        return;
      }
      try {
        fleet.launch(cluster, group(provider, type), Optional.of(provider));
        reconcile.run();
      } catch (RuntimeException e) {
        // every zone of the provider's subnets is lost meanwhile: the launch fails, as EC2's would
        log.record(EventType.SCALING_ACTIVITY, cluster.name(), "capacity-provider/" + provider.name(),
            "launching a " + type.name() + " Managed Instance failed: " + e.getMessage());
      }
    });
  }

  /** What the provider's instances are made from: the chosen type, the launch template's zones and profile. */
  private InstanceGroup group(CapacityProvider provider, InstanceType type) {
    Optional<InstanceLaunchTemplate> template = template(provider);
    List<String> zones = template.map(t -> t.networkConfiguration().subnets()).orElse(List.of()).stream()
        .flatMap(id -> environment.get().vpc().subnet(id).stream()).map(Subnet::availabilityZone).distinct()
        .sorted().toList();
    InstanceGroup.Builder group = InstanceGroup.builder().name(provider.name()).instanceType(type.name())
        .instanceTypeOverride(type).desiredCapacity(0).availabilityZones(zones)
        .amiId("ami-ecs-managed-instances");
    template.map(InstanceLaunchTemplate::ec2InstanceProfileArn).ifPresent(group::iamInstanceProfile);
    return group.build();
  }

  private void retireIdle(ClusterRecord cluster, CapacityProvider provider,
      Map<InstanceRecord, List<TaskRecord>> onInstance) {
    int after = provider.managedInstancesProvider().flatMap(p -> p.infrastructureOptimization())
        .flatMap(InfrastructureOptimization::scaleInAfter).orElse(DEFAULT_SCALE_IN_AFTER_SECONDS);
    boolean tasksWait = !launcher.waitingFor(cluster, provider.name()).isEmpty();
    idleSince.keySet().removeIf(instance -> !instance.isRegistered());
    List<InstanceRecord> members = cluster.instances().stream().filter(i -> i.isRegistered()
        && i.capacityProvider().filter(provider.name()::equals).isPresent()).toList();
    for (InstanceRecord instance : members) {
      boolean busy = onInstance.getOrDefault(instance, List.of()).stream().anyMatch(t -> !isDaemonTask.test(t));
      if (busy || tasksWait) {
        idleSince.remove(instance);
        continue;
      }
      Instant since = idleSince.computeIfAbsent(instance, i -> loop.now());
      if (after >= 0 && !loop.now().isBefore(since.plusSeconds(after))) {
        idleSince.remove(instance);
        cluster.setStatus(instance, ContainerInstanceStatus.DRAINING);
        log.record(EventType.SCALING_ACTIVITY, cluster.name(), "capacity-provider/" + provider.name(),
            instance.subject() + " ran no task for " + after + " s (scaleInAfter): DRAINING, then terminated");
        fleet.terminate(cluster, instance);
        reconcile.run();
      }
    }
  }

  private static Optional<InstanceLaunchTemplate> template(CapacityProvider provider) {
    return provider.managedInstancesProvider().flatMap(p -> p.instanceLaunchTemplate());
  }
}
