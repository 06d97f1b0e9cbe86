package dev.ecsdsl.inmemory.service;

import static dev.ecsdsl.inmemory.service.RolloutScenario.CLUSTER;
import static dev.ecsdsl.inmemory.service.RolloutScenario.SERVICE;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.DeploymentRolloutState;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Plays a {@link RolloutScenario}: deploys it, waits until the service is steady on {@code web:1}, updates
 * it to {@code web:2}, and runs until the service is steady again (on either revision), or the deployment
 * FAILED and its tasks are gone, or {@code limit} of virtual time has passed. After every event it checks
 * the deployment's bounds and records what broke them.
 */
final class RolloutRun {
  private static final int MAX_RECORDED = 10;

  private RolloutRun() {}

  /**
   * What a run came to.
   *
   * @param settled whether the service settled before the limit
   * @param took virtual time from the update to the end of the run
   * @param aboveMaximum instants with more tasks than maximumPercent allows (the first few)
   * @param belowMinimum instants with fewer healthy tasks than minimumHealthyPercent requires (the first few)
   * @param mostTasks the most tasks RUNNING or PENDING at any instant
   * @param fewestHealthy the fewest healthy tasks at any instant
   * @param previousDeploymentId the COMPLETED deployment before the update
   * @param deploymentId the deployment the update started
   * @param breakerTripped whether that deployment FAILED
   * @param service the service at the end
   * @param tasks the service's tasks still meant to run at the end
   * @param allTasks every task of the service, stopped ones too
   * @param timeline the whole timeline
   */
  record Outcome(
      boolean settled,
      Duration took,
      List<String> aboveMaximum,
      List<String> belowMinimum,
      int mostTasks,
      int fewestHealthy,
      String previousDeploymentId,
      String deploymentId,
      boolean breakerTripped,
      ServiceDescription service,
      List<Task> tasks,
      List<Task> allTasks,
      String timeline) {

    /** How many of the service's tasks of {@code revision} ({@code web:1}, …) are RUNNING at the end. */
    long running(String revision) {
      return tasks.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING && revision(t).equals(revision)).count();
    }

    /** How many of the service's tasks of {@code revision} are meant to run at the end. */
    long active(String revision) {
      return tasks.stream().filter(t -> revision(t).equals(revision)).count();
    }

    /** The end of the timeline, for failure messages. */
    String timelineTail(int lines) {
      String[] all = timeline.split("\n");
      return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    @Override
    public String toString() {
      return "after " + took + (settled ? " settled" : " NOT settled") + ": " + service.deployments().stream()
          .map(d -> d.status() + " " + d.rolloutState() + " " + d.taskDefinition().replaceAll(".*/", "")
              + " running " + d.runningCount() + " pending " + d.pendingCount() + " failed " + d.failedTasks())
          .collect(Collectors.joining("; "));
    }
  }

  /** Plays the scenario, holding every drop below minimumHealthyPercent to it only where the scenario allows. */
  static Outcome play(RolloutScenario scenario, Duration limit) {
    return play(scenario, limit, defaultStrictness(scenario));
  }

  /**
   * Whether every drop in healthy tasks below the minimum counts, or only the scheduler's own stops of
   * healthy tasks: the new revision's tasks, once healthy, stay healthy (old ones always do) and no
   * instance is lost, so only the scheduler can take healthy tasks away.
   */
  static boolean defaultStrictness(RolloutScenario scenario) {
    return scenario.verdict() != FailureScript.Verdict.FLAKY
        && scenario.disruption().kind() != Disruption.Kind.TERMINATE;
  }

  /**
   * Plays the scenario; with {@code strictMinimum} every instant with fewer healthy tasks than the minimum
   * is a violation, else only those right after the scheduler stopped a healthy task.
   */
  static Outcome play(RolloutScenario scenario, Duration limit, boolean strictMinimum) {
    try (InMemoryEcs ecs = InMemoryEcs.create(scenario.seed())) {
      ecs.behaviourOfImage(RolloutScenario.NEW_IMAGE, scenario.script().behaviour());
      ecs.deploy(scenario.environment());
      ecs.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(Duration.ofHours(1));
      String previous = ecs.ecs().describeServices(q -> q.cluster(CLUSTER).services(SERVICE)).service()
          .primaryDeployment().id();
      Monitor monitor = new Monitor(scenario, ecs.clock().now(), strictMinimum);
      monitor.test(ecs);
      String deployment = ecs.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE)
          .taskDefinition("web:2").build()).service().primaryDeployment().id();
      boolean settled = disturb(ecs, scenario
          .disruption(), monitor) && held(ecs, "the rollout settled", monitor, limit);
      // a FAILED deployment may be gone by the next event (rolled back, its tasks already stopped): ask the log
      String failed = "(deployment " + deployment + ") deployment failed";
      boolean tripped = ecs.events().stream().anyMatch(e -> e.message().contains(failed));
      return new Outcome(settled, Duration.between(monitor.start, ecs.clock().now()), monitor.aboveMaximum,
          monitor.belowMinimum, monitor.mostTasks, monitor.fewestHealthy, previous, deployment, tripped,
          ecs.ecs().describeServices(q -> q.cluster(CLUSTER).services(SERVICE)).service(), ListAndDescribe.tasks(ecs
              .ecs(), CLUSTER, TaskFilter.running().serviceName(SERVICE)),
          ListAndDescribe.tasks(ecs.ecs(), CLUSTER, TaskFilter.all().serviceName(SERVICE)), ecs.events().timeline());
    }
  }

  /** Lets time pass until the condition holds, at most {@code limit}; says whether it held. */
  private static boolean held(InMemoryEcs ecs, String what, Predicate<EcsRuntime> condition, Duration limit) {
    try {
      ecs.await(what, condition).atMost(limit);
      return true;
    } catch (WaitTimeoutException e) {
      return false;
    }
  }

  /** Watches until the disruption is due and brings it about; says whether there is time left to watch. */
  private static boolean disturb(InMemoryEcs ecs, Disruption disruption, Monitor monitor) {
    if (disruption.kind() == Disruption.Kind.NONE) {
      return true;
    }
    held(ecs, "the disruption due", r -> {
      monitor.test(r);
      return false;
    }, Duration.ofSeconds(disruption.afterSeconds()));
    List<ContainerInstance> instances = ListAndDescribe.containerInstances(ecs.ecs(), CLUSTER);
    String instance = instances.get(disruption.instance() % instances.size()).containerInstanceArn();
    if (disruption.kind() == Disruption.Kind.DRAIN) {
      ecs.ecs().updateContainerInstancesState(q -> q.cluster(CLUSTER).containerInstances(instance)
          .status(ContainerInstanceStatus.DRAINING)).containerInstances().get(0);
    } else {
      ecs.faults().terminateInstance(q -> q.cluster(CLUSTER).containerInstance(instance));
    }
    monitor.test(ecs);
    return true;
  }

  /**
   * A task counts as healthy when it is RUNNING and, if its containers have a health check, HEALTHY
   * (ECS: minimumHealthyPercent counts tasks "in the RUNNING state"; with container health checks a task
   * counts once it is healthy).
   */
  static boolean healthy(Task task, boolean checked) {
    return task.lastStatus() == TaskStatus.RUNNING && task.desiredStatus() == TaskStatus.RUNNING
        && (checked ? task.healthStatus() == HealthStatus.HEALTHY : task.healthStatus() != HealthStatus.UNHEALTHY);
  }

  /** {@code web:1} or {@code web:2}. */
  static String revision(Task task) {
    return task.taskDefinitionArn().substring(task.taskDefinitionArn().lastIndexOf('/') + 1);
  }

  /** Checks the bounds after every event; says the run is over once the service has settled. */
  private static final class Monitor implements Predicate<EcsRuntime> {
    private final Instant start;
    private final int maximum;
    private final int minimum;
    private final boolean checked;
    private final boolean strict;
    private final List<String> aboveMaximum = new ArrayList<>();
    private final List<String> belowMinimum = new ArrayList<>();
    private Set<String> healthyBefore = Set.of();
    private int mostTasks;
    private int fewestHealthy = Integer.MAX_VALUE;

    Monitor(RolloutScenario scenario, Instant start, boolean strict) {
      this.start = start;
      this.maximum = scenario.deployment().maximumTasks();
      this.minimum = scenario.deployment().minimumHealthyTasks();
      this.checked = scenario.healthCheck().isPresent();
      this.strict = strict;
    }

    @Override
    public boolean test(EcsRuntime runtime) {
      String at = "+" + Duration.between(start, runtime.clock().now()).toString().substring(2).toLowerCase();
      // ListTasks with desiredStatus RUNNING: RUNNING and PENDING tasks of every deployment, none stopping
      List<Task> tasks = ListAndDescribe.tasks(runtime.ecs(), CLUSTER, TaskFilter.running().serviceName(SERVICE));
      mostTasks = Math.max(mostTasks, tasks.size());
      if (tasks.size() > maximum) {
        record(aboveMaximum, at + ": " + tasks.size() + " tasks RUNNING or PENDING > " + maximum + " "
            + describe(tasks));
      }
      Set<String> healthyNow = new HashSet<>();
      for (Task task : tasks) {
        if (healthy(task, checked)) {
          healthyNow.add(task.taskArn());
        }
      }
      fewestHealthy = Math.min(fewestHealthy, healthyNow.size());
      if (healthyNow.size() < minimum) {
        List<String> stoppedByScheduler = new ArrayList<>();
        for (String arn : healthyBefore) {
          if (!healthyNow.contains(arn)) {
            Task lost = runtime.ecs().describeTasks(q -> q.cluster(CLUSTER).tasks(arn)).task();
            if (lost.stopCode().filter(c -> c == StopCode.ServiceSchedulerInitiated).isPresent()
                && !lost.stoppedReason().orElse("").startsWith("Task failed")) {
              stoppedByScheduler.add(lost.taskId().substring(0, 8) + " (" + revision(lost) + ", "
                  + lost.stoppedReason().orElse("") + ")");
            }
          }
        }
        if (strict || !stoppedByScheduler.isEmpty()) {
          record(belowMinimum, at + ": " + healthyNow.size() + " healthy < " + minimum + " " + describe(tasks)
              + (stoppedByScheduler.isEmpty() ? "" : "; the scheduler just stopped healthy " + stoppedByScheduler));
        }
      }
      healthyBefore = healthyNow;
      ServiceDescription service = runtime.ecs().describeServices(q -> q.cluster(CLUSTER).services(SERVICE)).service();
      Deployment primary = service.primaryDeployment();
      boolean failedAndGone = primary.rolloutState() == DeploymentRolloutState.FAILED
          && primary.runningCount() + primary.pendingCount() == 0;
      return service.isSteady() || failedAndGone;
    }

    private String describe(List<Task> tasks) {
      return tasks.stream().map(t -> revision(t) + " " + t.lastStatus() + (checked ? "/" + t.healthStatus() : ""))
          .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())).toString();
    }

    private static void record(List<String> into, String violation) {
      if (into.size() < MAX_RECORDED) {
        into.add(violation);
      }
    }
  }
}
