package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a task: its status, why it stopped, its containers. Failures show the task as DescribeTasks would. */
public final class TaskAssert extends AbstractAssert<TaskAssert, Task> {

  TaskAssert(Task actual) {
    super(actual, TaskAssert.class);
  }

  /**
   * Its lastStatus.
   *
   * @param expected the expected lastStatus
   * @return this assertion, for chaining
   */
  public TaskAssert hasLastStatus(TaskStatus expected) {
    isNotNull();
    if (actual.lastStatus() != expected) {
      failWithMessage("expected task %s to be %s, but it is %s%n%s", actual.taskId(), expected, actual.lastStatus(),
          state());
    }
    return this;
  }

  /**
   * lastStatus RUNNING.
   *
   * @return this assertion, for chaining
   */
  public TaskAssert isRunning() {
    return hasLastStatus(TaskStatus.RUNNING);
  }

  /**
   * lastStatus STOPPED.
   *
   * @return this assertion, for chaining
   */
  public TaskAssert isStopped() {
    return hasLastStatus(TaskStatus.STOPPED);
  }

  /**
   * It stopped (or is stopping) with this stop code.
   *
   * @param expected the expected stop code
   * @return this assertion, for chaining
   */
  public TaskAssert stoppedWith(StopCode expected) {
    isNotNull();
    if (actual.stopCode().filter(expected::equals).isEmpty()) {
      failWithMessage("expected task %s to have stopped with %s, but %s%n%s", actual.taskId(), expected,
          actual.stopCode().map(c -> "it stopped with " + c).orElse("it has no stop code"), state());
    }
    return this;
  }

  /**
   * Its stoppedReason contains {@code text}.
   *
   * @param text the text the reason must contain
   * @return this assertion, for chaining
   */
  public TaskAssert hasStoppedReasonContaining(String text) {
    isNotNull();
    if (!actual.stoppedReason().orElse("").contains(text)) {
      failWithMessage("expected the stoppedReason of task %s to contain \"%s\"%n%s", actual.taskId(), text, state());
    }
    return this;
  }

  /**
   * Assertions on its container {@code name}.
   *
   * @param name the container's name
   * @return the assertion on that container
   */
  public ContainerAssert container(String name) {
    isNotNull();
    if (actual.containers().stream().noneMatch(c -> c.name().equals(name))) {
      failWithMessage("expected task %s to have a container %s, but its containers are %s", actual.taskId(), name,
          actual.containers().stream().map(c -> c.name()).collect(Collectors.joining(", ")));
    }
    return new ContainerAssert(actual.container(name));
  }

  private String state() {
    String where = actual.ec2InstanceId().map(i -> " on " + i).orElse("") + " in " + actual.availabilityZone();
    StringBuilder s = new StringBuilder("  task ").append(actual.taskId()).append(" (")
        .append(actual.taskDefinitionArn().substring(actual.taskDefinitionArn().lastIndexOf('/') + 1)).append(")")
        .append(where).append(": lastStatus ").append(actual.lastStatus()).append(", desiredStatus ")
        .append(actual.desiredStatus()).append(", health ").append(actual.healthStatus());
    actual.stopCode().ifPresent(c -> s.append(", stopCode ").append(c));
    actual.stoppedReason().ifPresent(r -> s.append(", stoppedReason \"").append(r).append('"'));
    actual.containers().forEach(c -> s.append(String.format("%n    container %s %s%s%s", c.name(), c.lastStatus(),
        c.exitCode().map(code -> " exitCode " + code).orElse(""), c.reason().map(r -> " (" + r + ")").orElse(""))));
    return s.toString();
  }
}
