package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.state.ActionChain;

/**
 * Rules ECS never breaks, checked against an {@link EcsSystem} after every step of an action chain. Each
 * throws an {@link AssertionError} that says which task, instance or service broke it.
 */
public final class EcsInvariants {
  private EcsInvariants() {}

  /**
   * {@code chain} with every invariant of this class.
   *
   * @param chain the chain to check
   * @return the chain with the invariants
   */
  public static ActionChain<EcsSystem> checkAll(ActionChain<EcsSystem> chain) {
    return chain
        .withInvariant("a task's status never goes back", EcsInvariants::statusesOnlyAdvance)
        .withInvariant("an instance never gives out more than it registered", EcsInvariants::resourcesWithinRegistered)
        .withInvariant("no two live tasks bind one host port", EcsInvariants::hostPortsDistinct)
        .withInvariant("a draining instance gets no new task", EcsInvariants::noNewTasksOnDrainingInstances)
        .withInvariant("a service's running count is its RUNNING tasks", EcsInvariants::runningCountsMatchTasks);
  }

  /**
   * Every invariant, as one check.
   *
   * @return the check
   */
  public static Consumer<EcsSystem> all() {
    return system -> {
      statusesOnlyAdvance(system);
      resourcesWithinRegistered(system);
      hostPortsDistinct(system);
      noNewTasksOnDrainingInstances(system);
      runningCountsMatchTasks(system);
    };
  }

  /**
   * A task's lastStatus only moves forward (PROVISIONING → … → STOPPED).
   *
   * @param system the system after a step
   */
  public static void statusesOnlyAdvance(EcsSystem system) {
    for (Task task : system.tasks()) {
      system.observe(task).filter(before -> before.compareTo(task.lastStatus()) > 0).ifPresent(before -> {
        throw new AssertionError("task " + task.taskId() + " went back from " + before + " to " + task.lastStatus());
      });
    }
  }

  /**
   * No instance has negative remaining CPU or memory, or more remaining than it registered.
   *
   * @param system the system after a step
   */
  public static void resourcesWithinRegistered(EcsSystem system) {
    for (String cluster : system.clusters()) {
      for (ContainerInstance i : system.instances(cluster)) {
        var registered = i.registeredResources();
        var remaining = i.remainingResources();
        if (remaining.cpu() < 0 || remaining.memory() < 0 || remaining.cpu() > registered.cpu()
            || remaining.memory() > registered.memory()) {
          throw new AssertionError("instance " + i.ec2InstanceId() + " has " + remaining.cpu() + " CPU units and "
              + remaining.memory() + " MiB remaining of " + registered.cpu() + " and " + registered.memory());
        }
      }
    }
  }

  /**
   * Tasks that have not stopped never share a host port on one instance.
   *
   * @param system the system after a step
   */
  public static void hostPortsDistinct(EcsSystem system) {
    Map<String, Task> byPort = new HashMap<>();
    for (Task task : system.tasks()) {
      if (task.lastStatus() == TaskStatus.STOPPED || task.containerInstanceArn().isEmpty()) {
        continue;
      }
      for (var container : task.containers()) {
        for (NetworkBinding b : container.networkBindings()) {
          String key = task.containerInstanceArn().get() + " " + b.protocol() + "/" + b.hostPort();
          Task other = byPort.putIfAbsent(key, task);
          if (other != null && !other.taskArn().equals(task.taskArn())) {
            throw new AssertionError("tasks " + other.taskId() + " and " + task.taskId() + " both bind host port "
                + b.hostPort() + " on " + task.ec2InstanceId().orElse("?"));
          }
        }
      }
    }
  }

  /**
   * A task created after the chain drained an instance is not placed on it.
   *
   * @param system the system after a step
   */
  public static void noNewTasksOnDrainingInstances(EcsSystem system) {
    for (Task task : system.tasks()) {
      task.containerInstanceArn().flatMap(system::drainedAt).filter(drained -> task.createdAt().isAfter(drained))
          .ifPresent(drained -> {
            throw new AssertionError("task " + task.taskId() + " was placed at " + task.createdAt() + " on instance "
                + task.ec2InstanceId().orElse("?") + ", DRAINING since " + drained);
          });
    }
  }

  /**
   * Each service's runningCount is the number of its tasks whose lastStatus is RUNNING.
   *
   * @param system the system after a step
   */
  public static void runningCountsMatchTasks(EcsSystem system) {
    for (String cluster : system.clusters()) {
      for (ServiceDescription service : ListAndDescribe.services(system.ecs().ecs(), cluster)) {
        List<Task> tasks = ListAndDescribe.tasks(system.ecs().ecs(), cluster, TaskFilter.all());
        long running = tasks.stream().filter(t -> t.group().equals("service:" + service.serviceName()))
            .filter(t -> t.lastStatus() == TaskStatus.RUNNING).count();
        if (running != service.runningCount()) {
          throw new AssertionError("service " + service.serviceName() + " reports runningCount "
              + service.runningCount() + " but " + running + " of its tasks are RUNNING");
        }
      }
    }
  }
}
