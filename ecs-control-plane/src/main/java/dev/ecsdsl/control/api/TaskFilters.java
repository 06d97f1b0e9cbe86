package dev.ecsdsl.control.api;

import dev.ecsdsl.runtime.DesiredStatus;
import dev.ecsdsl.runtime.ListTasksRequest;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;

/** The control plane's task filter for a ListTasks request. */
final class TaskFilters {
  private TaskFilters() {}

  static TaskFilter of(ListTasksRequest request) {
    TaskFilter filter = TaskFilter.all().desiredStatus(status(request.desiredStatus()));
    filter = request.family().map(filter::family).orElse(filter);
    filter = request.containerInstance().map(filter::containerInstance).orElse(filter);
    filter = request.startedBy().map(filter::startedBy).orElse(filter);
    return request.serviceName().map(filter::serviceName).orElse(filter);
  }

  private static TaskStatus status(DesiredStatus desired) {
    return switch (desired) {
      case RUNNING -> TaskStatus.RUNNING;
      case PENDING -> TaskStatus.PENDING;
      case STOPPED -> TaskStatus.STOPPED;
    };
  }
}
