package dev.ecsdsl.control.tasks;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every task of the control plane, and the indexes that keep finding them cheap: a cluster's tasks by ARN (the live
 * ones and those stopped within the last hour, for DescribeTasks and ListTasks), and the tasks not yet STOPPED by
 * group, by owning service and by instance, so that the schedulers look at the tasks that live now, not at every
 * task ever run. Changed only by the {@link TaskLifecycle}; read by everyone.
 *
 * <p>A stopped task is forgotten an hour after it stopped, as ECS forgets it: "You can view the details of a
 * stopped task using the DescribeTasks API. However, the details for the stopped task appear only for one hour in
 * the returned results" (AWS re:Post knowledge center, "Why is my Amazon ECS task stopped?"); ListTasks: "Recently
 * stopped tasks might appear in the returned results". So memory stays flat however many tasks a run stops.
 */
public final class TaskStore {
  /** How long a stopped task is still described and listed. */
  public static final Duration STOPPED_TASK_RETENTION = Duration.ofHours(1);
  private static final Comparator<TaskRecord> BY_CREATION = Comparator.comparingLong(t -> t.sequence);
  private final Map<ClusterRecord, ClusterTasks> clusters = new HashMap<>();
  private final Map<String, Set<TaskRecord>> liveByOwner = new HashMap<>();
  private final Map<InstanceRecord, Set<TaskRecord>> liveOn = new HashMap<>();
  /** The stopped tasks not yet forgotten, in the order they stopped. */
  private final ArrayDeque<Stopped> stoppedInOrder = new ArrayDeque<>();
  private final Supplier<Instant> clock;
  private final List<Consumer<TaskRecord>> forgetListeners = new ArrayList<>();
  private long sequence;

  TaskStore(Supplier<Instant> clock) {
    this.clock = clock;
  }

  TaskRecord add(NewTask task, Instant now) {
    forgetExpired();
    TaskRecord record = new TaskRecord(sequence++, task, now);
    ClusterTasks tasks = tasks(record.cluster);
    tasks.byArn.put(record.arn(), record);
    tasks.liveByGroup.computeIfAbsent(record.group, g -> new LinkedHashSet<>()).add(record);
    record.owner.ifPresent(o -> liveByOwner.computeIfAbsent(o.serviceArn(), s -> new LinkedHashSet<>()).add(record));
    record.instance.ifPresent(i -> placedOn(record, i));
    return record;
  }

  void placedOn(TaskRecord task, InstanceRecord instance) {
    liveOn.computeIfAbsent(instance, i -> new LinkedHashSet<>()).add(task);
  }

  /** The task reached STOPPED: it leaves the indexes of live tasks. */
  void stopped(TaskRecord task) {
    remove(tasks(task.cluster).liveByGroup, task.group, task);
    task.owner.ifPresent(o -> remove(liveByOwner, o.serviceArn(), task));
    task.instance.ifPresent(i -> remove(liveOn, i, task));
    stoppedInOrder.addLast(new Stopped(task, clock.get()));
    forgetExpired();
  }

  /** Forgets the tasks that stopped more than {@link #STOPPED_TASK_RETENTION} ago. */
  private void forgetExpired() {
    Instant now = clock.get();
    while (!stoppedInOrder.isEmpty() && stoppedInOrder.peekFirst().at().plus(STOPPED_TASK_RETENTION).isBefore(now)) {
      TaskRecord task = stoppedInOrder.removeFirst().task();
      ClusterTasks tasks = clusters.get(task.cluster);
      if (tasks != null && tasks.byArn.remove(task.arn()) != null) {
        forgetListeners.forEach(l -> l.accept(task));
      }
    }
  }

  /**
   * Tells {@code listener} of each stopped task as it is forgotten (what bills or counts it keeps its own total).
   *
   * @param listener told of each task forgotten
   */
  public void onForgotten(Consumer<TaskRecord> listener) {
    forgetListeners.add(listener);
  }

  /** A task that stopped, and when. */
  private record Stopped(TaskRecord task, Instant at) {}

  private static <K> void remove(Map<K, Set<TaskRecord>> index, K key, TaskRecord task) {
    Set<TaskRecord> live = index.get(key);
    if (live != null) {
      live.remove(task);
      if (live.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /**
   * {@return a task of the cluster by ARN or id, STOPPED ones of the last hour included}
   *
   * @param cluster the cluster
   * @param reference the task's ARN or id
   */
  public Optional<TaskRecord> find(ClusterRecord cluster, String reference) {
    forgetExpired();
    ClusterTasks tasks = tasks(cluster);
    TaskRecord byArn = tasks.byArn.get(reference);
    if (byArn != null) {
      return Optional.of(byArn);
    }
    return tasks.byArn.values().stream().filter(t -> t.arn().endsWith("/" + reference)).findFirst();
  }

  /**
   * {@return every task of the cluster, live or stopped within the last hour, oldest first}
   *
   * @param cluster the cluster
   */
  public Collection<TaskRecord> all(ClusterRecord cluster) {
    forgetExpired();
    return java.util.Collections.unmodifiableCollection(tasks(cluster).byArn.values());
  }

  /**
   * {@return the tasks of the cluster that have not reached STOPPED, in no particular order}
   *
   * @param cluster the cluster
   */
  public List<TaskRecord> live(ClusterRecord cluster) {
    List<TaskRecord> result = new ArrayList<>();
    tasks(cluster).liveByGroup.values().forEach(result::addAll);
    return result;
  }

  /**
   * {@return whether a task of the cluster has not reached STOPPED}
   *
   * @param cluster the cluster
   */
  public boolean hasLive(ClusterRecord cluster) {
    return !tasks(cluster).liveByGroup.isEmpty();
  }

  /**
   * {@return the tasks of a group whose desired status is still RUNNING, oldest first}
   *
   * @param cluster the cluster
   * @param group the task group
   */
  public List<TaskRecord> running(ClusterRecord cluster, String group) {
    return notStopping(tasks(cluster).liveByGroup.getOrDefault(group, Set.of()));
  }

  /**
   * {@return the tasks a service owns whose desired status is still RUNNING, oldest first}
   *
   * @param serviceArn the service's ARN
   */
  public List<TaskRecord> runningOf(String serviceArn) {
    return notStopping(liveByOwner.getOrDefault(serviceArn, Set.of()));
  }

  /**
   * {@return whether a task the service owns has not reached STOPPED}
   *
   * @param serviceArn the service's ARN
   */
  public boolean hasLiveOf(String serviceArn) {
    return liveByOwner.containsKey(serviceArn);
  }

  /**
   * {@return the tasks on an instance that have not reached STOPPED, oldest first}
   *
   * @param instance the container instance
   */
  public List<TaskRecord> liveOn(InstanceRecord instance) {
    List<TaskRecord> tasks = new ArrayList<>(liveOn.getOrDefault(instance, Set.of()));
    tasks.sort(BY_CREATION);
    return tasks;
  }

  /**
   * {@return how many of the tasks are RUNNING, and how many are on their way there}
   *
   * @param tasks the tasks to count
   */
  public static Counts count(Collection<TaskRecord> tasks) {
    int running = 0;
    int pending = 0;
    for (TaskRecord task : tasks) {
      if (task.lastStatus == TaskStatus.RUNNING) {
        running++;
      } else if (!task.lastStatus.isAfter(TaskStatus.ACTIVATING) && !task.isStopping()) {
        pending++;
      }
    }
    return new Counts(running, pending);
  }

  /**
   * {@return the live tasks of a cluster, by instance}
   *
   * @param cluster the cluster
   */
  public Map<InstanceRecord, List<TaskRecord>> liveByInstance(ClusterRecord cluster) {
    Map<InstanceRecord, List<TaskRecord>> result = new HashMap<>();
    for (InstanceRecord instance : cluster.instances()) {
      Set<TaskRecord> live = liveOn.get(instance);
      if (live != null) {
        result.put(instance, new ArrayList<>(live));
      }
    }
    return result;
  }

  /**
   * DeleteCluster: forgets the cluster's tasks (all STOPPED by then).
   *
   * @param cluster the deleted cluster
   */
  public void forget(ClusterRecord cluster) {
    clusters.remove(cluster);
  }

  private ClusterTasks tasks(ClusterRecord cluster) {
    return clusters.computeIfAbsent(cluster, c -> new ClusterTasks());
  }

  private static List<TaskRecord> notStopping(Collection<TaskRecord> live) {
    List<TaskRecord> result = new ArrayList<>(live.size());
    for (TaskRecord task : live) {
      if (!task.isStopping()) {
        result.add(task);
      }
    }
    return result;
  }

  /**
   * RUNNING tasks, and tasks on their way there.
   *
   * @param running how many are RUNNING
   * @param pending how many have not reached RUNNING and are not stopping
   */
  public record Counts(int running, int pending) {}

  private static final class ClusterTasks {
    final Map<String, TaskRecord> byArn = new LinkedHashMap<>();
    final Map<String, Set<TaskRecord>> liveByGroup = new HashMap<>();
  }
}
