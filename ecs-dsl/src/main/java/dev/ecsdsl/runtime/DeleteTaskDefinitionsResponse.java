package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of DeleteTaskDefinitions. ECS API: {@code DeleteTaskDefinitionsResponse}.
 */
@Value.Immutable
public interface DeleteTaskDefinitionsResponse {
  /** {@return the revisions deleted, now DELETE_IN_PROGRESS} */
  List<RegisteredTaskDefinition> taskDefinitions();

  /** {@return a failure for each revision not deleted: not found, or still ACTIVE} */
  List<Failure> failures();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeleteTaskDefinitionsResponse}. */
  class Builder extends ImmutableDeleteTaskDefinitionsResponse.Builder {}
}
