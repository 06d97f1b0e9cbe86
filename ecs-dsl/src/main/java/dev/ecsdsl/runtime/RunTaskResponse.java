package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of RunTask: the tasks that were placed (in PROVISIONING or PENDING) and a failure for each task that
 * found no place or each instance that turned one down. ECS API: {@code RunTaskResponse}.
 */
@Value.Immutable
@SuppressWarnings({"deprecation", "removal"})
public interface RunTaskResponse extends RunTaskResult {
  /** {@return the tasks placed} */
  @Override
  List<Task> tasks();

  /** {@return why tasks were not placed, with ECS's reasons ({@code RESOURCE:MEMORY}, {@code AGENT}, …)} */
  @Override
  List<Failure> failures();

  /**
   * For each task that could not be placed, a readable account of why no instance fitted, e.g. "no container
   * instance met all of its requirements: 3 lacked memory; closest instance i-0abc lacked 256 MiB memory". Not
   * part of the ECS API.
   *
   * @return one explanation per task not placed
   */
  @Override
  List<String> explanations();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RunTaskResponse}. */
  class Builder extends ImmutableRunTaskResponse.Builder {}
}
