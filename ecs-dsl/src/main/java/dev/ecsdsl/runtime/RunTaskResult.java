package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of RunTask: the tasks that were placed (in PROVISIONING or PENDING) and a failure for each
 * instance that turned a task down or for each task that found no place. ECS API: {@code RunTaskResponse}.
 *
 * @deprecated the output of the deprecated {@link EcsRuntime#runTask(RunTaskRequest)} and {@link
 *     EcsRuntime#startTask(StartTaskRequest)}; use {@link RunTaskResponse} ({@code runtime.ecs().runTask(..)}), which
 *     is one
 */
@Deprecated(since = "0.2.0", forRemoval = true)
@Value.Immutable
public interface RunTaskResult {
  /** {@return the tasks placed} */
  List<Task> tasks();

  /** {@return why tasks were not placed, with ECS's reasons ({@code RESOURCE:MEMORY}, {@code AGENT}, …)} */
  List<Failure> failures();

  /**
   * For each task that could not be placed, a readable account of why no instance fitted, e.g.
   * "no container instance met all of its requirements: 3 lacked memory; closest instance i-0abc lacked
   * 256 MiB memory". Not part of the ECS API.
   *
   * @return one explanation per task not placed
   */
  List<String> explanations();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RunTaskResult}. */
  class Builder extends ImmutableRunTaskResult.Builder {}
}
