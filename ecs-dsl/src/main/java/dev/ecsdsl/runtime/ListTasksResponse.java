package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of ListTasks. ECS API: {@code ListTasksResponse}.
 */
@Value.Immutable
public interface ListTasksResponse {
  /** {@return the ARNs of the tasks listed, oldest first} */
  List<String> taskArns();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListTasksResponse}. */
  class Builder extends ImmutableListTasksResponse.Builder {}
}
