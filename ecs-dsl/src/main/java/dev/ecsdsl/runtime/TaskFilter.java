package dev.ecsdsl.runtime;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The filters of ListTasks: desired status, family, container instance, started-by and service name.
 * Absent parts match everything.
 */
public record TaskFilter(Optional<TaskStatus> desiredStatus, Optional<String> family,
    Optional<String> containerInstance, Optional<String> startedBy, Optional<String> serviceName)
    implements Predicate<Task> {

  /** {@return a filter that matches every task} */
  public static TaskFilter all() {
    return new TaskFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** {@return tasks whose desired status is RUNNING (what ListTasks returns by default)} */
  public static TaskFilter running() {
    return all().desiredStatus(TaskStatus.RUNNING);
  }

  /** {@return tasks whose desired status is STOPPED} */
  public static TaskFilter stopped() {
    return all().desiredStatus(TaskStatus.STOPPED);
  }

  /**
   * Only tasks with this desired status.
   *
   * @param status the desired status, RUNNING or STOPPED
   * @return a copy of this filter with that condition too
   */
  public TaskFilter desiredStatus(TaskStatus status) {
    return new TaskFilter(Optional.of(status), family, containerInstance, startedBy, serviceName);
  }

  /**
   * Only tasks of this task definition family.
   *
   * @param value the task definition family
   * @return a copy of this filter with that condition too
   */
  public TaskFilter family(String value) {
    return new TaskFilter(desiredStatus, Optional.of(value), containerInstance, startedBy, serviceName);
  }

  /**
   * Only tasks on this container instance (ARN, id or EC2 instance id).
   *
   * @param value the container instance's ARN or id, or its EC2 instance id
   * @return a copy of this filter with that condition too
   */
  public TaskFilter containerInstance(String value) {
    return new TaskFilter(desiredStatus, family, Optional.of(value), startedBy, serviceName);
  }

  /**
   * Only tasks started by this value.
   *
   * @param value the startedBy value the task was started with
   * @return a copy of this filter with that condition too
   */
  public TaskFilter startedBy(String value) {
    return new TaskFilter(desiredStatus, family, containerInstance, Optional.of(value), serviceName);
  }

  /**
   * Only tasks of this service: those its scheduler started (group {@code service:<name>}, started by one of its
   * deployments, {@code ecs-svc/…}); a RunTask that merely uses the group is not the service's.
   *
   * @param value the service's name
   * @return a copy of this filter with that condition too
   */
  public TaskFilter serviceName(String value) {
    return new TaskFilter(desiredStatus, family, containerInstance, startedBy, Optional.of(value));
  }

  @Override
  public boolean test(Task task) {
    return desiredStatus.map(s -> task.desiredStatus() == s).orElse(true)
        && family.map(f -> familyOf(task.taskDefinitionArn()).equals(f)).orElse(true)
        && containerInstance.map(ci -> task.containerInstanceArn().map(arn -> arn.equals(ci)
            || arn.endsWith("/" + ci)).orElse(false) || task.ec2InstanceId().map(ci::equals).orElse(false))
            .orElse(true)
        && startedBy.map(s -> task.startedBy().map(s::equals).orElse(false)).orElse(true)
        && serviceName.map(s -> task.group().equals("service:" + s)
            && task.startedBy().filter(b -> b.startsWith("ecs-svc/")).isPresent()).orElse(true);
  }

  private static String familyOf(String taskDefinitionArn) {
    String familyRevision = taskDefinitionArn.substring(taskDefinitionArn.lastIndexOf('/') + 1);
    return familyRevision.substring(0, familyRevision.lastIndexOf(':'));
  }
}
