package dev.ecsdsl.runtime.waiters;

import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.DescribeServicesResponse;
import dev.ecsdsl.runtime.DescribeTasksResponse;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import java.util.List;
import java.util.stream.Collectors;

/** What services and tasks look like, in a few lines, for the messages of waits that did not succeed. */
final class States {
  /** The latest events a service's state shows. */
  private static final int EVENTS = 5;

  private States() {}

  static String services(DescribeServicesResponse response) {
    StringBuilder out = new StringBuilder();
    response.services().forEach(s -> out.append(service(s)));
    response.failures().forEach(f -> out.append(failure(f)).append('\n'));
    return out.toString();
  }

  static String service(ServiceDescription service) {
    StringBuilder out = new StringBuilder("service " + service.serviceName() + ": " + service.status()
        + ", desired " + service.desiredCount() + ", running " + service.runningCount() + ", pending "
        + service.pendingCount() + "\n");
    service.deployments().forEach(d -> out.append("  deployment ").append(d.id()).append(' ').append(d.status())
        .append(' ').append(d.rolloutState()).append(" (").append(d.taskDefinition()).append("): running ")
        .append(d.runningCount()).append('/').append(d.desiredCount()).append(", pending ").append(d.pendingCount())
        .append(", failed ").append(d.failedTasks()).append('\n'));
    service.events().stream().limit(EVENTS).forEach(e -> out.append("  event ").append(e.createdAt()).append(' ')
        .append(e.message()).append('\n'));
    return out.toString();
  }

  static String tasks(DescribeTasksResponse response) {
    StringBuilder out = new StringBuilder();
    response.tasks().forEach(t -> out.append(task(t)).append('\n'));
    response.failures().forEach(f -> out.append(failure(f)).append('\n'));
    return out.toString();
  }

  static String task(Task task) {
    return "task " + task.taskId() + ": " + task.lastStatus() + " (desired " + task.desiredStatus() + ")"
        + task.stoppedReason().map(r -> ", stopped: " + r).orElse("") + "; containers "
        + task.containers().stream().map(States::container).collect(Collectors.joining(", "));
  }

  private static String container(Container container) {
    return container.name() + " " + container.lastStatus() + container.exitCode().map(c -> " (exit " + c + ")")
        .orElse("") + container.reason().map(r -> " " + r).orElse("");
  }

  static String ids(List<String> arns) {
    return arns.stream().map(a -> a.substring(a.lastIndexOf('/') + 1)).toList().toString();
  }

  private static String failure(Failure failure) {
    return failure.arn().orElse("?") + ": " + failure.reason() + failure.detail().map(d -> " (" + d + ")").orElse("");
  }
}
