package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of TagResource (empty, as ECS's). ECS API: {@code TagResourceResponse}.
 */
@Value.Immutable
public interface TagResourceResponse {

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TagResourceResponse}. */
  class Builder extends ImmutableTagResourceResponse.Builder {}
}
