package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of DeleteTaskDefinitions. ECS API: {@code DeleteTaskDefinitionsRequest}.
 */
@Value.Immutable
public interface DeleteTaskDefinitionsRequest {
  /** {@return 1 to 10 revisions, each {@code family:revision} or an ARN} */
  List<String> taskDefinitions();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeleteTaskDefinitionsRequest}. */
  class Builder extends ImmutableDeleteTaskDefinitionsRequest.Builder {}
}
