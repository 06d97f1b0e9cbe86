package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of DescribeTasks: the tasks found and a {@code MISSING} failure for each one not found. ECS API:
 * {@code DescribeTasksResponse}.
 */
@Value.Immutable
public interface DescribeTasksResponse {
  /** {@return the tasks found, in the order asked for} */
  List<Task> tasks();

  /** {@return a failure (reason {@code MISSING}) for each task not found} */
  List<Failure> failures();

  /**
   * The one task asked for, for the common case of a call about one: {@code tasks().get(0)} when it was
   * found.
   *
   * @return the task
   * @throws IllegalStateException when it was not found (the message gives ECS's failure) or more than one was
   *     asked for
   */
  default Task task() {
    return Described.only(tasks(), failures(), "task");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeTasksResponse}. */
  class Builder extends ImmutableDescribeTasksResponse.Builder {}
}
