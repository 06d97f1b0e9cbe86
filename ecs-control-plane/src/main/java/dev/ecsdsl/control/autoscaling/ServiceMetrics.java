package dev.ecsdsl.control.autoscaling;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.ContainerUse;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * ECS's service utilization metrics (CloudWatch namespace {@code AWS/ECS}, dimensions ClusterName and
 * ServiceName): "the total CPU units [memory] in use by the tasks that belong to the service, divided by
 * the total number of CPU units [MiB] reserved for the tasks", in percent, over the service's RUNNING tasks.
 *
 * <p>A container's reservation is its own {@code cpu} ({@code memoryReservation}, else {@code memory}); a
 * container without one shares what the task-level value leaves, evenly. Where neither is set for CPU (EC2
 * tasks without any CPU reservation) each such container counts as 1024 units, one vCPU: a simplification,
 * ECS reports those against the instance.
 */
public final class ServiceMetrics {
  private static final int NOMINAL_CPU = 1024;

  private ServiceMetrics() {}

  /**
   * {@return CPUUtilization of the tasks now; empty when none runs (CloudWatch would have no datapoint)}
   *
   * @param tasks the service's tasks
   * @param agent what their containers use
   */
  public static OptionalDouble cpuUtilization(List<TaskRecord> tasks, Agent agent) {
    return utilization(tasks, agent, ContainerUse::cpu, ServiceMetrics::cpuReservations,
        d -> d.cpuUnits().orElse(0));
  }

  /**
   * {@return MemoryUtilization of the tasks now; empty when none runs}
   *
   * @param tasks the service's tasks
   * @param agent what their containers use
   */
  public static OptionalDouble memoryUtilization(List<TaskRecord> tasks, Agent agent) {
    return utilization(tasks, agent, ContainerUse::memory, ServiceMetrics::memoryReservations,
        d -> d.memoryMiB().orElse(0));
  }

  private static OptionalDouble utilization(List<TaskRecord> tasks, Agent agent, ToDoubleFunction<ContainerUse> use,
      java.util.function.Function<TaskDefinition, double[]> reservations,
      java.util.function.ToIntFunction<TaskDefinition> taskLevelOf) {
    double used = 0;
    double reserved = 0;
    for (TaskRecord task : tasks) {
      if (task.lastStatus() != TaskStatus.RUNNING) {
        continue;
      }
      TaskDefinition definition = task.launch().taskDefinition();
      double[] shares = reservations.apply(definition);
      List<ContainerDefinition> containers = definition.containerDefinitions();
      double containerTotal = 0;
      for (int i = 0; i < containers.size(); i++) {
        Optional<ContainerUse> now = agent.use(task.arn(), containers.get(i).name());
        containerTotal += shares[i];
        used += now.map(u -> use.applyAsDouble(u)).orElse(0.0) * shares[i];
      }
      // ECS divides by what the task reserves: its task-level value when it has one
      int taskLevel = taskLevelOf.applyAsInt(definition);
      reserved += taskLevel > 0 ? taskLevel : containerTotal;
    }
    return reserved == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * used / reserved);
  }

  private static double[] cpuReservations(TaskDefinition definition) {
    return shares(definition, c -> c.cpu().orElse(0), definition.cpuUnits().orElse(0), NOMINAL_CPU);
  }

  private static double[] memoryReservations(TaskDefinition definition) {
    return shares(definition, ContainerDefinition::reservedMemory, definition.memoryMiB().orElse(0), 0);
  }

  private static double[] shares(TaskDefinition definition, java.util.function.ToIntFunction<ContainerDefinition> own,
      int taskLevel, int nominal) {
    List<ContainerDefinition> containers = definition.containerDefinitions();
    double[] shares = new double[containers.size()];
    int explicit = 0;
    int without = 0;
    for (int i = 0; i < shares.length; i++) {
      shares[i] = own.applyAsInt(containers.get(i));
      explicit += (int) shares[i];
      without += shares[i] == 0 ? 1 : 0;
    }
    double rest = without == 0 ? 0 : taskLevel > explicit ? (double) (taskLevel - explicit) / without : nominal;
    for (int i = 0; i < shares.length; i++) {
      if (shares[i] == 0) {
        shares[i] = rest;
      }
    }
    return shares;
  }
}
