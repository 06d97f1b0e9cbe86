package dev.ecsdsl.control.placement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is left on one container instance, for {@code DescribeContainerInstances}'
 * {@code remainingResources}, {@code runningTasksCount} and the like.
 *
 * @param containerInstanceArn the instance
 * @param remainingCpu CPU units not reserved by tasks
 * @param remainingMemory MiB not reserved by tasks
 * @param usedTcpPorts every TCP host port that is taken, ascending: reserved at registration,
 *     static host ports of tasks and dynamic host ports given to tasks
 * @param usedUdpPorts likewise for UDP
 * @param remainingTaskEnis elastic network interfaces still free for {@code awsvpc} tasks
 * @param runningTasksCount tasks placed on the instance and not yet released
 * @param taskGroups how many of those tasks are in each group, by group name
 * @param draining whether the instance is DRAINING
 * @param agentConnected whether its container agent is connected
 */
public record InstanceUsage(
    String containerInstanceArn,
    int remainingCpu,
    int remainingMemory,
    List<Integer> usedTcpPorts,
    List<Integer> usedUdpPorts,
    int remainingTaskEnis,
    int runningTasksCount,
    Map<String, Integer> taskGroups,
    boolean draining,
    boolean agentConnected) {

  /**
   * Copies the collections (task groups sorted by name).
   *
   * @param containerInstanceArn the instance's ARN
   * @param remainingCpu CPU units left
   * @param remainingMemory MiB left
   * @param usedTcpPorts TCP ports taken, copied
   * @param usedUdpPorts UDP ports taken, copied
   * @param remainingTaskEnis ENIs left
   * @param runningTasksCount tasks placed there
   * @param taskGroups tasks by group, copied and sorted
   * @param draining whether DRAINING
   * @param agentConnected whether the agent is connected
   */
  public InstanceUsage {
    Objects.requireNonNull(containerInstanceArn, "containerInstanceArn");
    usedTcpPorts = List.copyOf(usedTcpPorts);
    usedUdpPorts = List.copyOf(usedUdpPorts);
    taskGroups = Collections.unmodifiableMap(new TreeMap<>(taskGroups));
  }
}
