package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of ListTagsForResource. ECS API: {@code ListTagsForResourceRequest}.
 */
@Value.Immutable
public interface ListTagsForResourceRequest {
  /** {@return the resource's ARN} */
  String resourceArn();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListTagsForResourceRequest}. */
  class Builder extends ImmutableListTagsForResourceRequest.Builder {}
}
