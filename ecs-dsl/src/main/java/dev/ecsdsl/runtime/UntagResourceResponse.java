package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of UntagResource (empty, as ECS's). ECS API: {@code UntagResourceResponse}.
 */
@Value.Immutable
public interface UntagResourceResponse {

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UntagResourceResponse}. */
  class Builder extends ImmutableUntagResourceResponse.Builder {}
}
