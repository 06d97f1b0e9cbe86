package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of ListTaskDefinitions. ECS API: {@code ListTaskDefinitionsResponse}.
 */
@Value.Immutable
public interface ListTaskDefinitionsResponse {
  /** {@return the revisions' ARNs, in the order asked for} */
  List<String> taskDefinitionArns();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListTaskDefinitionsResponse}. */
  class Builder extends ImmutableListTaskDefinitionsResponse.Builder {}
}
