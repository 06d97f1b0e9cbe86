package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of StartTask. ECS API: {@code StartTaskResponse}.
 */
@Value.Immutable
public interface StartTaskResponse {
  /** {@return the tasks started} */
  List<Task> tasks();

  /** {@return a failure for each container instance where the task did not start} */
  List<Failure> failures();

  /** {@return for each failure, why the instance could not take the task} */
  List<String> explanations();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StartTaskResponse}. */
  class Builder extends ImmutableStartTaskResponse.Builder {}
}
