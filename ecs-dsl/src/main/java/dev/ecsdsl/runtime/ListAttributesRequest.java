package dev.ecsdsl.runtime;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of ListAttributes (target type {@code container-instance}). ECS API: {@code ListAttributesRequest}.
 */
@Value.Immutable
public interface ListAttributesRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return only attributes of this name} */
  Optional<String> attributeName();

  /** {@return only attributes of this value (with {@code attributeName})} */
  Optional<String> attributeValue();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListAttributesRequest}. */
  class Builder extends ImmutableListAttributesRequest.Builder {}
}
