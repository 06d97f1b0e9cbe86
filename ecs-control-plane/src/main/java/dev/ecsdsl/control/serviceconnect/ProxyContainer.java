package dev.ecsdsl.control.serviceconnect;

import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.ContainerStatus;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Service Connect proxy container ECS adds to every task of a service with Service Connect: "it is not part of
 * the task definition" (Service Connect components), so DescribeTasks shows it beside the task definition's
 * containers. It has no reservation of its own (assumption A1: it uses the task's CPU and memory), is up before the
 * application containers and down after them (assumption A2).
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html">Service
 *     Connect components: the Service Connect proxy</a>
 */
public final class ProxyContainer {
  /** The image the simulation names for the Service Connect agent (the real one is managed by AWS). */
  public static final String IMAGE = "ecs-service-connect-agent";

  private ProxyContainer() {}

  /**
   * {@return the proxy container's name in a task: {@code ecs-service-connect-} and four characters of the task id}
   *
   * @param taskId the task's id
   */
  public static String name(String taskId) {
    return "ecs-service-connect-" + taskId.substring(0, Math.min(4, taskId.length()));
  }

  /**
   * The task as DescribeTasks shows it, with its proxy container after the task definition's containers.
   *
   * @param snapshot the task's snapshot without the proxy
   * @param task the task
   * @return the snapshot with the proxy
   */
  public static Task addTo(Task snapshot, TaskRecord task) {
    List<Container> containers = new ArrayList<>(snapshot.containers());
    TaskStatus status = task.lastStatus();
    boolean stopped = status == TaskStatus.STOPPED || status == TaskStatus.DEPROVISIONING;
    boolean starting = status == TaskStatus.PROVISIONING || status == TaskStatus.PENDING;
    containers.add(Container.builder()
        .name(name(task.taskId()))
        .image(IMAGE)
        .lastStatus(stopped ? ContainerStatus.STOPPED : starting ? ContainerStatus.PENDING : ContainerStatus.RUNNING)
        .exitCode(stopped ? Optional.of(0) : Optional.empty())
        .healthStatus(stopped || starting ? HealthStatus.UNKNOWN : HealthStatus.HEALTHY)
        .essential(true)
        .build());
    Task.Builder builder = Task.builder();
    builder.from(snapshot).containers(containers);
    return builder.build();
  }
}
