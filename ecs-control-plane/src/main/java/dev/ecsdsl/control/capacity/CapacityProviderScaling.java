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
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.ManagedScaling;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.MetricDatapoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Managed scaling of Auto Scaling group capacity providers (developer guide, "Amazon ECS managed scaling
 * behavior" and "Deep dive on Amazon ECS cluster auto scaling"). Every minute, for each such provider, ECS
 * publishes {@code CapacityProviderReservation = M / N × 100}: N the group's instances, M the instances it
 * needs — those running at least one non-daemon task, or, while tasks of the provider wait in PROVISIONING
 * for room (the control plane keeps them there instead of failing them), N plus the instances they would fill (at least {@code minimumScalingStepSize}, at most
 * {@code maximumScalingStepSize}); 100 when both are 0, 200 when only N is. A target tracking policy keeps
 * the metric at {@code targetCapacity}: above it (one datapoint) the group's desired capacity becomes
 * {@code ceil(M × 100 / targetCapacity)}, up to its max size, and the new instances join after
 * {@link #LAUNCH_TIME}; below it for 15 datapoints in a row the group shrinks the same way, down to its
 * min size, removing instances without tasks first and — with managed termination protection — never one
 * that runs a non-daemon task. Instances of the group that register count for the metric at once (the
 * instance warm-up period is not simulated). A waiting task is placed as soon as room appears: a new
 * instance registers or another task's resources are freed.
 */
public final class CapacityProviderScaling {
  /** From the group's scale-out to the new instance's registration with the cluster. */
  static final Duration LAUNCH_TIME = Duration.ofSeconds(90);
  static final int SCALE_IN_DATAPOINTS = 15;
  /** CapacityProviderReservation is published, and evaluated, once a minute. */
  private static final Duration EVERY_MINUTE = Duration.ofMinutes(1);

  private final EventLoop loop;
  private final EventLog log;
  private final Clusters clusters;
  private final InstanceFleet fleet;
  private final TaskStore tasks;
  private final TaskLauncher launcher;
  private final ServiceScheduler scheduler;
  private final Map<String, ProviderState> providers = new LinkedHashMap<>();
  private boolean ticking;

  /**
   * Managed scaling of the clusters' Auto Scaling group capacity providers.
   *
   * @param loop the clock the minute ticks run on
   * @param log where scaling activities are recorded
   * @param clusters the clusters
   * @param fleet launches and terminates the groups' instances
   * @param tasks the tasks on each instance
   * @param launcher the tasks that wait for room
   * @param scheduler reconciles the services after an instance comes or goes; knows which tasks are a daemon's
   */
  public CapacityProviderScaling(EventLoop loop, EventLog log, Clusters clusters, InstanceFleet fleet,
      TaskStore tasks, TaskLauncher launcher, ServiceScheduler scheduler) {
    this.loop = loop;
    this.log = log;
    this.clusters = clusters;
    this.fleet = fleet;
    this.tasks = tasks;
    this.launcher = launcher;
    this.scheduler = scheduler;
  }

  /**
   * Starts the minute ticks if any cluster has a provider with managed scaling.
   *
   * @param deployed the deployed clusters
   */
  public void start(Collection<ClusterRecord> deployed) {
    deployed.forEach(this::manage);
    tickIfManaging();
  }

  /**
   * The cluster's capacity providers changed (PutClusterCapacityProviders): managed scaling stops for the
   * providers it lost and starts for the ones it gained.
   *
   * @param cluster the cluster
   */
  public void providersChanged(ClusterRecord cluster) {
    providers.values().removeIf(state -> state.cluster == cluster
        && cluster.description().capacityProvider(state.provider.name()).isEmpty());
    manage(cluster);
    tickIfManaging();
  }

  /** The minute ticks start with the first provider managed, and go on from then. */
  private void tickIfManaging() {
    if (!ticking && !providers.isEmpty()) {
      ticking = true;
      loop.scheduleBackground(EVERY_MINUTE, this::tick);
    }
  }

  private void manage(ClusterRecord cluster) {
    for (CapacityProvider provider : cluster.description().capacityProviders()) {
      if (provider.type() == CapacityProviderType.AUTO_SCALING_GROUP
          && provider.managedScaling().filter(ManagedScaling::enabled).isPresent()) {
        providers.putIfAbsent(key(cluster, provider.name()), new ProviderState(cluster, provider));
      }
    }
  }

  /**
   * {@return the provider's CapacityProviderReservation datapoints so far, one a minute}
   *
   * @param cluster the cluster
   * @param provider the capacity provider's name
   */
  public List<MetricDatapoint> reservation(ClusterRecord cluster, String provider) {
    ProviderState state = providers.get(key(cluster, provider));
    if (state == null) {
      throw new IllegalArgumentException("cluster " + cluster.name() + " has no Auto Scaling group capacity provider "
          + provider + " with managed scaling");
    }
    return List.copyOf(state.reservation);
  }

  private void tick() {
    providers.values().forEach(this::evaluate);
    loop.scheduleBackground(EVERY_MINUTE, this::tick);
  }

  private void evaluate(ProviderState state) {
    ManagedScaling scaling = state.provider.managedScaling().orElseThrow();
    InstanceGroup group = state.group();
    List<InstanceRecord> members = state.members();
    int n = members.size() + state.launching;
    int waiting = 0;
    int perInstance = Integer.MAX_VALUE;
    Map<InstanceRecord, List<TaskRecord>> onInstance = tasks.liveByInstance(state.cluster);
    for (TaskRecord task : launcher.waitingFor(state.cluster, state.provider.name())) {
      waiting++;
      perInstance = Math.min(perInstance, tasksPerInstance(group, task.launch().taskDefinition()));
    }
    int m;
    if (waiting == 0) {
      m = (int) members.stream().filter(i -> runsNonDaemonTask(onInstance, i)).count();
    } else {
      // Instances already launching will take waiting tasks: only what they cannot hold needs more.
      int needed = (int) Math.ceil((double) waiting / Math.max(1, perInstance)) - state.launching;
      m = needed <= 0 ? n
          : n + Math.max(scaling.minimumScalingStepSize(), Math.min(scaling.maximumScalingStepSize(), needed));
    }
    double reservation = n == 0 ? (m == 0 ? 100 : 200) : 100.0 * m / n;
    state.reservation.add(new MetricDatapoint(loop.now(), reservation));
    int target = scaling.targetCapacity();
    int desired = (int) Math.ceil(m * 100.0 / target);
    if (reservation > target) {
      state.lowInRow = 0;
      int launch = Math.min(group.maxSize(), desired) - n;
      if (launch > 0) {
        scaleOut(state, launch, reservation, m, n);
      }
    } else if (reservation < target && ++state.lowInRow >= SCALE_IN_DATAPOINTS) {
      state.lowInRow = 0;
      scaleIn(state, members, onInstance, n - Math.max(group.minSize(), desired), reservation);
    } else if (reservation == target) {
      state.lowInRow = 0;
    }
  }

  private void scaleOut(ProviderState state, int launch, double reservation, int m, int n) {
    state.launching += launch;
    log.record(EventType.SCALING_ACTIVITY, state.cluster.name(), "capacity-provider/" + state.provider.name(),
        String.format(java.util.Locale.ROOT, "CapacityProviderReservation %.0f > %d (M %d, N %d): launching %d "
            + "instance(s) into group %s", reservation, state.provider.managedScaling().get().targetCapacity(), m, n,
            launch, state.group().name()));
    loop.schedule(LAUNCH_TIME, () -> {
      state.launching -= launch;
      for (int i = 0; i < launch; i++) {
        try {
          if (clusters.find(state.cluster.name()).orElse(null) != state.cluster) {
            throw EcsException.clusterNotFound(state.cluster.name());
          }
          fleet.launch(state.cluster, state.group().name());
          scheduler.reconcileNow();
        } catch (RuntimeException e) {
          // the zone or the cluster is gone meanwhile: the launch fails, as EC2's would
          log.record(EventType.SCALING_ACTIVITY, state.cluster.name(), "capacity-provider/"
              + state.provider.name(), "launching an instance into group " + state.group().name() + " failed: "
              + e.getMessage());
          return;
        }
      }
    });
  }

  private void scaleIn(ProviderState state, List<InstanceRecord> members,
      Map<InstanceRecord, List<TaskRecord>> onInstance, int remove, double reservation) {
    boolean protect = state.provider.managedTerminationProtection().orElse(false);
    List<InstanceRecord> candidates = new ArrayList<>(members);
    candidates.removeIf(i -> protect && runsNonDaemonTask(onInstance, i));
    candidates.sort(Comparator.comparingInt(i -> onInstance.getOrDefault(i, List.of()).size()));
    List<InstanceRecord> chosen = candidates.subList(0, Math.max(0, Math.min(remove, candidates.size())));
    if (chosen.isEmpty()) {
      return;
    }
    log.record(EventType.SCALING_ACTIVITY, state.cluster.name(), "capacity-provider/" + state.provider.name(),
        String.format(java.util.Locale.ROOT, "CapacityProviderReservation %.0f < %d for %d minutes: terminating "
            + "%d instance(s) of group %s", reservation, state.provider.managedScaling().get().targetCapacity(),
            SCALE_IN_DATAPOINTS, chosen.size(), state.group().name()));
    for (InstanceRecord instance : List.copyOf(chosen)) {
      fleet.terminate(state.cluster, instance);
      scheduler.requestReconcile();
    }
  }


  private boolean runsNonDaemonTask(Map<InstanceRecord, List<TaskRecord>> onInstance, InstanceRecord instance) {
    return instance.isRegistered()
        && onInstance.getOrDefault(instance, List.of()).stream().anyMatch(t -> !scheduler.isDaemonTask(t));
  }


  /** How many tasks of the definition one instance of the group holds, by CPU and memory. */
  private static int tasksPerInstance(InstanceGroup group, TaskDefinition definition) {
    Optional<InstanceType> type = group.resolvedInstanceType();
    if (type.isEmpty()) {
      return 1;
    }
    int cpu = TaskRequirements.cpu(definition);
    int memory = TaskRequirements.memory(definition);
    int byCpu = cpu == 0 ? Integer.MAX_VALUE : type.get().vcpus() * 1024 / cpu;
    int byMemory = memory == 0 ? Integer.MAX_VALUE
        : InstanceRegistrar.registeredMemory(type.get().memoryMiB()) / memory;
    return Math.max(1, Math.min(byCpu, byMemory));
  }

  private static String key(ClusterRecord cluster, String provider) {
    return cluster.name() + "/" + provider;
  }

  /** One provider's metric history and the instances it is launching. */
  private static final class ProviderState {
    final ClusterRecord cluster;
    final CapacityProvider provider;
    final List<MetricDatapoint> reservation = new ArrayList<>();
    int launching;
    int lowInRow;

    ProviderState(ClusterRecord cluster, CapacityProvider provider) {
      this.cluster = cluster;
      this.provider = provider;
    }

    InstanceGroup group() {
      String name = provider.autoScalingGroup().orElseThrow();
      return cluster.description().instanceGroups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    List<InstanceRecord> members() {
      String name = group().name();
      return cluster.instances().stream()
          .filter(i -> i.instanceGroup().equals(name) && i.isRegistered()).toList();
    }
  }
}
