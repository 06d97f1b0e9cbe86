package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of an ECS action chain: an in-memory runtime with an environment deployed (closed when the
 * jqwik try ends), and what invariants need to remember between steps.
 */
public final class EcsSystem {
  private final InMemoryEcs ecs;
  private final Map<String, TaskStatus> lastSeen = new HashMap<>();
  private final Map<String, Instant> drainedAt = new HashMap<>();

  private EcsSystem(InMemoryEcs ecs) {
    this.ecs = ecs;
  }

  /**
   * A fresh runtime of {@code seed} for the current try, with {@code environment} deployed.
   *
   * @param environment the environment to deploy
   * @param seed the runtime's seed
   * @return the system
   */
  public static EcsSystem deploy(Environment environment, long seed) {
    InMemoryEcs ecs = TryRuntimes.inMemory(seed);
    ecs.deploy(environment);
    return new EcsSystem(ecs);
  }

  /**
   * A system over a runtime someone else manages (closes), with its environment deployed.
   *
   * @param ecs the runtime, with an environment deployed
   * @return the system
   */
  public static EcsSystem of(InMemoryEcs ecs) {
    ecs.environment();
    return new EcsSystem(ecs);
  }

  /**
   * The runtime.
   *
   * @return the runtime
   */
  public InMemoryEcs ecs() {
    return ecs;
  }

  /**
   * The deployed environment.
   *
   * @return the environment
   */
  public Environment environment() {
    return ecs.environment();
  }

  /**
   * The names of the environment's clusters.
   *
   * @return the names
   */
  public List<String> clusters() {
    return environment().clusters().stream().map(Cluster::clusterName).toList();
  }

  /**
   * Every task of every cluster, stopped ones included, oldest first per cluster.
   *
   * @return the tasks
   */
  public List<Task> tasks() {
    return clusters().stream().flatMap(c -> ListAndDescribe.tasks(ecs.ecs(), c, TaskFilter.all()).stream()).toList();
  }

  /**
   * The tasks whose desired status is RUNNING, per cluster.
   *
   * @param cluster the cluster's name
   * @return the cluster's tasks
   */
  public List<Task> runningTasks(String cluster) {
    return ListAndDescribe.tasks(ecs.ecs(), cluster, TaskFilter.running());
  }

  /**
   * The registered container instances of a cluster.
   *
   * @param cluster the cluster's name
   * @return the container instances
   */
  public List<ContainerInstance> instances(String cluster) {
    return ListAndDescribe.containerInstances(ecs.ecs(), cluster);
  }

  /** Remembers that the chain set an instance to DRAINING now. */
  void drained(String containerInstanceArn) {
    drainedAt.putIfAbsent(containerInstanceArn, ecs.clock().now());
  }

  /**
   * When the chain set the instance to DRAINING, if it did.
   *
   * @param containerInstanceArn the container instance's ARN
   * @return the time, or empty
   */
  public Optional<Instant> drainedAt(String containerInstanceArn) {
    return Optional.ofNullable(drainedAt.get(containerInstanceArn));
  }

  /** The status a task had when invariants last looked, and remembers the one it has now. */
  Optional<TaskStatus> observe(Task task) {
    return Optional.ofNullable(lastSeen.put(task.taskArn(), task.lastStatus()));
  }

  @Override
  public String toString() {
    return "EcsSystem[" + environment().name() + " at " + ecs.clock().now() + ", " + tasks().size() + " tasks]";
  }
}
