package dev.ecsdsl.runtime;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of ListTaskDefinitions. ECS API: {@code ListTaskDefinitionsRequest}.
 */
@Value.Immutable
public interface ListTaskDefinitionsRequest {
  /** {@return only revisions of this family (ECS takes the full family name here, not a prefix of it)} */
  Optional<String> familyPrefix();

  /** {@return only revisions with this status; ACTIVE when absent, as ECS} */
  @Value.Default
  default TaskDefinitionStatus status() {
    return TaskDefinitionStatus.ACTIVE;
  }

  /** {@return by family name, then revision: ASC (the default) or DESC} */
  @Value.Default
  default SortOrder sort() {
    return SortOrder.ASC;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListTaskDefinitionsRequest}. */
  class Builder extends ImmutableListTaskDefinitionsRequest.Builder {}
}
