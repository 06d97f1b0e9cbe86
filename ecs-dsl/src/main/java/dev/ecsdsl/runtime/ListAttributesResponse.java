package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of ListAttributes. ECS API: {@code ListAttributesResponse}.
 */
@Value.Immutable
public interface ListAttributesResponse {
  /** {@return ECS's and custom attributes of the cluster's registered container instances} */
  List<Attribute> attributes();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListAttributesResponse}. */
  class Builder extends ImmutableListAttributesResponse.Builder {}
}
