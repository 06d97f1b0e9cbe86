package dev.ecsdsl.control.launch;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.iam.TaskSecrets;
import dev.ecsdsl.control.ids.AccountArns;
import dev.ecsdsl.control.ids.Ids;
import dev.ecsdsl.control.placement.Placed;
import dev.ecsdsl.control.placement.TaskDemand;
import dev.ecsdsl.control.placement.TaskPlacement;
import dev.ecsdsl.control.placement.TaskRequest;
import dev.ecsdsl.control.placement.TaskRequirements;
import dev.ecsdsl.control.tasks.NewTask;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.ManagedScaling;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.NetworkBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Places tasks and starts their lives, whoever launches them (RunTask, StartTask, the service scheduler): asks
 * {@link TaskPlacement} where each goes, makes the task through the {@link TaskLifecycle}, and records where it
 * went or why it went nowhere. A task of an Auto Scaling group capacity provider with managed scaling that finds
 * no room waits in PROVISIONING instead (developer guide, "Amazon ECS managed scaling behavior": "tasks [...] in
 * the PROVISIONING state") and is placed, oldest first, as soon as room appears: an instance registers, or
 * another task gives its room back.
 */
public final class TaskLauncher {
  private final TaskLifecycle lifecycle;
  private final TaskPlacement placement;
  private final Ids ids;
  private final EventLog log;
  private final Supplier<Environment> environment;
  /** Waiting tasks, oldest first, with how each is to be placed. */
  private final Map<TaskRecord, Waiting> waiting = new LinkedHashMap<>();
  private AccountArns arns;

  /**
   * A launcher that makes tasks through {@code lifecycle} where {@code placement} puts them.
   *
   * @param lifecycle makes the tasks and starts their lives
   * @param placement decides where each goes
   * @param ids where task ids come from
   * @param log where placements and failures are recorded
   * @param environment the deployed description (roles and secrets for the containers' environment)
   */
  public TaskLauncher(TaskLifecycle lifecycle, TaskPlacement placement, Ids ids, EventLog log,
      Supplier<Environment> environment) {
    this.lifecycle = lifecycle;
    this.placement = placement;
    this.ids = ids;
    this.log = log;
    this.environment = environment;
  }

  /**
   * Deploys: task ARNs name this account and region.
   *
   * @param accountArns the account's ARNs
   */
  public void deploy(AccountArns accountArns) {
    this.arns = accountArns;
  }

  /**
   * Places one task and starts its life; a task that finds no place is recorded and reported, or waits for
   * capacity.
   *
   * @param cluster the cluster
   * @param spec what to launch
   * @param target where: launch type and capacity provider
   * @return the task, or why it found no place
   */
  public Launched launch(ClusterRecord cluster, LaunchSpec spec, LaunchTarget target) {
    Placed placed = target.fargate() ? onFargate(cluster, spec) : onEc2(cluster, spec, target, Optional.empty());
    if (!placed.placed() && waitsForCapacity(cluster, target)) {
      return new Launched(createWaiting(cluster, spec, target, placed.explanation()), List.of(), "");
    }
    return launched(cluster, spec, target, placed);
  }

  /**
   * Places one task on a given instance (StartTask's and the daemon scheduler's way), or reports why it does
   * not fit there.
   *
   * @param cluster the cluster
   * @param spec what to launch
   * @param instance the instance
   * @return the task, or why it does not fit
   */
  public Launched launchOn(ClusterRecord cluster, LaunchSpec spec, InstanceRecord instance) {
    LaunchTarget target = new LaunchTarget(instance.capacityProvider().flatMap(cluster.description()::capacityProvider)
        .filter(p -> p.type() == CapacityProviderType.MANAGED_INSTANCES).isPresent() ? LaunchType.MANAGED_INSTANCES
            : LaunchType.EC2, instance.capacityProvider(), Optional.empty());
    return launched(cluster, spec, target, onEc2(cluster, spec, target, Optional.of(instance.arn())));
  }

  private Launched launched(ClusterRecord cluster, LaunchSpec spec, LaunchTarget target, Placed placed) {
    if (!placed.placed()) {
      log.record(EventType.TASK_PLACEMENT_FAILED, cluster.name(), spec.group(), placed.explanation());
      return new Launched(null, placed.failures(), placed.explanation());
    }
    Optional<InstanceRecord> instance = placed.containerInstanceArn().flatMap(cluster::instance);
    TaskLaunch launch = launchOf(cluster, newTaskArn(cluster), instance, placed, spec,
        environmentOf(spec.definition()));
    TaskRecord task = lifecycle.create(new NewTask(cluster, launch, target.launchType(), target.capacityProvider(),
        instance, spec.group(), spec.startedBy(), spec.owner(), placed, spec.securityGroups()));
    logPlaced(cluster, task, target, "");
    lifecycle.begin(task);
    return new Launched(task, List.of(), "");
  }

  /**
   * Whether a task that finds no room waits for it: tasks of an Auto Scaling group capacity provider with
   * managed scaling stay in PROVISIONING until the group has grown, and those of a Managed Instances provider
   * until ECS has launched an instance for them.
   *
   * @param cluster the cluster
   * @param target where the task goes
   * @return true when it waits instead of failing
   */
  public static boolean waitsForCapacity(ClusterRecord cluster, LaunchTarget target) {
    Optional<CapacityProvider> provider = target.capacityProvider().flatMap(cluster.description()::capacityProvider);
    return provider.filter(p -> p.type() == CapacityProviderType.MANAGED_INSTANCES).isPresent()
        || provider.filter(p -> p.type() == CapacityProviderType.AUTO_SCALING_GROUP)
            .flatMap(CapacityProvider::managedScaling).filter(ManagedScaling::enabled).isPresent();
  }

  /**
   * Tasks waiting for capacity take the room there is now, oldest first; the others keep waiting.
   *
   * @param cluster the cluster where room may have appeared
   */
  public void placeWaiting(ClusterRecord cluster) {
    if (waiting.isEmpty()) {
      return;
    }
    for (Map.Entry<TaskRecord, Waiting> entry : List.copyOf(waiting.entrySet())) {
      TaskRecord task = entry.getKey();
      if (task.cluster() != cluster || task.isStopping()) {
        continue;
      }
      Waiting how = entry.getValue();
      Placed placed = onEc2(cluster, how.spec(), how.target(), Optional.empty());
      if (placed.placed()) {
        Optional<InstanceRecord> instance = placed.containerInstanceArn().flatMap(cluster::instance);
        TaskLaunch launch = launchOf(cluster, task.arn(), instance, placed, how.spec(), task.launch().environment());
        lifecycle.placed(task, launch, instance, placed);
        waiting.remove(task);
        logPlaced(cluster, task, how.target(), " after waiting for capacity");
        lifecycle.beginAfterWaiting(task);
      }
    }
  }

  /**
   * {@return the tasks waiting for room of a capacity provider, oldest first}
   *
   * @param cluster the cluster
   * @param capacityProvider the capacity provider's name
   */
  public List<TaskRecord> waitingFor(ClusterRecord cluster, String capacityProvider) {
    List<TaskRecord> result = new ArrayList<>();
    for (TaskRecord task : waiting.keySet()) {
      if (task.cluster() == cluster && !task.isStopping()
          && task.capacityProvider().filter(capacityProvider::equals).isPresent()) {
        result.add(task);
      }
    }
    return result;
  }

  /**
   * A task reached STOPPED: it gives back what placement gave it, and the room it freed goes to the tasks that
   * wait for room.
   *
   * @param task the stopped task
   */
  public void released(TaskRecord task) {
    if (waiting.remove(task) != null) {
      return;
    }
    placement.release(task.cluster().placement(), task.placement());
    if (task.placement().decision().isPresent()) {
      placeWaiting(task.cluster());
    }
  }

  private Placed onEc2(ClusterRecord cluster, LaunchSpec spec, LaunchTarget target, Optional<String> on) {
    Optional<TaskDemand.Candidates> candidates = target.instanceGroup().map(group -> {
      Set<String> members = new LinkedHashSet<>();
      for (InstanceRecord instance : cluster.instances()) {
        if (instance.instanceGroup().equals(group) && instance.isRegistered()) {
          members.add(instance.arn());
        }
      }
      return new TaskDemand.Candidates(target.capacityProvider().orElse(group), members);
    });
    return placement.onEc2(cluster.placement(), request(spec, candidates), on);
  }

  private Placed onFargate(ClusterRecord cluster, LaunchSpec spec) {
    Map<String, Integer> perZone = new LinkedHashMap<>();
    for (TaskRecord task : lifecycle.store().running(cluster, spec.group())) {
      perZone.merge(task.launch().availabilityZone(), 1, Integer::sum);
    }
    return placement.onFargate(request(spec, Optional.empty()), perZone);
  }

  private static TaskRequest request(LaunchSpec spec, Optional<TaskDemand.Candidates> candidates) {
    return new TaskRequest(spec.definition(), spec.group(), spec.constraints(), spec.strategies(), spec.subnets(),
        candidates);
  }

  /** A task that waits in PROVISIONING, on no instance yet, for its capacity provider to add room. */
  private TaskRecord createWaiting(ClusterRecord cluster, LaunchSpec spec, LaunchTarget target, String why) {
    TaskDefinition definition = spec.definition();
    TaskLaunch launch = new TaskLaunch(newTaskArn(cluster), cluster.name(), Optional.empty(), Optional.empty(), "",
        spec.taskDefinitionArn(), definition, Optional.empty(), Map.of(), environmentOf(definition));
    Placed nowhere = new Placed(Optional.empty(), null, Optional.empty(), Optional.empty(),
        placement.waitingDemand(request(spec, Optional.empty())), List.of(), why);
    TaskRecord task = lifecycle.createWaiting(new NewTask(cluster, launch, target.launchType(),
        target.capacityProvider(), Optional.empty(), spec.group(), spec.startedBy(), spec.owner(), nowhere,
        spec.securityGroups()), "waits for capacity provider " + target.capacityProvider().orElse("?")
        + " to add room (" + why + ")");
    waiting.put(task, new Waiting(spec, target));
    return task;
  }

  private String newTaskArn(ClusterRecord cluster) {
    return arns.task(cluster.name(), ids.ecsId());
  }

  private static TaskLaunch launchOf(ClusterRecord cluster, String arn, Optional<InstanceRecord> instance,
      Placed placed, LaunchSpec spec, Map<String, Map<String, String>> environmentOf) {
    TaskDefinition definition = spec.definition();
    Map<String, List<NetworkBinding>> bindings = placed.decision().map(d -> TaskRequirements.bindings(definition,
        d.dynamicTcpHostPorts(), d.dynamicUdpHostPorts())).orElse(Map.of());
    return new TaskLaunch(arn, cluster.name(), instance.map(InstanceRecord::arn),
        instance.map(InstanceRecord::ec2InstanceId), placed.zone(), spec.taskDefinitionArn(), definition,
        placed.eni().map(e -> e.privateIpv4Address()), bindings, environmentOf);
  }

  private void logPlaced(ClusterRecord cluster, TaskRecord task, LaunchTarget target, String note) {
    Placed placed = task.placement();
    log.record(EventType.TASK_PLACED, cluster.name(), task.shortId(), task.launch().taskDefinition().family() + " → "
        + task.instance().map(i -> i.subject() + " (" + i.zone() + ")")
            .orElseGet(() -> target.capacityProvider().orElse("FARGATE") + " in " + placed.eni().get().subnetId()
                + " (" + placed.zone() + ")") + note);
  }

  /**
   * Each container's environment: its definition's variables, then the values of the secrets its task execution
   * role may read ({@link TaskSecrets}).
   */
  private Map<String, Map<String, String>> environmentOf(TaskDefinition definition) {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    for (ContainerDefinition container : definition.containerDefinitions()) {
      Map<String, String> variables = new LinkedHashMap<>();
      container.environment().forEach(kv -> variables.put(kv.name(), kv.value()));
      variables.putAll(TaskSecrets.values(environment.get(), definition, container));
      result.put(container.name(), variables);
    }
    return result;
  }

  /** How a task waiting for capacity is to be placed. */
  private record Waiting(LaunchSpec spec, LaunchTarget target) {}
}
